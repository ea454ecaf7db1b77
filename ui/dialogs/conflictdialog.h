#pragma once

#include "edits/editbatch.h"

#include <QDialog>

class QTableWidget;

namespace mcfund {

/**
 * Someone else saved the same field first: for each such field, side by side, what it was when the edit
 * began, what they saved, and what this person typed; they keep theirs or use their own. Nothing typed is
 * dropped without being shown here.
 */
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const EditBatch& batch, const QList<EditProblem>& problems, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace mcfund
