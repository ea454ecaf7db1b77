#pragma once

#include "domain/entityschema.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace mcfund {

class Database;

/** What a package says about itself (its package_meta table). */
struct PackageInfo
{
    QString packageId;
    QString workspaceId; ///< the ministry workspace it came from
    QString institutionUid;
    QString institutionName;
    int round = 0; ///< 0: every round
    QString createdAt;
    QString createdBy;
    int schemaVersion = 0;
};

/**
 * An institution package: an ordinary SQLite file, itself an mcfund workspace (same tables and columns),
 * holding one institution's record, its projects, micro-credentials and partners, plus the base value of
 * every field at export (tables base_*), so that a merge can judge each field against it whatever tool
 * edited the package.
 */
class InstitutionPackage
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::InstitutionPackage)
public:
    /** The tables a package carries, in the order they are copied and merged (references first). */
    static const QList<Entity>& carried();

    /**
     * The statements that make a workspace a package, run after its migrations: the base_* copies of the
     * carried tables and package_meta. Also what a package's schema is checked against.
     */
    static QStringList schemaStatements();

    /** Writes the package of \a institution (name as published, or uid), optionally one round only. */
    static bool exportTo(Database& workspace, const QString& institution, int round, const QString& path,
                         const QString& user, PackageInfo* info, QString* error);

    /** Reads a package's metadata after checking that it is a sound, complete package (integrity check). */
    static bool inspect(const QString& path, PackageInfo* info, QString* error);

    /** The metadata of an open workspace that is a package (coordinator mode), if it is one. */
    static std::optional<PackageInfo> infoOf(const QSqlDatabase& db);
};

} // namespace mcfund
