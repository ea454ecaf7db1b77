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

} // namespace mcfund
