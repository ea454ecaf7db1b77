#include "charts/fundingchart.h"
#include "charts/pngwriter.h"
#include "pages/dashboardpage.h"
#include "testworkspace.h"
#include "uitest.h"
#include "workspace.h"

#include "domain/translations.h"
#include "query/fundingaggregates.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "storage/snapshotreader.h"
#include "synthetic/generator.h"

#include <QAbstractBarSeries>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace mcfund;

namespace {

/** A device that takes \a room bytes, then refuses every write (a disk filling up). */
class FillingDevice : public QIODevice
{
public:
    explicit FillingDevice(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 length) override
    {
        if (length > m_room)
            return -1;
        m_room -= length;
        return length;
    }

private:
    qint64 m_room;
};

} // namespace
using test::openWorkspace;
using test::scalar;

class TestCharts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_generated;
    std::unique_ptr<Workspace> m_official;

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        SnapshotReader::setWorthwhileFrom(-1, -1); // the dashboard reads beside on small data too
        GeneratorOptions o;
        o.projects = 2500;
        o.credentials = 5000;
        o.seed = 8;
        QString error;
        QVERIFY(Generator::generate(m_dir.filePath(QStringLiteral("g.sqlite")), o, &error));
        m_generated = openWorkspace(m_dir.filePath(QStringLiteral("g.sqlite")));
        m_official = openWorkspace(m_dir.filePath(QStringLiteral("o.sqlite")));
    }

    void aggregatesEqualIndependentSql_data()
    {
        QTest::addColumn<int>("measure");
        QTest::addColumn<QString>("expression");
        QTest::newRow("approved") << int(Measure::Approved) << "COALESCE(SUM(approved_cents), 0)";
        QTest::newRow("requested") << int(Measure::Requested) << "COALESCE(SUM(requested_cents), 0)";
        QTest::newRow("projects") << int(Measure::Projects) << "COUNT(*)";
        QTest::newRow("learners") << int(Measure::Learners) << "COALESCE(SUM(target_learners), 0)";
    }
    void aggregatesEqualIndependentSql()
    {
        QFETCH(int, measure);
        QFETCH(QString, expression);
        const QSqlDatabase db = m_generated->database().connection();
        const QString round2 = m_generated->lookups().items(Entity::Round).at(1).uid;
        FilterSpec f;
        f.roundUids = {round2};
        f.statuses = {QStringLiteral("approved"), QStringLiteral("completed")};
        const FundingAggregate bySector =
            FundingAggregate::compute(db, f, Measure(measure), Grouping::Sector);
        QCOMPARE(bySector.rows.size(), 7);
        for (const AggregateRow& r : bySector.rows)
            QCOMPARE(
                r.value,
                scalar(
                    db,
                    QStringLiteral(
                        "SELECT %1 FROM project WHERE round_uid = ? AND status IN ('approved','completed') "
                        "AND sector_uid = ?")
                        .arg(expression),
                    {round2, r.uid}));
        const FundingAggregate byType =
            FundingAggregate::compute(db, f, Measure(measure), Grouping::InstitutionType);
        for (const AggregateRow& r : byType.rows)
            QCOMPARE(
                r.value,
                scalar(
                    db,
                    QStringLiteral(
                        "SELECT %1 FROM project WHERE round_uid = ? AND status IN ('approved','completed') "
                        "AND institution_uid IN (SELECT uid FROM institution WHERE type = ?)")
                        .arg(expression),
                    {round2, r.key}));
        const FundingAggregate stacked =
            FundingAggregate::compute(db, FilterSpec(), Measure(measure), Grouping::RoundBySector);
        QCOMPARE(stacked.rows.size(), m_generated->lookups().items(Entity::Round).size() * 7);
        for (const AggregateRow& r : stacked.rows)
            QCOMPARE(r.value,
                     scalar(db,
                            QStringLiteral("SELECT %1 FROM project WHERE round_uid = ? AND sector_uid = ?")
                                .arg(expression),
                            {r.uid, r.seriesUid}));
        // The chart draws exactly these numbers, in its table too.
        FundingChart chart;
        chart.setData(bySector, ChartStyle::Bars, QStringLiteral("%1 by sector"));
        QCOMPARE(chart.shown().total(), bySector.total());
        // The generated workspace records every measure: nothing to say above the chart.
        QVERIFY2(chart.notice().isEmpty(), qPrintable(chart.notice()));
    }

    void summaryFigures()
    {
        const QSqlDatabase db = m_generated->database().connection();
        const QString round1 = m_generated->lookups().items(Entity::Round).first().uid;
        FilterSpec f;
        f.roundUids = {round1};
        const FundingSummary s = FundingSummary::compute(db, f);
        QCOMPARE(s.approved.cents(),
                 scalar(db, QStringLiteral("SELECT SUM(approved_cents) FROM project WHERE round_uid = ?"),
                        {round1}));
        QCOMPARE(
            s.envelope->cents(),
            scalar(db, QStringLiteral("SELECT envelope_cents FROM funding_round WHERE uid = ?"), {round1}));
        QCOMPARE(s.projects,
                 scalar(db, QStringLiteral("SELECT COUNT(*) FROM project WHERE round_uid = ?"), {round1}));
        QCOMPARE(s.credentials,
                 scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM micro_credential WHERE project_uid IN "
                                       "(SELECT uid FROM project WHERE round_uid = ?)"),
                        {round1}));
    }

    void officialDataSaysAmountsAreMissing()
    {
        const QSqlDatabase db = m_official->database().connection();
        FilterSpec f;
        f.roundUids = {m_official->lookups().items(Entity::Round).at(1).uid};
        const FundingAggregate approved =
            FundingAggregate::compute(db, f, Measure::Approved, Grouping::Sector);
        QVERIFY(!approved.hasData());
        QCOMPARE(approved.projects, 88);
        const FundingAggregate counts = FundingAggregate::compute(db, f, Measure::Projects, Grouping::Sector);
        FundingChart chart;
        chart.setData(approved, ChartStyle::Bars, QStringLiteral("%1 by sector — Round 2"), &counts);
        QVERIFY2(chart.notice().contains(QStringLiteral("No approved amount recorded for these 88 projects")),
                 qPrintable(chart.notice()));
        QCOMPARE(chart.shown().measure, Measure::Projects);
        QCOMPARE(chart.shown().total(), 88);
        auto* label = chart.findChild<QLabel*>(QStringLiteral("chartNotice"));
        QVERIFY(label->text().contains(QStringLiteral("showing number of projects")));
        // Without a fallback nothing is drawn rather than zeros.
        FundingChart bare;
        bare.setData(approved, ChartStyle::Bars, QStringLiteral("Approved"));
        QVERIFY(!bare.notice().isEmpty());
    }

    void dashboardSaysANoteOnceAndADashForAnUnknownShare()
    {
        // Round 2 of the official data: no approved amount anywhere. The three charts would each say so;
        // the page says it once, above them, and shows a dash (which says why) where the share would be.
        DashboardPage page(m_official.get());
        FilterSpec f;
        f.roundUids = {m_official->lookups().items(Entity::Round).at(1).uid};
        page.setFilter(f);
        page.setMeasure(Measure::Approved);
        page.show();
        QTRY_VERIFY(!page.isLoading());
        auto* note = page.findChild<QLabel*>(QStringLiteral("dashboardNote"));
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("No approved amount recorded")),
                 qPrintable(note->text()));
        for (QLabel* chartNote : page.findChildren<QLabel*>(QStringLiteral("chartNotice")))
            QVERIFY(!chartNote->isVisible());
        auto* dash = page.findChild<QLabel*>(QStringLiteral("shareUnknown"));
        QVERIFY(dash && dash->isVisible());
        QCOMPARE(dash->text(), QStringLiteral("—"));
        QVERIFY(!dash->toolTip().isEmpty());
        QVERIFY(!page.findChild<QProgressBar*>()->isVisible());
    }

    void dashboardSaysFiguresItCannotReadAreNotRead()
    {
        // Rounds that can no longer be read (another program renamed their table): no figure is shown as
        // 0 or as an empty chart; each says it was not read, and the note says why.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        std::unique_ptr<Workspace> ws = openWorkspace(path);
        DashboardPage page(ws.get());
        page.show();
        QTRY_VERIFY(!page.isLoading());
        auto* projects = page.findChild<QLabel*>(QStringLiteral("figure%1").arg(5));
        QVERIFY(projects);
        QCOMPARE(projects->text(), QStringLiteral("88"));
        const QString renamed = test::execElsewhere(
            ws->database(), QStringLiteral("ALTER TABLE funding_round RENAME TO funding_round_gone"));
        QVERIFY2(renamed.isEmpty(), qPrintable(renamed));
        page.refresh();
        QTRY_VERIFY(!page.isLoading());
        auto* note = page.findChild<QLabel*>(QStringLiteral("dashboardNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(
            note->text().startsWith(QStringLiteral("The figures could not be read from the workspace: ")),
            qPrintable(note->text()));
        QVERIFY2(note->text().contains(QStringLiteral("funding_round")), qPrintable(note->text()));
        QCOMPARE(projects->text(), QStringLiteral("not read"));
        QVERIFY(!page.sectorChart()->isVisible());
        QVERIFY(!page.roundChart()->isVisible());
        QVERIFY(!page.typeChart()->isVisible());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("shareUnknown"))->isVisible());
    }

    void anAggregateWhoseGroupsCannotBeReadIsAnError()
    {
        // The sectors, rounds and institution types that name a chart's groups are read beside its sums;
        // when one of those reads fails the chart gets the reason, never an empty chart or sums with no
        // groups to show them under.
        QTemporaryDir dir;
        std::unique_ptr<Workspace> ws = openWorkspace(dir.filePath(QStringLiteral("groups.sqlite")));
        const QSqlDatabase db = ws->database().connection();
        QString error;
        QCOMPARE(FundingAggregate::compute(db, FilterSpec(), Measure::Projects, Grouping::Sector, &error)
                     .rows.size(),
                 7);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const struct
        {
            const char* table;
            Grouping grouping;
        } cases[] = {{"sector", Grouping::Sector},
                     {"funding_round", Grouping::Round},
                     {"institution", Grouping::InstitutionType}};
        for (const auto& c : cases) {
            const QString table = QString::fromLatin1(c.table);
            QString renamed = test::execElsewhere(
                ws->database(), QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(table));
            QVERIFY2(renamed.isEmpty(), qPrintable(renamed));
            error.clear();
            const FundingAggregate a =
                FundingAggregate::compute(db, FilterSpec(), Measure::Projects, c.grouping, &error);
            QVERIFY2(error.contains(table), qPrintable(table + QStringLiteral(": ") + error));
            QVERIFY(a.rows.isEmpty());
            QCOMPARE(a.projects, qint64(0));
            renamed = test::execElsewhere(ws->database(),
                                          QStringLiteral("ALTER TABLE %1_gone RENAME TO %1").arg(table));
            QVERIFY2(renamed.isEmpty(), qPrintable(renamed));
        }
    }

    void dashboardFollowsEditsAndUndo()
    {
        DashboardPage page(m_generated.get());
        FilterSpec f;
        const QString round2 = m_generated->lookups().items(Entity::Round).at(1).uid;
        f.roundUids = {round2};
        page.setFilter(f);
        page.setMeasure(Measure::Requested);
        QTRY_VERIFY(!page.isLoading());
        const qint64 before = page.sectorChart()->shown().total();
        QCOMPARE(page.sectorChart()->shown().measure, Measure::Requested);
        const QSqlDatabase db = m_generated->database().connection();
        // The chart of every round is read on a second connection beside the rest: the same figures.
        const qint64 roundsBefore = page.roundChart()->shown().total();
        QSqlQuery all(db);
        QVERIFY(all.exec(QStringLiteral("SELECT SUM(requested_cents) FROM project")) && all.next());
        QCOMPARE(roundsBefore, all.value(0).toLongLong());
        QVERIFY(roundsBefore > before);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT uid, requested_cents FROM project WHERE round_uid = '%1' AND "
                                      "requested_cents IS NOT NULL LIMIT 1")
                           .arg(round2)));
        QVERIFY(q.next());
        const QString uid = q.value(0).toString();
        const qint64 old = q.value(1).toLongLong();
        QString message;
        QVERIFY2(m_generated->apply(EditBatch::change(Entity::Project, uid, QStringLiteral("requested_cents"),
                                                      old, old + 100000, QStringLiteral("change")),
                                    &message),
                 qPrintable(message));
        QTRY_COMPARE(page.sectorChart()->shown().total(), before + 100000);
        QTRY_COMPARE(page.roundChart()->shown().total(), roundsBefore + 100000);
        m_generated->undoStack()->undo();
        QTRY_COMPARE(page.sectorChart()->shown().total(), before);
        QTRY_COMPARE(page.roundChart()->shown().total(), roundsBefore);
    }

    void drillDownOpensProjects()
    {
        DashboardPage page(m_generated.get());
        page.setFilter(FilterSpec());
        QSignalSpy open(&page, &DashboardPage::openProjects);
        const QString housing =
            Repository(m_generated->database().connection()).sectorUid(QStringLiteral("housing"));
        // A click on the housing bar, where a person would click: the middle of the bar.
        page.resize(1200, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        FundingChart* chart = page.sectorChart();
        QTRY_VERIFY(!chart->shown().rows.isEmpty());
        auto* view = chart->findChild<QChartView*>();
        QVERIFY(view && view->isVisible());
        QAbstractSeries* series = view->chart()->series().value(0);
        QVERIFY(series);
        // The bars in the chart's own order (largest first), by their category's label.
        auto* categories = qobject_cast<QBarCategoryAxis*>(view->chart()->axes(Qt::Vertical).value(0));
        auto* bars = qobject_cast<QAbstractBarSeries*>(series);
        QVERIFY(categories && bars && !bars->barSets().isEmpty());
        const int index =
            int(categories->categories().indexOf(QRegularExpression(QStringLiteral("Housing — .*"))));
        QVERIFY2(index >= 0, qPrintable(categories->categories().join(QLatin1Char('|'))));
        const double value = bars->barSets().first()->at(index);
        QVERIFY(value > 0);
        const QPointF onBar = view->chart()->mapToPosition(QPointF(value / 2, index), series);
        const QPoint at = view->mapFromScene(view->chart()->mapToScene(onBar));
        QVERIFY(view->itemAt(at));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(open.size(), 1);
        const FilterSpec f = open.first().first().value<FilterSpec>();
        QCOMPARE(f.sectorUids, QStringList{housing});
    }

    void projectCountsAreWhatAQueryOfProjectsGives()
    {
        // A chart whose measure is not recorded draws project counts instead: taken from the aggregate it
        // already has, they must be what a query of Measure::Projects gives, group by group.
        const QSqlDatabase db = m_generated->database().connection();
        FilterSpec approvedOnly;
        approvedOnly.statuses = {QStringLiteral("approved")};
        for (const FilterSpec& filter : {FilterSpec(), approvedOnly}) {
            for (Grouping g :
                 {Grouping::Sector, Grouping::Round, Grouping::InstitutionType, Grouping::RoundBySector}) {
                const FundingAggregate counted = FundingAggregate::compute(db, filter, Measure::Projects, g);
                QVERIFY(counted.projects > 0);
                for (Measure m : {Measure::Approved, Measure::Requested, Measure::Learners}) {
                    const FundingAggregate derived =
                        FundingAggregate::compute(db, filter, m, g).projectCounts();
                    const QString where = QStringLiteral("%1/%2").arg(FundingAggregate::groupingCode(g),
                                                                      FundingAggregate::measureCode(m));
                    QVERIFY2(derived.measure == Measure::Projects, qPrintable(where));
                    QCOMPARE(derived.projects, counted.projects);
                    QCOMPARE(derived.recorded, counted.recorded);
                    QCOMPARE(derived.expected, counted.expected);
                    QCOMPARE(derived.total(), counted.total());
                    QCOMPARE(derived.rows.size(), counted.rows.size());
                    for (qsizetype i = 0; i < counted.rows.size(); ++i) {
                        const AggregateRow& d = derived.rows.at(i);
                        const AggregateRow& c = counted.rows.at(i);
                        QVERIFY2(d.key == c.key && d.uid == c.uid && d.series == c.series &&
                                     d.value == c.value && d.recorded == c.recorded &&
                                     d.expected == c.expected && d.projects == c.projects,
                                 qPrintable(where + QStringLiteral(" row ") + QString::number(i)));
                    }
                }
            }
        }
    }

    void axisFiguresAreGroupedInTheLanguagesForm()
    {
        // "800,000" in English and "800 000" in French on the value axis, never "800000".
        const QSqlDatabase db = m_generated->database().connection();
        const FundingAggregate a =
            FundingAggregate::compute(db, FilterSpec(), Measure::Approved, Grouping::Sector);
        for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            Translations::install(language);
            QString notice;
            std::unique_ptr<QChart> chart(
                FundingChart::build(a, ChartStyle::Bars, QStringLiteral("%1 by sector"), &notice));
            QVERIFY(chart->localizeNumbers());
            QCOMPARE(chart->locale().name(),
                     language == QLatin1String("fr") ? QStringLiteral("fr_CA") : QStringLiteral("en_CA"));
            const QString figure = chart->locale().toString(800000.0, 'f', 0);
            QCOMPARE(figure, language == QLatin1String("fr") ? QStringLiteral("800\u00a0000")
                                                             : QStringLiteral("800,000"));
        }
    }

    void pngWriterKeepsEveryPixel()
    {
        // Flat areas, gradients, antialiased text and noise: every pixel comes back as it was painted,
        // whether the rows are compressed as one band or as several side by side.
        QImage image(641, 515, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, qRgb(x % 256, (y * 3) % 256, int(qint64(x) * y * 7919 % 256)));
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.fillRect(40, 40, 300, 120, QColor(0x00, 0x72, 0xB2));
            p.drawText(QRect(20, 200, 600, 100), Qt::AlignLeft,
                       QStringLiteral("Financement approuvé 12 345 $"));
        }
        for (const auto& [threads, bands] :
             {std::pair{1, 1}, std::pair{2, 2}, std::pair{4, 4}, std::pair{9, 4}}) {
            QCOMPARE(PngWriter::bandsFor(image.height(), threads), bands);
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QVERIFY(PngWriter::write(image, &buffer, threads));
            QVERIFY(buffer.data().startsWith("\x89PNG\r\n\x1a\n"));
            const QImage back = QImage::fromData(buffer.data(), "PNG");
            QCOMPARE(back.size(), image.size());
            QVERIFY(!back.hasAlphaChannel());
            QVERIFY2(back.convertToFormat(QImage::Format_RGB32) == image,
                     qPrintable(QString::number(threads)));
            // The resolution goes with it (96 dots an inch by default).
            QCOMPARE(back.dotsPerMeterX(), image.dotsPerMeterX());
        }
        // A short picture is one band, however many threads there are.
        QCOMPARE(PngWriter::bandsFor(200, 8), 1);

        // A picture with an alpha channel is written opaque, its colours kept.
        QImage translucent(3, 2, QImage::Format_ARGB32);
        translucent.fill(qRgba(10, 200, 30, 40));
        QBuffer second;
        QVERIFY(second.open(QIODevice::WriteOnly));
        QVERIFY(PngWriter::write(translucent, &second));
        const QImage opaque = QImage::fromData(second.data(), "PNG");
        QVERIFY(!opaque.hasAlphaChannel());
        QCOMPARE(opaque.pixel(2, 1), qRgb(10, 200, 30));
    }

    void pngWriterReportsADeviceThatRefuses()
    {
        QImage image(300, 200, QImage::Format_RGB32);
        image.fill(Qt::white);
        // Full from the start, full half-way through the rows, and not open for writing.
        for (const qint64 room : {qint64(0), qint64(40), qint64(200)}) {
            FillingDevice device(room);
            QVERIFY2(!PngWriter::write(image, &device), qPrintable(QString::number(room)));
        }
        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QVERIFY(!PngWriter::write(image, &readOnly));
        QVERIFY(!PngWriter::write(QImage(), &readOnly));
        // and with room enough, the same picture is written.
        FillingDevice roomy(1 << 20);
        QVERIFY(PngWriter::write(image, &roomy));
    }

    void exportPngAndSvgAtSize()
    {
        const QSqlDatabase db = m_generated->database().connection();
        const FundingAggregate a =
            FundingAggregate::compute(db, FilterSpec(), Measure::Approved, Grouping::Sector);
        FundingChart chart;
        chart.setData(a, ChartStyle::Bars, QStringLiteral("%1 by sector"));
        QString error;
        const QString png = m_dir.filePath(QStringLiteral("c.png"));
        QVERIFY2(chart.exportTo(png, QSize(900, 500), &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(900, 500));
        // A drawing, not a blank page: the background, the bars in their colours, the text.
        QSet<QRgb> colours;
        for (int x = 0; x < image.width(); x += 5)
            for (int y = 0; y < image.height(); y += 5)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() >= 8, qPrintable(QString::number(colours.size())));
        // Opaque: written without an alpha channel.
        QVERIFY(!image.hasAlphaChannel());
        // A file that cannot be written is refused with its name, and nothing is left behind.
        const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/c.png"));
        QVERIFY(!chart.exportTo(nowhere, QSize(900, 500), &error));
        QVERIFY2(error.contains(nowhere), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));
        // and a file written leaves no temporary file beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("c.png*")}, QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("c.png")});
        const QString svg = m_dir.filePath(QStringLiteral("c.svg"));
        QVERIFY2(chart.exportTo(svg, QSize(1200, 700), &error), qPrintable(error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("width=\"1200") || text.contains("width=\"317.5mm") ||
                text.contains("viewBox=\"0 0 1200 700\""));
        QVERIFY(text.contains("Health care"));
        chart.setData(a, ChartStyle::Donut, QStringLiteral("%1 by sector"));
        QVERIFY(chart.exportTo(m_dir.filePath(QStringLiteral("d.png")), QSize(800, 800), &error));
        QVERIFY(!chart.exportTo(m_dir.filePath(QStringLiteral("x.gif")), QSize(800, 800), &error));
        QVERIFY(error.contains(QStringLiteral(".png")));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
