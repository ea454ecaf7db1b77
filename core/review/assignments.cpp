#include "assignments.h"

#include "domain/textkey.h"
#include "storage/recordstore.h"
#include "storage/sqldialect.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mcfund {

namespace {

bool failWith(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QString pick(const QString& language, const QString& en, const QString& fr)
{
    if (language == QLatin1String("fr"))
        return fr.isEmpty() ? en : fr;
    return en.isEmpty() ? fr : en;
}

struct Stored
{
    QString uid;
    QString reviewer;
    bool conflict = false;
    QString reason;
};

// The stored rows of a round's applications, by application.
bool storedOf(const QSqlDatabase& db, const QString& roundUid, QHash<QString, QList<Stored>>* out,
              QString* error)
{
    QSqlQuery q(db);
    Sql::stream(q);
    q.prepare(
        QStringLiteral("SELECT a.uid, a.project_uid, a.reviewer, a.conflict, a.reason FROM assignment a "
                       "JOIN project p ON p.uid = a.project_uid WHERE p.round_uid = ?"));
    q.addBindValue(roundUid);
    if (!q.exec())
        return failWith(error, q.lastError().text());
    while (q.next())
        (*out)[q.value(1).toString()] << Stored{q.value(0).toString(), q.value(2).toString(),
                                                q.value(3).toInt() != 0, q.value(4).toString()};
    // Rows not read would be places taken for empty ones, and filled a second time.
    return !q.lastError().isValid() || failWith(error, q.lastError().text());
}

// Which reviewer has scored every criterion of which application of the round. A read that fails is an
// error, never "nobody has scored".
bool scoredOf(const QSqlDatabase& db, const QString& roundUid, QSet<QPair<QString, QString>>* out,
              QString* error)
{
    QSqlQuery n(db);
    const bool counted =
        n.prepare(QStringLiteral("SELECT COUNT(*) FROM review_criterion WHERE round_uid = ?"));
    n.addBindValue(roundUid);
    if (!counted || !n.exec() || !n.next())
        return failWith(
            error, Assignments::tr("Cannot read the reviews of the round: %1").arg(n.lastError().text()));
    const qint64 criteria = n.value(0).toLongLong();
    if (criteria <= 0)
        return true;
    QSqlQuery q(db);
    Sql::stream(q);
    const bool prepared = q.prepare(
        QStringLiteral("SELECT v.project_uid, v.reviewer, COUNT(DISTINCT v.criterion_uid) FROM review v "
                       "JOIN project p ON p.uid = v.project_uid JOIN review_criterion c ON c.uid = "
                       "v.criterion_uid AND c.round_uid = p.round_uid WHERE p.round_uid = ? "
                       "GROUP BY v.project_uid, v.reviewer"));
    q.addBindValue(roundUid);
    if (!prepared || !q.exec())
        return failWith(
            error, Assignments::tr("Cannot read the reviews of the round: %1").arg(q.lastError().text()));
    while (q.next())
        if (q.value(2).toLongLong() >= criteria)
            out->insert({q.value(0).toString(), q.value(1).toString()});
    return !q.lastError().isValid() ||
           failWith(error,
                    Assignments::tr("Cannot read the reviews of the round: %1").arg(q.lastError().text()));
}

// Each application of the round: its institution.
bool institutionsOf(const QSqlDatabase& db, const QString& roundUid, QHash<QString, QString>* out,
                    QString* error)
{
    QSqlQuery q(db);
    Sql::stream(q);
    const bool prepared =
        q.prepare(QStringLiteral("SELECT uid, institution_uid FROM project WHERE round_uid = ?"));
    q.addBindValue(roundUid);
    if (!prepared || !q.exec())
        return failWith(error, q.lastError().text());
    while (q.next())
        out->insert(q.value(0).toString(), q.value(1).toString());
    // Institutions not read would be conflicts of interest not seen.
    return !q.lastError().isValid() || failWith(error, q.lastError().text());
}

RowEdit insertRow(const QString& projectUid, const QString& reviewer, bool conflict, const QString& reason)
{
    RowEdit r;
    r.op = RowEdit::Op::Insert;
    r.entity = Entity::Assignment;
    r.uid = RecordStore::newUid();
    r.after = {{QStringLiteral("project_uid"), projectUid},
               {QStringLiteral("reviewer"), reviewer},
               {QStringLiteral("conflict"), conflict ? 1 : 0},
               {QStringLiteral("reason"), reason.isEmpty() ? QVariant() : QVariant(reason)}};
    return r;
}

} // namespace

QString Assignments::stateCode(AssignmentState state)
{
    switch (state) {
    case AssignmentState::Assigned:
        return QStringLiteral("assigned");
    case AssignmentState::Scored:
        return QStringLiteral("scored");
    case AssignmentState::Conflict:
        return QStringLiteral("conflict");
    }
    return QString();
}

QString Assignments::stateName(AssignmentState state)
{
    switch (state) {
    case AssignmentState::Assigned:
        return tr("assigned");
    case AssignmentState::Scored:
        return tr("scored");
    case AssignmentState::Conflict:
        return tr("conflict of interest");
    }
    return QString();
}

QStringList Assignments::applications(const QSqlDatabase& db, const QString& roundUid, QString* error)
{
    QStringList out;
    QSqlQuery q(db);
    Sql::stream(q);
    const bool prepared =
        q.prepare(QStringLiteral("SELECT uid FROM project WHERE round_uid = ? AND status IN ('submitted', "
                                 "'in_review', 'approved', 'completed') ORDER BY sort_en, uid"));
    q.addBindValue(roundUid);
    if (!prepared || !q.exec()) {
        failWith(error, q.lastError().text());
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    // An application not read would be left without reviewers and not counted as missing them.
    if (q.lastError().isValid()) {
        failWith(error, q.lastError().text());
        return {};
    }
    return out;
}

QStringList Assignments::reviewers(const QSqlDatabase& db, QString* error)
{
    QStringList out;
    QSqlQuery q(db);
    if (!(Sql::isServer(db)
              ? q.exec(QStringLiteral("SELECT name FROM workspace_user WHERE role = 'reviewer' "
                                      "ORDER BY name"))
              : q.exec(QStringLiteral("SELECT reviewer FROM assignment UNION SELECT reviewer FROM "
                                      "review ORDER BY 1")))) {
        failWith(error, tr("Cannot read the reviewers: %1").arg(q.lastError().text()));
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    if (q.lastError().isValid()) {
        failWith(error, tr("Cannot read the reviewers: %1").arg(q.lastError().text()));
        return {};
    }
    return out;
}

QHash<QString, QString> Assignments::reviewerInstitutions(const QSqlDatabase& db, QString* error)
{
    QHash<QString, QString> out;
    if (!Sql::isServer(db))
        return out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, institution_uid FROM workspace_user WHERE role = 'reviewer' AND "
                               "institution_uid IS NOT NULL"))) {
        failWith(error, tr("Cannot read the reviewers' institutions: %1").arg(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    if (q.lastError().isValid()) {
        failWith(error, q.lastError().text());
        return {};
    }
    return out;
}

QString Assignments::currentUser(const QSqlDatabase& db)
{
    if (Sql::isServer(db)) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT current_user")) && q.next() ? q.value(0).toString() : QString();
    }
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QString();
}

QList<AssignmentRow> Assignments::list(const QSqlDatabase& db, const QString& roundUid,
                                       const QString& language, QString* error)
{
    QList<AssignmentRow> out;
    QHash<QString, QList<Stored>> stored;
    if (!storedOf(db, roundUid, &stored, error))
        return out;
    QHash<QString, QPair<QString, QString>> titles;
    {
        QSqlQuery q(db);
        Sql::stream(q);
        q.prepare(QStringLiteral("SELECT uid, title_en, title_fr FROM project WHERE round_uid = ?"));
        q.addBindValue(roundUid);
        if (!q.exec()) {
            failWith(error, q.lastError().text());
            return out;
        }
        while (q.next())
            titles.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
        if (q.lastError().isValid()) {
            failWith(error, q.lastError().text());
            return {};
        }
    }
    QSet<QPair<QString, QString>> scored;
    if (!scoredOf(db, roundUid, &scored, error))
        return {};
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        for (const Stored& s : it.value()) {
            AssignmentRow r;
            r.uid = s.uid;
            r.projectUid = it.key();
            r.titleEn = titles.value(it.key()).first;
            r.titleFr = titles.value(it.key()).second;
            r.reviewer = s.reviewer;
            r.state = s.conflict ? AssignmentState::Conflict
                                 : (scored.contains({it.key(), s.reviewer}) ? AssignmentState::Scored
                                                                            : AssignmentState::Assigned);
            r.reason = s.reason;
            out << r;
        }
    // A reviewer from an institution has a conflict with each of its applications, declared or not: a
    // read that fails is an error, never a list without those conflicts.
    QString why;
    const QHash<QString, QString> homes = reviewerInstitutions(db, &why);
    if (!why.isEmpty()) {
        failWith(error, why);
        return {};
    }
    if (!homes.isEmpty()) {
        QHash<QString, QString> institutions;
        if (!institutionsOf(db, roundUid, &institutions, error))
            return {};
        const QStringList reviewed = applications(db, roundUid, &why);
        if (!why.isEmpty()) {
            failWith(error, why);
            return {};
        }
        for (auto h = homes.cbegin(); h != homes.cend(); ++h) {
            QSqlQuery n(db);
            n.prepare(QStringLiteral("SELECT name_en, name_fr FROM institution WHERE uid = ?"));
            n.addBindValue(h.value());
            const QString name = n.exec() && n.next()
                                     ? pick(language, n.value(0).toString(), n.value(1).toString())
                                     : h.value();
            for (const QString& p : reviewed) {
                if (institutions.value(p) != h.value())
                    continue;
                const QList<Stored>& rows = stored.value(p);
                if (std::any_of(rows.cbegin(), rows.cend(),
                                [&](const Stored& s) { return s.reviewer == h.key(); }))
                    continue;
                AssignmentRow r;
                r.projectUid = p;
                r.titleEn = titles.value(p).first;
                r.titleFr = titles.value(p).second;
                r.reviewer = h.key();
                r.state = AssignmentState::Conflict;
                r.reason = tr("The reviewer is from %1.").arg(name);
                out << r;
            }
        }
    }
    std::sort(out.begin(), out.end(), [&](const AssignmentRow& a, const AssignmentRow& b) {
        const QString ta = TextKey::of(pick(language, a.titleEn, a.titleFr));
        const QString tb = TextKey::of(pick(language, b.titleEn, b.titleFr));
        if (ta != tb)
            return ta < tb;
        if (a.projectUid != b.projectUid)
            return a.projectUid < b.projectUid;
        return a.reviewer < b.reviewer;
    });
    return out;
}

namespace {

// Live assignments (conflicts aside) and how many of them are scored, counted by \a key of each row.
QHash<QString, ReviewProgress> progressBy(const QList<AssignmentRow>& rows, QString AssignmentRow::*key)
{
    QHash<QString, ReviewProgress> out;
    for (const AssignmentRow& r : rows) {
        if (r.state == AssignmentState::Conflict)
            continue;
        ReviewProgress& p = out[r.*key];
        ++p.assigned;
        if (r.state == AssignmentState::Scored)
            ++p.scored;
    }
    return out;
}

} // namespace

QHash<QString, ReviewProgress> Assignments::progressByReviewer(const QList<AssignmentRow>& rows)
{
    return progressBy(rows, &AssignmentRow::reviewer);
}

QHash<QString, ReviewProgress> Assignments::progressByApplication(const QList<AssignmentRow>& rows)
{
    return progressBy(rows, &AssignmentRow::projectUid);
}

bool Assignments::planAutomatic(const QSqlDatabase& db, const QString& roundUid, int perApplication,
                                const QStringList& reviewers, EditBatch* batch, int* short_, QString* error)
{
    if (short_)
        *short_ = 0;
    if (perApplication < 1)
        return failWith(error, tr("Each application needs at least one reviewer."));
    QStringList pool = reviewers;
    pool.removeDuplicates();
    pool.removeAll(QString());
    std::sort(pool.begin(), pool.end());
    if (pool.isEmpty())
        return failWith(error, tr("There is no reviewer to assign."));
    QString why;
    const QStringList apps = applications(db, roundUid, &why);
    if (!why.isEmpty())
        return failWith(error, why);
    QHash<QString, QList<Stored>> stored;
    if (!storedOf(db, roundUid, &stored, error))
        return false;
    const QHash<QString, QString> homes = reviewerInstitutions(db, &why);
    if (!why.isEmpty())
        return failWith(error, why);
    QHash<QString, QString> institutions;
    if (!institutionsOf(db, roundUid, &institutions, error))
        return false;
    QHash<QString, int> load;
    for (const QString& r : std::as_const(pool))
        load.insert(r, 0);
    for (const QList<Stored>& rows : std::as_const(stored))
        for (const Stored& s : rows)
            if (!s.conflict && load.contains(s.reviewer))
                ++load[s.reviewer];
    auto taken = [&](const QString& app, const QString& reviewer) {
        const QList<Stored>& rows = stored.value(app);
        return std::any_of(rows.cbegin(), rows.cend(),
                           [&](const Stored& s) { return s.reviewer == reviewer; });
    };
    auto eligible = [&](const QString& app, const QString& reviewer) {
        return !taken(app, reviewer) &&
               (!homes.contains(reviewer) || homes.value(reviewer) != institutions.value(app));
    };
    // The applications that fewest reviewers may take are filled first, so that the others balance the loads.
    QList<QPair<int, QString>> order;
    for (int i = 0; i < apps.size(); ++i) {
        const QString& app = apps.at(i);
        const int n = int(
            std::count_if(pool.cbegin(), pool.cend(), [&](const QString& r) { return eligible(app, r); }));
        order << qMakePair(n, app);
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<RowEdit> rows;
    int missing = 0;
    for (const auto& [n, app] : std::as_const(order)) {
        Q_UNUSED(n);
        const QList<Stored>& existing = stored.value(app);
        int live = int(
            std::count_if(existing.cbegin(), existing.cend(), [](const Stored& s) { return !s.conflict; }));
        while (live < perApplication) {
            QString best;
            for (const QString& r : std::as_const(pool))
                if (eligible(app, r) && (best.isEmpty() || load.value(r) < load.value(best)))
                    best = r;
            if (best.isEmpty()) {
                missing += perApplication - live;
                break;
            }
            rows << insertRow(app, best, false, QString());
            stored[app] << Stored{rows.last().uid, best, false, QString()};
            ++load[best];
            ++live;
        }
    }
    if (short_)
        *short_ = missing;
    batch->rows = rows;
    batch->description = tr("assignment of reviewers to %n application(s)", nullptr, int(rows.size()));
    return true;
}

bool Assignments::planAssign(const QSqlDatabase& db, const QStringList& projectUids,
                             const QStringList& reviewers, EditBatch* batch, QString* error)
{
    QString why;
    const QHash<QString, QString> homes = reviewerInstitutions(db, &why);
    if (!why.isEmpty())
        return failWith(error, why);
    QList<RowEdit> rows;
    for (const QString& project : projectUids) {
        QSqlQuery p(db);
        p.prepare(QStringLiteral("SELECT institution_uid FROM project WHERE uid = ?"));
        p.addBindValue(project);
        if (!p.exec() || !p.next())
            return failWith(error, tr("The application %1 does not exist.").arg(project));
        const QString institution = p.value(0).toString();
        for (const QString& reviewer : reviewers) {
            if (reviewer.trimmed().isEmpty() || homes.value(reviewer) == institution)
                continue;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT 1 FROM assignment WHERE project_uid = ? AND reviewer = ?"));
            q.addBindValue(project);
            q.addBindValue(reviewer);
            if (!q.exec())
                return failWith(error, q.lastError().text());
            if (!q.next())
                rows << insertRow(project, reviewer.trimmed(), false, QString());
        }
    }
    batch->rows = rows;
    batch->description = tr("assignment of %n reviewer place(s)", nullptr, int(rows.size()));
    return true;
}

bool Assignments::planUnassign(const QSqlDatabase& db, const QString& projectUid, const QString& reviewer,
                               EditBatch* batch, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT uid, conflict FROM assignment WHERE project_uid = ? AND reviewer = ?"));
    q.addBindValue(projectUid);
    q.addBindValue(reviewer);
    if (!q.exec())
        return failWith(error, q.lastError().text());
    if (!q.next())
        return failWith(error, q.lastError().isValid()
                                   ? q.lastError().text()
                                   : tr("%1 is not assigned to this application.").arg(reviewer));
    if (q.value(1).toInt() != 0)
        return failWith(
            error,
            tr("%1 declared a conflict of interest on this application; it stays on record.").arg(reviewer));
    QSqlQuery s(db);
    const bool prepared =
        s.prepare(QStringLiteral("SELECT COUNT(*) FROM review WHERE project_uid = ? AND reviewer = ?"));
    s.addBindValue(projectUid);
    s.addBindValue(reviewer);
    // Scores keep their reviewer's place: when they cannot be counted, the place stays too.
    if (!prepared || !s.exec() || !s.next())
        return failWith(error, s.lastError().text());
    if (s.value(0).toLongLong() > 0)
        return failWith(error,
                        tr("%1 has already scored this application; the assignment stays.").arg(reviewer));
    RecordStore store(db, {});
    const std::optional<Record> record = store.get(Entity::Assignment, q.value(0).toString());
    if (!record && store.lastError().isValid())
        return failWith(error, store.lastError().text());
    if (!record)
        return failWith(error, tr("%1 is not assigned to this application.").arg(reviewer));
    RowEdit r;
    r.op = RowEdit::Op::Delete;
    r.entity = Entity::Assignment;
    r.uid = q.value(0).toString();
    r.before = *record;
    batch->rows = {r};
    batch->description = tr("removal of %1 from an application").arg(reviewer);
    return true;
}

bool Assignments::planConflict(const QSqlDatabase& db, const QString& projectUid, const QString& reviewer,
                               const QString& reason, EditBatch* batch, QString* error)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return failWith(error, tr("Say why there is a conflict of interest: the reason is kept on record."));
    if (reviewer.trimmed().isEmpty())
        return failWith(error, tr("Who declares the conflict is not known."));
    RecordStore store(db, {});
    const std::optional<Record> project = store.get(Entity::Project, projectUid);
    if (!project)
        return failWith(error, tr("The application %1 does not exist.").arg(projectUid));
    QList<RowEdit> rows;
    // The reviewer's scores go first, so that undoing the batch restores the assignment before them.
    QSqlQuery v(db);
    v.prepare(QStringLiteral("SELECT uid FROM review WHERE project_uid = ? AND reviewer = ? ORDER BY uid"));
    v.addBindValue(projectUid);
    v.addBindValue(reviewer);
    if (!v.exec())
        return failWith(error, v.lastError().text());
    QStringList scores;
    while (v.next())
        scores << v.value(0).toString();
    // Scores not read would stay behind the assignment they belong to.
    if (v.lastError().isValid())
        return failWith(error, v.lastError().text());
    for (const QString& uid : std::as_const(scores))
        if (const std::optional<Record> score = store.get(Entity::Review, uid)) {
            RowEdit r;
            r.op = RowEdit::Op::Delete;
            r.entity = Entity::Review;
            r.uid = uid;
            r.before = *score;
            rows << r;
        }
    QSqlQuery a(db);
    a.prepare(QStringLiteral(
        "SELECT uid, conflict, reason FROM assignment WHERE project_uid = ? AND reviewer = ?"));
    a.addBindValue(projectUid);
    a.addBindValue(reviewer);
    if (!a.exec())
        return failWith(error, a.lastError().text());
    if (a.next()) {
        if (a.value(1).toInt() != 0)
            return failWith(
                error,
                tr("%1 has already declared a conflict of interest on this application.").arg(reviewer));
        RowEdit r;
        r.op = RowEdit::Op::Update;
        r.entity = Entity::Assignment;
        r.uid = a.value(0).toString();
        r.before = {{QStringLiteral("conflict"), 0}, {QStringLiteral("reason"), a.value(2)}};
        r.after = {{QStringLiteral("conflict"), 1}, {QStringLiteral("reason"), why}};
        rows << r;
    } else {
        rows << insertRow(projectUid, reviewer, true, why);
    }
    const QString title = pick(QStringLiteral("en"), project->value(QStringLiteral("title_en")).toString(),
                               project->value(QStringLiteral("title_fr")).toString());
    batch->rows = rows;
    batch->description = tr("conflict of interest declared by %1 on “%2”").arg(reviewer, title);
    return true;
}

} // namespace mcfund
