#include "repository.h"

#include "sqldialect.h"

#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace mcfund {

Repository::Repository(QSqlDatabase db, ChangeContext context)
    : m_db(std::move(db))
    , m_context(std::move(context))
{}

bool Repository::add(Entity entity, Record& record, QString* error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    RecordStore store(m_db, m_context);
    if (!store.insert(entity, record, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

bool Repository::change(Entity entity, const QString& uid, const Record& changes, QString* error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    RecordStore store(m_db, m_context);
    if (!store.update(entity, uid, changes, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

bool Repository::remove(Entity entity, const QString& uid, QString* error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    RecordStore store(m_db, m_context);
    if (!store.remove(entity, uid, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

std::optional<Record> Repository::get(Entity entity, const QString& uid) const
{
    return RecordStore(m_db, m_context).get(entity, uid);
}

namespace {
/** The first column of the first row of \a q (executed), or "" when there is none; \a error says why a
 * read failed. */
QString firstValue(QSqlQuery& q, bool executed, QString* error)
{
    if (executed && q.next())
        return q.value(0).toString();
    if (q.lastError().isValid() && error)
        *error = q.lastError().text();
    return QString();
}
} // namespace

std::optional<Record> Repository::found(Entity entity, const QString& uid, QString* error) const
{
    if (uid.isEmpty())
        return std::nullopt;
    RecordStore store(m_db, m_context);
    std::optional<Record> r = store.get(entity, uid);
    if (!r && store.lastError().isValid() && error)
        *error = store.lastError().text();
    return r;
}

std::optional<FundingRound> Repository::roundByNumber(int number, QString* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT uid FROM funding_round WHERE number = ?"));
    q.addBindValue(number);
    const bool executed = q.exec();
    const std::optional<Record> r = found(Entity::Round, firstValue(q, executed, error), error);
    return r ? std::optional<FundingRound>(FundingRound::fromRecord(*r)) : std::nullopt;
}

std::optional<Project> Repository::project(const QString& uid) const
{
    const std::optional<Record> r = get(Entity::Project, uid);
    return r ? std::optional<Project>(Project::fromRecord(*r)) : std::nullopt;
}

std::optional<MicroCredential> Repository::credential(const QString& uid) const
{
    const std::optional<Record> r = get(Entity::Credential, uid);
    return r ? std::optional<MicroCredential>(MicroCredential::fromRecord(*r)) : std::nullopt;
}

std::optional<Partner> Repository::partner(const QString& uid) const
{
    const std::optional<Record> r = get(Entity::Partner, uid);
    return r ? std::optional<Partner>(Partner::fromRecord(*r)) : std::nullopt;
}

std::optional<Institution> Repository::findInstitution(const QString& nameOrUid, QString* error) const
{
    QSqlQuery q(m_db);
    const auto nc = [this](const char* column) { return Sql::nocase(QLatin1String(column), m_db); };
    q.prepare(QStringLiteral("SELECT uid FROM institution WHERE uid = ? OR %1 = %4 OR %2 = %4 OR %3 = %4 "
                             "ORDER BY (uid = ?) DESC, (%1 = %4) DESC LIMIT 1")
                  .arg(nc("name_en"), nc("name_fr"), nc("short_name"),
                       Sql::isServer(m_db) ? QStringLiteral("lower(?)") : QStringLiteral("?")));
    for (int i = 0; i < 6; ++i)
        q.addBindValue(nameOrUid.trimmed());
    const bool executed = q.exec();
    const std::optional<Record> r = found(Entity::Institution, firstValue(q, executed, error), error);
    return r ? std::optional<Institution>(Institution::fromRecord(*r)) : std::nullopt;
}

QString Repository::sectorUid(const QString& code, QString* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT uid FROM sector WHERE code = ?"));
    q.addBindValue(code);
    const bool executed = q.exec();
    return firstValue(q, executed, error);
}

} // namespace mcfund
