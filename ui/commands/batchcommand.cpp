#include "batchcommand.h"

#include "fieldeditcommand.h"
#include "workspace.h"

#include <QCoreApplication>

namespace mcfund {

void WriteCommand::report(bool written, const QString& message)
{
    if (Outcome* outcome = std::exchange(m_report, nullptr)) {
        outcome->written = written;
        outcome->message = message;
    }
}

void WriteCommand::failLoudly(bool undoing, const QString& message)
{
    setObsolete(true);
    emit m_workspace->problem((undoing
                                   ? QCoreApplication::translate("mcfund::EditCommand", "Cannot undo %1: %2")
                                   : QCoreApplication::translate("mcfund::EditCommand", "Cannot redo %1: %2"))
                                  .arg(text(), message));
}

BatchCommand::BatchCommand(Workspace* workspace, EditBatch batch, QString origin)
    : WriteCommand(workspace, batch.description)
    , m_batch(std::move(batch))
    , m_origin(std::move(origin))
{}

BatchCommand* BatchCommand::forBatch(Workspace* workspace, EditBatch batch, const QString& origin)
{
    if (origin == QLatin1String("paste"))
        return new PasteCommand(workspace, std::move(batch));
    if (origin == QLatin1String("merge"))
        return new MergeCommand(workspace, std::move(batch));
    if (origin == QLatin1String("decision"))
        return new DecisionCommand(workspace, std::move(batch));
    if (origin == QLatin1String("review"))
        return new ReviewCommand(workspace, std::move(batch));
    if (FieldEditCommand::isFieldEdit(batch))
        return new FieldEditCommand(workspace, std::move(batch));
    return new RecordsCommand(workspace, std::move(batch));
}

void BatchCommand::redo()
{
    const bool first = !std::exchange(m_done, true);
    if (first && m_first == First::AlreadyWritten) {
        report(true, QString());
        return;
    }
    QString message;
    if (first && m_first == First::Write) {
        // Conflicts are asked about, a deleted record may be put back (which changes the batch and its
        // text), and a write the file refused is kept as not saved, off the stack.
        const bool written = m_workspace->write(m_batch, m_origin, &message);
        if (written)
            setText(m_batch.description);
        else
            setObsolete(true);
        report(written, message);
        return;
    }
    const bool written =
        m_workspace->applyDirect(m_batch, first ? m_origin : QStringLiteral("redo"), &message);
    if (first) {
        // A kept edit written again: on failure it stays kept, and the caller says why.
        if (!written)
            setObsolete(true);
        report(written, message);
        return;
    }
    if (written)
        return;
    if (m_workspace->lastFailure().isFailure()) {
        // The file could not take it (full disk, read-only, locked): kept as not saved, to retry.
        setObsolete(true);
        m_workspace->addPending(m_batch, QStringLiteral("redo"), m_workspace->lastFailure());
        emit m_workspace->problem(message);
        return;
    }
    // The records changed since (another window, a merge): this step can no longer be redone.
    failLoudly(false, message);
}

void BatchCommand::undo()
{
    EditBatch inverse = m_batch.inverse();
    QString message;
    if (!m_workspace->applyDirect(inverse, QStringLiteral("undo"), &message)) {
        if (m_workspace->lastFailure().isFailure()) {
            // The file could not take it: the undo is kept as not saved, to retry or discard; its step
            // leaves the stack and comes back on Discard.
            setObsolete(true);
            m_workspace->addPending(inverse, QStringLiteral("undo"), m_workspace->lastFailure(), m_batch);
            emit m_workspace->problem(message);
            return;
        }
        // The records changed since (another window, a merge): this step can no longer be undone.
        failLoudly(true, message);
        return;
    }
    m_batch = inverse.inverse(); // keeps uids filled in by re-inserts
}

} // namespace mcfund
