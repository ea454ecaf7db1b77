#pragma once

#include "query/fundingaggregates.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableWidget;
class QToolButton;
class QChart;
class QChartView;

namespace mcfund {

/** How a chart draws its aggregate. */
enum class ChartStyle
{
    Bars,
    Donut,
    Stacked
};

/**
 * One chart of funding, drawn with Qt Charts from a FundingAggregate: horizontal bars sorted by value and
 * labelled with amounts in the locale's currency, a donut of shares, or rounds stacked by sector. When
 * the measure is not recorded for any project in scope it says so in words and shows the number of
 * projects instead; it never draws zeros as figures. "Show as table" gives the same numbers as text.
 * Clicking a bar or slice asks to open the projects behind it. All Qt Charts code lives in ui/charts.
 */
class FundingChart : public QWidget
{
    Q_OBJECT
public:
    explicit FundingChart(QWidget* parent = nullptr);
    ~FundingChart() override;

    /** Draws \a aggregate (\a fallback is used when the requested measure has no recorded values). */
    void setData(const FundingAggregate& aggregate, ChartStyle style, const QString& title,
                 const FundingAggregate* fallback = nullptr);
    const FundingAggregate& shown() const { return m_shown; }
    /** The sentence shown above the chart when data are missing or partial, else "". */
    QString notice() const { return m_notice; }
    /** Whether the notice shows above the chart (a page that says it once for several charts hides it). */
    void setNoticeShown(bool shown);
    bool showsTable() const;
    void setShowTable(bool table);

    /** Renders the chart (not the widget) to PNG or SVG at \a size; false with a message. */
    bool exportTo(const QString& path, const QSize& size, QString* error) const;
    void copyToClipboard() const;
    void retranslate();

    /** The chart, built for \a size, for rendering without a window (mcfund chart). */
    static QChart* build(const FundingAggregate& aggregate, ChartStyle style, const QString& title,
                         QString* notice, const FundingAggregate* fallback = nullptr);
    static bool render(QChart* chart, const QString& path, const QSize& size, QString* error);

signals:
    /** A bar or slice was clicked: the sector, round or institution type behind it (others empty). */
    void drillDown(const QString& sectorUid, const QString& roundUid, const QString& institutionType);

private:
    void rebuild();
    void fillTable();

    FundingAggregate m_aggregate;
    FundingAggregate m_fallback;
    bool m_hasFallback = false;
    FundingAggregate m_shown;
    ChartStyle m_style = ChartStyle::Bars;
    QString m_title;
    QString m_notice;
    QLabel* m_noticeLabel = nullptr;
    bool m_noticeShown = true;
    QStackedWidget* m_stack = nullptr;
    QChartView* m_view = nullptr;
    QTableWidget* m_table = nullptr;
    QToolButton* m_tableToggle = nullptr;
    QToolButton* m_export = nullptr;
};

} // namespace mcfund
