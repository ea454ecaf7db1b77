#pragma once

#include "batchcommand.h"

#include <functional>

namespace mcfund {

/**
 * An import on the undo stack. A streamed import is too large to hold as a batch: the first redo() runs
 * \a write, which imports (on a thread of its own) and gives the change-log batch it wrote; undo() and later
 * redo()s each write the inverse of the last batch, read back from the change log (ChangeLogUndo), which
 * refuses rather than undo part of it.
 */
class ImportCommand : public WriteCommand
{
public:
    /** Imports; true with the change-log batch in \a batch and the records written in \a records. */
    using Write = std::function<bool(QString* batch, int* records, QString* error)>;

    ImportCommand(Workspace* workspace, const QString& description, QList<Entity> entities, Write write);

    void redo() override;
    void undo() override;

private:
    void revert(bool undoing);

    Write m_write;
    QList<Entity> m_entities;
    QString m_batch;
    int m_records = 0;
};

} // namespace mcfund
