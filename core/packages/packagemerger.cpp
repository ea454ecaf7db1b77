#include "packagemerger.h"

#include "storage/sqldialect.h"

#include "domain/codes.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace mcfund {

namespace {

using Rows = QHash<QString, Record>;

/** The rows of \a table by uid; a table that cannot be read is an error in \a failure (never "no rows"). */
Rows readAll(const QSqlDatabase& db, const QString& table, QString* failure)
{
    Rows rows;
    QSqlQuery q(db);
    Sql::stream(q);
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
        if (failure->isEmpty())
            *failure =
                PackageMerger::tr("the table %1 could not be read: %2").arg(table, q.lastError().text());
        return rows;
    }
    while (q.next()) {
        Record r;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            if (!Sql::isDerived(rec.fieldName(i)))
                r.insert(rec.fieldName(i), q.value(i));
        rows.insert(r.value(QStringLiteral("uid")).toString(), r);
    }
    return rows;
}

bool same(const QVariant& a, const QVariant& b)
{
    return a.isNull() == b.isNull() && RecordStore::toLogText(a) == RecordStore::toLogText(b);
}

QString labelOf(const Record& r)
{
    for (const char* c : {"title_en", "title_fr", "name_en", "name_fr", "name"}) {
        const QString s = r.value(QString::fromLatin1(c)).toString();
        if (!s.isEmpty())
            return s;
    }
    return r.value(QStringLiteral("uid")).toString();
}

// The institution a record belongs to, for the scope check.
QString ownerOf(Entity e, const Record& r, const Rows& projects)
{
    switch (e) {
    case Entity::Institution:
        return r.value(QStringLiteral("uid")).toString();
    case Entity::ProjectPartner:
        return projects.value(r.value(QStringLiteral("project_uid")).toString())
            .value(QStringLiteral("institution_uid"))
            .toString();
    default:
        return r.value(QStringLiteral("institution_uid")).toString();
    }
}

} // namespace

bool MergePlan::hasUndecidedConflicts() const
{
    for (const MergeConflict& c : conflicts)
        if (c.choice == MergeConflict::Choice::Undecided)
            return true;
    return false;
}

void MergePlan::prefer(MergeConflict::Choice side)
{
    for (MergeConflict& c : conflicts)
        c.choice = side;
}

QString MergePlan::summary() const
{
    qsizetype updated = 0;
    QSet<QString> records;
    for (const MergeChange& c : updates)
        records << c.uid;
    updated = records.size();
    return tr("%1 updated, %2 added, %3 in conflict, %4 rejected, %5 proposed for deletion")
               .arg(updated)
               .arg(additions.size())
               .arg(conflicts.size())
               .arg(rejected.size())
               .arg(deletions.size()) +
           (restorations.isEmpty()
                ? QString()
                : tr(", %n deleted here but changed in the package", nullptr, int(restorations.size())));
}

QStringList MergePlan::details(const QString& language) const
{
    Q_UNUSED(language);
    QStringList out;
    auto fieldName = [](Entity e, const QString& f) {
        const FieldDef* d = Schema::entity(e).field(f);
        return d ? d->displayName() : f;
    };
    for (const MergeChange& c : updates)
        for (auto it = c.after.cbegin(); it != c.after.cend(); ++it)
            out << tr("update %1 “%2”, %3: “%4” → “%5”")
                       .arg(Schema::entity(c.entity).displaySingular(), c.label,
                            fieldName(c.entity, it.key()), RecordStore::toLogText(c.before.value(it.key())),
                            RecordStore::toLogText(it.value()));
    for (const MergeChange& c : additions)
        out << tr("add %1 “%2”").arg(Schema::entity(c.entity).displaySingular(), c.label);
    for (const MergeConflict& c : conflicts)
        out << tr("CONFLICT %1 “%2”, %3: base “%4”, ministry “%5”, package “%6”")
                   .arg(Schema::entity(c.entity).displaySingular(), c.label, fieldName(c.entity, c.field),
                        RecordStore::toLogText(c.base), RecordStore::toLogText(c.ministry),
                        RecordStore::toLogText(c.package));
    for (const MergeRejection& r : rejected)
        out << tr("rejected %1 “%2”%3: %4")
                   .arg(Schema::entity(r.entity).displaySingular(), r.label,
                        r.field.isEmpty() ? QString() : QStringLiteral(", ") + fieldName(r.entity, r.field),
                        r.reason);
    for (const MergeDeletion& d : deletions)
        out << tr("deleted in the package (not deleted unless accepted): %1 “%2”")
                   .arg(Schema::entity(d.entity).displaySingular(), d.label);
    for (const MergeRestoration& r : restorations)
        out << tr("deleted in the workspace, changed in the package (%3): %1 “%2”")
                   .arg(Schema::entity(r.entity).displaySingular(), r.label,
                        r.accept ? tr("put back") : tr("stays deleted unless put back"));
    return out;
}

