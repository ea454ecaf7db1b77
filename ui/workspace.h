#pragma once

#include "domain/entityschema.h"
#include "edits/editbatch.h"
#include "query/lookups.h"
#include "storage/server.h"
#include "storage/writefailure.h"

#include <QObject>
#include <QSqlDriver>

#include <functional>
#include <memory>
#include <optional>

class QTimer;
class QUndoStack;
class QWidget;

namespace mcfund {

class Database;
class EditEngine;
class WriteCommand;

/**
 * The open workspace as the window sees it: the database, the reference lookups, the one undo stack and
 * the single path for changes (apply → EditEngine → QUndoStack). Pages and models listen to changed().
 */
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(std::unique_ptr<Database> db, QObject* parent = nullptr);
    ~Workspace() override;

    Database& database() const { return *m_db; }
    const Lookups& lookups() const { return m_lookups; }
    QUndoStack* undoStack() const { return m_undo; }
    /**
     * Who is recorded in the change log: on a shared workspace, the person's database role (the server
     * records it whatever is said here); otherwise the name set in preferences, or the system user.
     */
    static QString userName();
    /** On a shared workspace, the person's mcfund role (Owner on a workspace file: everything). */
    Server::Role role() const { return m_role; }
    /** A coordinator's institution on a shared workspace, else empty. */
    QString roleInstitution() const { return m_roleInstitution; }
    /**
     * Why the person's role may not change \a entity (translated, for a tooltip), or an empty string
     * when it may. \a column narrows it to one field.
     */
    QString roleRefusal(Entity entity, const QString& column = QString()) const;

    /**
     * Pushes \a command on the undo stack, which performs its change (its first redo()); true when it was
     * written. On failure nothing is written, the command is not kept and \a message lists each problem
     * (row, field, reason). The pages push the command class of their kind of change (ui/commands/).
     */
    bool push(WriteCommand* command, QString* message);
    /**
     * Applies \a batch as one undoable step: pushes the command class that BatchCommand::forBatch() chooses
     * for \a origin, the change-log origin ("edit", "paste", …).
     */
    bool apply(EditBatch batch, QString* message, const QString& origin = QStringLiteral("edit"));
    /**
     * Used by a command's first redo(): writes \a batch as a person's edit. When every problem is a field
     * someone else changed first, the conflict resolver is asked; an edit of a record deleted meanwhile
     * may put it back (\a batch then becomes that restoration); a write the file could not take is kept as
     * not saved. False, with \a message, when nothing was written.
     */
    bool write(EditBatch& batch, const QString& origin, QString* message);

