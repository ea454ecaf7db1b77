#include "importcommand.h"

#include "workspace.h"

namespace mcfund {

ImportCommand::ImportCommand(Workspace* workspace, const QString& description, QList<Entity> entities,
                             Write write)
    : WriteCommand(workspace, description)
    , m_write(std::move(write))
    , m_entities(std::move(entities))
{}

void ImportCommand::redo()
{
    if (m_write) {
        const Write write = std::exchange(m_write, Write());
        QString message;
        const bool written = write(&m_batch, &m_records, &message);
        if (written)
            m_workspace->afterWritten(m_entities);
        // Nothing written (every row unchanged, or refused): no step.
        if (!written || m_records == 0)
            setObsolete(true);
        report(written, message);
        return;
    }
    revert(false);
}

void ImportCommand::undo()
{
    revert(true);
}

void ImportCommand::revert(bool undoing)
{
    QString message, written;
    if (!m_workspace->revertLogged(m_batch, undoing ? QStringLiteral("undo") : QStringLiteral("redo"), text(),
                                   m_entities, m_records, &written, &message)) {
        failLoudly(undoing, message);
        return;
    }
    m_batch = written; // the next step reverts what this one wrote
}

} // namespace mcfund
