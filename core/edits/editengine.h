#pragma once

#include <functional>

#include "editbatch.h"

#include "storage/recordstore.h"
#include "storage/writefailure.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace mcfund {

/**
 * The one path every change takes — a cell, a form, a paste, an import, an undo: the whole batch is
 * validated and written in one transaction and recorded in the change log, or nothing is written and
 * each problem is reported with its row and field.
 */
class EditEngine
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::EditEngine)
public:
    EditEngine(QSqlDatabase db, QString user);
    ~EditEngine();
    EditEngine(const EditEngine&) = delete;
    EditEngine& operator=(const EditEngine&) = delete;

    /**
     * Applies \a batch with \a origin ("edit", "undo", "redo", "paste", "import"). Inserts get their uid
     * filled in \a batch so that the inverse deletes the same records. An Update whose current value no
     * longer matches \a before (someone else changed it) is refused as a conflict. On a shared workspace,
     * a batch the server undid for a deadlock or a serialisation failure is written again (up to 4 tries).
     */
    bool apply(EditBatch& batch, const QString& origin, QList<EditProblem>* problems);

    /**
     * The same path fed one row at a time, for writes too large to hold as one batch (a streamed import,
     * an undo read back from the change log): begin() opens the transaction, applyRow() writes a row or
     * adds its problems to \a problems (\a index names the row in them), commit() ends it. Destroying the
     * engine or calling rollback() before commit() writes nothing. The batch id groups the rows in the
     * change log; undo reads them back from there (ChangeLogUndo). With \a bulk (thousands of rows
     * expected), additions and removals reach the full-text index in one statement at commit: row by row,
     * FTS5 does work at every statement that grows with the index.
     */
    bool begin(const QString& description, const QString& origin, QString* error, bool bulk = false);
    bool applyRow(RowEdit& row, int index, QList<EditProblem>* problems);
    /**
     * In a bulk write (begin() with bulk): removes every record of \a entity that the logged batch \a batch
     * added, in a few statements (RecordStore::removeAddedBy), with the full-text index changed at commit.
     * Returns false with nothing written and \a applicable false when that path does not apply (a record
     * gone or referred to, a shared workspace): the caller then removes them with applyRow(), which says
     * which record and why. \a removed gets the count.
     */
    bool removeAdded(Entity entity, const QString& batch, int* removed, bool* applicable,
                     QList<EditProblem>* problems);
    bool commit(const std::optional<EditBatch::Note>& note, QList<EditProblem>* problems);
    void rollback();
    /** The change-log batch id of the open (or last committed) write. */
    QString batchId() const { return m_batchId; }

    /**
     * Called every few hundred rows of a large batch with the share done (0–100); returning false cancels:
     * the transaction rolls back and nothing is written.
     */
    void setProgress(std::function<bool(int percent)> progress) { m_progress = std::move(progress); }

    QString user() const { return m_user; }
    /**
     * In an institution package (coordinator mode): why \a row would be refused — another institution's
     * record, a ministry-only field — or "" (always "" in a ministry workspace). Writes nothing: for checks.
     */
    QString packageRefusal(const RowEdit& row) const;
    /**
     * Why the last write failed when the failure lay with the file rather than the change (full disk,
     * read-only, locked, input/output error), or a failure of Kind::None. After such a failure apply()
     * reports one problem whose message says what happened, where, and which change was not saved.
     */
    const WriteFailure& lastFailure() const { return m_failure; }
    /** "the change to Tuition of “…”", "the paste of 12 cells (3 records)": for messages about \a batch. */
    QString describeChange(const EditBatch& batch) const;
    /** The problems as one message, one line each: "Row 3, Hours: …". */
    static QString describe(const EditBatch& batch, const QList<EditProblem>& problems);

private:
    /** One attempt of apply(). */
    bool applyOnce(EditBatch& batch, const QString& origin, QList<EditProblem>* problems);
    /** Why a coordinator's edit is refused when the record it changes, or its owner, cannot be read. */
    static QString unreadOwner(const QString& why);
    /** In a package (coordinator mode): why this row edit is out of bounds, or "". */
    QString coordinatorRefusal(const RowEdit& r, const std::optional<Record>& current) const;
    /**
     * Why a status typed in a cell or a form (not a decision) is refused, or "": the application lifecycle's
     * moves only, and approval needs an approved amount within the requested one and within the envelope.
     */
    QString editedStatusRefusal(const QString& projectUid, const QString& from, const QString& to,
                                const QVariant& approved, const QVariant& requested) const;
    /** Notes a storage failure among \a problems (the first one found counts). */
    void noteFailure(const QList<EditProblem>& problems);
    QString recordTitle(const RowEdit& r) const;

    QSqlDatabase m_db;
    QString m_user;
    QString m_packageInstitution; ///< set when the workspace is an institution package
    QString m_packageUnknown;     ///< set when whether it is one could not be read: every row is refused
    std::function<bool(int)> m_progress;
    static int fullTextIndex(Entity entity);
    bool settleFullText(Entity entity, bool additions, bool removals, int row, QList<EditProblem>* found);
    /** Logs the records of \a entity added in bulk and not yet logged; a problem goes to \a found. */
    bool settleLog(Entity entity, int row, QList<EditProblem>* found);
    struct Session;
    std::unique_ptr<Session> m_session;
    QString m_batchId;
    QString m_description; ///< of the open write, for the failure message
    WriteFailure m_failure;
};

} // namespace mcfund
