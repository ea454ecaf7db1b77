#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace mcfund {

/**
 * Copies the records and history of one workspace into another, whichever their engines: a shared
 * workspace to a SQLite file (mcfund copy, File ▸ Save a Copy), a SQLite workspace into a new shared one
 * (server init --from). Rows go in the order they were added, many to a statement; times become UTC text
 * in a SQLite file. The caller holds the transaction of the target.
 */
class TableCopy
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::TableCopy)
public:
    /** The tables, parents first. */
    static QStringList tables();
    /** Copies every table of \a from into \a to (whose tables are empty but for its meta). */
    static bool copy(QSqlDatabase& from, QSqlDatabase& to, QString* error,
                     const std::function<bool(int percent)>& progress = {});
    /** The same from the SQLite workspace \a path (checked, opened read-only). */
    static bool fromFile(const QString& path, QSqlDatabase& to, QString* error);
    /**
     * Writes a SQLite copy of the shared workspace \a from at \a target (which must not exist): built
     * beside it as TARGET.copying and renamed into place only when complete.
     */
    static bool toFile(QSqlDatabase& from, const QString& target, QString* error,
                       const std::function<bool(int percent)>& progress = {});
};

} // namespace mcfund
