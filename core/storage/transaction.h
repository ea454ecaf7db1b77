#pragma once

#include <QSqlDatabase>
#include <QString>

namespace mcfund {

/**
 * One write transaction (BEGIN IMMEDIATE): commit() makes it durable; leaving scope without commit()
 * rolls everything back, so an error path can never leave half of a change written.
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
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace mcfund
