#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

struct sqlite3;

namespace mcfund {

/** Where a workspace's data came from; shown in the window title, report footers and stats. */
enum class WorkspaceKind
{
    Official,
    Empty,
    Synthetic,
    Package
};
QString workspaceKindCode(WorkspaceKind k);

/**
 * One workspace: one SQLite file. Opening checks that the file is an mcfund workspace (application_id),
 * not from a newer schema and not damaged (quick_check) before anything is written; a file that fails is
 * left untouched. Older workspaces are copied with SQLite's online backup API before they are migrated.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::Database)
public:
    static constexpr int ApplicationId = 0x4D434644; // "MCFD"

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /**
     * Opens \a path; when no file exists there, creates a workspace from the official dataset. The header,
     * version and schema are checked at every open; the whole file (SQLite's quick_check) only when it is
     * not stamped sound as it is now (see IntegrityStamps). With \a integrityCheck false the whole-file
     * check is left to the caller (the window runs it in the background with checkIntegrity() so that a
     * large workspace shows at once).
     */
    bool open(const QString& path, QString* error, bool integrityCheck = true);
    /** Creates a new workspace at \a path (which must not exist) and opens it. A shared workspace is made
     *  with mcfund server init, never here. */
    bool create(const QString& path, WorkspaceKind kind, QString* error);
    /**
     * For a command that reads its figures in one pass and exits: SQLite's default page cache (2 MB)
     * instead of the window's 16 MB. A page read once gains nothing from being kept, and each new page of
     * cache costs the process fresh memory: on the million-row workspace `mcfund chart` took 3,000 fewer
     * page faults and 20 ms less. Nothing on a shared server.
     */
    void useOnePassCache();
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    /** The workspace file, or the shared workspace's connection URI. */
    QString path() const { return m_path; }
    /** The file, or the URI without its password: what messages and the window show. */
    QString displayName() const;
    /** True for a shared workspace on PostgreSQL. */
    bool isServer() const { return m_server; }
    /**
     * Adds and opens a connection named \a name to the workspace at \a location (a file or a URI), for a
     * reader or writer on another thread; close it with closeConnection(). A reader of a file is hardened.
     */
    static QSqlDatabase addConnection(const QString& location, const QString& name, bool readOnly,
                                      QString* error);
    /**
     * The connection \a name of this thread to \a location, made by addConnection() on first use; a
     * shared workspace's connection that was lost is opened again (readers on their own threads).
     */
    static QSqlDatabase readerConnection(const QString& location, const QString& name);
    QString connectionName() const { return m_name; }

    /**
     * A shared workspace whose connection was lost: opens it again under the same name, so that every
     * holder of the connection goes on with it. True at once for a file, or when the connection is alive.
     */
    bool reconnect(QString* error);
    /** Opens a further connection to the same file, for another thread; close it with closeConnection(). */
    QSqlDatabase openExtraConnection(const QString& name, bool readOnly, QString* error) const;
    static void closeConnection(const QString& name);

    QString meta(const QString& key) const;
    bool setMeta(const QString& key, const QString& value, QString* error);
    WorkspaceKind kind() const;
    /** True when the workspace holds changes made after it was created (false when that cannot be read). */
    bool isEdited() const;
    /**
     * True when the workspace on \a db holds changes made after it was created. False with \a error set when
     * the change log could not be read: then it is not known, and a caller that states it (a report's source,
     * the statistics) stops.
     */
    static bool isEdited(const QSqlDatabase& db, QString* error = nullptr);

    /** Copies the open workspace to \a target with SQLite's online backup API (safe while in use). */
    bool backupTo(const QString& target, QString* error) const;
    /** A share of a long step done (0–100); returns false to stop it, which then leaves nothing changed. */
    using Progress = std::function<bool(int percent)>;
    /** The same for any workspace file, used before a migration; \a progress may stop the copy, and then no
     *  file is left at \a target. */
    static bool backupFile(const QString& source, const QString& target, QString* error,
                           const Progress& progress = {});

    /**
     * True when the file at \a path says, in its header, that it is a workspace of an older schema than this
     * mcfund writes: open() would copy it and migrate it. Reads 100 bytes; false for a shared workspace, a
     * missing file or anything that is not a workspace (open() explains those).
     */
    static bool needsUpgrade(const QString& path);
    /**
     * What open() does to a workspace of an older schema, on its own connection, so that the window can run
     * it on a thread of its own: checks the file as open() does, copies it beside itself
     * (`NAME.before-schema-N-TIME.bak`), then runs every migration in one transaction. Stopped by
     * \a progress, it leaves the file as it was (a copy finished before is kept). True at once for a file
     * of the latest schema.
     */
    static bool upgrade(const QString& path, const Progress& progress, QString* error);
    /**
     * Called by upgrade() as it begins to copy a workspace of an older schema, with the file and the copy's
     * name: the command line says so on its error stream (on a large file the copy takes seconds). One for
     * the process; empty by default.
     */
    static void setUpgradeNotice(std::function<void(const QString& path, const QString& backup)> notice);

