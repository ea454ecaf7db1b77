#include "domain/projectlifecycle.h"
#include "domain/translations.h"
#include "edits/editengine.h"
#include "review/auditlog.h"
#include "review/decisions.h"
#include "review/reviewscores.h"
#include "review/roundrules.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/repository.h"
#include "testworkspace.h"

#include <memory>
#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcfund;

class TestReview : public QObject
{
    Q_OBJECT
    // Each test function has a workspace of its own (init()), so that it passes alone and in any order.
    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
    QString m_round2;
    QString m_fleming;
    QString m_other;

    QString addProject(const QString& title, const QString& status, std::optional<qint64> requested,
                       const QString& type = QStringLiteral("single"), const QString& institution = QString())
    {
        Record r{{QStringLiteral("round_uid"), m_round2},
                 {QStringLiteral("institution_uid"), institution.isEmpty() ? m_fleming : institution},
                 {QStringLiteral("title_en"), title},
                 {QStringLiteral("original_language"), QStringLiteral("en")},
                 {QStringLiteral("sector_uid"), m_other},
                 {QStringLiteral("sector_assigned_by"), QStringLiteral("user")},
                 {QStringLiteral("status"), status},
                 {QStringLiteral("project_type"), type},
                 {QStringLiteral("requested_cents"), requested ? QVariant(*requested) : QVariant()}};
        QString error;
        if (!Repository(m_db.connection(),
                        ChangeContext{QStringLiteral("setup"), QStringLiteral("dataset"), {}, {}})
                 .add(Entity::Project, r, &error))
            qFatal("%s", qPrintable(error));
        return r.value(QStringLiteral("uid")).toString();
    }
    void score(const QString& project, const QString& reviewer, const QList<int>& scores)
    {
        const QList<ReviewCriterion> rubric = ReviewScores::criteria(m_db.connection(), m_round2);
        Repository repo(m_db.connection(), ChangeContext{reviewer, QStringLiteral("review"), {}, {}});
        for (int i = 0; i < rubric.size(); ++i) {
            Record r{{QStringLiteral("project_uid"), project},
                     {QStringLiteral("criterion_uid"), rubric.at(i).uid},
                     {QStringLiteral("reviewer"), reviewer},
                     {QStringLiteral("score"), scores.value(i, scores.last())}};
            QString error;
            if (!repo.add(Entity::Review, r, &error))
                qFatal("%s", qPrintable(error));
        }
    }

    /** Three applications in review: A and B tie on score, C is lower and its reviewers disagree. */
    struct Three
    {
        QString a, b, c;
    };
    Three threeScored()
    {
        Three t{addProject(QStringLiteral("A application"), QStringLiteral("in_review"), 4000000),
                addProject(QStringLiteral("B application"), QStringLiteral("in_review"), 3000000),
                addProject(QStringLiteral("C application"), QStringLiteral("in_review"), 2000000)};
        score(t.a, QStringLiteral("r1"), {4});
        score(t.a, QStringLiteral("r2"), {4});
        score(t.b, QStringLiteral("r1"), {4});
        score(t.c, QStringLiteral("r1"), {5});
        score(t.c, QStringLiteral("r2"), {1});
        return t;
    }

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void init()
    {
        m_db.close();
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        QVERIFY2(m_db.open(test::workspace(*m_dir), &error), qPrintable(error));
        Repository repo(m_db.connection());
        m_round2 = repo.roundByNumber(2)->uid;
        m_fleming = repo.findInstitution(QStringLiteral("Fleming College"))->uid;
        m_other = repo.sectorUid(QStringLiteral("other"));
        // Round 2 starts with no application in review: the official projects are all approved.
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE project SET status = 'withdrawn'")));
    }

