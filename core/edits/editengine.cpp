#include "editengine.h"

#include "storage/sqldialect.h"

#include "domain/codes.h"
#include "domain/projectlifecycle.h"
#include "domain/translations.h"
#include "query/roundenvelope.h"
#include "storage/fulltextbulk.h"
#include "storage/packageformat.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mcfund {

EditEngine::EditEngine(QSqlDatabase db, QString user)
    : m_db(std::move(db))
    , m_user(std::move(user))
{
    QString unknown;
    if (const std::optional<PackageInfo> info = PackageFormat::infoOf(m_db, &unknown))
        m_packageInstitution = info->institutionUid;
    if (!unknown.isEmpty())
        m_packageUnknown =
            tr("Nothing was changed: whether this workspace is an institution package, and so which records "
               "may be changed in it, could not be read (%1).")
                .arg(unknown);
}

QString EditEngine::editedStatusRefusal(const QString& projectUid, const QString& from, const QString& to,
                                        const QVariant& approved, const QVariant& requested) const
{
    bool okFrom = false, okTo = false;
    const ProjectStatus a = projectStatusFromCode(from, &okFrom);
    const ProjectStatus b = projectStatusFromCode(to, &okTo);
    if (!okFrom || !okTo || from == to)
        return QString();
    if (!ProjectLifecycle::allowed(a, b)) {
        QStringList allowed;
        for (ProjectStatus s : ProjectLifecycle::next(a))
            allowed << Codes::label(CodeList::ProjectStatus, projectStatusCode(s));
        return allowed.isEmpty()
                   ? tr("A %1 application cannot change status.")
                         .arg(Codes::label(CodeList::ProjectStatus, from).toLower())
                   : tr("An application cannot go from %1 to %2; it can go to: %3.")
                         .arg(Codes::label(CodeList::ProjectStatus, from),
                              Codes::label(CodeList::ProjectStatus, to), allowed.join(QStringLiteral(", ")));
    }
    if (b == ProjectStatus::Approved) {
        if (approved.isNull())
            return tr("Record the approved amount before approving.");
        if (!requested.isNull() && approved.toLongLong() > requested.toLongLong())
            return tr("The approved amount cannot be above the requested amount.");
        Money after;
        std::optional<Money> envelope;
        QString unread;
        if (!RoundEnvelope::room(m_db, projectUid, Money(approved.toLongLong()), &after, &envelope, &unread))
            return tr("Whether approving this stays within the round's envelope could not be read (%1).")
                .arg(unread);
        if (envelope && after > *envelope)
            return tr("Approving this would go beyond the round's envelope; use Approve… on the Reviews page "
                      "to approve it with "
                      "a reason.");
    }
    return QString();
}

QString EditEngine::coordinatorRefusal(const RowEdit& r, const std::optional<Record>& current) const
{
    if (!PackageFormat::carried().contains(r.entity))
        return tr("In an institution package, %1 are kept by the ministry and cannot be changed.")
            .arg(Schema::entity(r.entity).displayPlural());
    const Record& values = r.op == RowEdit::Op::Insert ? r.after : current.value_or(Record());
    QString owner = values.value(QStringLiteral("institution_uid")).toString();
    if (r.entity == Entity::Institution)
        owner = r.uid;
    if (r.entity == Entity::ProjectPartner) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT institution_uid FROM project WHERE uid = ?"));
        q.addBindValue(values.value(QStringLiteral("project_uid")));
        const bool read = q.exec() && q.next();
        if (!read && q.lastError().isValid())
            return unreadOwner(q.lastError().text());
        owner = read ? q.value(0).toString() : QString();
    }
    if (r.op == RowEdit::Op::Update && r.after.contains(QStringLiteral("institution_uid")))
        owner = r.after.value(QStringLiteral("institution_uid")).toString();
    const bool partnerWithoutInstitution = r.entity == Entity::Partner && owner.isEmpty();
    if (owner != m_packageInstitution && !partnerWithoutInstitution)
        return tr("This package is for one institution: records of other institutions cannot be changed or "
                  "added here.");
    const EntityDef& def = Schema::entity(r.entity);
    for (auto it = r.after.cbegin(); it != r.after.cend(); ++it) {
        const FieldDef* f = def.field(it.key());
        if (!f || !f->ministryOnly || it.value().isNull())
            continue;
        if (f->column == QLatin1String("status")) {
            const QString to = it.value().toString();
            if (to == QLatin1String("draft") || to == QLatin1String("submitted"))
                continue;
        }
        if (r.op == RowEdit::Op::Update && current &&
            RecordStore::toLogText(current->value(it.key())) == RecordStore::toLogText(it.value()))
            continue;
        return tr("%1 is decided by the ministry and cannot be changed in a package.").arg(f->displayName());
    }
    return QString();
}

