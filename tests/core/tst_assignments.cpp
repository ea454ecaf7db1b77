// Reviewing as a team: assignments filled and balanced, conflicts of interest, progress, the ranking's
// incomplete applications, and the review command. Runs on a SQLite file and on PostgreSQL (the _postgresql
// variant); what each reviewer may read and write on a shared workspace is tested in tst_server.
#include "testworkspace.h"

#include "edits/editengine.h"
#include "review/assignments.h"
#include "review/reviewscores.h"
#include "review/roundrules.h"
#include "storage/repository.h"

#include <QSet>
#include <QSqlError>
#include <QUrl>

using namespace mcfund;

namespace {

using test::value;

const QStringList kTeam = {QStringLiteral("rita"), QStringLiteral("rami"), QStringLiteral("remy")};

} // namespace

class TestAssignments : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_opened = 0;

    // A workspace whose Round 2 applications are submitted and waiting for review, with three reviewers.
    QString open(Database* db, QString* round)
    {
        const QString where = test::workspace(m_dir, QStringLiteral("a%1.sqlite").arg(++m_opened));
        QString error;
        if (!db->open(where, &error))
            qFatal("%s", qPrintable(error));
        if (test::onServer()) {
            const QString name = QUrl(where).path().mid(1);
            for (const QString& r : kTeam)
                test::PgCluster::instance().addUser(name, r, Server::Role::Reviewer);
        }
        QSqlQuery q(db->connection());
        *round = Repository(db->connection()).roundByNumber(2)->uid;
        q.prepare(QStringLiteral(
            "UPDATE project SET status = 'submitted', approved_cents = NULL WHERE round_uid = ?"));
        q.addBindValue(*round);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        return where;
    }

    bool apply(Database& db, EditBatch& batch, const QString& user = QStringLiteral("olivia"))
    {
        EditEngine engine(db.connection(), user);
        QList<EditProblem> problems;
        const bool ok = engine.apply(batch, QStringLiteral("review"), &problems);
        if (!ok)
            qWarning("%s", qPrintable(EditEngine::describe(batch, problems)));
        return ok;
    }

    // \a reviewer scores every criterion of \a project (3 of 5, or \a score).
    void scoreAll(Database& db, const QString& project, const QString& reviewer, const QString& round,
                  int score = 3)
    {
        EditBatch batch;
        batch.description = QStringLiteral("scores");
        for (const ReviewCriterion& c : ReviewScores::criteria(db.connection(), round)) {
            RowEdit r;
            r.op = RowEdit::Op::Insert;
            r.entity = Entity::Review;
            r.after = {{QStringLiteral("project_uid"), project},
                       {QStringLiteral("criterion_uid"), c.uid},
                       {QStringLiteral("reviewer"), reviewer},
                       {QStringLiteral("score"), qMin(score, c.maxScore)}};
            batch.rows << r;
        }
        QVERIFY(!batch.rows.isEmpty());
        QVERIFY(apply(db, batch, reviewer));
    }

    // A fresh workspace where rita and rami, by hand, review the first two applications of Round 2.
    bool ritaAndRamiOnTwo(Database* db, QString* round, QStringList* apps)
    {
        open(db, round);
        *apps = Assignments::applications(db->connection(), *round);
        EditBatch batch;
        QString error;
        return Assignments::planAssign(db->connection(), apps->mid(0, 2),
                                       {QStringLiteral("rita"), QStringLiteral("rami")}, &batch, &error) &&
               batch.rows.size() == 4 && apply(*db, batch);
    }

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void automaticAssignmentFillsAndBalances()
    {
        Database db;
        QString round;
        open(&db, &round);
        const QStringList apps = Assignments::applications(db.connection(), round);
        QCOMPARE(apps.size(), 88);
        EditBatch batch;
        int missing = -1;
        QString error;
        QVERIFY2(Assignments::planAutomatic(db.connection(), round, 2, kTeam, &batch, &missing, &error),
                 qPrintable(error));
        QCOMPARE(missing, 0);
        QCOMPARE(batch.rows.size(), 176);
        QVERIFY(apply(db, batch));
        const QList<AssignmentRow> rows = Assignments::list(db.connection(), round, QStringLiteral("en"));
        QCOMPARE(rows.size(), 176);
        const QHash<QString, ReviewProgress> byApp = Assignments::progressByApplication(rows);
        QCOMPARE(byApp.size(), 88);
        for (const QString& a : apps)
            QCOMPARE(byApp.value(a).assigned, 2);
        const QHash<QString, ReviewProgress> byReviewer = Assignments::progressByReviewer(rows);
        QList<int> loads;
        for (const QString& r : kTeam)
            loads << byReviewer.value(r).assigned;
        QCOMPARE(loads.size(), 3);
        QVERIFY2(*std::max_element(loads.begin(), loads.end()) -
                         *std::min_element(loads.begin(), loads.end()) <=
                     1,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(loads[0]).arg(loads[1]).arg(loads[2])));
        // Nobody twice on one application.
        QSet<QPair<QString, QString>> pairs;
        for (const AssignmentRow& r : rows)
            pairs.insert({r.projectUid, r.reviewer});
        QCOMPARE(pairs.size(), 176);
        // Again: nothing is missing, nothing changes.
        EditBatch again;
        QVERIFY(Assignments::planAutomatic(db.connection(), round, 2, kTeam, &again, &missing, &error));
        QVERIFY(again.isEmpty());
        // Three per application: only the gap is filled, the loads stay within one.
        QVERIFY(Assignments::planAutomatic(db.connection(), round, 3, kTeam, &again, &missing, &error));
        QCOMPARE(again.rows.size(), 88);
        QVERIFY(apply(db, again));
        QCOMPARE(value(db.connection(), QStringLiteral("SELECT COUNT(*) FROM assignment")).toInt(), 264);
        // Four per application from three reviewers cannot be done: 88 places are short, none written twice.
        EditBatch four;
        QVERIFY(Assignments::planAutomatic(db.connection(), round, 4, kTeam, &four, &missing, &error));
        QVERIFY(four.isEmpty());
        QCOMPARE(missing, 88);
        // The assignments are in the change log, under the officer, and undone as one batch.
        QCOMPARE(value(db.connection(),
                       QStringLiteral(
                           "SELECT COUNT(*) FROM change_log WHERE entity = 'assignment' AND \"user\" = ?"),
                       {test::loggedAs(QStringLiteral("olivia"))})
                     .toInt(),
                 264);
        EditBatch undo = again.inverse();
        QVERIFY(apply(db, undo));
        QCOMPARE(value(db.connection(), QStringLiteral("SELECT COUNT(*) FROM assignment")).toInt(), 176);
    }

    void aReadThatFailsIsAnErrorNotAFigure()
    {
        // Which assignments are scored, and which reviewer comes from which institution (a conflict of
        // interest), are read from the database; when a read fails the answer is an error, never "nobody
        // has scored" or "nobody has a conflict".
        Database db;
        QString round;
        open(&db, &round);
        EditBatch batch;
        int missing = -1;
        QString error;
        QVERIFY2(Assignments::planAutomatic(db.connection(), round, 2, kTeam, &batch, &missing, &error),
                 qPrintable(error));
        QVERIFY(apply(db, batch));
        QCOMPARE(Assignments::list(db.connection(), round, QStringLiteral("en"), &error).size(), 176);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE review_criterion RENAME TO review_criterion_away")),
                 qPrintable(q.lastError().text()));
        const QList<AssignmentRow> rows =
            Assignments::list(db.connection(), round, QStringLiteral("en"), &error);
        QVERIFY(rows.isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("Cannot read the reviews of the round: ")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("review_criterion")),
                 qPrintable(error)); // the database's reason
        if (!test::onServer()) {
            // Here the reviewers are the names with an assignment or a score.
            QVERIFY2(!Assignments::reviewers(db.connection(), &error).isEmpty(), qPrintable(error));
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE review RENAME TO review_away")),
                     qPrintable(q.lastError().text()));
            error.clear();
            QVERIFY(Assignments::reviewers(db.connection(), &error).isEmpty());
            QVERIFY2(error.startsWith(QStringLiteral("Cannot read the reviewers: ")), qPrintable(error));
            return; // reviewers have institutions on a shared workspace only
        }
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE review_criterion_away RENAME TO review_criterion")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE workspace_user RENAME TO workspace_user_away")),
                 qPrintable(q.lastError().text()));
        error.clear();
        EditBatch more;
        QVERIFY(!Assignments::planAutomatic(db.connection(), round, 3, kTeam, &more, &missing, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot read the reviewers' institutions: ")),
                 qPrintable(error));
        QVERIFY(more.rows.isEmpty());
        error.clear();
        QVERIFY(!Assignments::planAssign(db.connection(),
                                         Assignments::applications(db.connection(), round).mid(0, 1), kTeam,
                                         &more, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot read the reviewers' institutions: ")),
                 qPrintable(error));
        error.clear();
        QVERIFY(Assignments::list(db.connection(), round, QStringLiteral("en"), &error).isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("Cannot read the reviewers' institutions: ")),
                 qPrintable(error));
        // Here the reviewers are the shared workspace's reviewer accounts.
        error.clear();
        QVERIFY(Assignments::reviewers(db.connection(), &error).isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("Cannot read the reviewers: ")), qPrintable(error));
    }

    void assignmentsReadOnlyInPartAreAnError()
    {
        // The last page of the assignments cannot be read (a failing disk under a file whose check still
        // stands): the places already taken are an error, never a shorter list whose missing places would be
        // filled a second time.
        if (test::onServer())
            QSKIP("a damaged page is a file's");
        Database db;
        QString round;
        const QString path = open(&db, &round);
        EditBatch batch;
        int missing = -1;
        QString error;
        QVERIFY2(Assignments::planAutomatic(db.connection(), round, 2, kTeam, &batch, &missing, &error),
                 qPrintable(error));
        QVERIFY(apply(db, batch));
        db.close();
        QVERIFY(test::damageLastLeaf(path, QStringLiteral("assignment")));
        QVERIFY2(db.open(path, &error), qPrintable(error));
        EditBatch more;
        QVERIFY(!Assignments::planAutomatic(db.connection(), round, 3, kTeam, &more, &missing, &error));
        QVERIFY2(error.contains(QStringLiteral("malformed")), qPrintable(error));
        QVERIFY(more.rows.isEmpty());
    }

    void refusedArguments()
    {
        Database db;
        QString round;
        open(&db, &round);
        EditBatch batch;
        int missing = 0;
        QString error;
        QVERIFY(!Assignments::planAutomatic(db.connection(), round, 0, kTeam, &batch, &missing, &error));
        QCOMPARE(error, QStringLiteral("Each application needs at least one reviewer."));
        QVERIFY(!Assignments::planAutomatic(db.connection(), round, 2, {}, &batch, &missing, &error));
        QCOMPARE(error, QStringLiteral("There is no reviewer to assign."));
        const QString app = Assignments::applications(db.connection(), round).first();
        QVERIFY(!Assignments::planConflict(db.connection(), app, QStringLiteral("rita"), QStringLiteral("  "),
                                           &batch, &error));
        QCOMPARE(error,
                 QStringLiteral("Say why there is a conflict of interest: the reason is kept on record."));
        QVERIFY(!Assignments::planConflict(db.connection(), QStringLiteral("no-such-project"),
                                           QStringLiteral("rita"), QStringLiteral("why"), &batch, &error));
        QCOMPARE(error, QStringLiteral("The application no-such-project does not exist."));
    }

    void conflictTakesTheReviewerOffAndRemovesTheirScores()
    {
        Database db;
        QString round;
        open(&db, &round);
        EditBatch batch;
        int missing = 0;
        QString error;
        QVERIFY(Assignments::planAutomatic(db.connection(), round, 2, kTeam, &batch, &missing, &error));
        QVERIFY(apply(db, batch));
        const QString app = value(db.connection(),
                                  QStringLiteral("SELECT project_uid FROM assignment WHERE reviewer = 'rita' "
                                                 "ORDER BY project_uid LIMIT 1"))
                                .toString();
        QVERIFY(!app.isEmpty());
        scoreAll(db, app, QStringLiteral("rita"), round);
        QList<AssignmentRow> rows = Assignments::list(db.connection(), round, QStringLiteral("en"));
        auto stateOf = [&](const QString& reviewer) {
            for (const AssignmentRow& r : rows)
                if (r.projectUid == app && r.reviewer == reviewer)
                    return Assignments::stateCode(r.state);
            return QString();
        };
        QCOMPARE(stateOf(QStringLiteral("rita")), QStringLiteral("scored"));
        QCOMPARE(Assignments::progressByReviewer(rows).value(QStringLiteral("rita")).scored, 1);
        const int scores =
            value(db.connection(), QStringLiteral("SELECT COUNT(*) FROM review WHERE reviewer = 'rita'"))
                .toInt();
        QVERIFY(scores >= 3);

        EditBatch conflict;
        QVERIFY2(Assignments::planConflict(db.connection(), app, QStringLiteral("rita"),
                                           QStringLiteral("Former employee of the institution"), &conflict,
                                           &error),
                 qPrintable(error));
        QVERIFY(apply(db, conflict, QStringLiteral("rita")));
        rows = Assignments::list(db.connection(), round, QStringLiteral("en"));
        QCOMPARE(stateOf(QStringLiteral("rita")), QStringLiteral("conflict"));
        QCOMPARE(value(db.connection(), QStringLiteral("SELECT COUNT(*) FROM review WHERE reviewer = 'rita'"))
                     .toInt(),
                 0);
        QCOMPARE(value(db.connection(),
                       QStringLiteral("SELECT reason FROM assignment WHERE project_uid = ? AND reviewer = "
                                      "'rita'"),
                       {app})
                     .toString(),
                 QStringLiteral("Former employee of the institution"));
        QCOMPARE(Assignments::progressByApplication(rows).value(app).assigned, 1);
        // Declared twice: refused, nothing written.
        EditBatch twice;
        QVERIFY(!Assignments::planConflict(db.connection(), app, QStringLiteral("rita"),
                                           QStringLiteral("again"), &twice, &error));
        QCOMPARE(error,
                 QStringLiteral("rita has already declared a conflict of interest on this application."));
        // The gap is filled by someone else; rita is never put back.
        EditBatch refill;
        QVERIFY(Assignments::planAutomatic(db.connection(), round, 2, kTeam, &refill, &missing, &error));
        QCOMPARE(refill.rows.size(), 1);
        QVERIFY(refill.rows.first().after.value(QStringLiteral("reviewer")).toString() !=
                QLatin1String("rita"));
        // Undone, the assignment and the scores come back as they were.
        EditBatch undo = conflict.inverse();
        QVERIFY(apply(db, undo));
        QCOMPARE(value(db.connection(), QStringLiteral("SELECT COUNT(*) FROM review WHERE reviewer = 'rita'"))
                     .toInt(),
                 scores);
        rows = Assignments::list(db.connection(), round, QStringLiteral("en"));
        QCOMPARE(stateOf(QStringLiteral("rita")), QStringLiteral("scored"));
    }

    void unassigningKeepsWhatIsOnRecord()
    {
        Database db;
        QString round;
        QStringList apps;
        QVERIFY(ritaAndRamiOnTwo(&db, &round, &apps));
        QString error;
        // Assigning the same again adds nothing.
        EditBatch same;
        QVERIFY(Assignments::planAssign(db.connection(), apps.mid(0, 2), {QStringLiteral("rita")}, &same,
                                        &error));
        QVERIFY(same.isEmpty());
        scoreAll(db, apps.at(0), QStringLiteral("rita"), round);
        EditBatch remove;
        QVERIFY(
            !Assignments::planUnassign(db.connection(), apps.at(0), QStringLiteral("rita"), &remove, &error));
        QCOMPARE(error, QStringLiteral("rita has already scored this application; the assignment stays."));
        QVERIFY(
            Assignments::planUnassign(db.connection(), apps.at(1), QStringLiteral("rita"), &remove, &error));
        QVERIFY(apply(db, remove));
        QCOMPARE(
            value(db.connection(), QStringLiteral("SELECT COUNT(*) FROM assignment WHERE reviewer = 'rita'"))
                .toInt(),
            1);
        QVERIFY(
            !Assignments::planUnassign(db.connection(), apps.at(1), QStringLiteral("rita"), &remove, &error));
        QCOMPARE(error, QStringLiteral("rita is not assigned to this application."));
    }

    void aPlaceWhoseScoresCannotBeCountedStays()
    {
        // A reviewer who has scored keeps the place: when the scores cannot be counted, the place stays too
        // and the reason is said, rather than the place being removed as if there were none.
        Database db;
        QString round;
        QStringList apps;
        QVERIFY(ritaAndRamiOnTwo(&db, &round, &apps));
        scoreAll(db, apps.at(0), QStringLiteral("rita"), round);
        QSqlQuery hide(db.connection());
        QVERIFY2(hide.exec(QStringLiteral("ALTER TABLE review RENAME TO hidden_review")),
                 qPrintable(hide.lastError().text()));
        EditBatch remove;
        QString error;
        QVERIFY(
            !Assignments::planUnassign(db.connection(), apps.at(0), QStringLiteral("rita"), &remove, &error));
        QVERIFY2(error.contains(QStringLiteral("review")) && !error.contains(QStringLiteral("scored")),
                 qPrintable(error));
        QVERIFY(remove.isEmpty());
    }

    void rankingMarksIncompleteReviews()
    {
        Database db;
        QString round;
        QStringList apps;
        QVERIFY(ritaAndRamiOnTwo(&db, &round, &apps));
        // The first: both reviewers, low scores. The second: one reviewer so far, a top score.
        scoreAll(db, apps.at(0), QStringLiteral("rita"), round, 1);
        scoreAll(db, apps.at(0), QStringLiteral("rami"), round, 1);
        scoreAll(db, apps.at(1), QStringLiteral("rita"), round, 5);
        const RoundRules rules = RoundRules::load(db.connection(), round);
        QString error;
        const QList<RankedApplication> ranking =
            ReviewScores::ranking(db.connection(), round, rules.disagreementPoints, nullptr, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto find = [&](const QString& uid) {
            for (const RankedApplication& r : ranking)
                if (r.uid == uid)
                    return r;
            return RankedApplication();
        };
        const RankedApplication done = find(apps.at(0)), partial = find(apps.at(1));
        QCOMPARE(done.assigned, 2);
        QCOMPARE(done.complete, 2);
        QVERIFY(!done.incomplete);
        QCOMPARE(partial.assigned, 2);
        QCOMPARE(partial.complete, 1);
        QVERIFY(partial.incomplete);
        QVERIFY(partial.score && done.score && *partial.score > *done.score);
        // The complete one ranks first although its score is lower.
        QCOMPARE(ranking.first().uid, apps.at(0));
        QCOMPARE(done.rank, 1);
        QVERIFY(partial.rank > done.rank);
        // The command line says so.
        const QString where = db.isServer() ? db.path() : db.path();
        const test::CliResult text = test::runCli({QStringLiteral("ranking"), QStringLiteral("--round"),
                                                   QStringLiteral("2"), QStringLiteral("--database"), where});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("[reviews incomplete: 1 of 2]")),
                 qPrintable(text.out.left(600)));
    }

    void reviewCommand()
    {
        Database db;
        QString round;
        const QString where = open(&db, &round);
        using test::runCli;
        // Bad arguments: 2, and nothing written.
        QCOMPARE(runCli({QStringLiteral("review"), QStringLiteral("--database"), where}).code, 2);
        QCOMPARE(runCli({QStringLiteral("review"), QStringLiteral("assign"), QStringLiteral("--round"),
                         QStringLiteral("2"), QStringLiteral("--database"), where})
                     .code,
                 2);
        const test::CliResult twoWays =
            runCli({QStringLiteral("review"), QStringLiteral("assign"), QStringLiteral("--round"),
                    QStringLiteral("2"), QStringLiteral("--per-application"), QStringLiteral("2.5"),
                    QStringLiteral("--database"), where});
        QCOMPARE(twoWays.code, 2);
        QVERIFY2(twoWays.err.contains(QStringLiteral("from 1 to 20, not “2.5”")), qPrintable(twoWays.err));
        QCOMPARE(runCli({QStringLiteral("review"), QStringLiteral("assign"), QStringLiteral("--round"),
                         QStringLiteral("9"), QStringLiteral("--per-application"), QStringLiteral("2"),
                         QStringLiteral("--reviewers"), kTeam.join(QLatin1Char(',')),
                         QStringLiteral("--database"), where})
                     .code,
                 1);
        QCOMPARE(value(db.connection(), QStringLiteral("SELECT COUNT(*) FROM assignment")).toInt(), 0);
        // Assign, list as CSV, and again: the same list.
        const QStringList assign = {QStringLiteral("review"),
                                    QStringLiteral("assign"),
                                    QStringLiteral("--round"),
                                    QStringLiteral("2"),
                                    QStringLiteral("--per-application"),
                                    QStringLiteral("2"),
                                    QStringLiteral("--reviewers"),
                                    kTeam.join(QLatin1Char(',')),
                                    QStringLiteral("--database"),
                                    where};
        const test::CliResult first = runCli(assign);
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.contains(QStringLiteral("176 new assignments")), qPrintable(first.out));
        const QStringList list = {QStringLiteral("review"),     QStringLiteral("assignments"),
                                  QStringLiteral("--round"),    QStringLiteral("2"),
                                  QStringLiteral("--format"),   QStringLiteral("csv"),
                                  QStringLiteral("--database"), where};
        const test::CliResult csv = runCli(list);
        QCOMPARE(csv.code, 0);
        const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts); // RFC 4180
        QCOMPARE(lines.first(), QStringLiteral("project_id,project_title,reviewer,state"));
        QCOMPARE(lines.size(), 177);
        QVERIFY(lines.at(1).endsWith(QLatin1String(",assigned")));
        QCOMPARE(runCli(assign).code, 0);
        QCOMPARE(runCli(list).out, csv.out);
        // A conflict, declared from the command line with its reason, shows in the list.
        const QString app = lines.at(1).section(QLatin1Char(','), 0, 0);
        const QString who =
            test::onServer() ? QStringLiteral("mcf_owner") : lines.at(1).section(QLatin1Char(','), -2, -2);
        QStringList conflict = {QStringLiteral("review"),     QStringLiteral("conflict"),
                                QStringLiteral("--project"),  app,
                                QStringLiteral("--reason"),   QStringLiteral("Sits on its board"),
                                QStringLiteral("--database"), where};
        if (!test::onServer())
            conflict << QStringLiteral("--reviewer") << who;
        QCOMPARE(runCli({QStringLiteral("review"), QStringLiteral("conflict"), QStringLiteral("--project"),
                         app, QStringLiteral("--database"), where})
                     .code,
                 2);
        const test::CliResult declared = runCli(conflict);
        QCOMPARE(declared.code, 0);
        QVERIFY2(declared.out.startsWith(QStringLiteral("Conflict of interest recorded for %1").arg(who)),
                 qPrintable(declared.out));
        QVERIFY(runCli(list).out.contains(QStringLiteral(",%1,conflict\r\n").arg(who)));
        const test::CliResult text =
            runCli({QStringLiteral("review"), QStringLiteral("assignments"), QStringLiteral("--round"),
                    QStringLiteral("2"), QStringLiteral("--database"), where});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("conflict of interest (Sits on its board)")),
                 qPrintable(text.out.left(800)));
        QVERIFY2(text.out.contains(QStringLiteral("rami: 0 of ")), qPrintable(text.out.right(300)));
        // Three reviewers cannot give every application four: assigned as far as possible, exit 3.
        QStringList four = assign;
        four[5] = QStringLiteral("4");
        const test::CliResult partial = runCli(four);
        QCOMPARE(partial.code, 3);
        QVERIFY2(partial.err.contains(QStringLiteral("could not be filled")), qPrintable(partial.err));
    }
};

QTEST_GUILESS_MAIN(TestAssignments)
#include "tst_assignments.moc"