    /** What the person chooses when someone else changed the same field first. */
    enum class Resolution
    {
        KeepTheirs, ///< their value stays; this edit is dropped
        UseMine,    ///< this edit is written over theirs, knowingly
    };
    /**
     * Asked by apply() when every problem of an edit is a field someone else changed since (a conflict):
     * the window shows both values; tests answer directly. Without one, the edit is refused as before.
     */
    using ConflictResolver = std::function<Resolution(const EditBatch&, const QList<EditProblem>&)>;
    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }
    /**
     * Asked when an edit was made to a record someone else deleted meanwhile (\a label names it): true puts
     * the record back, as it was when deleted, with the edit.
     */
    using RestoreResolver = std::function<bool(const QString& label)>;
    void setRestoreResolver(RestoreResolver resolver) { m_restoreResolver = std::move(resolver); }

    /** After a write made outside this class (a streamed import): fresh lookups if needed, changed(). */
    void afterWritten(const QList<Entity>& entities);
    /**
     * Used by that undo step: writes the inverse of change-log batch \a batch with \a origin; \a written
     * gets the new batch. Thousands of records are written on a thread of its own behind a progress dialog.
     */
    bool revertLogged(const QString& batch, const QString& origin, const QString& description,
                      const QList<Entity>& entities, int records, QString* written, QString* message);

    /**
     * Used by the undo commands: applies without pushing; emits changed(). A batch of thousands of rows (the
     * undo of an import) is written on a thread of its own behind a progress dialog, without Cancel.
     */
    bool applyDirect(EditBatch& batch, const QString& origin, QString* message)
    {
        return applyDirect(batch, origin, message, nullptr);
    }

    /** Re-reads the lookups (after an edit of sectors, rounds or institutions). */
    void reloadLookups();

    /**
     * An edit the file could not take (full disk, read-only, locked, input/output error): kept, shown as
     * not saved, and never on the undo stack until it is written.
     */
    struct PendingEdit
    {
        EditBatch batch;
        QString origin;
        WriteFailure failure;
        /** An undo that could not be written took its step off the stack; Discard puts this back. */
        std::optional<EditBatch> restoreOnDiscard;
    };
    const QList<PendingEdit>& pendingEdits() const { return m_pending; }
    bool hasPending() const { return !m_pending.isEmpty(); }
    /**
     * The value not yet saved for \a field of record \a uid (the latest pending edit that sets it), with
     * the reason in \a why and \a kind; false when that field has nothing pending.
     */
    bool pendingValue(Entity entity, const QString& uid, const QString& field, QVariant* value,
                      QString* why = nullptr, WriteFailure::Kind* kind = nullptr) const;
    /** Why the last write failed when the file was at fault; Kind::None otherwise. */
    const WriteFailure& lastFailure() const { return m_lastFailure; }
    /** Keeps \a batch as not saved (used by apply() and by an undo or redo that could not be written). */
    void addPending(const EditBatch& batch, const QString& origin, const WriteFailure& failure,
                    std::optional<EditBatch> restoreOnDiscard = std::nullopt);
    /**
     * Writes the pending edits again, oldest first; each one written becomes an undoable step. Stops at
     * the first that still fails (its message in \a message). True when none is left.
     */
    bool retryPending(QString* message);
    /** A shared workspace whose connection was lost: connects again (true at once otherwise). */
    bool reconnect(QString* message);
    /** Forgets the pending edits; the records show what the file holds. */
    void discardPending();
    /**
     * Copies the workspace to \a target (which must not exist) with SQLite's online backup API and
     * writes the pending edits into the copy; the open workspace is not changed.
     */
    bool saveCopyWithPending(const QString& target, QString* error);

    /** True when the workspace was opened read-only (read-only file, medium or connection). */
    bool isReadOnly() const { return m_readOnly; }
    /**
     * Called with the connection of each workspace as it is opened, before it is checked for being
     * writable: a seam for tests (PRAGMA query_only, a short busy_timeout). Empty by default.
     */
    static void setOpenHook(std::function<void(QSqlDatabase&)> hook);

signals:
    /** Records of these entities were added, changed or removed. */
    void changed(const QList<mcfund::Entity>& entities);
    /**
     * Someone else (another window, person or program) saved changes: changed() has been emitted for what
     * they touched, and \a message says who did what, for the status bar ("rita saved: scores on …").
     */
    void changedElsewhere(const QString& message);
    /** A problem to show to the user (status bar, message box). */
    void problem(const QString& message);
    /** Edits were kept as not saved, written, or discarded. */
    void pendingChanged();

private:
    /** What follows a successful write: fresh lookups when reference data changed, and changed(). */
    void afterApplied(const EditBatch& batch);
    void afterApplied(const QList<Entity>& touched);
    bool applyDirect(EditBatch& batch, const QString& origin, QString* message, QList<EditProblem>* found);
    bool writeInBackground(EditBatch& batch, const QString& origin, QWidget* parent, const QString& label,
                           QString* message, bool cancellable);

    /** Drops pending single-field edits that \a batch replaces (the same cells, typed again). */
    void dropSuperseded(const EditBatch& batch);
    /**
     * Watches for other writers: on PostgreSQL a LISTEN on the change log's notifications, on SQLite
     * PRAGMA data_version once a second (it changes only when another connection commits). Either way what
     * changed is read from the change log after the last row this window has seen.
     */
    void watchOthers();
    void notified(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void readOthers();
    qint64 newestLogId() const;
    /** The database role of the open shared workspace, or empty. */
    static QString& serverUser();

    std::unique_ptr<Database> m_db;
    QList<PendingEdit> m_pending;
    WriteFailure m_lastFailure;
    bool m_readOnly = false;
    Server::Role m_role = Server::Role::Owner;
    ConflictResolver m_resolver;
    RestoreResolver m_restoreResolver;
    QTimer* m_retryTimer = nullptr;
    QString m_roleInstitution;
    std::unique_ptr<EditEngine> m_engine;
    Lookups m_lookups;
    QUndoStack* m_undo = nullptr;
    qint64 m_seenLog = 0;           ///< the newest change-log row this window knows of
    qint64 m_dataVersion = -1;      ///< SQLite's data_version when last looked at
    QTimer* m_watch = nullptr;      ///< SQLite: the poll; PostgreSQL: none (notifications)
    QTimer* m_othersSoon = nullptr; ///< notifications of one batch arrive together: read once
};

} // namespace mcfund
