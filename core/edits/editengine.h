#pragma once

#include <functional>

#include "editbatch.h"

#include "storage/recordstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>

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

    /**
     * Applies \a batch with \a origin ("edit", "undo", "redo", "paste", "import"). Inserts get their uid
     * filled in \a batch so that the inverse deletes the same records. An Update whose current value no
     * longer matches \a before (someone else changed it) is refused as a conflict.
     */
    bool apply(EditBatch& batch, const QString& origin, QList<EditProblem>* problems);

    /**
     * Called every few hundred rows of a large batch with the share done (0–100); returning false cancels:
     * the transaction rolls back and nothing is written.
     */
    void setProgress(std::function<bool(int percent)> progress) { m_progress = std::move(progress); }

    QString user() const { return m_user; }
    /** The problems as one message, one line each: "Row 3, Hours: …". */
    static QString describe(const EditBatch& batch, const QList<EditProblem>& problems);

private:
    /** In a package (coordinator mode): why this row edit is out of bounds, or "". */
    QString coordinatorRefusal(const RowEdit& r, const std::optional<Record>& current) const;

    QSqlDatabase m_db;
    QString m_user;
    QString m_packageInstitution; ///< set when the workspace is an institution package
    std::function<bool(int)> m_progress;
};

} // namespace mcfund
