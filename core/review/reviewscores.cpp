#include "reviewscores.h"

#include "storage/recordstore.h"
#include "storage/rowstatement.h"
#include "storage/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace mcfund {

QList<ReviewCriterion> ReviewScores::criteria(const QSqlDatabase& db, const QString& roundUid, QString* error)
{
    QList<ReviewCriterion> out;
    QSqlQuery q(db);
    const bool prepared = q.prepare(QStringLiteral(
        "SELECT uid, name_en, name_fr, weight, max_score FROM review_criterion WHERE round_uid = ? "
        "ORDER BY sort_order, rowid"));
    q.addBindValue(roundUid);
    if (prepared && q.exec())
        while (q.next())
            out << ReviewCriterion{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toInt(), q.value(4).toInt()};
    if (q.lastError().isValid()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    return out;
}

bool ReviewScores::weightedTotal(const QList<ReviewCriterion>& criteria, const QHash<QString, int>& scores,
                                 double* total)
{
    double sum = 0, weights = 0;
    for (const ReviewCriterion& c : criteria) {
        if (!scores.contains(c.uid) || c.maxScore <= 0)
            return false;
        sum += double(c.weight) * double(scores.value(c.uid)) / double(c.maxScore);
        weights += c.weight;
    }
    if (weights <= 0)
        return false;
    *total = 100.0 * sum / weights;
    return true;
}

Consensus ReviewScores::consensus(const QSqlDatabase& db, const QString& projectUid, int disagreementPoints,
                                  QString* error)
{
    Consensus c;
    auto fail = [error](const QString& reason) {
        if (error)
            *error = tr("Cannot read the scores of this application: %1").arg(reason);
        return Consensus();
    };
    QSqlQuery round(db);
    bool prepared = round.prepare(QStringLiteral("SELECT round_uid FROM project WHERE uid = ?"));
    round.addBindValue(projectUid);
    if (!prepared || !round.exec())
        return fail(round.lastError().text());
    if (!round.next())
        return round.lastError().isValid() ? fail(round.lastError().text()) : c; // no such application
    QString why;
    const QList<ReviewCriterion> rubric = criteria(db, round.value(0).toString(), &why);
    if (!why.isEmpty())
        return fail(why);
    QSqlQuery q(db);
    prepared = q.prepare(QStringLiteral("SELECT reviewer, criterion_uid, score, comment FROM review WHERE "
                                        "project_uid = ? ORDER BY reviewer"));
    q.addBindValue(projectUid);
    QHash<QString, int> index;
    if (!prepared || !q.exec())
        return fail(q.lastError().text());
    while (q.next()) {
        const QString who = q.value(0).toString();
        if (!index.contains(who)) {
            index.insert(who, int(c.reviewers.size()));
            c.reviewers << ReviewerScores{who, {}, {}, false, 0};
        }
        ReviewerScores& r = c.reviewers[index.value(who)];
        r.scores.insert(q.value(1).toString(), q.value(2).toInt());
        r.comments.insert(q.value(1).toString(), q.value(3).toString());
    }
    if (q.lastError().isValid())
        return fail(q.lastError().text());
    QList<double> totals;
    for (ReviewerScores& r : c.reviewers) {
        r.complete = weightedTotal(rubric, r.scores, &r.total);
        if (r.complete)
            totals << r.total;
    }
    if (!totals.isEmpty()) {
        double sum = 0;
        for (double t : totals)
            sum += t;
        c.mean = sum / double(totals.size());
        c.spread =
            *std::max_element(totals.begin(), totals.end()) - *std::min_element(totals.begin(), totals.end());
        c.disagreement = totals.size() > 1 && c.spread > disagreementPoints;
    }
    for (const ReviewCriterion& k : rubric) {
        int lo = INT_MAX, hi = INT_MIN;
        for (const ReviewerScores& r : c.reviewers)
            if (r.scores.contains(k.uid)) {
                lo = std::min(lo, r.scores.value(k.uid));
                hi = std::max(hi, r.scores.value(k.uid));
            }
        if (hi != INT_MIN && (hi - lo) * 2 > k.maxScore)
            c.disputedCriteria << k.uid;
    }
    return c;
}

QList<RankedApplication> ReviewScores::ranking(const QSqlDatabase& db, const QString& roundUid,
                                               int disagreementPoints, std::optional<Money>* envelope,
                                               QString* error)
{
    QList<RankedApplication> rows;
    const auto fail = [error](const QString& why) {
        if (error)
            *error = tr("Cannot read the ranking of the round: %1").arg(why);
        return QList<RankedApplication>();
    };
    QString why;
    const QList<ReviewCriterion> rubric = criteria(db, roundUid, &why);
    if (!why.isEmpty())
        return fail(why);
    QSqlQuery e(db);
    const bool prepared = e.prepare(QStringLiteral("SELECT envelope_cents FROM funding_round WHERE uid = ?"));
    e.addBindValue(roundUid);
    const bool hasRound = prepared && e.exec() && e.next();
    if (e.lastError().isValid())
        return fail(e.lastError().text());
    if (envelope)
        *envelope = hasRound && !e.value(0).isNull() ? std::optional<Money>(Money(e.value(0).toLongLong()))
                                                     : std::nullopt;
    // The three reads through SQLite's C API (RowStatement): Qt's driver had SQLite convert each value to
    // UTF-16, a tenth of the command's time on a round of thousands of applications.
    RowStatement q(
        db,
        QStringLiteral("SELECT p.uid, p.title_en, p.title_fr, i.name_en, i.name_fr, p.status, "
                       "p.requested_cents, p.approved_cents "
                       "FROM project p JOIN institution i ON i.uid = p.institution_uid WHERE p.round_uid = ? "
                       "AND p.status IN ('submitted', 'in_review', 'approved', 'completed')"));
    q.bind(0, roundUid);
    if (!q.exec())
        return fail(q.lastError());
    QHash<QString, int> at;
    while (q.next()) {
        RankedApplication r;
        r.uid = q.value(0).toString();
        r.titleEn = q.value(1).toString();
        r.titleFr = q.value(2).toString();
        r.institutionEn = q.value(3).toString();
        r.institutionFr = q.value(4).toString();
        r.status = q.value(5).toString();
        if (!q.value(6).isNull())
            r.requested = Money(q.value(6).toLongLong());
        if (!q.value(7).isNull())
            r.approved = Money(q.value(7).toLongLong());
        r.amount = r.approved ? *r.approved : r.requested.value_or(Money());
        at.insert(r.uid, int(rows.size()));
        rows << r;
    }
    if (!q.lastError().isEmpty())
        return fail(q.lastError());
    // All reviews of the round in one pass.
    RowStatement s(
        db, QStringLiteral("SELECT v.project_uid, v.reviewer, v.criterion_uid, v.score FROM review v JOIN "
                           "project p ON p.uid = v.project_uid "
                           "WHERE p.round_uid = ?"));
    s.bind(0, roundUid);
    QHash<QString, QHash<QString, QHash<QString, int>>> scores; // project → reviewer → criterion → score
    if (s.exec())
        while (s.next())
            scores[s.value(0).toString()][s.value(1).toString()].insert(s.value(2).toString(),
                                                                        s.value(3).toInt());
    if (!s.lastError().isEmpty())
        return fail(s.lastError());
    // Who is assigned to each application (a declared conflict is not an assignment).
    RowStatement a(
        db, QStringLiteral("SELECT a.project_uid, COUNT(*) FROM assignment a JOIN project p ON p.uid = "
                           "a.project_uid WHERE p.round_uid = ? AND a.conflict = 0 GROUP BY a.project_uid"));
    a.bind(0, roundUid);
    if (a.exec())
        while (a.next())
            if (at.contains(a.value(0).toString()))
                rows[at.value(a.value(0).toString())].assigned = a.value(1).toInt();
    if (!a.lastError().isEmpty())
        return fail(a.lastError());
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        if (!at.contains(it.key()))
            continue;
        RankedApplication& r = rows[at.value(it.key())];
        QList<double> totals;
        for (auto rv = it.value().cbegin(); rv != it.value().cend(); ++rv) {
            double total = 0;
            if (weightedTotal(rubric, rv.value(), &total))
                totals << total;
        }
        r.reviewers = int(it.value().size());
        r.complete = int(totals.size());
        if (!totals.isEmpty()) {
            double sum = 0;
            for (double t : totals)
                sum += t;
            r.score = sum / double(totals.size());
            r.spread = *std::max_element(totals.begin(), totals.end()) -
                       *std::min_element(totals.begin(), totals.end());
            r.disagreement = totals.size() > 1 && r.spread > disagreementPoints;
        }
    }
    for (RankedApplication& r : rows)
        r.incomplete = r.assigned > r.complete;
    // Scores compare at two decimals, so that equal scores share a rank whatever the rounding.
    auto key = [](const RankedApplication& r) { return r.score ? std::llround(*r.score * 100.0) : -1LL; };
    std::stable_sort(rows.begin(), rows.end(), [&](const RankedApplication& a, const RankedApplication& b) {
        if (a.incomplete != b.incomplete)
            return !a.incomplete;
        if (key(a) != key(b))
            return key(a) > key(b);
        if (a.amount != b.amount)
            return a.amount < b.amount;
        return (a.titleEn.isEmpty() ? a.titleFr : a.titleEn) < (b.titleEn.isEmpty() ? b.titleFr : b.titleEn);
    });
    Money running;
    for (int i = 0; i < rows.size(); ++i) {
        RankedApplication& r = rows[i];
        r.rank = (i > 0 && key(rows.at(i - 1)) == key(r) && rows.at(i - 1).incomplete == r.incomplete)
                     ? rows.at(i - 1).rank
                     : i + 1;
        running += r.amount;
        r.cumulative = running;
        r.withinEnvelope = !envelope || !*envelope || running <= **envelope;
    }
    return rows;
}

