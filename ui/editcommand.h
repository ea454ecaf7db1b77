#pragma once

#include "edits/editbatch.h"

#include <QUndoCommand>

namespace mcfund {

class Workspace;

/**
 * One user action on the undo stack. The batch was applied before it was pushed, so the first redo()
 * does nothing; undo() applies the inverse batch through the same path, and is recorded as "undo".
 */
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Workspace* workspace, EditBatch applied);
    void undo() override;
    void redo() override;

private:
    Workspace* m_workspace;
    EditBatch m_batch;
    bool m_firstRedo = true;
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
