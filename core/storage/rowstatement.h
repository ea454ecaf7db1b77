#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace mcfund {

/**
 * A prepared statement run once a row of a large write (an import adds, matches and records each row): on
 * SQLite through SQLite's C API, elsewhere through QSqlQuery, with the same bound values either way.
 *
 * Qt's SQLite driver copies every bound value into a list, converts text to UTF-16 for SQLite to convert
 * back, and resets a result cache at each execution; for a statement run a hundred thousand times in a row
 * that was about a sixth of an import's time. Values are bound as the driver binds them: a null QString or
 * QByteArray is NULL, a bool or an integer an INTEGER, text UTF-8. Must not outlive its connection.
 */
class RowStatement
{
public:
    RowStatement(const QSqlDatabase& db, const QString& sql);
    ~RowStatement();
    RowStatement(const RowStatement&) = delete;
    RowStatement& operator=(const RowStatement&) = delete;

    /** False, with lastError(), if the statement could not be prepared. */
    bool isValid() const;
    /** Binds \a value to the placeholder at \a index (0-based), as QSqlQuery::bindValue does. */
    void bind(int index, const QVariant& value);
    /** Runs the statement with the values bound; a query is then on its first row (see next()). */
    bool exec();
    /** Moves to the next row of a query run by exec(): true for the first row, then for each one after. */
    bool next();
    /** The value of \a column in the current row (NULL as an invalid QVariant). */
    QVariant value(int column) const;
    /** The number of columns of a query's rows, and the name of each (0-based). */
    int columnCount() const;
    QString columnName(int column) const;
    /** Ends a query before its last row: SQLite's read of the table ends with it. */
    void finish();
    /** Rows changed by the last exec() of an INSERT, UPDATE or DELETE. */
    int rowsAffected() const;
    QString lastError() const;

private:
    void rewind();

    QSqlQuery m_query; ///< off SQLite
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_step = 0;         ///< the result of the last step (SQLite's code)
    bool m_unread = false;  ///< exec() stepped onto a row that next() has not yet handed out
    bool m_running = false; ///< stepped since the last reset
    bool m_prepared = true; ///< off SQLite: whether the server accepted the statement
    int m_changes = 0;
    QString m_error;
};

} // namespace mcfund
