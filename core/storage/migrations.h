#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace mcfund {

/** The numbered schema migrations. Each runs in one transaction and sets PRAGMA user_version. */
class Migrations
{
public:
    /** The schema version this build writes; a workspace with a higher one is refused. */
    /**
     * The oldest schema whose tables and columns are those of the latest: later migrations only add indexes,
     * so the data of a file of any version from this one on reads the same (what a package merge needs).
     */
    static int sameTablesSince();
    static int latestVersion();
    /** Statements of migration \a version (1-based). */
    static QStringList statements(int version);
    /**
     * Brings \a db from its user_version to \a target (latestVersion() when 0); false with \a error on
     * failure.
     */
    static bool migrate(QSqlDatabase& db, QString* error, int target = 0);
};

} // namespace mcfund