struct EditEngine::Session
{
    Session(QSqlDatabase db, const ChangeContext& context)
        : tx(db)
        , store(db, context)
        , db(db)
    {}
    ~Session()
    {
        if (cacheBefore.isValid()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheBefore.toLongLong()));
        }
    }
    /**
     * A bulk write touches every index of the table at random places: with the connection's usual cache,
     * pages spill to the log and are read back, and each row costs more as the write grows. A fixed larger
     * cache for the length of the write keeps the cost per row flat; memory stays bounded by it.
     */
    void enlargeCache()
    {
        if (Sql::isServer(db))
            return; // the server sizes its own cache
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
            cacheBefore = q.value(0);
            q.finish();
            q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        }
    }
    Transaction tx;
    RecordStore store;
    QString origin;
    bool bulk = false;
    QSqlDatabase db;
    QVariant cacheBefore;
    /// Bulk full-text changes pending for projects [0] and micro-credentials [1].
    std::unique_ptr<FullTextBulk> additions[2], removals[2];
    /**
     * A bulk write logs the records it adds in one statement (RecordStore::logAddedAfter) rather than one
     * by one: for each entity with records added and not yet logged, the table's last rowid before them.
     */
    QHash<Entity, qint64> unlogged;
};

EditEngine::~EditEngine() = default;

bool EditEngine::begin(const QString& description, const QString& origin, QString* error, bool bulk)
{
    m_batchId = RecordStore::newUid();
    m_description = description;
    m_failure = WriteFailure();
    m_session = std::make_unique<Session>(m_db, ChangeContext{m_user, origin, m_batchId, description});
    m_session->origin = origin;
    // The bulk paths (a larger page cache, the full-text index filled at the end) are SQLite's; the
    // server maintains its GIN index as rows are written.
    m_session->bulk = bulk && !Sql::isServer(m_db);
    if (!m_session->tx.isActive()) {
        const QString why = m_session->tx.error();
        noteFailure({EditProblem{-1, QString(), why}});
        if (error)
            *error = m_failure.isFailure() ? m_failure.message
                                           : tr("The workspace is busy or read-only: %1").arg(why);
        m_session.reset();
        return false;
    }
    if (bulk)
        m_session->enlargeCache();
    return true;
}

void EditEngine::rollback()
{
    m_session.reset(); // the transaction rolls back as it goes
}

QString EditEngine::unreadOwner(const QString& why)
{
    // Whose record it is decides whether a coordinator may change it: not known, not changed.
    return tr("Nothing was changed: whose record this is could not be read (%1).").arg(why);
}

QString EditEngine::packageRefusal(const RowEdit& r) const
{
    if (!m_packageUnknown.isEmpty())
        return m_packageUnknown;
    if (m_packageInstitution.isEmpty())
        return QString();
    RecordStore store(m_db, {});
    const std::optional<Record> current =
        r.op == RowEdit::Op::Insert ? std::nullopt : store.get(r.entity, r.uid);
    if (!current && store.lastError().isValid())
        return unreadOwner(store.lastError().text());
    return coordinatorRefusal(r, current);
}

bool EditEngine::apply(EditBatch& batch, const QString& origin, QList<EditProblem>* problems)
{
    // On a shared workspace two writers can deadlock on the same rows or fail serialisation: the server
    // undoes one of them whole, and it is written again from the start (a few times at most).
    const EditBatch original = batch;
    for (int attempt = 1;; ++attempt) {
        QList<EditProblem> found;
        const bool ok = applyOnce(batch, origin, &found);
        const bool retry = !ok && attempt < 4 && Sql::isServer(m_db) &&
                           std::any_of(found.cbegin(), found.cend(), [](const EditProblem& p) {
                               return p.message.contains(QLatin1String("(40P01)")) ||
                                      p.message.contains(QLatin1String("(40001)"));
                           });
        if (!retry) {
            if (problems)
                *problems = found;
            return ok;
        }
        batch = original;
    }
}

