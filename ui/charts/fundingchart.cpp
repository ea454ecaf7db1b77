#include "fundingchart.h"

#include "pngwriter.h"

#include "domain/codes.h"
#include "domain/translations.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QLegendMarker>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace mcfund {

namespace {

// Okabe–Ito: distinguishable with the common colour-vision deficiencies. Values are also labelled, and
// legends list series in a fixed order, so that nothing depends on colour alone.
const QList<QColor>& chartColours()
{
    static const QList<QColor> p = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                    QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                    QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                    QColor(0xF0, 0xE4, 0x42), QColor(0x66, 0x66, 0x66)};
    return p;
}

QString label(const AggregateRow& r, Grouping g)
{
    const bool fr = Translations::current() == QLatin1String("fr");
    if (g == Grouping::InstitutionType)
        return Codes::label(CodeList::InstitutionType, r.key);
    const QString& want = fr ? r.nameFr : r.nameEn;
    return want.isEmpty() ? (fr ? r.nameEn : r.nameFr) : want;
}

QString seriesLabel(const AggregateRow& r)
{
    const bool fr = Translations::current() == QLatin1String("fr");
    const QString& want = fr ? r.seriesFr : r.seriesEn;
    return want.isEmpty() ? (fr ? r.seriesEn : r.seriesFr) : want;
}

QString valueText(Measure m, qint64 v)
{
    const QLocale l;
    return FundingAggregate::isMoney(m) ? Money(v).toString(l) : l.toString(v);
}

// Axis values are shown in dollars (whole units) for money, so the axis reads naturally.
double axisValue(Measure m, qint64 v)
{
    return FundingAggregate::isMoney(m) ? double(v) / 100000.0 : double(v); // thousands of dollars
}

QString axisTitle(Measure m)
{
    return FundingAggregate::isMoney(m) ? FundingChart::tr("thousands of dollars")
                                        : FundingAggregate::measureName(m);
}

} // namespace

FundingChart::FundingChart(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setObjectName(QStringLiteral("chartNotice"));
    top->addWidget(m_noticeLabel, 1);
    m_tableToggle = new QToolButton(this);
    m_tableToggle->setCheckable(true);
    m_tableToggle->setObjectName(QStringLiteral("showAsTable"));
    top->addWidget(m_tableToggle);
    m_export = new QToolButton(this);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(new QMenu(m_export));
    top->addWidget(m_export);
    layout->addLayout(top);
    m_stack = new QStackedWidget(this);
    m_view = new QChartView(m_stack);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    m_table = new QTableWidget(m_stack);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);
    connect(m_tableToggle, &QToolButton::toggled, this, &FundingChart::setShowTable);
    connect(m_export->menu(), &QMenu::aboutToShow, this, [this] {
        QMenu* menu = m_export->menu();
        menu->clear();
        auto save = [this](const QString& suffix) {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Export Chart"), QString(),
                suffix == QLatin1String("svg") ? tr("SVG pictures (*.svg)") : tr("PNG pictures (*.png)"));
            if (path.isEmpty())
                return;
            bool ok = false;
            const QString sizeText =
                QInputDialog::getText(this, tr("Export Chart"), tr("Size in pixels (width × height):"),
                                      QLineEdit::Normal, QStringLiteral("1600×1000"), &ok);
            if (!ok)
                return;
            const QStringList parts =
                QString(sizeText).replace(QLatin1Char('x'), QChar(0xD7)).split(QChar(0xD7));
            const QSize size(parts.value(0).trimmed().toInt(), parts.value(1).trimmed().toInt());
            QString error;
            const bool sane = size.width() >= 100 && size.height() >= 100 && size.width() <= 10000 &&
                              size.height() <= 10000;
            if (!sane)
                error = tr("“%1” is not a size between 100×100 and 10000×10000.").arg(sizeText);
            if (sane && exportTo(path, size, &error))
                return;
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Export Chart"), error);
        };
        menu->addAction(tr("Save as PNG…"), this, [save] { save(QStringLiteral("png")); });
        menu->addAction(tr("Save as SVG…"), this, [save] { save(QStringLiteral("svg")); });
        menu->addAction(tr("Copy to Clipboard"), this, &FundingChart::copyToClipboard);
    });
    retranslate();
}