bool PackageMerger::plan(const QSqlDatabase& ws, const QString& path, MergePlan* plan, QString* error)
{
    MergePlan p;
    if (!InstitutionPackage::inspect(path, &p.info, error))
        return false;
    QSqlQuery id(ws);
    if (!id.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'workspace_id'"))) {
        if (error)
            *error = tr("The merge of “%1” was not planned: %2")
                         .arg(path, tr("the table %1 could not be read: %2")
                                        .arg(QStringLiteral("meta"), id.lastError().text()));
        return false;
    }
    const QString workspaceId = id.next() ? id.value(0).toString() : QString();
    if (p.info.workspaceId != workspaceId) {
        if (error)
            *error = tr("“%1” was exported from another workspace (%2), not from this one (%3); it cannot be "
                        "merged here.")
                         .arg(path, p.info.workspaceId, workspaceId);
        return false;
    }
    if (!RecordStore(ws, {}).exists(Entity::Institution, p.info.institutionUid)) {
        if (error)
            *error = tr("The institution of this package (%1) is no longer in the workspace.")
                         .arg(p.info.institutionName);
        return false;
    }
    const QString name = QStringLiteral("mcfund-package-merge");
    {
        QSqlDatabase pkg = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        pkg.setDatabaseName(path);
        pkg.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        // Checked by inspect() (schema, integrity), then read hardened all the same.
        QString why;
        if (!pkg.open() || !Database::harden(pkg, &why)) {
            if (error)
                *error = why.isEmpty() ? pkg.lastError().text() : why;
            pkg.close();
            pkg = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
        QString failure;
        const Rows packageProjects = readAll(pkg, QStringLiteral("project"), &failure);
        for (Entity e : InstitutionPackage::carried()) {
            if (!failure.isEmpty())
                break;
            const EntityDef& def = Schema::entity(e);
            const Rows package = readAll(pkg, def.table, &failure);
            const Rows base = readAll(pkg, QStringLiteral("base_") + def.table, &failure);
            const Rows workspace = readAll(ws, def.table, &failure);
            if (!failure.isEmpty())
                break;
            for (auto it = package.cbegin(); it != package.cend(); ++it) {
                const QString& uid = it.key();
                const Record& pr = it.value();
                const QString label = labelOf(pr);
                const bool inScope =
                    ownerOf(e, pr, packageProjects) == p.info.institutionUid ||
                    (e == Entity::Partner && pr.value(QStringLiteral("institution_uid")).isNull());
                const bool inBase = base.contains(uid);
                const bool inWorkspace = workspace.contains(uid);
                if (!inBase && !inWorkspace) {
                    if (!inScope) {
                        p.rejected << MergeRejection{e, uid, label, QString(),
                                                     tr("belongs to another institution")};
                        continue;
                    }
                    Record added;
                    for (const FieldDef& f : def.fields)
                        added.insert(f.column, pr.value(f.column));
                    // Ministry-only values are not taken from a package.
                    for (const FieldDef& f : def.fields)
                        if (f.ministryOnly && !pr.value(f.column).isNull() &&
                            f.column != QLatin1String("status"))
                            added.insert(f.column, QVariant());
                    if (e == Entity::Project) {
                        const QString status = pr.value(QStringLiteral("status")).toString();
                        if (status != QLatin1String("draft") && status != QLatin1String("submitted"))
                            added.insert(QStringLiteral("status"), QStringLiteral("submitted"));
                    }
                    p.additions << MergeChange{e, uid, label, {}, added};
                    continue;
                }
                if (!inWorkspace) {
                    const Record& br = base.value(uid);
                    bool changed = false;
                    for (const FieldDef& f : def.fields)
                        changed |= !same(br.value(f.column), pr.value(f.column));
                    if (!changed)
                        continue;
                    if (!inScope) {
                        p.rejected << MergeRejection{e, uid, label, QString(),
                                                     tr("belongs to another institution")};
                        continue;
                    }
                    // The ministry deleted it; the institution went on changing it. Offered, never assumed.
                    Record values;
                    for (const FieldDef& f : def.fields)
                        values.insert(f.column, f.ministryOnly ? br.value(f.column) : pr.value(f.column));
                    p.restorations << MergeRestoration{e, uid, label, values, false};
                    continue;
                }
                const Record& wr = workspace.value(uid);
                const Record br = inBase ? base.value(uid) : wr; // added earlier by a merge of this package
                MergeChange update{e, uid, label, {}, {}};
                for (const FieldDef& f : def.fields) {
                    const QVariant b = br.value(f.column);
                    const QVariant pv = pr.value(f.column);
                    const QVariant wv = wr.value(f.column);
                    if (same(b, pv) || same(pv, wv))
                        continue; // unchanged in the package, or already the same in the workspace
                    if (!inScope) {
                        p.rejected << MergeRejection{e, uid, label, f.column,
                                                     tr("belongs to another institution")};
                        continue;
                    }
                    if (f.ministryOnly) {
                        const bool allowedStatus = f.column == QLatin1String("status") &&
                                                   b.toString() == QLatin1String("draft") &&
                                                   pv.toString() == QLatin1String("submitted");
                        if (!allowedStatus) {
                            p.rejected
                                << MergeRejection{e, uid, label, f.column,
                                                  tr("a ministry-only field cannot be changed in a package")};
                            continue;
                        }
                    }
                    if (same(b, wv)) {
                        update.before.insert(f.column, wv);
                        update.after.insert(f.column, pv);
                    } else {
                        p.conflicts << MergeConflict{e, uid, label, f.column,
                                                     b, wv,  pv,    MergeConflict::Choice::Undecided};
                    }
                }
                if (!update.after.isEmpty())
                    p.updates << update;
            }
            for (auto it = base.cbegin(); it != base.cend(); ++it)
                if (!package.contains(it.key()) && workspace.contains(it.key()))
                    p.deletions << MergeDeletion{e, it.key(), labelOf(workspace.value(it.key())), false};
        }
        pkg.close();
        if (!failure.isEmpty()) {
            pkg = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            if (error)
                *error = tr("The merge of “%1” was not planned: %2").arg(path, failure);
            return false;
        }
    }
    QSqlDatabase::removeDatabase(name);
    *plan = p;
    return true;
}

bool PackageMerger::batch(const MergePlan& plan, EditBatch* out, QString* error)
{
    if (plan.hasUndecidedConflicts()) {
        if (error)
            *error =
                tr("%n conflict(s) must be decided first (keep the ministry's value or take the package's).",
                   nullptr, int(plan.conflicts.size()));
        return false;
    }
    EditBatch b;
    b.description = tr("merge of the package of %1").arg(plan.info.institutionName);
    // Additions and records put back first, in reference order, then changes, then accepted deletions
    // (children first).
    for (const Entity e : InstitutionPackage::carried()) {
        for (const MergeRestoration& back : plan.restorations)
            if (back.accept && back.entity == e)
                b.rows << RowEdit{RowEdit::Op::Insert, e, back.uid, {}, back.values};
        for (const MergeChange& a : plan.additions)
            if (a.entity == e)
                b.rows << RowEdit{RowEdit::Op::Insert, e, a.uid, {}, a.after};
    }
    QHash<QString, int> at;
    for (const MergeChange& u : plan.updates) {
        RowEdit r;
        r.op = RowEdit::Op::Update;
        r.entity = u.entity;
        r.uid = u.uid;
        r.before = u.before;
        r.after = u.after;
        at.insert(u.uid, int(b.rows.size()));
        b.rows << r;
    }
    for (const MergeConflict& c : plan.conflicts) {
        if (c.choice != MergeConflict::Choice::Package)
            continue;
        if (!at.contains(c.uid)) {
            RowEdit r;
            r.op = RowEdit::Op::Update;
            r.entity = c.entity;
            r.uid = c.uid;
            at.insert(c.uid, int(b.rows.size()));
            b.rows << r;
        }
        RowEdit& r = b.rows[at.value(c.uid)];
        r.before.insert(c.field, c.ministry);
        r.after.insert(c.field, c.package);
    }
    QList<MergeDeletion> deletions = plan.deletions;
    std::reverse(deletions.begin(), deletions.end());
    for (const MergeDeletion& d : deletions) {
        if (!d.accept)
            continue;
        RowEdit r;
        r.op = RowEdit::Op::Delete;
        r.entity = d.entity;
        r.uid = d.uid;
        b.rows << r;
    }
    b.note = EditBatch::Note{
        QStringLiteral("package"), plan.info.packageId,
        tr("package of %1 made %2 by %3: %4")
            .arg(plan.info.institutionName, plan.info.createdAt, plan.info.createdBy, plan.summary())};
    *out = b;
    return true;
}

} // namespace mcfund