bool EditEngine::applyOnce(EditBatch& batch, const QString& origin, QList<EditProblem>* problems)
{
    QList<EditProblem> found;
    QString error;
    const auto many = std::count_if(batch.rows.cbegin(), batch.rows.cend(),
                                    [](const RowEdit& r) { return r.op != RowEdit::Op::Update; });
    if (!begin(batch.description, origin, &error, many >= 1000)) {
        if (m_failure.isFailure())
            error = m_failure.message =
                WriteFailure::describe(m_failure.kind, m_db.databaseName(), describeChange(batch));
        if (problems)
            *problems = {EditProblem{-1, QString(), error}};
        return false;
    }
    const bool server = Sql::isServer(m_db);
    for (int i = 0; i < batch.rows.size(); ++i) {
        if (m_progress && i % 500 == 0 && !m_progress(int(qint64(i) * 100 / batch.rows.size()))) {
            if (problems)
                *problems = {EditProblem{-1, QString(), tr("Cancelled; nothing was written.")}};
            rollback();
            return false;
        }
        if (server) {
            // On PostgreSQL an error ends the transaction's use: each row is a savepoint of its own, so
            // that a refused row is reported and the next ones are still checked.
            QSqlQuery sp(m_db);
            sp.exec(QStringLiteral("SAVEPOINT mcfund_row"));
            const bool ok = applyRow(batch.rows[i], i, &found);
            sp.exec(ok ? QStringLiteral("RELEASE SAVEPOINT mcfund_row")
                       : QStringLiteral("ROLLBACK TO SAVEPOINT mcfund_row"));
        } else {
            applyRow(batch.rows[i], i, &found);
        }
    }
    if (found.isEmpty())
        commit(batch.note, &found);
    rollback(); // after a problem: nothing is written
    if (!found.isEmpty() && m_failure.isFailure()) {
        // The change was fine; the file could not take it. Say so once, about this change.
        m_failure.message =
            WriteFailure::describe(m_failure.kind, m_db.databaseName(), describeChange(batch));
        found = {EditProblem{-1, QString(), m_failure.message}};
    }
    if (problems)
        *problems = found;
    return found.isEmpty();
}

int EditEngine::fullTextIndex(Entity entity)
{
    return entity == Entity::Project ? 0 : entity == Entity::Credential ? 1 : -1;
}

bool EditEngine::settleLog(Entity entity, int row, QList<EditProblem>* found)
{
    // The records of \a entity added in bulk are logged before a row edit of another kind touches the table:
    // the log must hold each as it was added.
    const auto it = m_session->unlogged.constFind(entity);
    if (it == m_session->unlogged.cend())
        return true;
    const qint64 after = *it;
    m_session->unlogged.erase(it);
    QString error;
    if (m_session->store.logAddedAfter(entity, after, &error))
        return true;
    *found << EditProblem{row, QString(), error};
    return false;
}

bool EditEngine::settleFullText(Entity entity, bool additions, bool removals, int row,
                                QList<EditProblem>* found)
{
    // Pending bulk changes of the index are brought up to date before a row edit of another kind touches the
    // same table: an update or delete of a row added in bulk would otherwise unindex text never indexed.
    const int t = fullTextIndex(entity);
    if (t < 0)
        return true;
    for (std::unique_ptr<FullTextBulk>* pending :
         {additions ? &m_session->additions[t] : nullptr, removals ? &m_session->removals[t] : nullptr}) {
        if (!pending || !*pending)
            continue;
        QString error;
        const bool ok = (*pending)->finish(&error);
        pending->reset();
        if (!ok) {
            *found << EditProblem{row, QString(), error};
            return false;
        }
    }
    return true;
}