    /** How much of a file inspect() reads to find damage. */
    enum class Check
    {
        Structure,     ///< the header, user_version and schema: every open does this much
        UnlessStamped, ///< and SQLite's quick_check of the whole file, unless it is stamped sound as it is
        Quick,         ///< and the quick_check in any case
        Full,          ///< integrity_check (every index against its table), foreign keys, search indexes
    };
    /**
     * Checks a file without writing to it: an mcfund workspace, not newer, and as far as \a check asks,
     * not damaged. A whole-file check that passes stamps the file sound (IntegrityStamps); one that fails
     * removes its stamp.
     */
    static bool inspect(const QString& path, int* schemaVersion, QString* error,
                        Check check = Check::UnlessStamped);
    static bool inspect(const QString& path, int* schemaVersion, QString* error, bool integrityCheck)
    {
        return inspect(path, schemaVersion, error, integrityCheck ? Check::UnlessStamped : Check::Structure);
    }
    /** SQLite's quick_check (\a check Quick) or the full check on its own read-only connection; safe from
     *  any thread. */
    static bool checkIntegrity(const QString& path, QString* error, Check check = Check::Quick);
    /**
     * Marks the open workspace as checked sound in this session (the window's background check passed),
     * so that close() stamps the file as this session leaves it.
     */
    void setCheckedSound() { m_checkedSound = true; }
    /** True when the open workspace was found sound whole (now or, unchanged since, at an earlier check). */
    bool isCheckedSound() const { return m_checkedSound; }

    /** What a connection may trust of the schema of the file it opens. */
    enum SchemaTrust
    {
        SchemaUntrusted, ///< not checked, or only read: defensive, trusted_schema OFF
        SchemaChecked,   ///< checked by checkSchema() to be mcfund's own, and written by mcfund
    };
    /**
     * Hardens a connection to a file mcfund did not just create, before its first statement (touching
     * nothing in the file). SchemaUntrusted, for every connection that inspects or reads a file (a
     * package, a workspace being checked, the readers): SQLite's defensive mode (the schema and the
     * full-text index's shadow tables cannot be written by SQL, writable_schema is refused) and
     * trusted_schema OFF (a view or trigger in the file cannot call functions with side effects or use
     * virtual tables). SchemaChecked, for the connections that write a workspace once checkSchema() has
     * found nothing in it but what mcfund makes: trusted_schema ON, since mcfund's own full-text triggers
     * use FTS5 tables, which SQLite refuses in triggers under trusted_schema OFF ("unsafe use of virtual
     * table"); and defensive mode off, since SQLite 3.40 then refuses FTS5's own flush of its index at some
     * commits ("table project_fts_data may not be modified", seen deleting a project through EditEngine).
     */
    static bool harden(QSqlDatabase& db, QString* error, SchemaTrust trust = SchemaUntrusted);
    static bool harden(sqlite3* db, SchemaTrust trust = SchemaUntrusted);
    /**
     * Compares the schema of the file open on \a db (a workspace or a package at \a version) with what
     * mcfund itself creates at that version: every table, index, trigger and view, its name, table and
     * SQL text. Anything extra or different (or a missing table or trigger) is refused with the object
     * named in \a error. Reads sqlite_schema only; cheap enough for every open.
     */
    static bool checkSchema(sqlite3* db, const QString& path, int version, QString* error);
    /** Where latestSchemaFingerprint() takes its value from. */
    enum class FingerprintSource
    {
        Recorded,   ///< the value compiled in, which checkSchema() compares with
        Migrations, ///< computed now, from the migrations run into a database in memory
    };
    /**
     * The fingerprint of the latest schema of a workspace (or of a package when \a package): with it,
     * checkSchema() accepts a file of exactly that schema without building the expected one. Empty, with
     * \a error, if the migrations fail.
     */
    static QByteArray latestSchemaFingerprint(bool package, FingerprintSource source,
                                              QString* error = nullptr);

    /** The default workspace: the user's application data folder. */
    static QString defaultPath();
    /**
     * Sets up the SQLite library for the whole process; call first in main(), before any connection is
     * opened (later it changes nothing). SQLite then keeps no global account of its memory: that account
     * is kept under one lock around every allocation, which threads that write at once (the generator's
     * two, a window's background loaders) take turns for.
     */
    static void configureLibrary();

private:
    bool openExisting(const QString& path, QString* error, bool integrityCheck = true);
    bool openServer(const QString& uri, QString* error);
    static bool configure(QSqlDatabase& db, QString* error);

    QString m_path;
    QString m_name;
    bool m_server = false;
    bool m_checkedSound = false; ///< checked (or stamped) sound when opened or since: close() stamps it
    /// kind(), read once: the window asks it at every turn, and on a server each read is a round trip.
    mutable std::optional<WorkspaceKind> m_kind;
    mutable bool m_edited = false;
};

} // namespace mcfund