FundingChart::~FundingChart() = default;

void FundingChart::retranslate()
{
    m_tableToggle->setText(tr("Show as table"));
    m_tableToggle->setAccessibleName(tr("Show the chart as a table"));
    m_export->setText(tr("Export"));
    m_export->setAccessibleName(tr("Export the chart"));
    if (!m_title.isEmpty())
        rebuild();
}

bool FundingChart::showsTable() const
{
    return m_stack->currentWidget() == m_table;
}

void FundingChart::setShowTable(bool table)
{
    m_stack->setCurrentWidget(table ? static_cast<QWidget*>(m_table) : static_cast<QWidget*>(m_view));
    if (m_tableToggle->isChecked() != table)
        m_tableToggle->setChecked(table);
}

void FundingChart::setData(const FundingAggregate& aggregate, ChartStyle style, const QString& title,
                           const FundingAggregate* fallback)
{
    m_aggregate = aggregate;
    m_hasFallback = fallback != nullptr;
    if (fallback)
        m_fallback = *fallback;
    m_style = style;
    m_title = title;
    rebuild();
}

QChart* FundingChart::build(const FundingAggregate& requested, ChartStyle style, const QString& title,
                            QString* notice, const FundingAggregate* fallback)
{
    const QString scope = title;
    const FundingAggregate& a = (!requested.hasData() && fallback) ? *fallback : requested;
    notice->clear();
    const QLocale locale;
    if (!requested.hasData()) {
        *notice = requested.projects == 0
                      ? tr("No projects match the filters.")
                      : tr("No %1 recorded for these %2 projects — showing %3 instead.")
                            .arg(FundingAggregate::measureName(requested.measure),
                                 locale.toString(requested.projects),
                                 fallback ? FundingAggregate::measureName(fallback->measure) : tr("nothing"));
    } else if (requested.recorded < requested.expected && requested.measure != Measure::Projects) {
        *notice = tr("The %1 is recorded for %2 of the %3 projects that should have one; the others are not "
                     "counted.")
                      .arg(FundingAggregate::measureName(requested.measure),
                           locale.toString(requested.recorded), locale.toString(requested.expected));
    }
    auto* chart = new QChart;
    // The title names the measure actually drawn (the fallback one when the requested one is missing).
    QString measureTitle = FundingAggregate::measureName(a.measure);
    if (!measureTitle.isEmpty())
        measureTitle[0] = measureTitle.at(0).toUpper();
    chart->setTitle(scope.contains(QLatin1String("%1")) ? QString(scope).arg(measureTitle) : scope);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis figures in the language's own form: "800,000" in English, "800 000" in French, not "800000".
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    const bool drawable = a.hasData() && a.projects > 0;
    if (!drawable)
        return chart; // nothing to draw: the notice says why; no zero bars
    const QList<QColor>& colours = chartColours();

    if (style == ChartStyle::Stacked && a.grouping == Grouping::RoundBySector) {
        // One horizontal bar per round, one segment per sector, sectors in their fixed order.
        QStringList rounds;
        QList<QString> sectorKeys;
        QHash<QString, QString> sectorNames;
        QHash<QString, qint64> roundProjects;
        for (const AggregateRow& r : a.rows)
            roundProjects[label(r, Grouping::Round)] += r.projects;
        for (const AggregateRow& r : a.rows) {
            const QString round = label(r, Grouping::Round);
            if (!rounds.contains(round))
                rounds << round;
            if (!sectorKeys.contains(r.series)) {
                sectorKeys << r.series;
                sectorNames.insert(r.series, seriesLabel(r));
            }
        }
        auto* series = new QHorizontalStackedBarSeries;
        int c = 0;
        for (const QString& key : sectorKeys) {
            auto* set = new QBarSet(sectorNames.value(key));
            set->setColor(colours.at(c++ % colours.size()));
            set->setBorderColor(Qt::transparent); // an empty segment must not show as a sliver
            for (const QString& round : rounds) {
                qint64 v = 0;
                for (const AggregateRow& r : a.rows)
                    if (r.series == key && label(r, Grouping::Round) == round)
                        v = r.value;
                *set << axisValue(a.measure, v);
            }
            series->append(set);
        }
        chart->addSeries(series);
        auto* axisY = new QBarCategoryAxis;
        QStringList categories;
        for (const QString& round : rounds)
            categories << (roundProjects.value(round) == 0 ? tr("%1 (no projects)").arg(round) : round);
        axisY->append(categories);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto* axisX = new QValueAxis;
        axisX->setLabelFormat(QStringLiteral("%.0f"));
        axisX->setTitleText(axisTitle(a.measure));
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        axisX->applyNiceNumbers();
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignRight);
        // Remember what each segment stands for, so that a click can open its projects.
        QStringList roundUids;
        for (const QString& round : rounds)
            for (const AggregateRow& r : a.rows)
                if (label(r, Grouping::Round) == round) {
                    roundUids << r.uid;
                    break;
                }
        series->setProperty("roundUids", roundUids);
        for (QBarSet* set : series->barSets())
            for (const AggregateRow& r : a.rows)
                if (seriesLabel(r) == set->label())
                    set->setProperty("sectorUid", r.seriesUid);
        return chart;
    }

    // Bars sorted by value (largest at the top) or a donut of shares.
    QList<AggregateRow> rows = a.rows;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const AggregateRow& x, const AggregateRow& y) { return x.value > y.value; });
    if (style == ChartStyle::Donut) {
        auto* pie = new QPieSeries;
        pie->setHoleSize(0.45);
        const qint64 total = std::max<qint64>(1, a.total());
        int c = 0;
        for (const AggregateRow& r : rows) {
            if (r.value <= 0)
                continue;
            const QString share = QLocale().toString(100.0 * double(r.value) / double(total), 'f', 1);
            QPieSlice* slice = pie->append(
                tr("%1: %2 (%3 %)").arg(label(r, a.grouping), valueText(a.measure, r.value), share),
                axisValue(a.measure, r.value));
            slice->setColor(colours.at(c++ % colours.size()));
            slice->setLabelVisible(true);
            slice->setProperty("uid", r.uid);
            slice->setProperty("key", r.key);
        }
        chart->addSeries(pie);
        chart->legend()->setAlignment(Qt::AlignRight);
        return chart;
    }
    auto* series = new QHorizontalBarSeries;
    auto* set = new QBarSet(FundingAggregate::measureName(a.measure));
    set->setColor(colours.first());
    QStringList categories;
    // QHorizontalBarSeries draws the first category at the bottom: add in reverse to put the largest on top.
    QStringList uids, keys;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        categories << QStringLiteral("%1 — %2").arg(label(*it, a.grouping), valueText(a.measure, it->value));
        *set << axisValue(a.measure, it->value);
        uids << it->uid;
        keys << it->key;
    }
    set->setProperty("uids", uids);
    set->setProperty("keys", keys);
    series->append(set);
    series->setLabelsVisible(false);
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(axisTitle(a.measure));
    axisX->setMin(0);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    axisX->applyNiceNumbers();
    return chart;
}