bool EditEngine::applyRow(RowEdit& r, int i, QList<EditProblem>* problems)
{
    Q_ASSERT(m_session);
    QList<EditProblem> found;
    RecordStore& store = m_session->store;
    const QString& origin = m_session->origin;
    QString error;
    if (!m_packageUnknown.isEmpty()) {
        if (problems)
            *problems << EditProblem{i, QString(), m_packageUnknown};
        return false;
    }
    if (!m_packageInstitution.isEmpty() && origin != QLatin1String("undo") &&
        origin != QLatin1String("redo")) {
        const std::optional<Record> current =
            r.op == RowEdit::Op::Insert ? std::nullopt : store.get(r.entity, r.uid);
        const QString refusal = !current && store.lastError().isValid()
                                    ? unreadOwner(store.lastError().text())
                                    : coordinatorRefusal(r, current);
        if (!refusal.isEmpty()) {
            if (problems)
                *problems << EditProblem{i, QString(), refusal};
            return false;
        }
    }
    switch (r.op) {
    case RowEdit::Op::Insert: {
        if (!settleFullText(r.entity, false, true, i, &found))
            break;
        if (const int t = fullTextIndex(r.entity); m_session->bulk && t >= 0 && !m_session->additions[t])
            m_session->additions[t] = std::make_unique<FullTextBulk>(m_db, r.entity);
        // Taken, not copied (an import adds row after row), and given back as the edit had it if refused.
        const QString uidKey = QStringLiteral("uid");
        Record rec = std::move(r.after);
        const auto given = rec.constFind(uidKey);
        const std::optional<QVariant> givenUid =
            given != rec.cend() ? std::optional<QVariant>(given.value()) : std::nullopt;
        if (!r.uid.isEmpty())
            rec.insert(uidKey, r.uid);
        if (m_session->bulk && !m_session->unlogged.contains(r.entity)) {
            const qint64 last = RecordStore::lastRowid(m_db, r.entity, &error);
            if (last < 0) {
                found << EditProblem{i, QString(), error};
                break;
            }
            m_session->unlogged.insert(r.entity, last);
        }
        if (!store.insert(r.entity, rec, &error, !m_session->bulk, r.checked,
                          r.ordered.isEmpty() ? nullptr : &r.ordered)) {
            found << EditProblem{i, QString(), error};
            if (givenUid)
                rec.insert(uidKey, *givenUid);
            else
                rec.remove(uidKey);
        } else {
            r.uid = rec.value(uidKey).toString();
            rec.remove(uidKey);
        }
        r.after = std::move(rec);
        break;
    }
    case RowEdit::Op::Update: {
        if (!settleFullText(r.entity, true, true, i, &found) || !settleLog(r.entity, i, &found))
            break;
        // Locked on a shared workspace until the commit: nobody changes it between this check and the write.
        const std::optional<Record> current = store.get(r.entity, r.uid, true);
        if (!current) {
            // The database failed (a deadlock, a lost connection), or the record is gone.
            const QSqlError failed = store.lastError();
            found << EditProblem{i, QString(),
                                 failed.isValid() ? failed.text() : tr("The record no longer exists.")};
            found.last().deleted = !failed.isValid();
            break;
        }
        bool conflict = false;
        for (auto it = r.after.cbegin(); it != r.after.cend(); ++it)
            if (!r.before.contains(it.key()))
                r.before.insert(it.key(), current->value(it.key()));
        for (auto it = r.before.cbegin(); it != r.before.cend(); ++it) {
            const QVariant now = current->value(it.key());
            if (now.isNull() != it.value().isNull() ||
                RecordStore::toLogText(now) != RecordStore::toLogText(it.value())) {
                found << EditProblem{
                    i, it.key(), tr("It was changed elsewhere (now “%1”).").arg(RecordStore::toLogText(now)),
                    now};
                conflict = true;
            }
        }
        if (conflict)
            break;
        // Validate field by field first so that each bad cell is reported on its own.
        const EntityDef& def = Schema::entity(r.entity);
        bool fieldError = false;
        for (auto it = r.after.begin(); it != r.after.end(); ++it) {
            const FieldDef* f = def.field(it.key());
            if (!f) {
                found << EditProblem{i, it.key(), tr("Unknown field.")};
                fieldError = true;
                continue;
            }
            QVariant v = it.value();
            const QString e = Validation::checkField(*f, v);
            if (!e.isEmpty()) {
                found << EditProblem{i, it.key(), e};
                fieldError = true;
            }
        }
        // A status typed in a cell or a form follows the application lifecycle like a decision does
        // (undo, redo and merges restore what was, so they are not checked again).
        if (!fieldError && r.entity == Entity::Project && r.after.contains(QStringLiteral("status")) &&
            (origin == QLatin1String("edit") || origin == QLatin1String("paste") ||
             origin == QLatin1String("import"))) {
            auto merged = [&](const char* c) {
                const QString k = QString::fromLatin1(c);
                return r.after.contains(k) ? r.after.value(k) : current->value(k);
            };
            const QString refusal =
                editedStatusRefusal(r.uid, current->value(QStringLiteral("status")).toString(),
                                    r.after.value(QStringLiteral("status")).toString(),
                                    merged("approved_cents"), merged("requested_cents"));
            if (!refusal.isEmpty()) {
                found << EditProblem{i, QStringLiteral("status"), refusal};
                fieldError = true;
            }
        }
        if (!fieldError && !store.update(r.entity, r.uid, r.after, &error))
            found << EditProblem{i, QString(), error};
        break;
    }
    case RowEdit::Op::Delete: {
        if (!settleFullText(r.entity, true, false, i, &found) || !settleLog(r.entity, i, &found))
            break;
        FullTextBulk* bulk = nullptr;
        if (const int t = fullTextIndex(r.entity); t >= 0) {
            if (m_session->bulk && !m_session->removals[t])
                m_session->removals[t] =
                    std::make_unique<FullTextBulk>(m_db, r.entity, FullTextBulk::Mode::Removals);
            bulk = m_session->removals[t].get();
        }
        if (bulk && !bulk->keep(r.uid, &error)) {
            found << EditProblem{i, QString(), error};
            break;
        }
        Record removed;
        if (!store.remove(r.entity, r.uid, &error, &removed)) {
            found << EditProblem{i, QString(), error};
            QString ignored;
            if (bulk)
                bulk->forget(r.uid, &ignored); // the row is still there, and still indexed
        } else {
            removed.remove(QStringLiteral("uid"));
            r.before = removed; // what the inverse puts back, under the same uid
        }
        break;
    }
    }
    noteFailure(found);
    if (problems)
        *problems << found;
    return found.isEmpty();
}

