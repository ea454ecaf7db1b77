#pragma once

#include "domain/entityschema.h"
#include "query/filterspec.h"
#include "query/tablequery.h"

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace mcfund {

class Workspace;

/**
 * The filter bar of a table page: free text (full-text, both languages), menus for sector (with row
 * counts), round, institution, institution type, status, language, OSAP approval and missing
 * translations — only those that apply to the page — and the active filters as removable chips with
 * "Clear all". Emits filterChanged() with the combined FilterSpec.
 */
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    /** With \a only, just those criteria are offered (the dashboard: round, sector, type, status). */
    FilterBar(Workspace* workspace, Entity entity, QWidget* parent = nullptr,
              const QList<Criterion>& only = {});

    FilterSpec filter() const { return m_filter; }
    void setFilter(const FilterSpec& filter);
    void setSectorCounts(const QHash<QString, qint64>& counts);
    void setStatusCounts(const QHash<QString, qint64>& counts);
    QLineEdit* searchField() const { return m_search; }
    void retranslate();

signals:
    void filterChanged(const mcfund::FilterSpec& filter);

private:
    void rebuildMenus();
    void rebuildChips();
    void emitChanged();
    QToolButton* menuButton(const QString& objectName);

    Workspace* m_workspace;
    Entity m_entity;
    FilterSpec m_filter;
    QHash<QString, qint64> m_sectorCounts;
    QHash<QString, qint64> m_statusCounts;
    QLineEdit* m_search = nullptr;
    QTimer* m_typing = nullptr;
    QToolButton* m_sector = nullptr;
    QToolButton* m_round = nullptr;
    QToolButton* m_institution = nullptr;
    QToolButton* m_type = nullptr;
    QToolButton* m_status = nullptr;
    QToolButton* m_language = nullptr;
    QToolButton* m_osap = nullptr;
    QToolButton* m_missing = nullptr;
    QWidget* m_chips = nullptr;
    QHBoxLayout* m_chipLayout = nullptr;
    QToolButton* m_clear = nullptr;
};

} // namespace mcfund