void FundingChart::setNoticeShown(bool shown)
{
    m_noticeShown = shown;
    m_noticeLabel->setVisible(m_noticeShown && !m_notice.isEmpty());
}

void FundingChart::rebuild()
{
    QChart* chart = build(m_aggregate, m_style, m_title, &m_notice, m_hasFallback ? &m_fallback : nullptr);
    m_shown = (!m_aggregate.hasData() && m_hasFallback) ? m_fallback : m_aggregate;
    m_noticeLabel->setText(m_notice.isEmpty() ? QString() : tr("Note: %1").arg(m_notice));
    m_noticeLabel->setVisible(m_noticeShown && !m_notice.isEmpty());
    const Grouping grouping = m_shown.grouping;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            connect(
                bars, &QAbstractBarSeries::clicked, this, [this, bars, grouping](int index, QBarSet* set) {
                    if (grouping == Grouping::RoundBySector) {
                        emit drillDown(set->property("sectorUid").toString(),
                                       bars->property("roundUids").toStringList().value(index), QString());
                        return;
                    }
                    const QString uid = set->property("uids").toStringList().value(index);
                    const QString key = set->property("keys").toStringList().value(index);
                    if (grouping == Grouping::Sector)
                        emit drillDown(uid, QString(), QString());
                    else if (grouping == Grouping::Round)
                        emit drillDown(QString(), uid, QString());
                    else
                        emit drillDown(QString(), QString(), key);
                });
        } else if (auto* pie = qobject_cast<QPieSeries*>(series)) {
            connect(pie, &QPieSeries::clicked, this, [this, grouping](QPieSlice* slice) {
                const QString uid = slice->property("uid").toString();
                if (grouping == Grouping::Sector)
                    emit drillDown(uid, QString(), QString());
                else if (grouping == Grouping::Round)
                    emit drillDown(QString(), uid, QString());
                else
                    emit drillDown(QString(), QString(), slice->property("key").toString());
            });
        }
    }
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    if (old && old != chart)
        delete old;
    m_view->setAccessibleName(m_title);
    m_view->setAccessibleDescription(m_notice);
    fillTable();
}

