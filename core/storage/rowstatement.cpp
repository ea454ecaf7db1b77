#include "rowstatement.h"

#include "sqldialect.h"

#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

namespace mcfund {

RowStatement::RowStatement(const QSqlDatabase& db, const QString& sql)
{
    if (!Sql::isServer(db))
        m_db = Sql::sqliteHandle(db);
    if (!m_db) {
        m_query = QSqlQuery(db);
        m_prepared = m_query.prepare(sql);
        if (!m_prepared)
            m_error = m_query.lastError().text();
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

RowStatement::~RowStatement()
{
    sqlite3_finalize(m_statement); // a no-op on nullptr
}

bool RowStatement::isValid() const
{
    return m_error.isEmpty() && (m_statement || !m_db);
}

void RowStatement::rewind()
{
    if (m_running) {
        sqlite3_reset(m_statement);
        m_running = false;
        m_unread = false;
    }
}

void RowStatement::bind(int index, const QVariant& value)
{
    if (!m_db) {
        m_query.bindValue(index, value);
        return;
    }
    if (!m_statement)
        return;
    rewind();
    Sql::bindSqlite(m_statement, index + 1, value);
}

bool RowStatement::exec()
{
    if (!m_db) {
        if (!m_prepared)
            return false; // lastError() keeps why the statement could not be prepared
        const bool ok = m_query.exec();
        m_error = ok ? QString() : m_query.lastError().text();
        return ok;
    }
    if (!m_statement)
        return false;
    rewind();
    m_running = true;
    m_step = sqlite3_step(m_statement);
    if (m_step == SQLITE_ROW) {
        m_unread = true;
        m_error.clear();
        return true;
    }
    if (m_step == SQLITE_DONE) {
        m_changes = sqlite3_changes(m_db);
        m_error.clear();
        rewind(); // a write finished: nothing held until the next run
        return true;
    }
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    rewind();
    return false;
}

bool RowStatement::next()
{
    if (!m_db) {
        const bool row = m_query.next();
        if (!row && m_query.lastError().isValid())
            m_error = m_query.lastError().text();
        return row;
    }
    if (!m_statement || !m_running)
        return false;
    if (m_unread) {
        m_unread = false;
        return true;
    }
    m_step = sqlite3_step(m_statement);
    if (m_step == SQLITE_ROW)
        return true;
    if (m_step != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    rewind();
    return false;
}

QVariant RowStatement::value(int column) const
{
    if (!m_db)
        return m_query.value(column);
    if (!m_statement || !m_running || m_step != SQLITE_ROW)
        return QVariant();
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB: {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    default:
        return QVariant();
    }
}

int RowStatement::columnCount() const
{
    if (!m_db)
        return m_query.record().count();
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

QString RowStatement::columnName(int column) const
{
    if (!m_db)
        return m_query.record().fieldName(column);
    return m_statement ? QString::fromUtf8(sqlite3_column_name(m_statement, column)) : QString();
}

void RowStatement::finish()
{
    if (!m_db)
        m_query.finish();
    else
        rewind();
}

int RowStatement::rowsAffected() const
{
    return m_db ? m_changes : m_query.numRowsAffected();
}

QString RowStatement::lastError() const
{
    return m_error;
}

} // namespace mcfund
