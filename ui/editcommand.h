#pragma once

#include "edits/editbatch.h"

#include <QUndoCommand>

namespace mcfund {

class Workspace;

/**
 * One user action on the undo stack. The batch was applied before it was pushed, so the first redo()
 * does nothing; undo() applies the inverse batch through the same path, and is recorded as "undo".
 * Changes of one field of one record that follow each other within a few seconds (typing, correcting)
 * merge into one step, which undoes to the value before the first of them (as Tiled's ChangeValue does).
 */
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Workspace* workspace, EditBatch applied);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    /** How long after one change of a field the next one still joins its step. */
    static constexpr qint64 MergeWindowMs = 3000;

private:
    /** The one changed field of the one changed record, or "" when the batch is anything else. */
    QString singleField() const;

    Workspace* m_workspace;
    EditBatch m_batch;
    bool m_firstRedo = true;
    qint64 m_lastChangeMs; ///< when the last change merged into this step was made
};

/**
 * A write too large to keep in memory (a streamed import) on the undo stack: it holds only the change-log
 * batch of its last write; undo() and redo() each write the inverse of that batch (ChangeLogUndo).
 */
class LoggedCommand : public QUndoCommand
{
public:
    LoggedCommand(Workspace* workspace, QString batch, const QString& description, QList<Entity> entities,
                  int records);
    void undo() override;
    void redo() override;

private:
    void revert(const QString& origin);

    Workspace* m_workspace;
    QString m_batch;
    QList<Entity> m_entities;
    int m_records;
    bool m_firstRedo = true;
};

} // namespace mcfund
