#include "backgroundtask.h"
#include "printing/reportprinter.h"
#include "publishedpage.h"
#include "testworkspace.h"

#include "domain/translations.h"
#include "reports/reportbuilder.h"
#include "storage/database.h"
#include "synthetic/generator.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mcfund;

namespace {
// Text of a PDF as pdftotext extracts it (poppler-utils), spaces of every kind made plain.
QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}
int pdfPages(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(30000);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                          .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}
// Page \a page of a PDF as a picture at 40 dots an inch (pdftoppm, poppler-utils).
QImage pageImage(const QString& pdf, int page)
{
    const QString prefix = pdf + QStringLiteral("-page");
    QProcess p;
    p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                                         QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                         QString::number(page), QStringLiteral("-singlefile"), pdf, prefix});
    p.waitForFinished(30000);
    return QImage(prefix + QStringLiteral(".png"));
}
QString squeeze(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("\\s+")));
}
} // namespace

class TestReports : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_db;

    QString write(const QString& language, const QString& name,
                  const std::function<bool(const ReportBuilder&, Report*, QString*)>& build)
    {
        Translations::install(language);
        const ReportBuilder builder(m_db.connection(), language);
        Report report;
        QString error;
        if (!build(builder, &report, &error))
            qFatal("%s", qPrintable(error));
        const QString path = m_dir.filePath(name);
        if (!ReportPrinter::writePdf(report, path, QPageSize::Letter, &error))
            qFatal("%s", qPrintable(error));
        Translations::install(QStringLiteral("en"));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/pdftotext")),
                 "pdftotext is missing: run ./scripts/install-deps.sh (poppler-utils)");
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("o.sqlite")), &error), qPrintable(error));
    }

    void roundSummaryInEnglish()
    {
        const QString pdf = write(QStringLiteral("en"), QStringLiteral("en.pdf"),
                                  [](const ReportBuilder& b, Report* r, QString* e) {
                                      return b.roundSummary(2, FilterSpec(), r, e);
                                  });
        const QString text = pdfText(pdf);
        const QString flat = squeeze(text);
        test::PublishedPage p;
        QString error;
        QVERIFY2(test::readPublishedPage(&p, &error), qPrintable(error));
        QCOMPARE(p.titles().size(), 88);
        QCOMPARE(p.institutions().size(), 36);
        for (const QString& t : p.titles() + p.institutions())
            QVERIFY2(flat.contains(squeeze(t)), qPrintable(t));
        QVERIFY(text.contains(QStringLiteral("$5,000,000.00")));
        QVERIFY(text.contains(QStringLiteral("Funding by sector")));
        QVERIFY(text.contains(QStringLiteral("Official data")));
        // "Page N of M": every page after the title page, M the real page count.
        const int pages = pdfPages(pdf);
        QVERIFY(pages > 2);
        QSet<int> numbered;
        for (auto it = QRegularExpression(QStringLiteral("Page (\\d+) of (\\d+)")).globalMatch(text);
             it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QCOMPARE(m.captured(2).toInt(), pages);
            numbered << m.captured(1).toInt();
        }
        for (int n = 2; n <= pages; ++n)
            QVERIFY2(numbered.contains(n), qPrintable(QString::number(n)));
    }

    void builtAndWrittenOnAWorkerThread()
    {
        // The window builds the report on a read-only connection of its own and writes the PDF off the UI
        // thread; the file must be the same report.
        Report report;
        QString error;
        const QThread* uiThread = QThread::currentThread();
        const QThread* workThread = nullptr;
        QVERIFY2(BackgroundTask::run(
                     nullptr, m_db, true, QStringLiteral("Preparing"),
                     [&](const QSqlDatabase& db, const BackgroundTask::Progress&, QString* why) {
                         workThread = QThread::currentThread();
                         return ReportBuilder(db, QStringLiteral("en"))
                             .roundSummary(2, FilterSpec(), &report, why);
                     },
                     &error, false),
                 qPrintable(error));
        QVERIFY(workThread && workThread != uiThread);
        const QString path = m_dir.filePath(QStringLiteral("worker.pdf"));
        // The charts are drawn here (Qt Charts lives on the GUI thread), the pages on the worker.
        const ReportPrinter::DrawnCharts charts = ReportPrinter::drawCharts(report, QPageSize::Letter);
        QVERIFY(!charts.pictures.isEmpty());
        QVERIFY2(BackgroundTask::run(
                     nullptr, m_db, true, QStringLiteral("Writing"),
                     [&](const QSqlDatabase&, const BackgroundTask::Progress&, QString* why) {
                         return ReportPrinter::writePdf(report, path, QPageSize::Letter, why, &charts);
                     },
                     &error, false),
                 qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("$5,000,000.00")));
        const QString drawnHere = write(QStringLiteral("en"), QStringLiteral("ui.pdf"),
                                        [](const ReportBuilder& b, Report* r, QString* e) {
                                            return b.roundSummary(2, FilterSpec(), r, e);
                                        });
        QCOMPARE(pdfPages(path), pdfPages(drawnHere));
        // The page with the chart looks the same whichever way its chart was drawn: ahead, as a picture at
        // the PDF's resolution (the worker), or straight onto the page (here). Text drawn into a picture
        // differs by a pixel here and there; a chart drawn at the wrong scale differs by several per cent.
        const QImage worker = pageImage(path, 2), here = pageImage(drawnHere, 2);
        QVERIFY(!worker.isNull() && worker.size() == here.size());
        int different = 0, workerBars = 0, hereBars = 0;
        const auto bar = [](QRgb c) { return qBlue(c) > qRed(c) + 60; };
        for (int y = 0; y < here.height(); ++y)
            for (int x = 0; x < here.width(); ++x) {
                different += qAbs(qGray(worker.pixel(x, y)) - qGray(here.pixel(x, y))) > 48;
                workerBars += bar(worker.pixel(x, y));
                hereBars += bar(here.pixel(x, y));
            }
        if (different >= here.width() * here.height() / 50 || hereBars < 200 ||
            qAbs(workerBars - hereBars) * 10 > hereBars * 3) {
            // For a person to look at: both pictures, kept after the test's folder is gone.
            worker.save(QDir::temp().filePath(QStringLiteral("mcfund-chart-worker.png")));
            here.save(QDir::temp().filePath(QStringLiteral("mcfund-chart-here.png")));
            QFAIL(qPrintable(
                QStringLiteral("%1 pixels differ, bars %2 and %3 pixels; see mcfund-chart-*.png in %4")
                    .arg(different)
                    .arg(workerBars)
                    .arg(hereBars)
                    .arg(QDir::tempPath())));
        }
        // And the chart is there: the page is not only text.
        QVERIFY(text.contains(QStringLiteral("Funding by sector")));
    }

    void roundSummaryInFrench()
    {
        const QString pdf = write(QStringLiteral("fr"), QStringLiteral("fr.pdf"),
                                  [](const ReportBuilder& b, Report* r, QString* e) {
                                      return b.roundSummary(2, FilterSpec(), r, e);
                                  });
        const QString text = pdfText(pdf);
        const QString flat = squeeze(text);
        test::PublishedPage p;
        QString error;
        QVERIFY2(test::readPublishedPage(&p, &error), qPrintable(error));
        for (const QString& t : p.titles())
            QVERIFY2(flat.contains(squeeze(t)), qPrintable(t));
        QVERIFY2(text.contains(QStringLiteral("5 000 000,00 $")), qPrintable(text.left(800)));
        QVERIFY(text.contains(QStringLiteral("Financement par secteur")));
        QVERIFY(text.contains(QStringLiteral("Volet 2")));
        QVERIFY(text.contains(QStringLiteral("Données officielles")));
        const int pages = pdfPages(pdf);
        QVERIFY(text.contains(QStringLiteral("Page 2 de %1").arg(pages)));
        QVERIFY(!text.contains(QStringLiteral("Funding by sector")));
    }

    void institutionReportHasExactlyItsProjects()
    {
        test::PublishedPage p;
        QString error;
        QVERIFY2(test::readPublishedPage(&p, &error), qPrintable(error));
        QHash<QString, QStringList> byInstitution;
        for (const auto& [institution, projects] : p.recipients)
            byInstitution.insert(institution, projects);
        for (const QString& name : {QStringLiteral("Fleming College"), QStringLiteral("Collège Boréal"),
                                    QStringLiteral("University of Ottawa")}) {
            const QString pdf = write(QStringLiteral("en"), QStringLiteral("i.pdf"),
                                      [&](const ReportBuilder& b, Report* r, QString* e) {
                                          return b.institutionReport(name, FilterSpec(), r, e);
                                      });
            const QString flat = squeeze(pdfText(pdf));
            for (const QString& t : p.titles()) {
                const bool mine = byInstitution.value(name).contains(t);
                QVERIFY2(flat.contains(squeeze(t)) == mine, qPrintable(name + QStringLiteral(": ") + t));
            }
        }
    }

    void sectorReport()
    {
        const QString pdf = write(
            QStringLiteral("en"), QStringLiteral("s.pdf"), [](const ReportBuilder& b, Report* r, QString* e) {
                return b.sectorReport(QStringLiteral("electric_vehicles"), FilterSpec(), r, e);
            });
        const QString flat = squeeze(pdfText(pdf));
        QVERIFY(flat.contains(squeeze(QStringLiteral("Battery Electric Vehicle Automotive"))));
        QVERIFY(flat.contains(
            squeeze(QStringLiteral("Hybrid Electric Vehicle Program (Maintenance and Repair)"))));
        QVERIFY(!flat.contains(squeeze(QStringLiteral("Hydrogen 101"))));
    }

    void unknownScopeIsRefused()
    {
        const ReportBuilder b(m_db.connection(), QStringLiteral("en"));
        Report r;
        QString error;
        QVERIFY(!b.roundSummary(99, FilterSpec(), &r, &error));
        QVERIFY(error.contains(QStringLiteral("99")));
        QVERIFY(!b.institutionReport(QStringLiteral("Hogwarts"), FilterSpec(), &r, &error));
        QVERIFY(error.contains(QStringLiteral("Hogwarts")));
        QVERIFY(!b.sectorReport(QStringLiteral("space"), FilterSpec(), &r, &error));
    }

    void aFigureThatCannotBeReadStopsTheReport()
    {
        // Another program renamed a table under the open workspace: no report with its figures as 0.
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("r.sqlite")), &error), qPrintable(error));
        const ReportBuilder b(db.connection(), QStringLiteral("en"));
        Report r;
        QVERIFY2(b.roundSummary(2, FilterSpec(), &r, &error), qPrintable(error));
        const auto rename = [&](const char* table) {
            return test::execElsewhere(
                       db, QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(QLatin1String(table)))
                .isEmpty();
        };
        QVERIFY(rename("micro_credential"));
        error.clear();
        QVERIFY(!b.roundSummary(2, FilterSpec(), &r, &error));
        QVERIFY2(error.contains(QStringLiteral("micro_credential")), qPrintable(error));
        QVERIFY(rename("project"));
        error.clear();
        QVERIFY(!b.sectorReport(QStringLiteral("electric_vehicles"), FilterSpec(), &r, &error));
        QVERIFY2(error.contains(QStringLiteral("project")), qPrintable(error));
    }

    void aReportIsNotMadeWithoutKnowingWhatTheWorkspaceHolds()
    {
        // Whether the data is synthetic decides the footer of every page: when that cannot be read, no
        // report (never one of synthetic figures without its mark). Nor an institution's report when its
        // micro-credentials cannot be read.
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("m.sqlite")), &error), qPrintable(error));
        const ReportBuilder b(db.connection(), QStringLiteral("en"));
        Report r;
        QVERIFY2(b.institutionReport(QStringLiteral("Fleming College"), FilterSpec(), &r, &error),
                 qPrintable(error));
        QString renamed = test::execElsewhere(db, QStringLiteral("ALTER TABLE meta RENAME TO meta_gone"));
        QVERIFY2(renamed.isEmpty(), qPrintable(renamed));
        error.clear();
        QVERIFY(!b.roundSummary(2, FilterSpec(), &r, &error));
        QVERIFY2(error.contains(QStringLiteral("meta")), qPrintable(error));
        renamed = test::execElsewhere(db, QStringLiteral("ALTER TABLE meta_gone RENAME TO meta"));
        QVERIFY2(renamed.isEmpty(), qPrintable(renamed));
        renamed = test::execElsewhere(
            db, QStringLiteral("ALTER TABLE micro_credential RENAME TO micro_credential_gone"));
        QVERIFY2(renamed.isEmpty(), qPrintable(renamed));
        error.clear();
        QVERIFY(!b.institutionReport(QStringLiteral("Fleming College"), FilterSpec(), &r, &error));
        QVERIFY2(error.contains(QStringLiteral("micro_credential")), qPrintable(error));
    }

    void aReportIsNotMadeWithoutKnowingWhetherTheDataWasEdited()
    {
        // "Official data" or "Official data, edited in mcfund" is said on every page: when the change log
        // cannot be read, no report. Nor is a round that cannot be read said not to exist.
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("e.sqlite"));
        QVERIFY(test::editedWithDamagedLog(p));
        Database db;
        QString error;
        QVERIFY2(db.open(p, &error), qPrintable(error));
        const ReportBuilder b(db.connection(), QStringLiteral("en"));
        Report r;
        QVERIFY(!b.roundSummary(2, FilterSpec(), &r, &error));
        QVERIFY2(error.contains(QStringLiteral("malformed")), qPrintable(error));
        QTemporaryDir other;
        const QString q = other.filePath(QStringLiteral("r.sqlite"));
        {
            Database made;
            QVERIFY2(made.open(q, &error), qPrintable(error));
        }
        QVERIFY(test::damageRoot(q, QStringLiteral("funding_round")));
        Database rounds;
        QVERIFY2(rounds.open(q, &error), qPrintable(error));
        error.clear();
        QVERIFY(!ReportBuilder(rounds.connection(), QStringLiteral("en"))
                     .roundSummary(2, FilterSpec(), &r, &error));
        QVERIFY2(error.contains(QStringLiteral("malformed")) && !error.contains(QStringLiteral("no round")),
                 qPrintable(error));
    }

    void filtersAreFollowedAndShown()
    {
        const ReportBuilder b(m_db.connection(), QStringLiteral("en"));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT uid FROM sector WHERE code = 'health_care'")) && q.next());
        FilterSpec f;
        f.sectorUids = {q.value(0).toString()};
        Report r;
        QString error;
        QVERIFY(b.roundSummary(2, f, &r, &error));
        bool listed = false;
        for (const auto& [k, v] : r.titlePage)
            listed |= k == QStringLiteral("Filters in force") && v.contains(QStringLiteral("Health care"));
        QVERIFY(listed);
        int projects = 0;
        for (const ReportBlock& block : r.blocks)
            if (block.kind == ReportBlock::Kind::Table &&
                block.table.headers.first() == QStringLiteral("Project"))
                for (ReportTable::RowKind k : block.table.kinds)
                    projects += k == ReportTable::RowKind::Normal;
        QCOMPARE(projects, 27);
    }

    void syntheticReportSaysSo()
    {
        GeneratorOptions o;
        o.projects = 300;
        o.credentials = 300;
        QString error;
        QVERIFY(Generator::generate(m_dir.filePath(QStringLiteral("g.sqlite")), o, &error));
        Database g;
        QVERIFY(g.open(m_dir.filePath(QStringLiteral("g.sqlite")), &error));
        Report r;
        QVERIFY(
            ReportBuilder(g.connection(), QStringLiteral("en")).roundSummary(1, FilterSpec(), &r, &error));
        QVERIFY(r.footer.contains(QStringLiteral("SYNTHETIC")));
        QVERIFY(ReportPrinter::writePdf(r, m_dir.filePath(QStringLiteral("g.pdf")), QPageSize::A4, &error));
        QVERIFY(pdfText(m_dir.filePath(QStringLiteral("g.pdf"))).contains(QStringLiteral("SYNTHETIC DATA")));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
