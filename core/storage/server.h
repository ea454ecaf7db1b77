#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;

namespace mcfund {

/**
 * A shared workspace on PostgreSQL: the connection URI, what a connection failure means in one sentence,
 * the schema (the same tables and columns as a SQLite workspace), mcfund's group roles and what the
 * database itself lets each of them do (privileges, row-level security, the change log written by
 * triggers under the person's own role and closed to changes), and the server commands' work.
 *
 * The group roles are cluster-wide: mcfund_admin, mcfund_officer, mcfund_reviewer and mcfund_coordinator.
 * A person is a login role in one of them; a coordinator's institution is in the table workspace_user.
 */
class Server
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::Server)
public:
    /** The version of the shared workspace's schema this mcfund writes (meta key "schema_version"). */
    static constexpr int SchemaVersion = 1;

    enum class Role
    {
        Owner,       ///< the role that owns the tables (ran server init): everything
        Admin,       ///< an officer who also keeps users and round rules
        Officer,     ///< applications, reviews' outcomes, decisions
        Reviewer,    ///< reads applications, writes review rows under their own name
        Coordinator, ///< their own institution's records, never the ministry's fields
        None,        ///< a role mcfund did not make: reads what it was granted
    };
    static QString roleCode(Role role);
    /** "admin", "officer", "reviewer" or "coordinator"; nullopt-like Role::None for anything else. */
    static Role roleFromCode(const QString& code);
    static QString roleName(Role role); ///< translated, for the window

    /** True when \a location is a PostgreSQL connection URI rather than a workspace file. */
    static bool isLocation(const QString& location);
    /** \a uri without its password, for messages and the window title. */
    static QString displayName(const QString& uri);
    /**
     * Adds and opens the QPSQL connection \a name to \a uri (libpq's environment and ~/.pgpass apply);
     * a failure is one sentence in \a error and the connection is removed again.
     */
    static bool connect(const QString& uri, const QString& name, QString* error);
    /** The settings of every mcfund session (UTC, ISO dates, quiet notices); after a reconnect too. */
    static bool configureSession(QSqlDatabase& db, QString* error);
    /** True when \a db still reaches its server (a round trip). */
    static bool isAlive(const QSqlDatabase& db);
    /** What a connection failure means, in one sentence naming \a uri. */
    static QString explain(const QSqlError& error, const QString& uri);

    /**
     * Checks that the database of \a db is an mcfund shared workspace this version can read (reads only).
     * \a version gets its schema version.
     */
    static bool inspect(QSqlDatabase& db, const QString& uri, int* version, QString* error);
    /** The person's role in the workspace open on \a db, and a coordinator's institution. */
    static Role role(const QSqlDatabase& db, QString* institutionUid = nullptr);

    /**
     * server init: in the empty database of \a db, the schema, the group roles, the privileges and
     * policies, and the official data (or the tables of the SQLite workspace \a from, or nothing with
     * \a empty). Refuses, changing nothing, when the database already holds tables.
     */
    static bool init(QSqlDatabase& db, const QString& uri, const QString& from, bool empty, QString* error);
    /** server add-user: a login role \a name in the group of \a role; a coordinator's institution. */
    static bool addUser(QSqlDatabase& db, const QString& name, Role role, const QString& institutionUid,
                        const QString& password, QString* error);

    /** The tables, indexes and functions of the shared workspace (before data is loaded). */
    static QStringList schemaStatements();
    /** The group roles, privileges, row-level security and triggers (after data is loaded). */
    static QStringList securityStatements();
};

} // namespace mcfund
