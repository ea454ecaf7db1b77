#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace mcfund {

/**
 * What the change log says others wrote to a workspace since a point of it: what an open window reads to
 * follow the people working beside it (on SQLite, other processes on the same file; on PostgreSQL, everyone
 * connected to the shared workspace).
 */
class ChangeFeed
{
public:
    /** The id of the newest row of the change log (0 when it is empty); -1 when it cannot be read. */
    static qint64 newestId(const QSqlDatabase& db);
    /**
     * SQLite's data_version of this connection, which changes when another connection commits to the
     * file; -1 on PostgreSQL (which notifies instead) or when it cannot be read.
     */
    static qint64 dataVersion(const QSqlDatabase& db);

    /** The rows of the change log after a point, summed up. */
    struct Since
    {
        int rows = 0;           ///< rows read (at most the limit)
        bool truncated = false; ///< more rows than the limit: every table should be read again
        QStringList entities;   ///< the entities (table names of the log) the rows touch, in first-seen order
        QString user;           ///< who wrote the newest row read
        QString description;    ///< the newest description among the rows read, if any
        /** Why the rows could not be read, at once or part-way: then truncated is set too, since what the
         *  rows touch is not known. */
        QString error;
    };
    /** Reads up to \a limit rows of the change log after \a id. */
    static Since since(const QSqlDatabase& db, qint64 id, int limit = 5000);
};

} // namespace mcfund