    void lifecycle()
    {
        QVERIFY(ProjectLifecycle::allowed(ProjectStatus::Draft, ProjectStatus::Submitted));
        QVERIFY(ProjectLifecycle::allowed(ProjectStatus::Submitted, ProjectStatus::InReview));
        QVERIFY(ProjectLifecycle::allowed(ProjectStatus::InReview, ProjectStatus::Approved));
        QVERIFY(ProjectLifecycle::allowed(ProjectStatus::InReview, ProjectStatus::Declined));
        QVERIFY(ProjectLifecycle::allowed(ProjectStatus::Approved, ProjectStatus::Completed));
        for (ProjectStatus open : {ProjectStatus::Draft, ProjectStatus::Submitted, ProjectStatus::InReview,
                                   ProjectStatus::Approved})
            QVERIFY(ProjectLifecycle::allowed(open, ProjectStatus::Withdrawn));
        QVERIFY(!ProjectLifecycle::allowed(ProjectStatus::Draft, ProjectStatus::Approved));
        QVERIFY(!ProjectLifecycle::allowed(ProjectStatus::Declined, ProjectStatus::Approved));
        QVERIFY(!ProjectLifecycle::allowed(ProjectStatus::Withdrawn, ProjectStatus::Submitted));
        QVERIFY(!ProjectLifecycle::allowed(ProjectStatus::Completed, ProjectStatus::Approved));
        QVERIFY(ProjectLifecycle::next(ProjectStatus::Declined).isEmpty());
    }

    void editedStatusFollowsTheLifecycle()
    {
        const QString p = addProject(QStringLiteral("Lifecycle by edit"), QStringLiteral("draft"), 3000000);
        EditEngine engine(m_db.connection(), QStringLiteral("alice"));
        EditBatch jump =
            EditBatch::change(Entity::Project, p, QStringLiteral("status"), QStringLiteral("draft"),
                              QStringLiteral("approved"), QStringLiteral("x"));
        QList<EditProblem> problems;
        QVERIFY(!engine.apply(jump, QStringLiteral("edit"), &problems));
        QVERIFY2(problems.first().message.contains(QStringLiteral("Submitted")),
                 qPrintable(problems.first().message));
        EditBatch submit =
            EditBatch::change(Entity::Project, p, QStringLiteral("status"), QStringLiteral("draft"),
                              QStringLiteral("submitted"), QStringLiteral("x"));
        QVERIFY(engine.apply(submit, QStringLiteral("edit"), &problems));
        // Undo restores what was, even though submitted → draft is not a forward move.
        EditBatch undo = submit.inverse();
        QVERIFY(engine.apply(undo, QStringLiteral("undo"), &problems));
        QCOMPARE(Repository(m_db.connection()).project(p)->status, QStringLiteral("draft"));
    }

