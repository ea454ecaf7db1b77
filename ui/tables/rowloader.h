#pragma once

#include "domain/entityschema.h"
#include "query/filterspec.h"
#include "query/lookups.h"
#include "query/tablequery.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace mcfund {

/** What the background pass found for one filter and sort. */
struct LoadResult
{
    quint64 generation = 0;
    QVector<qint64> rowids;              ///< every matching row, in display order
    QHash<QString, qint64> sectorCounts; ///< rows per sector uid with the other filters applied
    QHash<QString, qint64> statusCounts;
    qint64 missingTranslation = 0; ///< filtered rows without text in the shown language
    bool facets = false; ///< the three above were computed (not asked for when only the sort changed)
    QString error;       ///< why the rows could not be read: then none of them is to be shown
};

/**
 * Runs the slow part of a table's query on its own thread and connection: the ordered row ids of the
 * whole filtered set (so any row can be reached at once) and the facet counts. A newer request makes
 * an older one stop early; late results are dropped by the generation counter.
 */
class RowLoader
{
public:
    RowLoader(QString databasePath, Entity entity);
    ~RowLoader();

    /**
     * Starts a pass; \a done is called on \a receiver's thread with the result, unless superseded. The facet
     * counts are computed only when \a facets: a new sort of the same rows leaves them as they were.
     */
    void request(quint64 generation, const FilterSpec& filter, const SortSpec& sort, const Lookups& lookups,
                 const QString& language, bool facets, QObject* receiver,
                 std::function<void(const LoadResult&)> done);
    /** Makes any running pass stop early. */
    void cancel(quint64 newGeneration) { m_latest->store(newGeneration); }

private:
    QString m_path;
    Entity m_entity;
    QThread m_thread;
    QObject* m_context = nullptr; ///< lives in m_thread
    QString m_connection;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace mcfund
