#include "rowloader.h"

#include "platform/platform.h"
#include "storage/database.h"

#include <QPointer>
#include <QSqlDatabase>

namespace mcfund {

RowLoader::RowLoader(QString databasePath, Entity entity)
    : m_path(std::move(databasePath))
    , m_entity(entity)
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("mcfund-loader-%1").arg(++counter);
    m_thread.setObjectName(QStringLiteral("RowLoader"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [] { Platform::yieldToInterface(); });
}

RowLoader::~RowLoader()
{
    m_latest->store(~quint64(0));
    const QString name = m_connection;
    QMetaObject::invokeMethod(
        m_context, [name] { Database::closeConnection(name); }, Qt::BlockingQueuedConnection);
    m_context->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

void RowLoader::request(quint64 generation, const FilterSpec& filter, const SortSpec& sort,
                        const Lookups& lookups, const QString& language, bool facets, QObject* receiver,
                        std::function<void(const LoadResult&)> done)
{
    m_latest->store(generation);
    const QString path = m_path;
    const QString name = m_connection;
    const Entity entity = m_entity;
    auto latest = m_latest;
    QPointer<QObject> target(receiver);
    QMetaObject::invokeMethod(m_context, [=] {
        if (latest->load() != generation)
            return;
        // A reader: read-only, and for a file, defensive with trusted_schema off.
        QSqlDatabase db = Database::readerConnection(path, name);
        TableQuery query(entity, db, &lookups);
        LoadResult result;
        result.generation = generation;
        result.rowids = query.allRowids(filter, sort, [&] { return latest->load() != generation; });
        if (latest->load() != generation)
            return;
        // Counts that cannot be read come back empty, and none is shown; rows that cannot be read are an
        // error the table shows.
        result.error = query.lastError();
        if (facets && result.error.isEmpty()) {
            result.facets = true;
            result.sectorCounts = query.facet(filter, Criterion::Sector);
            const MissingText shown =
                language == QLatin1String("fr") ? MissingText::French : MissingText::English;
            FilterSpec narrowing = filter;
            narrowing.statuses.clear();
            if (TableQuery::supports(entity, Criterion::Status) &&
                TableQuery::supports(entity, Criterion::Missing) && !filter.missing && !narrowing.isEmpty()) {
                // The filter's rows are read once for both.
                const TableQuery::StatusFacet statuses = query.statusFacet(filter, shown);
                result.statusCounts = statuses.counts;
                result.missingTranslation = statuses.missing;
            } else {
                result.statusCounts = query.facet(filter, Criterion::Status);
                if (TableQuery::supports(entity, Criterion::Missing)) {
                    FilterSpec missing = filter;
                    missing.missing = shown;
                    result.missingTranslation = query.count(missing);
                }
            }
        }
        if (latest->load() != generation || !target)
            return;
        QMetaObject::invokeMethod(target, [target, done, result] {
            if (target)
                done(result);
        });
    });
}

} // namespace mcfund