    void intakeFlags()
    {
        const QString over = addProject(QStringLiteral("Over the cap"), QStringLiteral("submitted"), 6000000);
        QStringList flags = RoundRules::intakeFlags(m_db.connection(), over, QStringLiteral("en"));
        QVERIFY2(
            flags.join(u' ').contains(QStringLiteral("$60,000.00 is over the Round 2 cap of $50,000.00")),
            qPrintable(flags.join(u'|')));
        QVERIFY(flags.join(u' ').contains(QStringLiteral("partner")));
        const QString within =
            addProject(QStringLiteral("Within the cap"), QStringLiteral("submitted"), 5000000);
        flags = RoundRules::intakeFlags(m_db.connection(), within, QStringLiteral("en"));
        QVERIFY(!flags.join(u' ').contains(QStringLiteral("cap")));
        // An institution type the round does not fund.
        RoundRules rules = RoundRules::load(m_db.connection(), m_round2);
        QCOMPARE(rules.caps.value(QStringLiteral("single")).cents(), qint64(5000000));
        QVERIFY(rules.partnerRequired);
        rules.eligibleTypes = {QStringLiteral("college")};
        QString error;
        QVERIFY(rules.save(m_db.connection(), m_round2, QStringLiteral("alice"), &error));
        const QString university =
            Repository(m_db.connection()).findInstitution(QStringLiteral("Trent University"))->uid;
        const QString ineligible =
            addProject(QStringLiteral("From a university"), QStringLiteral("submitted"), 100000,
                       QStringLiteral("single"), university);
        QVERIFY(RoundRules::intakeFlags(m_db.connection(), ineligible, QStringLiteral("en"))
                    .join(u' ')
                    .contains(QStringLiteral("University institutions are not eligible")));
        QVERIFY(RoundRules::intakeFlags(m_db.connection(), ineligible, QStringLiteral("fr"))
                    .join(u' ')
                    .contains(QStringLiteral("Volet 2")));
        rules.eligibleTypes.clear();
        QVERIFY(rules.save(m_db.connection(), m_round2, QStringLiteral("alice"), &error));
        // The rule change is in the change log, with who.
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE field = 'rule:eligible_types' "
                                      "AND \"user\" = 'alice'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void intakeFlagsThatCannotBeReadAreAnErrorNotNoFlags()
    {
        // An application over its round's cap: when the round's rules cannot be read, the flags are an
        // error, never "no intake flags" for an application a reviewer must see flagged.
        const QString over = addProject(QStringLiteral("Over the cap"), QStringLiteral("submitted"), 6000000);
        QString error;
        QCOMPARE(RoundRules::intakeFlags(m_db.connection(), over, QStringLiteral("en"), &error).size(), 2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(RoundRules::load(m_db.connection(), m_round2, &error)
                     .caps.value(QStringLiteral("single"))
                     .cents(),
                 qint64(5000000));
        QSqlQuery hide(m_db.connection());
        QVERIFY2(hide.exec(QStringLiteral("ALTER TABLE round_rule RENAME TO hidden_round_rule")),
                 qPrintable(hide.lastError().text()));
        QVERIFY(RoundRules::load(m_db.connection(), m_round2, &error).caps.isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("Cannot read the rules of the round: ")) &&
                     error.contains(QStringLiteral("round_rule")),
                 qPrintable(error));
        error.clear();
        QVERIFY(RoundRules::intakeFlags(m_db.connection(), over, QStringLiteral("en"), &error).isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("Cannot read the rules of the round: ")), qPrintable(error));
        QVERIFY(hide.exec(QStringLiteral("ALTER TABLE hidden_round_rule RENAME TO round_rule")));
        QVERIFY2(hide.exec(QStringLiteral("ALTER TABLE project RENAME TO hidden_project")),
                 qPrintable(hide.lastError().text()));
        error.clear();
        QVERIFY(RoundRules::intakeFlags(m_db.connection(), over, QStringLiteral("en"), &error).isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("Cannot read the application's intake flags: ")) &&
                     error.contains(QStringLiteral("project")),
                 qPrintable(error));
        QVERIFY(hide.exec(QStringLiteral("ALTER TABLE hidden_project RENAME TO project")));
    }

    void weightedTotalsAndRankingWithTies()
    {
        const QList<ReviewCriterion> rubric = ReviewScores::criteria(m_db.connection(), m_round2);
        QCOMPARE(rubric.size(), 6);
        int weights = 0;
        for (const ReviewCriterion& c : rubric)
            weights += c.weight;
        QCOMPARE(weights, 100);
        double total = 0;
        QHash<QString, int> all5;
        for (const ReviewCriterion& c : rubric)
            all5.insert(c.uid, 5);
        QVERIFY(ReviewScores::weightedTotal(rubric, all5, &total));
        QCOMPARE(total, 100.0);
        QHash<QString, int> mixed = all5;
        mixed[rubric.at(0).uid] = 0; // weight 20 lost
        QVERIFY(ReviewScores::weightedTotal(rubric, mixed, &total));
        QCOMPARE(total, 80.0);
        mixed.remove(rubric.at(1).uid);
        QVERIFY(!ReviewScores::weightedTotal(rubric, mixed, &total)); // incomplete

        const auto [a, b, c] = threeScored();
        const Consensus cc = ReviewScores::consensus(m_db.connection(), c, 20);
        QCOMPARE(cc.reviewers.size(), 2);
        QCOMPARE(*cc.mean, 60.0);
        QCOMPARE(cc.spread, 80.0);
        QVERIFY(cc.disagreement);
        QCOMPARE(cc.disputedCriteria.size(), 6);
        std::optional<Money> envelope;
        QString error;
        const QList<RankedApplication> ranked =
            ReviewScores::ranking(m_db.connection(), m_round2, 20, &envelope, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(envelope->cents(), qint64(500000000));
        QList<QString> scored;
        for (const RankedApplication& r : ranked)
            if (r.score)
                scored << r.uid;
        // Ties share a rank and the smaller amount comes first.
        QCOMPARE(scored.mid(0, 3), (QList<QString>{b, a, c}));
        QCOMPARE(ranked.at(0).rank, 1);
        QCOMPARE(ranked.at(1).rank, 1);
        QCOMPARE(ranked.at(2).rank, 3);
        QCOMPARE(*ranked.at(0).score, 80.0);
        QCOMPARE(ranked.at(1).cumulative.cents(), qint64(7000000));
        QVERIFY(ranked.at(2).disagreement);
    }

    void aRankingThatCannotBeReadIsAnErrorNotAnEmptyRound()
    {
        threeScored();
        std::optional<Money> envelope;
        QString error;
        const qsizetype all =
            ReviewScores::ranking(m_db.connection(), m_round2, 20, &envelope, &error).size();
        QVERIFY2(all >= 3 && error.isEmpty(), qPrintable(error));
        // The reviews, then the rubric, out of reach: the ranking says so instead of ranking every
        // application as unscored.
        for (const char* table : {"review", "review_criterion"}) {
            QSqlQuery hide(m_db.connection());
            QVERIFY2(
                hide.exec(QStringLiteral("ALTER TABLE %1 RENAME TO hidden_%1").arg(QLatin1String(table))),
                qPrintable(hide.lastError().text()));
            const QList<RankedApplication> ranked =
                ReviewScores::ranking(m_db.connection(), m_round2, 20, &envelope, &error);
            QVERIFY(ranked.isEmpty());
            QVERIFY2(error.startsWith(QStringLiteral("Cannot read the ranking of the round: ")) &&
                         error.contains(QLatin1String(table)),
                     qPrintable(error));
            QVERIFY(
                hide.exec(QStringLiteral("ALTER TABLE hidden_%1 RENAME TO %1").arg(QLatin1String(table))));
            error.clear();
            QCOMPARE(ReviewScores::ranking(m_db.connection(), m_round2, 20, &envelope, &error).size(), all);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void aConsensusThatCannotBeReadIsAnErrorNotNoReviews()
    {
        const auto [a, b, c] = threeScored();
        QString error;
        QCOMPARE(ReviewScores::consensus(m_db.connection(), c, 20, &error).reviewers.size(), 2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // An application that does not exist has no reviews: that is no error.
        QVERIFY(ReviewScores::consensus(m_db.connection(), QUuid::createUuid().toString(QUuid::WithoutBraces),
                                        20, &error)
                    .reviewers.isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The reviews, the rubric, then the application out of reach: said, never "no review yet".
        for (const char* table : {"review", "review_criterion", "project"}) {
            QSqlQuery hide(m_db.connection());
            QVERIFY2(
                hide.exec(QStringLiteral("ALTER TABLE %1 RENAME TO hidden_%1").arg(QLatin1String(table))),
                qPrintable(hide.lastError().text()));
            const Consensus unread = ReviewScores::consensus(m_db.connection(), c, 20, &error);
            QVERIFY(unread.reviewers.isEmpty() && !unread.mean);
            QVERIFY2(error.startsWith(QStringLiteral("Cannot read the scores of this application: ")) &&
                         error.contains(QLatin1String(table)),
                     qPrintable(error));
            QVERIFY(
                hide.exec(QStringLiteral("ALTER TABLE hidden_%1 RENAME TO %1").arg(QLatin1String(table))));
            error.clear();
        }
        // Likewise who wrote in the change log.
        QVERIFY2(!AuditLog::users(m_db.connection(), &error).isEmpty() && error.isEmpty(), qPrintable(error));
        QSqlQuery hide(m_db.connection());
        QVERIFY2(hide.exec(QStringLiteral("ALTER TABLE change_log RENAME TO hidden_change_log")),
                 qPrintable(hide.lastError().text()));
        QVERIFY(AuditLog::users(m_db.connection(), &error).isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("Cannot read who wrote in the change log: ")) &&
                     error.contains(QLatin1String("change_log")),
                 qPrintable(error));
        QVERIFY(hide.exec(QStringLiteral("ALTER TABLE hidden_change_log RENAME TO change_log")));
    }

    void envelopeCutLine()
    {
        // Shrink the envelope to $75,000: B ($30,000) and A ($40,000) fit, C ($20,000) does not.
        const Three t = threeScored();
        QString error;
        QVERIFY(Repository(m_db.connection(),
                           ChangeContext{QStringLiteral("alice"), QStringLiteral("edit"), {}, {}})
                    .change(Entity::Round, m_round2, {{QStringLiteral("envelope_cents"), qint64(7500000)}},
                            &error));
        std::optional<Money> envelope;
        const QList<RankedApplication> ranked =
            ReviewScores::ranking(m_db.connection(), m_round2, 20, &envelope, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(envelope->cents(), qint64(7500000));
        QVERIFY(ranked.size() >= 3);
        QCOMPARE((QStringList{ranked.at(0).uid, ranked.at(1).uid, ranked.at(2).uid}),
                 (QStringList{t.b, t.a, t.c}));
        QVERIFY(ranked.at(0).withinEnvelope);
        QVERIFY(ranked.at(1).withinEnvelope);
        QVERIFY(!ranked.at(2).withinEnvelope);
    }

    void decisions()
    {
        const QSqlDatabase db = m_db.connection();
        QSqlQuery q(db);
        const Three t = threeScored();
        const QString a = t.a;
        const QString c = t.c;
        EditBatch batch;
        QString error;
        Decisions::Refusal refusal;
        DecisionRequest r{a, ProjectStatus::Approved, std::nullopt, {}, {}};
        QVERIFY(!Decisions::prepare(db, r, QStringLiteral("alice"), &batch, &error, &refusal));
        QCOMPARE(refusal, Decisions::Refusal::AmountMissing);
        r.approved = Money(4000001);
        QVERIFY(!Decisions::prepare(db, r, QStringLiteral("alice"), &batch, &error, &refusal));
        QCOMPARE(refusal, Decisions::Refusal::AboveRequested);
        r.approved = Money(4000000);
        QVERIFY2(Decisions::prepare(db, r, QStringLiteral("alice"), &batch, &error, &refusal),
                 qPrintable(error));
        EditEngine engine(db, QStringLiteral("alice"));
        QList<EditProblem> problems;
        QVERIFY(engine.apply(batch, QStringLiteral("decision"), &problems));
        QCOMPARE(Repository(db).project(a)->status, QStringLiteral("approved"));
        QCOMPARE(Repository(db).project(a)->approved->cents(), qint64(4000000));
        // C at $20,000 would bring the round to $60,000 + ... within $75,000? approved so far: A $40,000 →
        // $60,000: fits. Make it not fit: shrink the envelope to $50,000.
        QVERIFY(Repository(db, ChangeContext{QStringLiteral("alice"), QStringLiteral("edit"), {}, {}})
                    .change(Entity::Round, m_round2, {{QStringLiteral("envelope_cents"), qint64(5000000)}},
                            &error));
        DecisionRequest over{c, ProjectStatus::Approved, Money(2000000), {}, {}};
        QVERIFY(!Decisions::prepare(db, over, QStringLiteral("alice"), &batch, &error, &refusal));
        QCOMPARE(refusal, Decisions::Refusal::EnvelopeExceeded);
        QVERIFY2(error.contains(QStringLiteral("$60,000.00")) && error.contains(QStringLiteral("$50,000.00")),
                 qPrintable(error));
        over.overrideReason = QStringLiteral("Minister's priority for northern health care");
        QVERIFY(Decisions::prepare(db, over, QStringLiteral("alice"), &batch, &error, &refusal));
        QVERIFY(engine.apply(batch, QStringLiteral("decision"), &problems));
        QVERIFY(q.exec(QStringLiteral("SELECT override_reason, decided_by, approved_cents FROM decision "
                                      "WHERE project_uid = '%1'")
                           .arg(c)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Minister's priority for northern health care"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("alice"));
        QCOMPARE(q.value(2).toLongLong(), qint64(2000000));
        // Declining a completed decision is not a move the lifecycle allows.
        DecisionRequest back{c, ProjectStatus::Declined, std::nullopt, QStringLiteral("no"), {}};
        QVERIFY(!Decisions::prepare(db, back, QStringLiteral("alice"), &batch, &error, &refusal));
        QCOMPARE(refusal, Decisions::Refusal::NotAllowed);
        // An approval by editing the status cell is held to the same rules.
        const QString d = addProject(QStringLiteral("D application"), QStringLiteral("in_review"), 1000000);
        EditBatch sneaky =
            EditBatch::change(Entity::Project, d, QStringLiteral("status"), QStringLiteral("in_review"),
                              QStringLiteral("approved"), QStringLiteral("x"));
        QVERIFY(!engine.apply(sneaky, QStringLiteral("edit"), &problems));
        QVERIFY(problems.first().message.contains(QStringLiteral("approved amount")));
    }

    void anEnvelopeThatCannotBeReadRefusesTheApproval()
    {
        // Whether an approval stays within the round's envelope decides whether it needs a reason: when the
        // envelope cannot be read, the approval is refused, never let through as if it fitted.
        const QSqlDatabase db = m_db.connection();
        const QString a = addProject(QStringLiteral("A application"), QStringLiteral("in_review"), 4000000);
        QString error;
        QVERIFY(Repository(db, ChangeContext{QStringLiteral("alice"), QStringLiteral("edit"), {}, {}})
                    .change(Entity::Round, m_round2, {{QStringLiteral("envelope_cents"), qint64(1000000)}},
                            &error));
        QSqlQuery hide(db);
        QVERIFY2(hide.exec(QStringLiteral("ALTER TABLE funding_round RENAME TO hidden_funding_round")),
                 qPrintable(hide.lastError().text()));
        EditBatch batch;
        Decisions::Refusal refusal = Decisions::Refusal::None;
        const DecisionRequest approve{a, ProjectStatus::Approved, Money(2000000), {}, {}};
        QVERIFY(!Decisions::prepare(db, approve, QStringLiteral("alice"), &batch, &error, &refusal));
        QCOMPARE(refusal, Decisions::Refusal::Unknown);
        QVERIFY2(error.contains(QStringLiteral("could not be read")) &&
                     error.contains(QStringLiteral("funding_round")),
                 qPrintable(error));
        // The same approval typed in the status cell.
        EditBatch typed = EditBatch::change(Entity::Project, a, QStringLiteral("approved_cents"), QVariant(),
                                            qint64(2000000), QStringLiteral("x"));
        typed.rows.first().before.insert(QStringLiteral("status"), QStringLiteral("in_review"));
        typed.rows.first().after.insert(QStringLiteral("status"), QStringLiteral("approved"));
        QList<EditProblem> problems;
        QVERIFY(!EditEngine(db, QStringLiteral("alice")).apply(typed, QStringLiteral("edit"), &problems));
        QVERIFY2(!problems.isEmpty() &&
                     problems.first().message.contains(QStringLiteral("could not be read")),
                 qPrintable(EditEngine::describe(typed, problems)));
        QCOMPARE(Repository(db).project(a)->status, QStringLiteral("in_review"));
    }

    void auditTrail()
    {
        const QSqlDatabase db = m_db.connection();
        QSqlQuery q(db);
        const QString a = threeScored().a;
        {
            // Alice approves A: a decision, logged under her name.
            EditBatch decision;
            QString error;
            Decisions::Refusal refusal;
            QVERIFY2(Decisions::prepare(db,
                                        DecisionRequest{a, ProjectStatus::Approved, Money(4000000), {}, {}},
                                        QStringLiteral("alice"), &decision, &error, &refusal),
                     qPrintable(error));
            QList<EditProblem> problems;
            QVERIFY(EditEngine(db, QStringLiteral("alice"))
                        .apply(decision, QStringLiteral("decision"), &problems));
        }
        EditEngine engine(db, QStringLiteral("bob"));
        EditBatch edit = EditBatch::change(Entity::Project, a, QStringLiteral("target_learners"), QVariant(),
                                           qint64(40), QStringLiteral("change"));
        QList<EditProblem> problems;
        QVERIFY(engine.apply(edit, QStringLiteral("edit"), &problems));
        EditBatch undo = edit.inverse();
        QVERIFY(engine.apply(undo, QStringLiteral("undo"), &problems));
        AuditFilter f;
        f.uid = a;
        const QList<AuditEntry> history = AuditLog::read(db, f);
        QStringList seen;
        for (const AuditEntry& e : history)
            seen << e.origin + QLatin1Char(':') + e.field + QLatin1Char(':') + e.user;
        QVERIFY2(seen.contains(QStringLiteral("decision:status:") + test::loggedAs(QStringLiteral("alice"))),
                 qPrintable(seen.join(u' ')));
        QVERIFY(
            seen.contains(QStringLiteral("edit:target_learners:") + test::loggedAs(QStringLiteral("bob"))));
        QVERIFY(
            seen.contains(QStringLiteral("undo:target_learners:") + test::loggedAs(QStringLiteral("bob"))));
        // By who: on PostgreSQL everything these tests write is under the one role they connect as.
        f = AuditFilter();
        f.user = test::loggedAs(QStringLiteral("bob"));
        const qsizetype byBob = AuditLog::read(db, f).size();
        if (test::onServer())
            QVERIFY(byBob > 2);
        else
            QCOMPARE(byBob, qsizetype(2));
        f = AuditFilter();
        f.roundUid = m_round2;
        QVERIFY(AuditLog::read(db, f).size() >= 6);
        f.roundUid = Repository(db).roundByNumber(1)->uid;
        QCOMPARE(AuditLog::read(db, f).size(), 0);
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        AuditLog::writeCsv(history, &csv);
        QVERIFY2(csv.data().contains(",status,in_review,approved,decision,"), csv.data().constData());
        // Streamed from the database as the command writes it: the same bytes, and the number of entries.
        f = AuditFilter();
        f.uid = a;
        QBuffer streamed;
        streamed.open(QIODevice::WriteOnly);
        QString error;
        QCOMPARE(AuditLog::writeCsv(db, f, &streamed, &error), qint64(history.size()));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(streamed.data(), csv.data());
        // Stopping early is not a failure; the entries come in the log's order.
        QList<qint64> firstTwo;
        QVERIFY(AuditLog::forEach(db, f, [&](const AuditEntry& e) {
            firstTwo << e.id;
            return firstTwo.size() < 2;
        }));
        QCOMPARE(firstTwo, (QList<qint64>{history.at(0).id, history.at(1).id}));
        // Nobody can edit or delete the log, whatever tool they use.
        QVERIFY(!q.exec(QStringLiteral("UPDATE change_log SET \"user\" = 'mallory'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM change_log WHERE \"user\" = '%1'")
                            .arg(test::loggedAs(QStringLiteral("bob")))));
        QCOMPARE(AuditLog::read(db, AuditFilter{QString(), test::loggedAs(QStringLiteral("bob")), QString(),
                                                QString(), QString(), 0})
                     .size(),
                 byBob);
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
