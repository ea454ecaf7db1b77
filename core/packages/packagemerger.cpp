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

/**
 * The rows of one table of the package, in uid order, one at a time: the merge never holds a table in
 * memory. A table that cannot be read, or a read that fails part way, is an error in \a failure (never
 * "no more rows").
 */
class RowStream
{
public:
    RowStream(const QSqlDatabase& db, const QString& table, QString* failure)
        : m_query(db)
        , m_table(table)
        , m_failure(failure)
    {
        Sql::stream(m_query);
        if (!m_query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY uid").arg(table))) {
            fail();
            return;
        }
        advance();
    }
    bool atEnd() const { return m_atEnd; }
    const QString& uid() const { return m_uid; }
    /** The uid as SQLite orders it (its bytes in UTF-8), to walk two streams together. */
    const QByteArray& key() const { return m_key; }
    const Record& record() const { return m_record; }
    void advance()
    {
        m_record.clear();
        if (m_atEnd)
            return;
        if (!m_query.next()) {
            if (m_query.lastError().isValid())
                fail();
            m_atEnd = true;
            return;
        }
        const QSqlRecord rec = m_query.record();
        for (int i = 0; i < rec.count(); ++i)
            if (!Sql::isDerived(rec.fieldName(i)))
                m_record.insert(rec.fieldName(i), m_query.value(i));
        m_uid = m_record.value(QStringLiteral("uid")).toString();
        m_key = m_uid.toUtf8();
    }

private:
    void fail()
    {
        m_atEnd = true;
        if (m_failure->isEmpty())
            *m_failure = PackageMerger::tr("the table %1 could not be read: %2")
                             .arg(m_table, m_query.lastError().text());
    }

    QSqlQuery m_query;
    QString m_table;
    QString* m_failure;
    Record m_record;
    QString m_uid;
    QByteArray m_key;
    bool m_atEnd = false;
};

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
QString ownerOf(Entity e, const Record& r, const QHash<QString, QString>& projectInstitutions)
{
    switch (e) {
    case Entity::Institution:
        return r.value(QStringLiteral("uid")).toString();
    case Entity::ProjectPartner:
        return projectInstitutions.value(r.value(QStringLiteral("project_uid")).toString());
    default:
        return r.value(QStringLiteral("institution_uid")).toString();
    }
}

/**
 * What the merge does with package record \a pr of entity \a e: \a br is the record as exported (null when
 * the institution added it), \a wr the workspace's record (none when it is not, or no longer, there).
 */
