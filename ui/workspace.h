#pragma once

#include "domain/entityschema.h"
#include "edits/editbatch.h"
#include "query/lookups.h"

#include <QObject>

#include <memory>

class QUndoStack;
class QWidget;

namespace mcfund {

class Database;
class EditEngine;

/**
 * The open workspace as the window sees it: the database, the reference lookups, the one undo stack and
 * the single path for changes (apply → EditEngine → QUndoStack). Pages and models listen to changed().
 */
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(std::unique_ptr<Database> db, QObject* parent = nullptr);
    ~Workspace() override;

    Database& database() const { return *m_db; }
    const Lookups& lookups() const { return m_lookups; }
    QUndoStack* undoStack() const { return m_undo; }
    /** Who is recorded in the change log: the name set in preferences, or the system user. */
    static QString userName();

    /**
     * Applies \a batch as one undoable step. On failure nothing is written and \a message lists each
     * problem (row, field, reason). \a origin is recorded in the change log ("edit", "paste", …).
     */
    bool apply(EditBatch batch, QString* message, const QString& origin = QStringLiteral("edit"));

    /**
     * A write already committed as change-log batch \a batch (a streamed import, too large to hold as a
     * batch) becomes one undoable step, undone and redone from the change log; emits changed().
     */
    void pushLogged(const QString& batch, const QString& description, const QList<Entity>& entities,
                    int records);
    /**
     * Used by that undo step: writes the inverse of change-log batch \a batch with \a origin; \a written
     * gets the new batch. Thousands of records are written on a thread of its own behind a progress dialog.
     */
    bool revertLogged(const QString& batch, const QString& origin, const QString& description,
                      const QList<Entity>& entities, int records, QString* written, QString* message);

    /**
     * Used by the undo command: applies without pushing; emits changed(). A batch of thousands of rows (the
     * undo of an import) is written on a thread of its own behind a progress dialog, without Cancel.
     */
    bool applyDirect(EditBatch& batch, const QString& origin, QString* message);

    /** Re-reads the lookups (after an edit of sectors, rounds or institutions). */
    void reloadLookups();

signals:
    /** Records of these entities were added, changed or removed. */
    void changed(const QList<mcfund::Entity>& entities);
    /** A problem to show to the user (status bar, message box). */
    void problem(const QString& message);

private:
    /** What follows a successful write: fresh lookups when reference data changed, and changed(). */
    void afterApplied(const EditBatch& batch);
    void afterApplied(const QList<Entity>& touched);
    bool writeInBackground(EditBatch& batch, const QString& origin, QWidget* parent, const QString& label,
                           QString* message, bool cancellable);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<EditEngine> m_engine;
    Lookups m_lookups;
    QUndoStack* m_undo = nullptr;
};

} // namespace mcfund
