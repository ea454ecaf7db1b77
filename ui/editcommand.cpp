#include "editcommand.h"

#include "workspace.h"

namespace mcfund {

EditCommand::EditCommand(Workspace* workspace, EditBatch applied)
    : QUndoCommand(applied.description)
    , m_workspace(workspace)
    , m_batch(std::move(applied))
{
}

void EditCommand::undo()
{
    EditBatch inverse = m_batch.inverse();
    QString message;
    if (!m_workspace->applyDirect(inverse, QStringLiteral("undo"), &message)) {
        // The records changed since (another window, a merge): this step can no longer be undone.
        setObsolete(true);
        emit m_workspace->problem(QCoreApplication::translate("mcfund::EditCommand", "Cannot undo %1: %2")
                                      .arg(text(), message));
        return;
    }
    m_batch = inverse.inverse(); // keeps uids filled in by re-inserts
}

void EditCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    QString message;
    if (!m_workspace->applyDirect(m_batch, QStringLiteral("redo"), &message)) {
        setObsolete(true);
        emit m_workspace->problem(QCoreApplication::translate("mcfund::EditCommand", "Cannot redo %1: %2")
                                      .arg(text(), message));
    }
}

} // namespace mcfund
