#include "auditlog.h"

#include "domain/entityschema.h"

#include "storage/rowstatement.h"
#include "storage/sqldialect.h"

#include "io/csvwriter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mcfund {

QList<AuditEntry> AuditLog::read(const QSqlDatabase& db, const AuditFilter& filter, QString* error)
{
    QList<AuditEntry> out;
    if (!forEach(
            db, filter,
            [&out](const AuditEntry& e) {
                out << e;
                return true;
            },
            error))
        out.clear();
    return out;
}

bool AuditLog::forEach(const QSqlDatabase& db, const AuditFilter& f,
                       const std::function<bool(const AuditEntry&)>& each, QString* error)
{
    QStringList where;
    QVariantList binds;
    if (!f.user.isEmpty()) {
        where << QStringLiteral("l.\"user\" = ?");
        binds << f.user;
    }
    if (!f.since.isEmpty()) {
        where << QStringLiteral("l.at >= ?");
        binds << f.since;
    }
    if (!f.entity.isEmpty()) {
        where << QStringLiteral("l.entity = ?");
        binds << f.entity;
    }
    if (!f.uid.isEmpty()) {
        // A record's history includes the reviews and decisions that belong to it. Each part is a search of
        // the (entity, uid) index, every entity named: an OR of "uid = ?" and two subqueries read the whole
        // log on PostgreSQL (1.1 million rows of a generated workspace, each time a row was selected).
        QStringList names;
        for (Entity e : Schema::entities()) {
            names << QStringLiteral("?");
            binds << Schema::entity(e).name;
        }
        where << QStringLiteral("l.id IN (SELECT c.id FROM change_log c WHERE c.entity IN (%1) AND c.uid = ? "
                                "UNION ALL SELECT c.id FROM review v JOIN change_log c ON c.entity = ? AND "
                                "c.uid = v.uid WHERE v.project_uid = ? "
                                "UNION ALL SELECT c.id FROM decision d JOIN change_log c ON c.entity = ? AND "
                                "c.uid = d.uid WHERE d.project_uid = ?)")
                     .arg(names.join(QLatin1Char(',')));
        binds << f.uid << Schema::entity(Entity::Review).name << f.uid
              << Schema::entity(Entity::Decision).name << f.uid;
    }
    if (!f.roundUid.isEmpty()) {
        where << QStringLiteral(
            "((l.entity = 'round' AND l.uid = ?1) "
            "OR (l.entity = 'project' AND l.uid IN (SELECT uid FROM project WHERE round_uid = ?1)) "
            "OR (l.entity = 'credential' AND l.uid IN (SELECT m.uid FROM micro_credential m JOIN project p "
            "ON p.uid = m.project_uid "
            "WHERE p.round_uid = ?1)) "
            "OR (l.entity = 'review' AND l.uid IN (SELECT v.uid FROM review v JOIN project p ON p.uid = "
            "v.project_uid WHERE p.round_uid = ?1)) "
            "OR (l.entity = 'decision' AND l.uid IN (SELECT d.uid FROM decision d JOIN project p ON p.uid = "
            "d.project_uid WHERE p.round_uid = ?1)) "
            "OR (l.entity = 'criterion' AND l.uid IN (SELECT uid FROM review_criterion WHERE round_uid = "
            "?1)))");
    }
    QString sql = QStringLiteral("SELECT l.id, l.at, l.\"user\", l.entity, l.uid, l.field, l.old, l.new, "
                                 "l.origin, l.batch, l.description "
                                 "FROM change_log l");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY l.id");
    if (f.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(f.limit);
    // The round appears six times in its condition, each a plain bound parameter.
    if (!f.roundUid.isEmpty()) {
        sql.replace(QStringLiteral("?1"), QStringLiteral("?"));
        for (int i = 0; i < 6; ++i)
            binds << f.roundUid;
    }
    // Through SQLite's C API, text read as UTF-8: Qt's driver has SQLite convert every value to UTF-16
    // first, most of the time of a large log (see RowStatement).
    RowStatement q(db, sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i, binds.at(i));
    auto failed = [&] {
        if (error)
            *error = q.lastError();
        return false;
    };
    if (!q.isValid() || !q.exec())
        return failed();
    AuditEntry e;
    while (q.next()) {
        e = AuditEntry{q.value(0).toLongLong(), Sql::text(q.value(1)), q.value(2).toString(),
                       q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString(),   q.value(7).toString(), q.value(8).toString(),
                       q.value(9).toString(),   q.value(10).toString()};
        if (!each(e))
            return true;
    }
    return q.lastError().isEmpty() || failed();
}

QStringList AuditLog::users(const QSqlDatabase& db, QString* error)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT DISTINCT \"user\" FROM change_log ORDER BY \"user\"")))
        while (q.next())
            out << q.value(0).toString();
    if (q.lastError().isValid()) {
        if (error)
            *error = tr("Cannot read who wrote in the change log: %1").arg(q.lastError().text());
        return {};
    }
    return out;
}

namespace {

void writeHeader(CsvWriter& csv)
{
    csv.writeRow({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user"),
                  QStringLiteral("entity"), QStringLiteral("uid"), QStringLiteral("field"),
                  QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("origin"),
                  QStringLiteral("batch"), QStringLiteral("description")});
}

void writeEntry(CsvWriter& csv, const AuditEntry& e)
{
    csv.writeRow({QString::number(e.id), e.at, e.user, e.entity, e.uid, e.field, e.oldValue, e.newValue,
                  e.origin, e.batch, e.description});
}

} // namespace

bool AuditLog::writeCsv(const QList<AuditEntry>& entries, QIODevice* device)
{
    CsvWriter csv(device);
    writeHeader(csv);
    for (const AuditEntry& e : entries)
        writeEntry(csv, e);
    return true;
}

qint64 AuditLog::writeCsv(const QSqlDatabase& db, const AuditFilter& filter, QIODevice* device,
                          QString* error)
{
    CsvWriter csv(device);
    writeHeader(csv);
    qint64 written = 0;
    const bool ok = forEach(
        db, filter,
        [&](const AuditEntry& e) {
            writeEntry(csv, e);
            ++written;
            return true;
        },
        error);
    return ok ? written : -1;
}

} // namespace mcfund
