#include "editcommand.h"

#include "workspace.h"

#include "storage/recordstore.h"

#include <QDateTime>

namespace mcfund {

EditCommand::EditCommand(Workspace* workspace, EditBatch applied)
    : QUndoCommand(applied.description)
    , m_workspace(workspace)
    , m_batch(std::move(applied))
    , m_lastChangeMs(QDateTime::currentMSecsSinceEpoch())
{}

QString EditCommand::singleField() const
{
    if (m_batch.rows.size() != 1 || m_batch.note)
        return QString();
    const RowEdit& r = m_batch.rows.first();
    if (r.op != RowEdit::Op::Update || r.after.size() != 1 || r.before.size() != 1 ||
        r.after.firstKey() != r.before.firstKey())
        return QString();
    return r.after.firstKey();
}

int EditCommand::id() const
{
    return singleField().isEmpty() ? -1 : 0x4d43; // "MC": every one-field change; mergeWith() decides
}

bool EditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const EditCommand*>(other);
    if (!next)
        return false;
    const QString field = singleField();
    if (field.isEmpty() || next->singleField() != field)
        return false;
    RowEdit& mine = m_batch.rows.first();
    const RowEdit& theirs = next->m_batch.rows.first();
    if (mine.entity != theirs.entity || mine.uid != theirs.uid ||
        next->m_lastChangeMs - m_lastChangeMs > MergeWindowMs)
        return false;
    mine.after = theirs.after;
    m_lastChangeMs = next->m_lastChangeMs;
    setText(next->text());
    // Changed back to what it was: nothing left to undo, and the step leaves the stack.
    if (RecordStore::toLogText(mine.before.value(field)) == RecordStore::toLogText(mine.after.value(field)) &&
        mine.before.value(field).isNull() == mine.after.value(field).isNull())
        setObsolete(true);
    return true;
}

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
