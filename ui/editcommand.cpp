#include "editcommand.h"

#include "workspace.h"

namespace mcfund {

EditCommand::EditCommand(Workspace* workspace, EditBatch applied)
    : QUndoCommand(applied.description)
    , m_workspace(workspace)
    , m_batch(std::move(applied))
{}

void EditCommand::undo()
{
    EditBatch inverse = m_batch.inverse();
    QString message;
    if (!m_workspace->applyDirect(inverse, QStringLiteral("undo"), &message)) {
        setObsolete(true);
        if (m_workspace->lastFailure().isFailure()) {
            // The file could not take it (full disk, read-only, locked): the undo is kept as not saved, to
            // retry or discard; its step leaves the stack and comes back on Discard.
            m_workspace->addPending(inverse, QStringLiteral("undo"), m_workspace->lastFailure(), m_batch);
            emit m_workspace->problem(message);
            return;
        }
        // The records changed since (another window, a merge): this step can no longer be undone.
        emit m_workspace->problem(
            QCoreApplication::translate("mcfund::EditCommand", "Cannot undo %1: %2").arg(text(), message));
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
        if (m_workspace->lastFailure().isFailure()) {
            m_workspace->addPending(m_batch, QStringLiteral("redo"), m_workspace->lastFailure());
            emit m_workspace->problem(message);
            return;
        }
        emit m_workspace->problem(
            QCoreApplication::translate("mcfund::EditCommand", "Cannot redo %1: %2").arg(text(), message));
    }
}

LoggedCommand::LoggedCommand(Workspace* workspace, QString batch, const QString& description,
                             QList<Entity> entities, int records)
    : QUndoCommand(description)
    , m_workspace(workspace)
    , m_batch(std::move(batch))
    , m_entities(std::move(entities))
    , m_records(records)
{}

void LoggedCommand::revert(const QString& origin)
{
    QString message, written;
    if (!m_workspace->revertLogged(m_batch, origin, text(), m_entities, m_records, &written, &message)) {
        setObsolete(true);
        emit m_workspace->problem(
            (origin == QLatin1String("undo")
                 ? QCoreApplication::translate("mcfund::EditCommand", "Cannot undo %1: %2")
                 : QCoreApplication::translate("mcfund::EditCommand", "Cannot redo %1: %2"))
                .arg(text(), message));
        return;
    }
    m_batch = written; // the next step reverts what this one wrote
}

void LoggedCommand::undo()
{
    revert(QStringLiteral("undo"));
}

void LoggedCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    revert(QStringLiteral("redo"));
}

} // namespace mcfund
