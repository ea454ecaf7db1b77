#pragma once

#include "domain/entityschema.h"
#include "edits/editbatch.h"

#include <QUndoCommand>

namespace mcfund {

class Workspace;

/**
 * A change on the undo stack that writes to the workspace. Its redo() performs the change, the first one
 * (made by QUndoStack::push) included, and its undo() writes the inverse. A redo or undo that cannot be
 * written completely writes nothing, says why (Workspace::problem) and takes the step off the stack: the
 * stack never shows a step as done that the file does not hold.
 *
 * Workspace::push() pushes one and reports whether the first write succeeded.
 */
class WriteCommand : public QUndoCommand
{
public:
    /** What the first redo() did, read by Workspace::push() (the command may be gone by then). */
    struct Outcome
    {
        bool written = false;
        QString message; ///< why not, when not written
    };
    /** The first redo() writes its outcome to \a outcome; later ones do not. */
    void reportTo(Outcome* outcome) { m_report = outcome; }

protected:
    explicit WriteCommand(Workspace* workspace, const QString& text)
        : QUndoCommand(text)
        , m_workspace(workspace)
    {}
    /** Hands the first redo()'s outcome to whoever pushed the command (once). */
    void report(bool written, const QString& message);
    /** A redo or undo after the first that could not be written: the step leaves the stack, loudly. */
    void failLoudly(bool undoing, const QString& message);

    Workspace* m_workspace;

private:
    Outcome* m_report = nullptr;
};

/**
 * A change held as an EditBatch (the records' values before and after), written through the workspace's
 * EditEngine. One subclass per kind of change, so that the stack says what each step is and each kind
 * merges (or not) as a person expects: FieldEditCommand, PasteCommand, RecordsCommand, MergeCommand,
 * DecisionCommand, ReviewCommand. ImportCommand holds its change in the change log instead.
 */
class BatchCommand : public WriteCommand
{
public:
    /** How the first redo() writes. */
    enum class First
    {
        /** As a person's edit: asks the conflict and restore resolvers; a write the file refused is kept
            as not saved (Workspace::write()). The default. */
        Write,
        /** A kept edit written again (Retry): written as it is, and on failure left kept as it was. */
        Retry,
        /** The change is already in the file (a step that a failed undo took off the stack comes back on
            Discard): the first redo() writes nothing. */
        AlreadyWritten,
    };

    /**
     * The command class for \a batch written with change-log origin \a origin: "paste", "merge", "decision"
     * and "review" choose theirs; an "edit" of one field of one record is a FieldEditCommand, any other
     * edit a RecordsCommand.
     */
    static BatchCommand* forBatch(Workspace* workspace, EditBatch batch, const QString& origin);

    void setFirst(First first) { m_first = first; }
    const EditBatch& batch() const { return m_batch; }
    const QString& origin() const { return m_origin; }

    void redo() override;
    void undo() override;

protected:
    BatchCommand(Workspace* workspace, EditBatch batch, QString origin);

    EditBatch m_batch;

private:
    QString m_origin;
    First m_first = First::Write;
    bool m_done = false; ///< the first redo() has run
};

/** A paste of cells into a table: one step however many cells. */
class PasteCommand : public BatchCommand
{
public:
    PasteCommand(Workspace* workspace, EditBatch batch)
        : BatchCommand(workspace, std::move(batch), QStringLiteral("paste"))
    {}
};

/** Records added, duplicated or deleted (a table's Add, Duplicate and Delete). */
class RecordsCommand : public BatchCommand
{
public:
    RecordsCommand(Workspace* workspace, EditBatch batch)
        : BatchCommand(workspace, std::move(batch), QStringLiteral("edit"))
    {}
};

/** The chosen changes of an institution's package, merged into the workspace. */
class MergeCommand : public BatchCommand
{
public:
    MergeCommand(Workspace* workspace, EditBatch batch)
        : BatchCommand(workspace, std::move(batch), QStringLiteral("merge"))
    {}
};

/** Funding decisions on applications (approved amounts and statuses). */
class DecisionCommand : public BatchCommand
{
public:
    DecisionCommand(Workspace* workspace, EditBatch batch)
        : BatchCommand(workspace, std::move(batch), QStringLiteral("decision"))
    {}
};

/** A reviewer's work: scores and comments, assignments of reviewers, conflicts of interest. */
class ReviewCommand : public BatchCommand
{
public:
    ReviewCommand(Workspace* workspace, EditBatch batch)
        : BatchCommand(workspace, std::move(batch), QStringLiteral("review"))
    {}
};

} // namespace mcfund
