#include "packageformat.h"

#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mcfund::PackageFormat {

const QList<Entity>& carried()
{
    static const QList<Entity> list = {Entity::Institution, Entity::Partner, Entity::Project,
                                       Entity::Credential, Entity::ProjectPartner};
    return list;
}

QStringList schemaStatements()
{
    QStringList out;
    for (Entity e : carried())
        out << QStringLiteral("CREATE TABLE base_%1 AS SELECT * FROM main.%1").arg(Schema::entity(e).table);
    out << QStringLiteral("CREATE TABLE package_meta (key TEXT PRIMARY KEY, value TEXT)");
    return out;
}

std::optional<PackageInfo> infoOf(const QSqlDatabase& db, QString* error)
{
    // A package is an SQLite file; a shared workspace never is one (and a failed query would end the
    // transaction it may be part of).
    if (Sql::isServer(db))
        return std::nullopt;
    const auto failed = [error](const QSqlQuery& q) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    };
    // A workspace without the table is not a package; a table that is there and cannot be read is an error.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'package_meta'")))
        return failed(q);
    if (!q.next())
        return q.lastError().isValid() ? failed(q) : std::nullopt;
    q.finish();
    if (!q.exec(QStringLiteral("SELECT key, value FROM package_meta")))
        return failed(q);
    PackageInfo info;
    bool any = false;
    while (q.next()) {
        any = true;
        const QString k = q.value(0).toString();
        const QString v = q.value(1).toString();
        if (k == QLatin1String("package_id"))
            info.packageId = v;
        else if (k == QLatin1String("workspace_id"))
            info.workspaceId = v;
        else if (k == QLatin1String("institution_uid"))
            info.institutionUid = v;
        else if (k == QLatin1String("institution_name"))
            info.institutionName = v;
        else if (k == QLatin1String("round"))
            info.round = v.toInt();
        else if (k == QLatin1String("created_at"))
            info.createdAt = v;
        else if (k == QLatin1String("created_by"))
            info.createdBy = v;
        else if (k == QLatin1String("schema_version"))
            info.schemaVersion = v.toInt();
    }
    if (q.lastError().isValid())
        return failed(q);
    if (!any)
        return std::nullopt;
    return info;
}

} // namespace mcfund::PackageFormat
