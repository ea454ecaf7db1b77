#pragma once

#include "tablecolumns.h"

#include "domain/validation.h"
#include "query/filterspec.h"
#include "query/tablequery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <memory>

namespace mcfund {

class RowLoader;
class Workspace;
struct LoadResult;

/**
 * A lazy, SQL-backed table of one entity. It never holds the whole table: the ordered row ids of the
 * filtered set come from a background pass (RowLoader), the first and last rows straight from an index
 * so that the view paints at once, and records are fetched a page at a time by rowid into a small cache.
 * Filtering and sorting run in SQL; edits go through the workspace's one command path.
 */
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /** UnsavedRole: true when the cell shows a value the workspace file could not take (not saved). */
    enum Roles
    {
        UidRole = Qt::UserRole + 1,
        FieldRole,
        RecordRole,
        FallbackRole,
        UnsavedRole
    };

    TableModel(Workspace* workspace, Entity entity, QObject* parent = nullptr, bool active = true);
    ~TableModel() override;

    Entity entity() const { return m_entity; }
    const QList<TableColumn>& columns() const;
    int columnOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const FilterSpec& filter);
    const FilterSpec& filter() const { return m_filter; }
    const SortSpec& sortSpec() const { return m_sort; }
    /** Rows matching the filter, or -1 while the background pass is still counting. */
    qint64 matchingCount() const { return m_orderReady ? m_order.size() : (m_countKnown ? m_count : -1); }
    /** Rows in the table with no filter. */
    qint64 totalCount() const { return m_total; }
    const QHash<QString, qint64>& sectorCounts() const { return m_sectorCounts; }
    const QHash<QString, qint64>& statusCounts() const { return m_statusCounts; }
    /** True while a background pass for the current filter, sort or data is running. */
    bool isLoading() const { return m_pending; }
    /**
     * A model whose page is not shown runs no background pass: a change of data, filter or sort is
     * remembered and its pass starts when the model is made active again. Made inactive, it reads nothing
     * at all (no rows until first shown). Active by default; the window keeps only the page in front
     * active, so that opening a large workspace reads one table, not five at once on the same cores (or on
     * the same database server) as the first paint.
     */
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /** Rows of the filtered set that have no title or name in the interface language. */
    qint64 missingTranslationCount() const { return m_missing; }

    QString uidAt(int row) const;
    /** The record shown on \a row (all stored fields), or an empty record while it loads. */
    Record recordAt(int row) const;
    /** The row showing record \a uid, or -1 (not in the filtered set, or not yet known). */
    int rowOf(const QString& uid) const;

    /** Re-reads everything (after an edit, import or undo), keeping the filter and sort. */
    void refresh();
    /** Headers and shown names follow the interface language. */
    void languageChanged();

    /** The last message of a refused edit (for the status bar). */
    QString lastError() const { return m_lastError; }
    /**
     * Why the last background pass could not read the rows (a damaged page, a lost connection), or "": the
     * table then shows no row and no count rather than those read before the failure. (Counts by sector or
     * status that cannot be read are left out, not shown as 0.)
     */
    QString readError() const { return m_readError; }

signals:
    /** The background pass finished: counts and facets are up to date. */
    void loaded();
    /** An edit was refused; the message says what and why. */
    void editRefused(const QString& message);

private:
    void restart(bool filterChanged);
    void requestPass();
    void applyResult(const LoadResult& result);
    qint64 rowidAt(int row) const;
    const Record* recordFor(qint64 rowid) const;
    void ensurePage(int row) const;
    QVariant display(const TableColumn& column, const Record& record, bool* fallback) const;

    Workspace* m_workspace;
    Entity m_entity;
    std::unique_ptr<TableQuery> m_query;
    std::unique_ptr<RowLoader> m_loader;
    bool m_coordinator = false; ///< an institution package: ministry-only fields are read-only
    FilterSpec m_filter;
    SortSpec m_sort;
    int m_sortColumn = -1;
    QString m_passLanguage;    ///< the language of the last pass (sort keys, missing translations)
    bool m_facetsStale = true; ///< the filter or the rows changed since the facet counts were read
    QString m_facetsLanguage;  ///< the language the missing-translation count was read in
    quint64 m_generation = 0;
    bool m_pending = false;
    bool m_active = true;
    bool m_passWanted = false;    ///< a pass was asked for while inactive
    bool m_startWanted = false;   ///< made inactive: nothing read yet
    bool m_refreshWanted = false; ///< the data changed while inactive

    QVector<qint64> m_order; ///< all row ids in display order, once the background pass is done
    bool m_orderReady = false;
    QVector<qint64> m_head; ///< first rows, straight from an index
    QVector<qint64> m_tail; ///< last rows, when the count is known before the order
    qint64 m_count = 0;
    bool m_countKnown = false;
    qint64 m_total = 0;
    QHash<QString, qint64> m_sectorCounts;
    QHash<QString, qint64> m_statusCounts;
    qint64 m_missing = 0;

    mutable QHash<qint64, Record> m_cache;
    mutable QList<int> m_pages; ///< cached pages, most recent last
    QString m_readError;
    QString m_lastError;
};

} // namespace mcfund