EditBatch ReviewScores::scoreBatch(const QSqlDatabase& db, const QString& projectUid, const QString& reviewer,
                                   const QList<ScoreEntry>& entries, const QString& description,
                                   QString* error)
{
    EditBatch batch;
    batch.description = description;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT uid, score, comment FROM review WHERE project_uid = ? AND "
                             "criterion_uid = ? AND reviewer = ?"));
    for (const ScoreEntry& e : entries) {
        const QString comment = e.comment.trimmed();
        const QVariant commentValue = comment.isEmpty() ? QVariant() : QVariant(comment);
        q.addBindValue(projectUid);
        q.addBindValue(e.criterionUid);
        q.addBindValue(reviewer);
        if (!q.exec()) {
            if (error)
                *error = tr("The scores could not be read: %1").arg(q.lastError().text());
            return EditBatch();
        }
        const bool exists = q.next();
        RowEdit r;
        r.entity = Entity::Review;
        if (exists && e.score < 0) {
            r.op = RowEdit::Op::Delete;
            r.uid = q.value(0).toString();
        } else if (exists) {
            if (q.value(1).toInt() == e.score && q.value(2).toString() == comment)
                continue;
            r.op = RowEdit::Op::Update;
            r.uid = q.value(0).toString();
            r.after = {{QStringLiteral("score"), e.score}, {QStringLiteral("comment"), commentValue}};
        } else if (e.score >= 0) {
            r.op = RowEdit::Op::Insert;
            r.uid = RecordStore::newUid();
            r.after = {{QStringLiteral("project_uid"), projectUid},
                       {QStringLiteral("criterion_uid"), e.criterionUid},
                       {QStringLiteral("reviewer"), reviewer},
                       {QStringLiteral("score"), e.score},
                       {QStringLiteral("comment"), commentValue}};
        } else {
            continue;
        }
        q.finish();
        batch.rows << r;
    }
    return batch;
}

} // namespace mcfund
