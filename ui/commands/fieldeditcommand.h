#pragma once

#include "batchcommand.h"

namespace mcfund {

/**
 * A change of one field of one record (a table cell, a detail form's field, a check box). Changes of the
 * same field of the same record that follow each other within MergeWindowMs (typing, correcting) merge into
 * one step, which undoes to the value before the first of them, as Tiled's ChangeValue does; changed back
 * to where it started, the step leaves the stack.
 */
class FieldEditCommand : public BatchCommand
{
public:
    FieldEditCommand(Workspace* workspace, Entity entity, const QString& uid, const QString& field,
                     const QVariant& before, const QVariant& after, const QString& description);
    /** \a batch must change exactly one field of one record (isFieldEdit()). */
    FieldEditCommand(Workspace* workspace, EditBatch batch);

    /** True when \a batch changes one field of one record and nothing else. */
    static bool isFieldEdit(const EditBatch& batch);

    /** The id of every field edit; mergeWith() decides which ones merge. */
    static constexpr int Id = 0x4d43;
    /** How long after one change of a field the next one still joins its step. */
    static constexpr qint64 MergeWindowMs = 3000;

    /** When the change was made, in ms since the epoch (now, unless a test says otherwise). */
    void setMadeAt(qint64 msSinceEpoch) { m_lastChangeMs = msSinceEpoch; }

    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    qint64 m_lastChangeMs; ///< when the last change merged into this step was made
};

} // namespace mcfund