bool EditEngine::removeAdded(Entity entity, const QString& batch, int* removed, bool* applicable,
                             QList<EditProblem>* problems)
{
    Q_ASSERT(m_session);
    *applicable = m_session->bulk;
    if (!m_session->bulk)
        return false;
    QList<EditProblem> found;
    if (!settleFullText(entity, true, false, -1, &found) || !settleLog(entity, -1, &found)) {
        noteFailure(found);
        if (problems)
            *problems << found;
        return false;
    }
    FullTextBulk* bulk = nullptr;
    if (const int t = fullTextIndex(entity); t >= 0) {
        if (!m_session->removals[t])
            m_session->removals[t] =
                std::make_unique<FullTextBulk>(m_db, entity, FullTextBulk::Mode::Removals);
        bulk = m_session->removals[t].get();
    }
    QString error;
    const RecordStore::BulkRemoval result = m_session->store.removeAddedBy(
        entity, batch,
        [bulk](const QString& uids, const QVariantMap& values, QString* why) {
            return !bulk || bulk->keepAll(uids, values, why);
        },
        removed, &error);
    if (result == RecordStore::BulkRemoval::Done)
        return true;
    *applicable = result != RecordStore::BulkRemoval::NotApplicable;
    if (result == RecordStore::BulkRemoval::Failed) {
        found << EditProblem{-1, QString(), error};
        noteFailure(found);
        if (problems)
            *problems << found;
    }
    return false;
}

