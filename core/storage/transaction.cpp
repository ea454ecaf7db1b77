#include "transaction.h"

#include "sqldialect.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace mcfund {

namespace {

// How deep each connection is in transactions: an inner one is a savepoint of the outer, so that a step
// that writes in a transaction of its own (loading the official data) can also be part of a larger one
// (server init), and its failure undoes only what it wrote.
QMutex depthMutex;
QHash<QString, int>& depths()
{
    static QHash<QString, int> map;
    return map;
}

int enter(const QString& connection)
{
    const QMutexLocker lock(&depthMutex);
    return depths()[connection]++;
}

void leave(const QString& connection)
{
    const QMutexLocker lock(&depthMutex);
    auto it = depths().find(connection);
    if (it != depths().end() && --*it <= 0)
        depths().erase(it);
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_depth = enter(m_db.connectionName());
    QSqlQuery q(m_db);
    if (m_depth > 0)
        m_active = q.exec(QStringLiteral("SAVEPOINT mcfund_%1").arg(m_depth));
    else
        // SQLite: take the write lock at once, so that a busy workspace is found before any work is done.
        m_active = q.exec(Sql::isServer(m_db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        m_error = q.lastError().text();
        m_lastError = q.lastError();
        leave(m_db.connectionName());
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        if (m_depth > 0) {
            q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT mcfund_%1").arg(m_depth));
            q.exec(QStringLiteral("RELEASE SAVEPOINT mcfund_%1").arg(m_depth));
        } else {
            q.exec(QStringLiteral("ROLLBACK"));
        }
        leave(m_db.connectionName());
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(m_depth > 0 ? QStringLiteral("RELEASE SAVEPOINT mcfund_%1").arg(m_depth)
                            : QStringLiteral("COMMIT"))) {
        m_error = q.lastError().text();
        m_lastError = q.lastError();
        return false;
    }
    m_active = false;
    leave(m_db.connectionName());
    return true;
}

} // namespace mcfund