void FundingChart::fillTable()
{
    const FundingAggregate& a = m_shown;
    const bool stacked = a.grouping == Grouping::RoundBySector;
    m_table->clear();
    QStringList headers;
    headers << (stacked                          ? tr("Round")
                : a.grouping == Grouping::Sector ? tr("Sector")
                : a.grouping == Grouping::Round  ? tr("Round")
                                                 : tr("Institution type"));
    if (stacked)
        headers << tr("Sector");
    headers << FundingAggregate::measureName(a.measure) << tr("Projects") << tr("Recorded for");
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    QList<AggregateRow> rows = a.rows;
    if (!stacked)
        std::stable_sort(rows.begin(), rows.end(),
                         [](const AggregateRow& x, const AggregateRow& y) { return x.value > y.value; });
    m_table->setRowCount(int(rows.size()));
    const QLocale l;
    for (int i = 0; i < rows.size(); ++i) {
        const AggregateRow& r = rows.at(i);
        int c = 0;
        m_table->setItem(i, c++, new QTableWidgetItem(label(r, stacked ? Grouping::Round : a.grouping)));
        if (stacked)
            m_table->setItem(i, c++, new QTableWidgetItem(seriesLabel(r)));
        const bool recorded = r.recorded > 0 || a.measure == Measure::Projects;
        auto* value = new QTableWidgetItem(recorded ? valueText(a.measure, r.value) : tr("not recorded"));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, c++, value);
        auto* projects = new QTableWidgetItem(l.toString(r.projects));
        projects->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, c++, projects);
        auto* rec = new QTableWidgetItem(tr("%1 of %2").arg(l.toString(r.recorded), l.toString(r.projects)));
        rec->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, c++, rec);
    }
    m_table->resizeColumnsToContents();
}

bool FundingChart::render(QChart* chart, const QString& path, const QSize& size, QString* error)
{
    // Lay the chart out at the requested size in a scene of its own, then paint it.
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(0, 0, size.width(), size.height());
    chart->setBackgroundVisible(true);
    scene.setSceneRect(0, 0, size.width(), size.height());
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png")) {
        scene.removeItem(chart);
        if (error)
            *error = tr("“%1”: choose a file name ending in .png or .svg.").arg(path);
        return false;
    }
    // Written beside the target and renamed over it when complete: a chart cut short (a full disk, the
    // process killed) never leaves a half-written file under the name asked for.
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok && suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(chart->title());
        QPainter p;
        ok = p.begin(&svg);
        if (ok) {
            scene.render(&p, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
            p.end();
        }
    } else if (ok) {
        // Opaque, so written as RGB without an alpha channel (PngWriter says how, and why not QImageWriter).
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&p, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
        p.end();
        ok = PngWriter::write(image, &file);
    }
    ok = ok && file.commit();
    scene.removeItem(chart);
    if (!ok && error)
        *error = tr("Cannot write “%1”.").arg(path);
    return ok;
}

bool FundingChart::exportTo(const QString& path, const QSize& size, QString* error) const
{
    QString notice;
    std::unique_ptr<QChart> chart(
        build(m_aggregate, m_style, m_title, &notice, m_hasFallback ? &m_fallback : nullptr));
    if (!notice.isEmpty())
        chart->setTitle(m_title + QStringLiteral("<br><small>") + notice.toHtmlEscaped() +
                        QStringLiteral("</small>"));
    return render(chart.get(), path, size, error);
}

void FundingChart::copyToClipboard() const
{
    QApplication::clipboard()->setPixmap(m_view->grab());
}

} // namespace mcfund
