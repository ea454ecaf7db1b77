#pragma once

#include "query/filterspec.h"
#include "query/fundingaggregates.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace mcfund {

class BackgroundReader;
class FilterBar;
class FundingChart;
class Workspace;

/**
 * The first page: where a round's money goes. Figures for the chosen round (or all rounds) — envelope,
 * approved, remaining, share allocated, requested, projects, institutions, micro-credentials, learners —
 * and charts of funding by sector (bars or donut), by round stacked by sector and by institution type,
 * for a chosen measure. Everything follows the page's filters and refreshes after any edit, import or undo.
 */
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    /** \a active: whether the figures may be computed now (see setActive). */
    explicit DashboardPage(Workspace* workspace, QWidget* parent = nullptr, bool active = true);
    ~DashboardPage() override;

    void setFilter(const FilterSpec& filter);
    FilterSpec filter() const;
    Measure measure() const;
    void setMeasure(Measure m);
    FundingChart* sectorChart() const { return m_sector; }
    FundingChart* roundChart() const { return m_round; }
    FundingChart* typeChart() const { return m_type; }
    /** Re-reads the figures and charts in the background (normally after a short pause following changes). */
    void refresh();
    /** True until the figures of the latest refresh are shown. */
    bool isLoading() const { return m_loading; }
    /**
     * The page is in front (or not). While inactive a refresh is only remembered, and runs when the page
     * is made active: the figures of a million rows are not recomputed after every edit on another page.
     */
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void retranslate();
    void saveState() const;

signals:
    /** Open the projects page with this filter (a bar or slice was clicked). */
    void openProjects(const mcfund::FilterSpec& filter);
    /** The figures and charts of the latest refresh are shown. */
    void refreshed();

private:
    void compute();
    void onDrill(const QString& sectorUid, const QString& roundUid, const QString& institutionType);

    Workspace* m_workspace;
    FilterBar* m_filterBar = nullptr;
    QComboBox* m_measure = nullptr;
    QLabel* m_measureLabel = nullptr;
    QToolButton* m_donut = nullptr;
    QLabel* m_scope = nullptr;
    QList<QLabel*> m_captions;
    QList<QLabel*> m_values;
    QVBoxLayout* m_bodyLayout = nullptr;
    QProgressBar* m_share = nullptr;
    QLabel* m_shareUnknown = nullptr; ///< "—" in the bar's place when the share is not known
    QLabel* m_note = nullptr;         ///< the charts' note, once, when all three say the same
    FundingChart* m_sector = nullptr;
    FundingChart* m_round = nullptr;
    FundingChart* m_type = nullptr;
    QTimer* m_pending = nullptr;
    std::unique_ptr<BackgroundReader> m_reader;
    bool m_loading = false;
    bool m_active = true;
    bool m_stale = false; ///< a refresh was asked for while inactive
    bool m_computeQueued = false;
};

} // namespace mcfund
