#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlError;
class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace mcfund {

/**
 * The few places where SQLite and PostgreSQL spell the same thing differently, so that the queries of core
 * are written once. Everything else is SQL both engines read alike (ON CONFLICT, RETURNING, COALESCE,
 * "user").
 */
namespace Sql {

/** True when \a db is a connection to a PostgreSQL shared workspace (the QPSQL driver). */
bool isServer(const QSqlDatabase& db);
/** The SQLite connection under \a db, for what only SQLite's C API does; nullptr on another engine. */
sqlite3* sqliteHandle(const QSqlDatabase& db);
/**
 * Binds \a value to parameter \a position (1-based) of a statement prepared with SQLite's C API, as Qt's
 * SQLite driver would: a null QString or QByteArray (or an empty QVariant) is NULL, a bool or an integer
 * an INTEGER, a QByteArray a BLOB, anything else its text in UTF-8. SQLite's result code.
 */
int bindSqlite(sqlite3_stmt* statement, int position, const QVariant& value);
/**
 * Defines on SQLite connection \a db the function mcfund_record_json(key, value, …): a JSON object of the
 * pairs whose value is not NULL, in the order given, written as RecordStore writes a record into the change
 * log (integers as numbers, text escaped as there). What json_patch('{}', json_object(…)) gave, in a
 * fraction of its time: a bulk write logs every record it adds with it. False when \a db is not SQLite or
 * SQLite refused.
 */
bool defineRecordJson(const QSqlDatabase& db);
/**
 * When the environment variable MCFUND_TRACE_SQL names a file, appends to it every statement that \a db
 * runs from now on, with its bound values written in, one a line and ended with a semicolon: a script
 * that the sqlite3 shell runs as it is (`.read FILE`). This is how the benchmarks time "the same query" in
 * the shell as a command of mcfund. Statements of triggers are left out (the shell fires them itself).
 * Nothing on PostgreSQL.
 */
void traceFromEnvironment(const QSqlDatabase& db);
/**
 * While one lives, the statements of this thread are left out of the trace: how mcfund reads (the
 * transactions that give two connections one snapshot) rather than what it reads, which a script run by
 * one connection must not repeat.
 */
class UntracedScope
{
public:
    UntracedScope();
    ~UntracedScope();
    UntracedScope(const UntracedScope&) = delete;
    UntracedScope& operator=(const UntracedScope&) = delete;
};
/** \a expr compared and sorted without regard to case: COLLATE NOCASE on SQLite, lower() on PostgreSQL. */
QString nocase(const QString& expr, const QSqlDatabase& db);
/**
 * Makes \a q read its rows one at a time where that is safe: on SQLite always; never on PostgreSQL, whose
 * driver then streams the rows in single-row mode and loses them when another query of the connection
 * runs before the last is read.
 */
void stream(QSqlQuery& q);
/**
 * A value read from either engine as the text a SQLite workspace holds: a PostgreSQL timestamptz (read as
 * QDateTime) becomes UTC ISO 8601 with milliseconds and a Z, as mcfund writes times into a file.
 */
QString text(const QVariant& value);
/** Null-safe equality of two expressions: IS on SQLite, IS NOT DISTINCT FROM on PostgreSQL. */
QString same(const QString& a, const QString& b, const QSqlDatabase& db);
/** The name by which a temporary table of this connection is referred to ("temp.x" on SQLite). */
QString temp(const QString& table, const QSqlDatabase& db);
/**
 * True when \a error is one that a second attempt of the whole transaction can cure: a serialisation
 * failure or a deadlock between people writing at once (PostgreSQL), or SQLITE_BUSY.
 */
bool isRetryable(const QSqlError& error);
/**
 * True for a column that the server derives from the others and that a SQLite workspace has not
 * (search_words, the folded words of the full-text index): never read into a record, copied or compared.
 */
bool isDerived(const QString& column);

} // namespace Sql

} // namespace mcfund
