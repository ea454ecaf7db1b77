#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace mcfund {

/**
 * One write transaction (BEGIN IMMEDIATE on SQLite, BEGIN on PostgreSQL): commit() makes it durable; leaving
 * scope without commit() rolls everything back, so an error path can never leave half of a change written.
 * Inside another transaction of the same connection it is a savepoint of it.
 */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    QSqlError lastError() const { return m_lastError; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
    QSqlError m_lastError;
    int m_depth = 0;
};

} // namespace mcfund
