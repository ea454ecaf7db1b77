#include "workspace.h"

#include "backgroundtask.h"
#include "editcommand.h"
#include "settings.h"

#include "edits/changelogundo.h"
#include "edits/editengine.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QUndoStack>

namespace mcfund {

Workspace::Workspace(std::unique_ptr<Database> db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_engine(std::make_unique<EditEngine>(m_db->connection(), userName()))
    , m_undo(new QUndoStack(this))
{
    m_lookups.load(m_db->connection());
}

Workspace::~Workspace()
{
    // The undo stack refers to this workspace; clear it while everything is still alive.
    m_undo->clear();
}

QString Workspace::userName()
{
    const QString configured = Settings::value(Settings::UserName).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

bool Workspace::applyDirect(EditBatch& batch, const QString& origin, QString* message)
{
    // Beyond this many rows a write takes longer than a UI-thread step may (about 60 µs a row).
    constexpr int BackgroundRows = 1500;
    if (batch.rows.size() >= BackgroundRows) {
        if (!writeInBackground(batch, origin, QApplication::activeWindow(),
                               tr("Writing %n change(s)…", nullptr, int(batch.rows.size())), message, false))
            return false;
    } else {
        QList<EditProblem> problems;
        if (!m_engine->apply(batch, origin, &problems)) {
            if (message)
                *message = EditEngine::describe(batch, problems);
            return false;
        }
    }
    afterApplied(batch);
    return true;
}

void Workspace::afterApplied(const EditBatch& batch)
{
    QList<Entity> touched;
    for (const RowEdit& r : std::as_const(batch.rows))
        if (!touched.contains(r.entity))
            touched << r.entity;
    afterApplied(touched);
}

void Workspace::afterApplied(const QList<Entity>& touched)
{
    if (touched.contains(Entity::Sector) || touched.contains(Entity::Round) ||
        touched.contains(Entity::Institution))
        reloadLookups();
    emit changed(touched);
}

bool Workspace::apply(EditBatch batch, QString* message, const QString& origin)
{
    if (batch.isEmpty())
        return true;
    if (!applyDirect(batch, origin, message)) {
        if (message)
            emit problem(*message);
        return false;
    }
    m_undo->push(new EditCommand(this, batch));
    return true;
}

void Workspace::pushLogged(const QString& batch, const QString& description, const QList<Entity>& entities,
                           int records)
{
    afterApplied(entities);
    m_undo->push(new LoggedCommand(this, batch, description, entities, records));
}

bool Workspace::revertLogged(const QString& batch, const QString& origin, const QString& description,
                             const QList<Entity>& entities, int records, QString* written, QString* message)
{
    // Always on a thread of its own: read back from the change log, a record costs over 100 µs, so even a
    // thousand would hold the window too long (the dialog only shows after 400 ms).
    const QString user = userName();
    const bool ok = BackgroundTask::run(
        QApplication::activeWindow(), *m_db, false, tr("Writing %n change(s)…", nullptr, records),
        [&](const QSqlDatabase& db, const BackgroundTask::Progress& progress, QString* error) {
            EditEngine engine(db, user);
            return ChangeLogUndo::revert(engine, db, batch, origin, description, progress, written, error);
        },
        message, false);
    if (ok)
        afterApplied(entities);
    return ok;
}

bool Workspace::writeInBackground(EditBatch& batch, const QString& origin, QWidget* parent,
                                  const QString& label, QString* message, bool cancellable)
{
    const QString user = userName();
    return BackgroundTask::run(
        parent, *m_db, false, label,
        [&](const QSqlDatabase& db, const BackgroundTask::Progress& progress, QString* error) {
            EditEngine engine(db, user);
            engine.setProgress(progress);
            QList<EditProblem> problems;
            if (engine.apply(batch, origin, &problems))
                return true;
            *error = EditEngine::describe(batch, problems);
            return false;
        },
        message, cancellable);
}

void Workspace::reloadLookups()
{
    m_lookups.load(m_db->connection());
}

} // namespace mcfund
