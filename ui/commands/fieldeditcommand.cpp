#include "fieldeditcommand.h"

#include "storage/recordstore.h"

#include <QDateTime>

namespace mcfund {

namespace {
bool sameValue(const QVariant& a, const QVariant& b)
{
    return RecordStore::toLogText(a) == RecordStore::toLogText(b) && a.isNull() == b.isNull();
}
} // namespace

FieldEditCommand::FieldEditCommand(Workspace* workspace, Entity entity, const QString& uid,
                                   const QString& field, const QVariant& before, const QVariant& after,
                                   const QString& description)
    : FieldEditCommand(workspace, EditBatch::change(entity, uid, field, before, after, description))
{}

FieldEditCommand::FieldEditCommand(Workspace* workspace, EditBatch batch)
    : BatchCommand(workspace, std::move(batch), QStringLiteral("edit"))
    , m_lastChangeMs(QDateTime::currentMSecsSinceEpoch())
{
    Q_ASSERT(isFieldEdit(m_batch));
}

bool FieldEditCommand::isFieldEdit(const EditBatch& batch)
{
    if (batch.rows.size() != 1 || batch.note)
        return false;
    const RowEdit& r = batch.rows.first();
    return r.op == RowEdit::Op::Update && r.after.size() == 1 && r.before.size() == 1 &&
           r.after.firstKey() == r.before.firstKey();
}

bool FieldEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const FieldEditCommand*>(other);
    // A change that was not written (refused, or kept as not saved) joins nothing.
    if (!next || next->isObsolete())
        return false;
    RowEdit& mine = m_batch.rows.first();
    const RowEdit& theirs = next->m_batch.rows.first();
    const QString field = mine.after.firstKey();
    if (theirs.after.firstKey() != field || mine.entity != theirs.entity || mine.uid != theirs.uid ||
        next->m_lastChangeMs - m_lastChangeMs > MergeWindowMs)
        return false;
    mine.after = theirs.after;
    m_lastChangeMs = next->m_lastChangeMs;
    setText(next->text());
    // Changed back to what it was: nothing left to undo, and the step leaves the stack.
    if (sameValue(mine.before.value(field), mine.after.value(field)))
        setObsolete(true);
    return true;
}

} // namespace mcfund
