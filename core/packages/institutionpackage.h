#pragma once

#include "storage/packageformat.h"

#include <QCoreApplication>
#include <QString>

namespace mcfund {

class Database;

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
    /** Writes the package of \a institution (name as published, or uid), optionally one round only. */
    static bool exportTo(Database& workspace, const QString& institution, int round, const QString& path,
                         const QString& user, PackageInfo* info, QString* error);

    /** Reads a package's metadata after checking that it is a sound, complete package (integrity check). */
    static bool inspect(const QString& path, PackageInfo* info, QString* error);
};

} // namespace mcfund