void consider(MergePlan& p, Entity e, const Record& pr, const Record* br, const std::optional<Record>& wr,
              const QHash<QString, QString>& projectInstitutions)
{
    const EntityDef& def = Schema::entity(e);
    const QString uid = pr.value(QStringLiteral("uid")).toString();
    const QString label = labelOf(pr);
    const bool inScope = ownerOf(e, pr, projectInstitutions) == p.info.institutionUid ||
                         (e == Entity::Partner && pr.value(QStringLiteral("institution_uid")).isNull());
    if (!br && !wr) {
        if (!inScope) {
            p.rejected << MergeRejection{e, uid, label, QString(),
                                         PackageMerger::tr("belongs to another institution")};
            return;
        }
        Record added;
        for (const FieldDef& f : def.fields)
            added.insert(f.column, pr.value(f.column));
        // Ministry-only values are not taken from a package.
        for (const FieldDef& f : def.fields)
            if (f.ministryOnly && !pr.value(f.column).isNull() && f.column != QLatin1String("status"))
                added.insert(f.column, QVariant());
        if (e == Entity::Project) {
            const QString status = pr.value(QStringLiteral("status")).toString();
            if (status != QLatin1String("draft") && status != QLatin1String("submitted"))
                added.insert(QStringLiteral("status"), QStringLiteral("submitted"));
        }
        p.additions << MergeChange{e, uid, label, {}, added};
        return;
    }
    if (!wr) {
        bool changed = false;
        for (const FieldDef& f : def.fields)
            changed |= !same(br->value(f.column), pr.value(f.column));
        if (!changed)
            return;
        if (!inScope) {
            p.rejected << MergeRejection{e, uid, label, QString(),
                                         PackageMerger::tr("belongs to another institution")};
            return;
        }
        // The ministry deleted it; the institution went on changing it. Offered, never assumed.
        Record values;
        for (const FieldDef& f : def.fields)
            values.insert(f.column, f.ministryOnly ? br->value(f.column) : pr.value(f.column));
        p.restorations << MergeRestoration{e, uid, label, values, false};
        return;
    }
    const Record& base = br ? *br : *wr; // added earlier by a merge of this package
    MergeChange update{e, uid, label, {}, {}};
    for (const FieldDef& f : def.fields) {
        const QVariant b = base.value(f.column);
        const QVariant pv = pr.value(f.column);
        const QVariant wv = wr->value(f.column);
        if (same(b, pv) || same(pv, wv))
            continue; // unchanged in the package, or already the same in the workspace
        if (!inScope) {
            p.rejected << MergeRejection{e, uid, label, f.column,
                                         PackageMerger::tr("belongs to another institution")};
            continue;
        }
        if (f.ministryOnly) {
            const bool allowedStatus = f.column == QLatin1String("status") &&
                                       b.toString() == QLatin1String("draft") &&
                                       pv.toString() == QLatin1String("submitted");
            if (!allowedStatus) {
                p.rejected << MergeRejection{
                    e, uid, label, f.column,
                    PackageMerger::tr("a ministry-only field cannot be changed in a package")};
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
    const bool found = id.next();
    if (!found && id.lastError().isValid()) {
        if (error)
            *error = tr("The merge of “%1” was not planned: %2")
                         .arg(path, tr("the table %1 could not be read: %2")
                                        .arg(QStringLiteral("meta"), id.lastError().text()));
        return false;
    }
    const QString workspaceId = found ? id.value(0).toString() : QString();
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
        // The package's projects' institutions, for the scope of their partnerships (one institution's).
        QHash<QString, QString> projectInstitutions;
        for (RowStream projects(pkg, QStringLiteral("project"), &failure); !projects.atEnd();
             projects.advance())
            projectInstitutions.insert(projects.uid(),
                                       projects.record().value(QStringLiteral("institution_uid")).toString());
        const RecordStore workspace(ws, {});
        for (Entity e : PackageFormat::carried()) {
            if (!failure.isEmpty())
                break;
            const EntityDef& def = Schema::entity(e);
            // The package's rows and their base (the rows as exported) walked together in uid order, each
            // looked up in the workspace by its key.
            RowStream package(pkg, def.table, &failure);
            RowStream base(pkg, QStringLiteral("base_") + def.table, &failure);
            while (failure.isEmpty() && (!package.atEnd() || !base.atEnd())) {
                const bool inPackage = !package.atEnd() && (base.atEnd() || package.key() <= base.key());
                const bool inBase = !base.atEnd() && (package.atEnd() || base.key() <= package.key());
                const QString uid = inPackage ? package.uid() : base.uid();
                const std::optional<Record> found = workspace.get(e, uid);
                if (!found && workspace.lastError().isValid()) {
                    failure =
                        tr("the table %1 could not be read: %2").arg(def.table, workspace.lastError().text());
                    break;
                }
                if (inPackage)
                    consider(p, e, package.record(), inBase ? &base.record() : nullptr, found,
                             projectInstitutions);
                else if (found) // in the base, no longer in the package: deleted there
                    p.deletions << MergeDeletion{e, uid, labelOf(*found), false};
                if (inPackage)
                    package.advance();
                if (inBase)
                    base.advance();
            }
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
    for (const Entity e : PackageFormat::carried()) {
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
