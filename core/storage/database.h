#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace mcfund {

/** Where a workspace's data came from; shown in the window title, report footers and stats. */
enum class WorkspaceKind { Official, Empty, Synthetic, Package };
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
     * Opens \a path; when no file exists there, creates a workspace from the official dataset. With
     * \a integrityCheck false the quick_check is left to the caller (the window runs it in the background
     * with checkIntegrity() so that a large workspace shows at once).
     */
    bool open(const QString& path, QString* error, bool integrityCheck = true);
    /** Creates a new workspace at \a path (which must not exist) and opens it. */
    bool create(const QString& path, WorkspaceKind kind, QString* error);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_name; }

    /** Opens a further connection to the same file, for another thread; close it with closeConnection(). */
    QSqlDatabase openExtraConnection(const QString& name, bool readOnly, QString* error) const;
    static void closeConnection(const QString& name);

    QString meta(const QString& key) const;
    bool setMeta(const QString& key, const QString& value, QString* error);
    WorkspaceKind kind() const;
    /** True when the workspace holds changes made after it was created. */
    bool isEdited() const;

    /** Copies the open workspace to \a target with SQLite's online backup API (safe while in use). */
    bool backupTo(const QString& target, QString* error) const;
    /** The same for any workspace file, used before a migration. */
    static bool backupFile(const QString& source, const QString& target, QString* error);

    /** Checks a file without writing to it: an mcfund workspace, not newer, and (optionally) not damaged. */
    static bool inspect(const QString& path, int* schemaVersion, QString* error, bool integrityCheck = true);
    /** SQLite's quick_check on its own read-only connection; safe from any thread. */
    static bool checkIntegrity(const QString& path, QString* error);

    /** The default workspace: the user's application data folder. */
    static QString defaultPath();

private:
    bool openExisting(const QString& path, QString* error, bool integrityCheck = true);
    static bool configure(QSqlDatabase& db, QString* error);

    QString m_path;
    QString m_name;
};

} // namespace mcfund
