#include "editengine.h"

#include "packages/institutionpackage.h"
#include "review/decisions.h"
#include "storage/fulltextbulk.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mcfund {

EditEngine::EditEngine(QSqlDatabase db, QString user)
    : m_db(std::move(db))
    , m_user(std::move(user))
{
    if (const std::optional<PackageInfo> info = InstitutionPackage::infoOf(m_db))
        m_packageInstitution = info->institutionUid;
}

QString EditEngine::coordinatorRefusal(const RowEdit& r, const std::optional<Record>& current) const
{
    if (!InstitutionPackage::carried().contains(r.entity))
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
        owner = q.exec() && q.next() ? q.value(0).toString() : QString();
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

bool EditEngine::apply(EditBatch& batch, const QString& origin, QList<EditProblem>* problems)
{
    QList<EditProblem> found;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (problems)
            *problems = {
                EditProblem{-1, QString(), tr("The workspace is busy or read-only: %1").arg(tx.error())}};
        return false;
    }
    RecordStore store(m_db, ChangeContext{m_user, origin, RecordStore::newUid(), batch.description});
    // Thousands of additions: feed the full-text indexes once at the end rather than row by row.
    int projectInserts = 0, credentialInserts = 0;
    for (const RowEdit& r : std::as_const(batch.rows)) {
        if (r.op == RowEdit::Op::Insert && r.entity == Entity::Project)
            ++projectInserts;
        if (r.op == RowEdit::Op::Insert && r.entity == Entity::Credential)
            ++credentialInserts;
    }
    FullTextBulk projectText(m_db, Entity::Project, projectInserts > 2000);
    FullTextBulk credentialText(m_db, Entity::Credential, credentialInserts > 2000);
    for (int i = 0; i < batch.rows.size(); ++i) {
        if (m_progress && i % 500 == 0 && !m_progress(int(qint64(i) * 100 / batch.rows.size()))) {
            if (problems)
                *problems = {EditProblem{-1, QString(), tr("Cancelled; nothing was written.")}};
            return false; // the transaction rolls back as it goes out of scope
        }
        RowEdit& r = batch.rows[i];
        QString error;
        if (!m_packageInstitution.isEmpty() && origin != QLatin1String("undo") &&
            origin != QLatin1String("redo")) {
            const std::optional<Record> current =
                r.op == RowEdit::Op::Insert ? std::nullopt : store.get(r.entity, r.uid);
            const QString refusal = coordinatorRefusal(r, current);
            if (!refusal.isEmpty()) {
                found << EditProblem{i, QString(), refusal};
                continue;
            }
        }
        switch (r.op) {
        case RowEdit::Op::Insert: {
            Record rec = r.after;
            if (!r.uid.isEmpty())
                rec.insert(QStringLiteral("uid"), r.uid);
            if (!store.insert(r.entity, rec, &error)) {
                found << EditProblem{i, QString(), error};
            } else {
                r.uid = rec.value(QStringLiteral("uid")).toString();
                rec.remove(QStringLiteral("uid"));
                r.after = rec;
            }
            break;
        }
        case RowEdit::Op::Update: {
            const std::optional<Record> current = store.get(r.entity, r.uid);
            if (!current) {
                found << EditProblem{i, QString(), tr("The record no longer exists.")};
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
                        i, it.key(),
                        tr("It was changed elsewhere (now “%1”).").arg(RecordStore::toLogText(now))};
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
                const QString refusal = Decisions::checkEditedStatus(
                    m_db, r.uid, current->value(QStringLiteral("status")).toString(),
                    r.after.value(QStringLiteral("status")).toString(), merged("approved_cents"),
                    merged("requested_cents"));
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
            Record removed;
            if (!store.remove(r.entity, r.uid, &error, &removed)) {
                found << EditProblem{i, QString(), error};
            } else {
                removed.remove(QStringLiteral("uid"));
                r.before = removed; // what the inverse puts back, under the same uid
            }
            break;
        }
        }
    }
    if (found.isEmpty()) {
        QString error;
        if (!projectText.finish(&error) || !credentialText.finish(&error))
            found << EditProblem{-1, QString(), error};
    }
    if (found.isEmpty() && batch.note) {
        QSqlQuery note(m_db);
        note.prepare(QStringLiteral(
            "INSERT INTO change_log(at, user, entity, uid, field, old, new, origin, batch, description) "
            "VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)"));
        note.addBindValue(RecordStore::now());
        note.addBindValue(m_user);
        note.addBindValue(batch.note->entity);
        note.addBindValue(batch.note->uid);
        note.addBindValue(batch.note->text);
        note.addBindValue(origin);
        note.addBindValue(store.context().batch);
        note.addBindValue(batch.description);
        if (!note.exec())
            found << EditProblem{-1, QString(), note.lastError().text()};
    }
    // A cancel pressed during the last rows or the full-text indexing still counts: nothing is committed.
    if (found.isEmpty() && m_progress && !m_progress(100))
        found << EditProblem{-1, QString(), tr("Cancelled; nothing was written.")};
    if (found.isEmpty() && !tx.commit())
        found << EditProblem{-1, QString(), tr("The change could not be saved: %1").arg(tx.error())};
    if (problems)
        *problems = found;
    return found.isEmpty(); // on any problem the transaction rolls back as it goes out of scope
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
