#include "workspace.h"

#include "platform/platform.h"

#include "storage/tablecopy.h"

#include "backgroundtask.h"
#include "commands/batchcommand.h"
#include "settings.h"

#include "edits/changelogundo.h"
#include "edits/editengine.h"
#include "storage/changefeed.h"
#include "storage/database.h"

#include <QSqlError>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

namespace mcfund {

namespace {
std::function<void(QSqlDatabase&)>& openHook()
{
    static std::function<void(QSqlDatabase&)> hook;
    return hook;
}
} // namespace

void Workspace::setOpenHook(std::function<void(QSqlDatabase&)> hook)
{
    openHook() = std::move(hook);
}

Workspace::Workspace(std::unique_ptr<Database> db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_undo(new QUndoStack(this))
{
    QSqlDatabase connection = m_db->connection();
    if (m_db->isServer()) {
        QSqlQuery q(connection);
        serverUser() =
            q.exec(QStringLiteral("SELECT current_user")) && q.next() ? q.value(0).toString() : QString();
        m_role = Server::role(connection, &m_roleInstitution);
        // A row someone else is writing is not waited for on the UI thread: the edit is kept, with Retry.
        q.exec(QStringLiteral("SET lock_timeout = '100ms'"));
    } else {
        serverUser().clear();
        // The window's connection writes on the UI thread, which must never wait long: when another program
        // holds the workspace, an edit fails at once and is kept, with Retry, rather than freezing the window
        // for the core's five seconds.
        QSqlQuery(connection).exec(QStringLiteral("PRAGMA busy_timeout = 100"));
    }
    m_engine = std::make_unique<EditEngine>(connection, userName());
    // Said once the window listens (it connects to problem() when this returns).
    QString lookupsError;
    if (!m_lookups.load(connection, &lookupsError))
        QMetaObject::invokeMethod(
            this, [this, lookupsError] { emit problem(lookupsError); }, Qt::QueuedConnection);
    if (openHook())
        openHook()(connection);
    m_readOnly = WriteFailure::isReadOnly(connection);
    m_seenLog = newestLogId();
    // What this window writes itself moves the mark, so that only others' changes are reported.
    connect(this, &Workspace::changed, this, [this] { m_seenLog = qMax(m_seenLog, newestLogId()); });
    m_othersSoon = new QTimer(this);
    m_othersSoon->setSingleShot(true);
    m_othersSoon->setInterval(150);
    connect(m_othersSoon, &QTimer::timeout, this, &Workspace::readOthers);
    watchOthers();
}

qint64 Workspace::newestLogId() const
{
    return qMax<qint64>(0, ChangeFeed::newestId(m_db->connection()));
}

void Workspace::watchOthers()
{
    QSqlDatabase connection = m_db->connection();
    if (m_db->isServer()) {
        QSqlDriver* driver = connection.driver();
        if (driver->subscribedToNotifications().contains(QStringLiteral("mcfund_change")) ||
            driver->subscribeToNotification(QStringLiteral("mcfund_change"))) {
            connect(driver, &QSqlDriver::notification, this, &Workspace::notified, Qt::UniqueConnection);
            return;
        }
    }
    // SQLite (or a server that refuses LISTEN): a look once a second, one cheap statement.
    if (!m_watch) {
        m_watch = new QTimer(this);
        m_watch->setInterval(1000);
        connect(m_watch, &QTimer::timeout, this, [this] {
            const bool server = m_db->isServer();
            const QSqlDatabase connection = m_db->connection();
            const qint64 v = server ? ChangeFeed::newestId(connection) : ChangeFeed::dataVersion(connection);
            if (v < 0)
                return;
            if (server ? v > m_seenLog : (m_dataVersion >= 0 && v != m_dataVersion))
                readOthers();
            m_dataVersion = v;
        });
    }
    if (!m_db->isServer())
        m_dataVersion = ChangeFeed::dataVersion(connection);
    m_watch->start();
}

void Workspace::notified(const QString&, QSqlDriver::NotificationSource source, const QVariant&)
{
    if (source != QSqlDriver::SelfSource)
        m_othersSoon->start();
}

void Workspace::readOthers()
{
    // Up to a few thousand rows name who and what; a larger write is reported by its newest row.
    const ChangeFeed::Since others = ChangeFeed::since(m_db->connection(), m_seenLog);
    if (others.rows == 0 && others.error.isEmpty())
        return;
    QList<Entity> touched;
    for (const QString& name : others.entities)
        if (const EntityDef* def = Schema::byName(name); def && !touched.contains(def->entity))
            touched << def->entity;
    if (others.truncated)
        touched = Schema::entities();
    const QString& who = others.user;
    const QString& what = others.description;
    m_seenLog = newestLogId();
    // Names and references may have changed under the tables: read them again before the tables repaint.
    if (touched.contains(Entity::Sector) || touched.contains(Entity::Round) ||
        touched.contains(Entity::Institution))
        reloadLookups();
    emit changed(touched);
    if (!others.error.isEmpty()) {
        // Who changed what is not known: every table has been read again, and the person is told why.
        emit problem(tr("Changes saved elsewhere could not be read from the change log (%1); every table was "
                        "read again.")
                         .arg(others.error));
        return;
    }
    emit changedElsewhere(what.isEmpty() ? tr("%1 saved changes.").arg(who)
                                         : tr("%1 saved: %2").arg(who, what));
}

Workspace::~Workspace()
{
    // The undo stack refers to this workspace; clear it while everything is still alive.
    m_undo->clear();
}

QString Workspace::roleRefusal(Entity entity, const QString& column) const
{
    const bool ministry = [&] {
        if (column.isEmpty())
            return false;
        const FieldDef* f = Schema::entity(entity).field(column);
        // A coordinator sets a status of draft or submitted (the database refuses any other).
        return (f && f->ministryOnly && column != QLatin1String("status")) ||
               (entity == Entity::Project && column == QLatin1String("approved_cents"));
    }();
    switch (m_role) {
    case Server::Role::Owner:
    case Server::Role::Admin:
        return QString();
    case Server::Role::Officer:
        if (entity == Entity::Round || entity == Entity::Sector || entity == Entity::Criterion)
            return tr("Rounds, sectors and review criteria are kept by an administrator.");
        return QString();
    case Server::Role::Reviewer:
        if (entity == Entity::Review)
            return QString();
        return tr("As a reviewer you read applications and write your own scores; other changes are made by "
                  "program officers.");
    case Server::Role::Coordinator:
        if (entity != Entity::Project && entity != Entity::Credential && entity != Entity::Partner &&
            entity != Entity::ProjectPartner)
            return tr(
                "As an institution coordinator you keep your institution's projects, micro-credentials and "
                "partners; the rest is kept by the ministry.");
        if (ministry)
            return tr("This is decided by the ministry.");
        if (column == QLatin1String("institution_uid"))
            return tr("Your records stay with your institution.");
        return QString();
    case Server::Role::None:
        break;
    }
    return tr("Your database role has no mcfund role; ask an administrator to add you.");
}

QString& Workspace::serverUser()
{
    static QString name;
    return name;
}

QString Workspace::userName()
{
    if (!serverUser().isEmpty())
        return serverUser();
    const QString configured = Settings::value(Settings::UserName).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    // The operating system's account, never a folder's name.
    if (const QString account = Platform::accountName(); !account.isEmpty())
        return account;
    return QStringLiteral("unknown");
}

bool Workspace::applyDirect(EditBatch& batch, const QString& origin, QString* message,
                            QList<EditProblem>* found)
{
    // Beyond this many rows a write takes longer than a UI-thread step may (about 60 µs a row).
    constexpr int BackgroundRows = 1500;
    m_lastFailure = WriteFailure();
    if (batch.rows.size() >= BackgroundRows) {
        if (!writeInBackground(batch, origin, QApplication::activeWindow(),
                               tr("Writing %n change(s)…", nullptr, int(batch.rows.size())), message, false))
            return false;
    } else {
        QList<EditProblem> problems;
        if (!m_engine->apply(batch, origin, &problems)) {
            m_lastFailure = m_engine->lastFailure();
            if (message)
                *message = EditEngine::describe(batch, problems);
            if (found)
                *found = problems;
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
    return push(BatchCommand::forBatch(this, std::move(batch), origin), message);
}

bool Workspace::push(WriteCommand* command, QString* message)
{
    WriteCommand::Outcome outcome;
    command->reportTo(&outcome);
    m_undo->push(command); // runs its first redo(); a command that wrote nothing is not kept
    if (message)
        *message = outcome.message;
    return outcome.written;
}

bool Workspace::write(EditBatch& batch, const QString& origin, QString* message)
{
    QString why;
    QList<EditProblem> problems;
    if (!applyDirect(batch, origin, &why, &problems)) {
        // Someone else changed the same fields first (a shared workspace): theirs or mine, the person says.
        const bool conflicts =
            !problems.isEmpty() && std::all_of(problems.cbegin(), problems.cend(),
                                               [](const EditProblem& p) { return p.theirs.has_value(); });
        if (conflicts && m_resolver) {
            if (m_resolver(batch, problems) == Resolution::UseMine) {
                // Written over what they saved, knowingly: the edit's "before" becomes theirs.
                for (const EditProblem& p : std::as_const(problems))
                    if (p.row >= 0 && p.row < batch.rows.size())
                        batch.rows[p.row].before.insert(p.field, *p.theirs);
                return write(batch, origin, message);
            }
            emit changed({batch.rows.constFirst().entity}); // show theirs
            if (message)
                *message = tr("Kept the value someone else saved.");
            return false;
        }
        // The record was deleted meanwhile: said so, and put back with the edit if the person wants it.
        const auto gone = std::find_if(problems.cbegin(), problems.cend(), [&](const EditProblem& p) {
            return p.deleted && p.row >= 0 && p.row < batch.rows.size() &&
                   batch.rows.at(p.row).op == RowEdit::Op::Update;
        });
        if (gone != problems.cend() && batch.rows.size() == 1) {
            const RowEdit& edit = batch.rows.at(gone->row);
            const std::optional<Record> was =
                ChangeLogUndo::lastDeleted(m_db->connection(), edit.entity, edit.uid);
            if (was && m_restoreResolver) {
                QString label;
                for (const char* c : {"title_en", "title_fr", "name_en", "name_fr", "name"})
                    if (label.isEmpty())
                        label = was->value(QLatin1String(c)).toString();
                if (m_restoreResolver(label.isEmpty() ? edit.uid : label)) {
                    RowEdit back;
                    back.op = RowEdit::Op::Insert;
                    back.entity = edit.entity;
                    back.uid = edit.uid;
                    back.after = *was;
                    for (auto it = edit.after.cbegin(); it != edit.after.cend(); ++it)
                        back.after.insert(it.key(), it.value());
                    batch = EditBatch(tr("restoring “%1” with your change").arg(label), {back});
                    return write(batch, origin, message);
                }
                emit changed({edit.entity});
                if (message)
                    *message =
                        tr("“%1” was deleted by someone else; your change was not applied.").arg(label);
                return false;
            }
        }
        // The file could not take it: the edit is kept as not saved, and stays off the undo stack.
        if (m_lastFailure.isFailure())
            addPending(batch, origin, m_lastFailure);
        if (message)
            *message = why;
        emit problem(why);
        return false;
    }
    dropSuperseded(batch);
    return true;
}

void Workspace::dropSuperseded(const EditBatch& batch)
{
    const qsizetype before = m_pending.size();
    m_pending.removeIf([&batch](const PendingEdit& p) {
        if (p.batch.rows.size() != 1 || p.batch.rows.first().op != RowEdit::Op::Update)
            return false;
        const RowEdit& old = p.batch.rows.first();
        return std::any_of(batch.rows.cbegin(), batch.rows.cend(), [&old](const RowEdit& r) {
            if (r.op != RowEdit::Op::Update || r.entity != old.entity || r.uid != old.uid)
                return false;
            for (auto it = old.after.cbegin(); it != old.after.cend(); ++it)
                if (!r.after.contains(it.key()))
                    return false;
            return true;
        });
    });
    if (m_pending.size() != before)
        emit pendingChanged();
}

void Workspace::addPending(const EditBatch& batch, const QString& origin, const WriteFailure& failure,
                           std::optional<EditBatch> restoreOnDiscard)
{
    dropSuperseded(batch);
    m_pending << PendingEdit{batch, origin, failure, std::move(restoreOnDiscard)};
    // The connection to the server was lost: mcfund tries again every few seconds on its own.
    if (failure.kind == WriteFailure::Kind::Disconnected) {
        if (!m_retryTimer) {
            m_retryTimer = new QTimer(this);
            m_retryTimer->setInterval(5000);
            connect(m_retryTimer, &QTimer::timeout, this, [this] {
                if (m_pending.isEmpty() || retryPending(nullptr))
                    m_retryTimer->stop();
            });
        }
        m_retryTimer->start();
    }
    emit pendingChanged();
}

bool Workspace::pendingValue(Entity entity, const QString& uid, const QString& field, QVariant* value,
                             QString* why, WriteFailure::Kind* kind) const
{
    for (auto p = m_pending.crbegin(); p != m_pending.crend(); ++p) {
        for (const RowEdit& r : p->batch.rows) {
            if (r.entity != entity || r.uid != uid || r.op == RowEdit::Op::Delete || !r.after.contains(field))
                continue;
            if (value)
                *value = r.after.value(field);
            if (why)
                *why = p->failure.message;
            if (kind)
                *kind = p->failure.kind;
            return true;
        }
    }
    return false;
}

bool Workspace::reconnect(QString* message)
{
    if (!m_db->isServer())
        return true;
    const bool wasAlive = Server::isAlive(m_db->connection());
    QString why;
    if (!m_db->reconnect(&why)) {
        if (message)
            *message = why;
        return false;
    }
    if (!wasAlive) {
        QSqlQuery(m_db->connection()).exec(QStringLiteral("SET lock_timeout = '100ms'"));
        watchOthers(); // a new connection listens again
        readOthers();  // and catches up with what was missed
        emit problem(tr("Connected again to %1.").arg(m_db->displayName()));
    }
    return true;
}

bool Workspace::retryPending(QString* message)
{
    // A lost connection to a shared workspace is opened again first.
    if (!m_pending.isEmpty() && !reconnect(message)) {
        emit pendingChanged();
        return false;
    }
    while (!m_pending.isEmpty()) {
        // Written as it is; once written it becomes an undoable step.
        BatchCommand* command =
            BatchCommand::forBatch(this, m_pending.first().batch, m_pending.first().origin);
        command->setFirst(BatchCommand::First::Retry);
        QString why;
        if (!push(command, &why)) {
            PendingEdit& p = m_pending.first();
            p.failure = m_lastFailure;
            if (!p.failure.isFailure()) // now refused for another reason (changed elsewhere): say that
                p.failure.message = why;
            emit pendingChanged();
            if (message)
                *message = why;
            return false;
        }
        m_pending.removeFirst();
    }
    emit pendingChanged();
    return true;
}

void Workspace::discardPending()
{
    const QList<PendingEdit> dropped = std::exchange(m_pending, {});
    // An undo that could not be written had left the stack; the edit it would have undone is still in the
    // file, so its step goes back on.
    for (const PendingEdit& p : dropped)
        if (p.restoreOnDiscard) {
            BatchCommand* command = BatchCommand::forBatch(this, *p.restoreOnDiscard, p.origin);
            command->setFirst(BatchCommand::First::AlreadyWritten);
            push(command, nullptr);
        }
    emit pendingChanged();
}

bool Workspace::saveCopyWithPending(const QString& target, QString* error)
{
    const QString source = m_db->path();
    const QList<PendingEdit> pending = m_pending;
    const QString user = userName();
    // The copy of a large workspace takes seconds: on a thread of its own, behind a progress dialog.
    return BackgroundTask::run(
        QApplication::activeWindow(), *m_db, true, tr("Saving a copy…"),
        [&](const QSqlDatabase& connection, const BackgroundTask::Progress&, QString* why) {
            if (QFileInfo::exists(target)) {
                *why = tr("“%1” already exists.").arg(target);
                return false;
            }
            // The copy and the kept changes are made under a name of their own and renamed into place when
            // complete, so that a failure or a kill never leaves half a copy under the name asked for.
            const QString staging = target + QStringLiteral(".saving");
            for (const char* leftover : {"", "-journal", "-wal", "-shm"})
                QFile::remove(staging + QLatin1String(leftover));
            if (m_db->isServer()) {
                // The shared workspace, as this person's role reads it, into a file.
                QSqlDatabase from = connection;
                if (!TableCopy::toFile(from, staging, why))
                    return false;
            } else if (!Database::backupFile(source, staging, why)) {
                return false;
            }
            const QString name = QStringLiteral("mcfund-copy-") + QUuid::createUuid().toString(QUuid::Id128);
            bool ok = true;
            {
                QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                copy.setDatabaseName(staging);
                if (!copy.open()) {
                    *why = tr("Cannot open the copy “%1”: %2").arg(target, copy.lastError().text());
                    ok = false;
                } else {
                    QSqlQuery q(copy);
                    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
                    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
                    EditEngine engine(copy, user);
                    for (PendingEdit p : pending) {
                        QList<EditProblem> problems;
                        if (!engine.apply(p.batch, p.origin, &problems)) {
                            *why = tr("The copy “%1” could not be made: the change could not be written to "
                                      "it: %2")
                                       .arg(target, EditEngine::describe(p.batch, problems));
                            ok = false;
                            break;
                        }
                    }
                    // Fold the write-ahead log into the file, so that the copy is one self-contained file.
                    ok = ok && q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                }
                copy.close();
            }
            QSqlDatabase::removeDatabase(name);
            if (ok && !QFile::rename(staging, target)) {
                *why = tr("Cannot copy the workspace to “%1”: %2")
                           .arg(target, tr("the finished copy could not be renamed to its name."));
                ok = false;
            }
            if (!ok)
                for (const char* leftover : {"", "-journal", "-wal", "-shm"})
                    QFile::remove(staging + QLatin1String(leftover));
            return ok;
        },
        error, false);
}

void Workspace::afterWritten(const QList<Entity>& entities)
{
    afterApplied(entities);
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
            m_lastFailure = engine.lastFailure(); // read on this thread only after the job has ended
            *error = EditEngine::describe(batch, problems);
            return false;
        },
        message, cancellable);
}

void Workspace::reloadLookups()
{
    QString error;
    if (!m_lookups.load(m_db->connection(), &error))
        emit problem(error);
}

} // namespace mcfund
