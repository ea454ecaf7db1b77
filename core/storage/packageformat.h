#pragma once

#include "domain/entityschema.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace mcfund {

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
 * What makes a workspace an institution package: the tables it carries, the base_* copies of them taken at
 * export, and its package_meta table. Storage checks a package's schema against this and the edit engine
 * reads a package's institution from it; packages/ writes, inspects and merges packages.
 */
namespace PackageFormat {

/** The tables a package carries, in the order they are copied and merged (references first). */
const QList<Entity>& carried();

/**
 * The statements that make a workspace a package, run after its migrations: the base_* copies of the
 * carried tables and package_meta. Also what a package's schema is checked against.
 */
QStringList schemaStatements();

/**
 * The metadata of an open workspace that is a package (coordinator mode), if it is one. Nullopt for a
 * workspace that is not a package; nullopt with \a error set when that could not be read (a damaged page):
 * then it is not known whether the coordinator's bounds apply, and nothing is to be changed.
 */
std::optional<PackageInfo> infoOf(const QSqlDatabase& db, QString* error = nullptr);

} // namespace PackageFormat

} // namespace mcfund