bool EditEngine::commit(const std::optional<EditBatch::Note>& note, QList<EditProblem>* problems)
{
    Q_ASSERT(m_session);
    QList<EditProblem> found;
    for (const Entity e : m_session->unlogged.keys())
        if (found.isEmpty())
            settleLog(e, -1, &found);
    for (const Entity e : {Entity::Project, Entity::Credential})
        if (found.isEmpty())
            settleFullText(e, true, true, -1, &found);
    if (found.isEmpty() && note) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO change_log(at, \"user\", entity, uid, field, old, new, origin, batch, description) "
            "VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)"));
        q.addBindValue(RecordStore::now());
        q.addBindValue(m_user);
        q.addBindValue(note->entity);
        q.addBindValue(note->uid);
        q.addBindValue(note->text);
        q.addBindValue(m_session->origin);
        q.addBindValue(m_batchId);
        q.addBindValue(m_session->store.context().description);
        if (!q.exec())
            found << EditProblem{-1, QString(), q.lastError().text()};
    }
    // A cancel pressed during the last rows or the full-text indexing still counts: nothing is committed.
    if (found.isEmpty() && m_progress && !m_progress(100))
        found << EditProblem{-1, QString(), tr("Cancelled; nothing was written.")};
    if (found.isEmpty() && !m_session->tx.commit())
        found << EditProblem{-1, QString(),
                             tr("The change could not be saved: %1").arg(m_session->tx.error())};
    m_session.reset(); // on any problem the transaction rolls back here
    noteFailure(found);
    if (problems)
        *problems << found;
    return found.isEmpty();
}

void EditEngine::noteFailure(const QList<EditProblem>& problems)
{
    if (m_failure.isFailure())
        return;
    for (const EditProblem& p : problems) {
        const WriteFailure::Kind kind = WriteFailure::kindOfText(p.message);
        if (kind == WriteFailure::Kind::None)
            continue;
        m_failure.kind = kind;
        m_failure.detail = p.message;
        m_failure.message =
            WriteFailure::describe(kind, m_db.databaseName(), tr("the %1").arg(m_description));
        return;
    }
}

QString EditEngine::recordTitle(const RowEdit& r) const
{
    Record rec = r.after;
    if (r.op != RowEdit::Op::Insert)
        if (const std::optional<Record> current = RecordStore(m_db, {}).get(r.entity, r.uid))
            rec = *current;
    const QString lang = Translations::current();
    const QString other = lang == QLatin1String("fr") ? QStringLiteral("en") : QStringLiteral("fr");
    const QStringList keys = {QStringLiteral("title_") + lang, QStringLiteral("name_") + lang,
                              QStringLiteral("name"), QStringLiteral("title_") + other,
                              QStringLiteral("name_") + other};
    for (const QString& key : keys) {
        const QString text = rec.value(key).toString();
        if (!text.isEmpty())
            return text;
    }
    return r.uid;
}

QString EditEngine::describeChange(const EditBatch& batch) const
{
    if (batch.rows.size() == 1) {
        const RowEdit& r = batch.rows.first();
        const QString title = recordTitle(r);
        switch (r.op) {
        case RowEdit::Op::Update:
            if (r.after.size() == 1) {
                const FieldDef* f = Schema::entity(r.entity).field(r.after.firstKey());
                return tr("the change to %1 of “%2”").arg(f ? f->displayName() : r.after.firstKey(), title);
            }
            return tr("the changes to “%1”").arg(title);
        case RowEdit::Op::Insert:
            return tr("the addition of “%1”").arg(title);
        case RowEdit::Op::Delete:
            return tr("the deletion of “%1”").arg(title);
        }
    }
    return tr("the %1 (%n record(s))", nullptr, int(batch.rows.size())).arg(batch.description);
}

QString EditEngine::describe(const EditBatch& batch, const QList<EditProblem>& problems)
{
    QStringList lines;
    for (const EditProblem& p : problems) {
        QString where;
        if (p.row >= 0 && batch.rows.size() > 1)
            where = tr("Row %1").arg(p.row + 1);
        if (!p.field.isEmpty() && p.row >= 0) {
            const FieldDef* f = Schema::entity(batch.rows.at(p.row).entity).field(p.field);
            const QString label = f ? f->displayName() : p.field;
            where = where.isEmpty() ? label : where + QStringLiteral(", ") + label;
        }
        lines << (where.isEmpty() ? p.message : where + QStringLiteral(": ") + p.message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace mcfund
