#include "changefeed.h"

#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mcfund {

qint64 ChangeFeed::newestId(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM change_log")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

qint64 ChangeFeed::dataVersion(const QSqlDatabase& db)
{
    if (Sql::isServer(db))
        return -1;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

ChangeFeed::Since ChangeFeed::since(const QSqlDatabase& db, qint64 id, int limit)
{
    Since out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, \"user\", entity, description FROM change_log WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(id);
    q.addBindValue(limit);
    const bool read = q.exec();
    while (read && q.next()) {
        ++out.rows;
        const QString entity = q.value(2).toString();
        if (!out.entities.contains(entity))
            out.entities << entity;
        out.user = q.value(1).toString();
        if (!q.value(3).toString().isEmpty())
            out.description = q.value(3).toString();
    }
    out.truncated = out.rows >= limit;
    if (!read || q.lastError().isValid()) {
        out.error = q.lastError().text();
        out.truncated = true;
    }
    return out;
}

} // namespace mcfund
