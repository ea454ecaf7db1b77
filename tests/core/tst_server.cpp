// The shared workspace on PostgreSQL, on a real cluster that this test starts itself: server init and
// add-user, what each role may do even with SQL of its own, the change log written by the server, several
// people writing at once, bad connections, and the same answers as a SQLite workspace.
#include "pgcluster.h"
#include "testworkspace.h"

#include "cli/statscommand.h"
#include "edits/editengine.h"
#include "query/lookups.h"
#include "query/tablequery.h"
#include "query/workspacestats.h"
#include "review/auditlog.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "storage/server.h"
#include "storage/tablecopy.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mcfund;
using test::PgCluster;

namespace {

QJsonObject statsOf(Database& db)
{
    QString error;
    const WorkspaceStats s = WorkspaceStats::compute(db.connection(), &error);
    return QJsonDocument::fromJson(StatsCommand::toJson(s)).object();
}

QString flemingUid(const QString& database)
{
    return PgCluster::instance()
        .value(QStringLiteral("mcf_owner"), database,
               QStringLiteral("SELECT uid FROM institution WHERE name_en = 'Fleming College'"))
        .toString();
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

    PgCluster& pg() { return PgCluster::instance(); }

private slots:
    void initTestCase()
    {
        if (!pg().isRunning())
            QFAIL(qPrintable(QStringLiteral("the test cluster did not start: ") + pg().error()));
    }

    void initLoadsOfficialDataAndRefusesASecondTime()
    {
        const QString name = pg().newDatabase(false);
        QVERIFY(!name.isEmpty());
        const test::CliResult first = test::runCli(
            {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--database"), pg().uri(name)});
        QCOMPARE(first.code, 0);
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name, QStringLiteral("SELECT count(*) FROM project"))
                     .toInt(),
                 88);
        QCOMPARE(
            pg().value(QStringLiteral("mcf_owner"), name, QStringLiteral("SELECT count(*) FROM institution"))
                .toInt(),
            36);
        // The official data is where the history starts, as in a new workspace file: not a change.
        const qint64 log =
            pg().value(QStringLiteral("mcf_owner"), name, QStringLiteral("SELECT count(*) FROM change_log"))
                .toLongLong();
        QCOMPARE(log, qint64(0));
        const QString id = pg().value(QStringLiteral("mcf_owner"), name,
                                      QStringLiteral("SELECT value FROM meta WHERE key = 'workspace_id'"))
                               .toString();
        QVERIFY(!id.isEmpty());
        const test::CliResult again = test::runCli(
            {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--database"), pg().uri(name)});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QLatin1String("already an mcfund shared workspace")),
                 qPrintable(again.err));
        QCOMPARE(
            pg().value(QStringLiteral("mcf_owner"), name, QStringLiteral("SELECT count(*) FROM change_log"))
                .toLongLong(),
            log);
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral("SELECT value FROM meta WHERE key = 'workspace_id'"))
                     .toString(),
                 id);
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name, QStringLiteral("SELECT count(*) FROM project"))
                     .toInt(),
                 88);
    }

    void statsEqualSqlite()
    {
        QTemporaryDir dir;
        Database file, shared;
        QString error;
        QVERIFY2(file.open(dir.filePath(QStringLiteral("w.sqlite")), &error), qPrintable(error));
        QVERIFY2(shared.open(pg().uri(pg().newDatabase()), &error), qPrintable(error));
        QVERIFY(shared.isServer());
        const QJsonObject a = statsOf(file), b = statsOf(shared);
        for (const char* key : {"by_round", "by_sector", "by_institution_type"}) {
            QVERIFY(!a.value(QLatin1String(key)).toArray().isEmpty());
            QCOMPARE(b.value(QLatin1String(key)), a.value(QLatin1String(key)));
        }
    }

    void tableQueriesEqualSqlite()
    {
        QTemporaryDir dir;
        Database file, shared;
        QString error;
        QVERIFY(file.open(dir.filePath(QStringLiteral("w.sqlite")), &error));
        QVERIFY2(shared.open(pg().uri(pg().newDatabase()), &error), qPrintable(error));
        Lookups lf, ls;
        lf.load(file.connection());
        ls.load(shared.connection());
        const TableQuery qf(Entity::Project, file.connection(), &lf),
            qs(Entity::Project, shared.connection(), &ls);
        // Words in either language, accents and case ignored, as prefixes.
        for (const QString& text :
             {QStringLiteral("health"), QStringLiteral("SANTÉ"), QStringLiteral("sante"),
              QStringLiteral("manufact"), QStringLiteral("indigenous economic")}) {
            FilterSpec f;
            f.text = text;
            const qint64 n = qf.count(f);
            QCOMPARE(qs.count(f), n);
            QVERIFY2(qs.lastError().isEmpty(), qPrintable(qs.lastError()));
        }
        FilterSpec all;
        QCOMPARE(qs.count(all), qint64(88));
        // The same rows in the same order for each sort, by uid (rowids differ between engines).
        for (const QString& column : {QStringLiteral("sort_en"), QStringLiteral("sort_fr"),
                                      QStringLiteral("requested_cents"), QStringLiteral("status")}) {
            for (bool descending : {false, true}) {
                const SortSpec sort{column, descending};
                const QVector<qint64> rf = qf.allRowids(all, sort, {}), rs = qs.allRowids(all, sort, {});
                QCOMPARE(rs.size(), rf.size());
                const QHash<qint64, Record> recf = qf.records(rf), recs = qs.records(rs);
                for (int i = 0; i < rf.size(); ++i)
                    QCOMPARE(recs.value(rs.at(i)).value(QStringLiteral("uid")),
                             recf.value(rf.at(i)).value(QStringLiteral("uid")));
            }
        }
    }

    void coordinatorSeesAndChangesOnlyTheirInstitution()
    {
        const QString name = pg().newDatabase();
        QVERIFY(pg().addUser(name, QStringLiteral("cora"), Server::Role::Coordinator));
        const QString fleming = flemingUid(name);
        const int own =
            pg().value(
                    QStringLiteral("mcf_owner"), name,
                    QStringLiteral("SELECT count(*) FROM project WHERE institution_uid = '%1'").arg(fleming))
                .toInt();
        QVERIFY(own > 0 && own < 88);
        QCOMPARE(
            pg().value(QStringLiteral("cora"), name, QStringLiteral("SELECT count(*) FROM project")).toInt(),
            own);
        QCOMPARE(pg().value(QStringLiteral("cora"), name,
                            QStringLiteral("SELECT count(DISTINCT institution_uid) FROM project"))
                     .toInt(),
                 1);
        // Every table: the institutions too (the names of the others are not a coordinator's business).
        QCOMPARE(pg().value(QStringLiteral("cora"), name, QStringLiteral("SELECT count(*) FROM institution"))
                     .toInt(),
                 1);
        QCOMPARE(pg().value(QStringLiteral("cora"), name, QStringLiteral("SELECT uid FROM institution"))
                     .toString(),
                 fleming);
        // Another institution's row is not there for them: the update changes nothing.
        QVERIFY(
            pg().exec(QStringLiteral("cora"), name,
                      QStringLiteral("UPDATE project SET title_en = 'hijacked' WHERE institution_uid <> '%1'")
                          .arg(fleming)));
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral("SELECT count(*) FROM project WHERE title_en = 'hijacked'"))
                     .toInt(),
                 0);
        // Their own title: allowed, and logged under their role.
        QVERIFY(pg().exec(
            QStringLiteral("cora"), name,
            QStringLiteral("UPDATE project SET title_fr = 'Titre de Cora' WHERE institution_uid = '%1'")
                .arg(fleming)));
        QCOMPARE(
            pg().value(QStringLiteral("mcf_owner"), name,
                       QStringLiteral(
                           "SELECT count(*) FROM change_log WHERE \"user\" = 'cora' AND field = 'title_fr' "
                           "AND new = 'Titre de Cora'"))
                .toInt(),
            own);
        // The ministry's fields and new institutions: refused by the database.
        QString why;
        QVERIFY(
            !pg().exec(QStringLiteral("cora"), name,
                       QStringLiteral("UPDATE project SET approved_cents = 100 WHERE institution_uid = '%1'")
                           .arg(fleming),
                       &why));
        QVERIFY2(why.contains(QLatin1String("permission denied")), qPrintable(why));
        QVERIFY(
            !pg().exec(QStringLiteral("cora"), name,
                       QStringLiteral("UPDATE project SET status = 'declined' WHERE institution_uid = '%1'")
                           .arg(fleming),
                       &why));
        QVERIFY2(why.contains(QLatin1String("decided by the ministry")), qPrintable(why));
        // Between draft and submitted, the application is theirs to move.
        const QString one =
            pg().value(QStringLiteral("mcf_owner"), name,
                       QStringLiteral("SELECT uid FROM project WHERE institution_uid = '%1' LIMIT 1")
                           .arg(fleming))
                .toString();
        QVERIFY(pg().exec(QStringLiteral("mcf_owner"), name,
                          QStringLiteral("UPDATE project SET status = 'draft' WHERE uid = '%1'").arg(one)));
        QVERIFY(
            pg().exec(QStringLiteral("cora"), name,
                      QStringLiteral("UPDATE project SET status = 'submitted' WHERE uid = '%1'").arg(one)));
        QVERIFY(
            !pg().exec(QStringLiteral("cora"), name,
                       QStringLiteral("UPDATE project SET status = 'approved' WHERE uid = '%1'").arg(one)));
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral("SELECT status FROM project WHERE uid = '%1'").arg(one))
                     .toString(),
                 QStringLiteral("submitted"));
        QVERIFY(
            !pg().exec(QStringLiteral("cora"), name,
                       QStringLiteral("INSERT INTO institution (uid, name_en, type, created_at, updated_at) "
                                      "VALUES ('x', 'Hogwarts', 'college', now(), now())")));
        QCOMPARE(
            pg().value(QStringLiteral("mcf_owner"), name, QStringLiteral("SELECT count(*) FROM institution"))
                .toInt(),
            36);
        // Reviews and decisions are the ministry's: none visible.
        QCOMPARE(
            pg().value(QStringLiteral("cora"), name, QStringLiteral("SELECT count(*) FROM review_criterion"))
                    .toInt() > 0,
            true);
        QCOMPARE(
            pg().value(QStringLiteral("cora"), name, QStringLiteral("SELECT count(*) FROM decision")).toInt(),
            0);
    }

    void coordinatorEditsThroughMcfundAreRefusedForOtherInstitutions()
    {
        const QString name = pg().newDatabase();
        QVERIFY(pg().addUser(name, QStringLiteral("cora"), Server::Role::Coordinator));
        const QString other =
            pg().value(QStringLiteral("mcf_owner"), name,
                       QStringLiteral("SELECT uid FROM project WHERE institution_uid <> '%1' LIMIT 1")
                           .arg(flemingUid(name)))
                .toString();
        Database db;
        QString error;
        QVERIFY2(db.open(pg().uri(name, QStringLiteral("cora")), &error), qPrintable(error));
        QCOMPARE(Server::role(db.connection()), Server::Role::Coordinator);
        EditEngine engine(db.connection(), QStringLiteral("cora"));
        EditBatch batch = EditBatch::change(Entity::Project, other, QStringLiteral("title_en"), QVariant(),
                                            QStringLiteral("Mine now"), QStringLiteral("change of title"));
        QList<EditProblem> problems;
        QVERIFY(!engine.apply(batch, QStringLiteral("edit"), &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(QLatin1String("no longer exists")),
                 qPrintable(problems.first().message));
    }

    void reviewerWritesOnlyTheirOwnScores()
    {
        const QString name = pg().newDatabase();
        QVERIFY(pg().addUser(name, QStringLiteral("rita"), Server::Role::Reviewer));
        QVERIFY(pg().addUser(name, QStringLiteral("rami"), Server::Role::Reviewer));
        const QString criterion =
            pg().value(QStringLiteral("mcf_owner"), name,
                       QStringLiteral("SELECT c.uid FROM review_criterion c JOIN funding_round r ON "
                                      "r.uid = c.round_uid WHERE r.number = 2 LIMIT 1"))
                .toString();
        const QString project =
            pg().value(QStringLiteral("mcf_owner"), name, QStringLiteral("SELECT uid FROM project LIMIT 1"))
                .toString();
        const QString insert = QStringLiteral(
            "INSERT INTO review (uid, project_uid, criterion_uid, reviewer, score, "
            "created_at, updated_at) VALUES (gen_random_uuid(), '%1', '%2', '%3', 3, now(), now())");
        // Not assigned to the application: no score at all, under any name.
        QVERIFY(
            !pg().exec(QStringLiteral("rita"), name, insert.arg(project, criterion, QStringLiteral("rita"))));
        const QString assign = QStringLiteral(
            "INSERT INTO assignment (uid, project_uid, reviewer, created_at, updated_at) VALUES "
            "(gen_random_uuid(), '%1', '%2', now(), now())");
        // Reviewers do not assign themselves; officers (here the owner) do.
        QVERIFY(!pg().exec(QStringLiteral("rita"), name, assign.arg(project, QStringLiteral("rita"))));
        QVERIFY(pg().exec(QStringLiteral("mcf_owner"), name, assign.arg(project, QStringLiteral("rita"))));
        QVERIFY(pg().exec(QStringLiteral("mcf_owner"), name, assign.arg(project, QStringLiteral("rami"))));
        QVERIFY(
            !pg().exec(QStringLiteral("rita"), name, insert.arg(project, criterion, QStringLiteral("rami"))));
        QVERIFY(
            pg().exec(QStringLiteral("rita"), name, insert.arg(project, criterion, QStringLiteral("rita"))));
        QVERIFY(pg().exec(QStringLiteral("rami"), name, QStringLiteral("UPDATE review SET score = 0")));
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral("SELECT score FROM review WHERE reviewer = 'rita'"))
                     .toInt(),
                 3);
        // Reading applications is allowed, changing them is not.
        QCOMPARE(
            pg().value(QStringLiteral("rita"), name, QStringLiteral("SELECT count(*) FROM project")).toInt(),
            88);
        QVERIFY(
            !pg().exec(QStringLiteral("rita"), name, QStringLiteral("UPDATE project SET title_en = 'x'")));
    }

    void reviewsAreBlindUntilScoredAndConflictsHold()
    {
        const QString name = pg().newDatabase();
        QVERIFY(pg().addUser(name, QStringLiteral("rita"), Server::Role::Reviewer));
        QVERIFY(pg().addUser(name, QStringLiteral("rami"), Server::Role::Reviewer));
        QVERIFY(pg().addUser(name, QStringLiteral("remy"), Server::Role::Reviewer,
                             QStringLiteral("Fleming College")));
        auto value = [&](const QString& who, const QString& sql) { return pg().value(who, name, sql); };
        const QString project =
            value(QStringLiteral("mcf_owner"),
                  QStringLiteral(
                      "SELECT p.uid FROM project p JOIN funding_round r ON r.uid = p.round_uid JOIN "
                      "institution i ON i.uid = p.institution_uid WHERE r.number = 2 AND i.name_en <> "
                      "'Fleming College' ORDER BY p.uid LIMIT 1"))
                .toString();
        const QString fleming =
            value(QStringLiteral("mcf_owner"),
                  QStringLiteral(
                      "SELECT p.uid FROM project p JOIN funding_round r ON r.uid = p.round_uid JOIN "
                      "institution i ON i.uid = p.institution_uid WHERE r.number = 2 AND i.name_en = "
                      "'Fleming College' ORDER BY p.uid LIMIT 1"))
                .toString();
        QVERIFY(!project.isEmpty() && !fleming.isEmpty());
        const QString assign =
            QStringLiteral("INSERT INTO assignment (uid, project_uid, reviewer, created_at, "
                           "updated_at) VALUES (gen_random_uuid(), '%1', '%2', now(), now())");
        for (const char* who : {"rita", "rami", "remy"})
            QVERIFY(pg().exec(QStringLiteral("mcf_owner"), name, assign.arg(project, QLatin1String(who))));
        // Even assigned by mistake, remy may not score his own institution's application.
        QVERIFY(pg().exec(QStringLiteral("mcf_owner"), name, assign.arg(fleming, QStringLiteral("remy"))));
        const QString scoreAll = QStringLiteral(
            "INSERT INTO review (uid, project_uid, criterion_uid, reviewer, score, created_at, updated_at) "
            "SELECT gen_random_uuid(), p.uid, c.uid, current_user, 3, now(), now() FROM project p JOIN "
            "review_criterion c ON c.round_uid = p.round_uid WHERE p.uid = '%1'");
        QVERIFY(!pg().exec(QStringLiteral("remy"), name, scoreAll.arg(fleming)));
        QVERIFY(pg().exec(QStringLiteral("rami"), name, scoreAll.arg(project)));
        const QString others =
            QStringLiteral(
                "SELECT count(*) FROM review WHERE project_uid = '%1' AND reviewer <> current_user")
                .arg(project);
        // Blind: rita sees none of rami's scores until she has scored every criterion herself.
        QCOMPARE(value(QStringLiteral("rita"), others).toInt(), 0);
        QVERIFY(pg().exec(QStringLiteral("rita"), name,
                          scoreAll.arg(project) + QStringLiteral(" ORDER BY c.sort_order LIMIT 1")));
        QCOMPARE(value(QStringLiteral("rita"), others).toInt(), 0);
        QVERIFY(pg().exec(
            QStringLiteral("rita"), name,
            scoreAll.arg(project) +
                QStringLiteral(" AND c.uid NOT IN (SELECT criterion_uid FROM review WHERE reviewer = "
                               "'rita')")));
        const int criteria = value(QStringLiteral("mcf_owner"),
                                   QStringLiteral("SELECT count(*) FROM review WHERE reviewer = 'rami'"))
                                 .toInt();
        QVERIFY(criteria >= 3);
        QCOMPARE(value(QStringLiteral("rita"), others).toInt(), criteria);
        // An officer sees everything; a reviewer who has not scored sees nobody's.
        QCOMPARE(value(QStringLiteral("mcf_owner"), QStringLiteral("SELECT count(*) FROM review")).toInt(),
                 2 * criteria);
        QCOMPARE(value(QStringLiteral("remy"), QStringLiteral("SELECT count(*) FROM review")).toInt(), 0);
        // A reviewer sees only their own assignments, declares a conflict on them, and may not undo one, nor
        // assign themselves.
        QCOMPARE(value(QStringLiteral("rita"), QStringLiteral("SELECT count(*) FROM assignment")).toInt(), 1);
        QVERIFY(!pg().exec(QStringLiteral("rita"), name, assign.arg(fleming, QStringLiteral("rita"))));
        QVERIFY(pg().exec(
            QStringLiteral("rami"), name,
            QStringLiteral("UPDATE assignment SET conflict = 1, reason = 'Board member' WHERE reviewer = "
                           "'rami'")));
        QVERIFY(!pg().exec(QStringLiteral("rami"), name,
                           QStringLiteral("UPDATE assignment SET conflict = 0 WHERE reviewer = 'rami'")));
        QVERIFY(
            !pg().exec(QStringLiteral("rami"), name,
                       QStringLiteral("UPDATE assignment SET reviewer = 'rita' WHERE reviewer = 'rami'")));
        // With a conflict, rami's scores on it can no longer be changed, and others' are hidden from him.
        QVERIFY(!pg().exec(
            QStringLiteral("rami"), name,
            QStringLiteral("INSERT INTO review (uid, project_uid, criterion_uid, reviewer, score, "
                           "created_at, updated_at) SELECT gen_random_uuid(), '%1', c.uid, 'rami', 1, "
                           "now(), now() FROM review_criterion c LIMIT 1")
                .arg(fleming)));
        QCOMPARE(value(QStringLiteral("rami"), others).toInt(), 0);
        // A reviewer from an institution is one kind of user server add-user makes; an officer is not.
        {
            Database d;
            QString error;
            QVERIFY2(d.open(pg().uri(name), &error), qPrintable(error));
            QSqlDatabase c = d.connection();
            QVERIFY(!Server::addUser(
                c, QStringLiteral("olga"), Server::Role::Officer,
                value(QStringLiteral("mcf_owner"), QStringLiteral("SELECT uid FROM institution LIMIT 1"))
                    .toString(),
                QString(), &error));
            QCOMPARE(error, QStringLiteral("Only a coordinator or a reviewer belongs to an institution."));
        }
    }

    void nobodyMcfundMadeCanChangeTheChangeLog()
    {
        const QString name = pg().newDatabase();
        QVERIFY(pg().addUser(name, QStringLiteral("ada"), Server::Role::Admin));
        QVERIFY(pg().addUser(name, QStringLiteral("olivia"), Server::Role::Officer));
        const QString snapshot = QStringLiteral("SELECT count(*) || ':' || md5(string_agg(to_jsonb(c)::text, "
                                                "',' ORDER BY id)) FROM change_log c");
        const QString before = pg().value(QStringLiteral("mcf_owner"), name, snapshot).toString();
        for (const QString& who : {QStringLiteral("ada"), QStringLiteral("olivia")}) {
            QVERIFY(!pg().exec(who, name, QStringLiteral("UPDATE change_log SET description = 'tampered'")));
            QVERIFY(!pg().exec(who, name, QStringLiteral("DELETE FROM change_log")));
            QVERIFY(!pg().exec(who, name, QStringLiteral("TRUNCATE change_log")));
            QVERIFY(!pg().exec(who, name, QStringLiteral("DROP TABLE change_log")));
            // A row added by hand bears the writer's own name and the server's time.
            QVERIFY(pg().exec(who, name,
                              QStringLiteral("INSERT INTO change_log (at, \"user\", entity, uid, origin) "
                                             "VALUES ('2000-01-01', 'somebody_else', 'note', 'x', 'sql')")));
        }
        // Even the owner cannot edit it.
        QVERIFY(!pg().exec(QStringLiteral("mcf_owner"), name, QStringLiteral("DELETE FROM change_log")));
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral("SELECT count(*) FROM change_log WHERE \"user\" = 'somebody_else' "
                                           "OR at < '2001-01-01'"))
                     .toInt(),
                 0);
        const QString after = pg().value(QStringLiteral("mcf_owner"), name, snapshot).toString();
        QCOMPARE(after.section(QLatin1Char(':'), 0, 0).toInt(),
                 before.section(QLatin1Char(':'), 0, 0).toInt() + 2);
    }

    void changesAreLoggedUnderTheRoleAndUndoable()
    {
        const QString name = pg().newDatabase();
        QVERIFY(pg().addUser(name, QStringLiteral("olivia"), Server::Role::Officer));
        Database db;
        QString error;
        QVERIFY2(db.open(pg().uri(name, QStringLiteral("olivia")), &error), qPrintable(error));
        const QString uid = pg().value(QStringLiteral("mcf_owner"), name,
                                       QStringLiteral("SELECT uid FROM project ORDER BY uid LIMIT 1"))
                                .toString();
        const QString old =
            pg().value(
                    QStringLiteral("mcf_owner"), name,
                    QStringLiteral("SELECT coalesce(summary_en, '') FROM project WHERE uid = '%1'").arg(uid))
                .toString();
        EditEngine engine(db.connection(), QStringLiteral("someone typed here"));
        EditBatch batch = EditBatch::change(
            Entity::Project, uid, QStringLiteral("summary_en"), old.isEmpty() ? QVariant() : QVariant(old),
            QStringLiteral("Olivia's summary"), QStringLiteral("change of summary"));
        QList<EditProblem> problems;
        QVERIFY2(engine.apply(batch, QStringLiteral("edit"), &problems),
                 qPrintable(EditEngine::describe(batch, problems)));
        QVariant row;
        QVERIFY(pg().exec(
            QStringLiteral("mcf_owner"), name,
            QStringLiteral(
                "SELECT \"user\" || '|' || origin || '|' || description || '|' || field || '|' || new "
                "FROM change_log ORDER BY id DESC LIMIT 1"),
            nullptr, &row));
        QCOMPARE(row.toString(), QStringLiteral("olivia|edit|change of summary|summary_en|Olivia's summary"));
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral("SELECT version FROM project WHERE uid = '%1'").arg(uid))
                     .toInt(),
                 2);
        // The change log reads as a file's does: times in UTC, ISO 8601 with milliseconds and a Z.
        AuditFilter f;
        f.uid = uid;
        const QList<AuditEntry> history = AuditLog::read(db.connection(), f);
        QVERIFY(!history.isEmpty());
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                     .match(history.last().at)
                     .hasMatch(),
                 qPrintable(history.last().at));
        QCOMPARE(history.last().user, QStringLiteral("olivia"));
        // Undo: the inverse batch puts the old value back, logged as an undo.
        EditBatch undo = batch.inverse();
        QVERIFY2(engine.apply(undo, QStringLiteral("undo"), &problems),
                 qPrintable(EditEngine::describe(undo, problems)));
        QCOMPARE(
            pg().value(
                    QStringLiteral("mcf_owner"), name,
                    QStringLiteral("SELECT coalesce(summary_en, '') FROM project WHERE uid = '%1'").arg(uid))
                .toString(),
            old);
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral("SELECT origin FROM change_log ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("undo"));
    }

    void searchWordsFollowEachEditAndStayOutOfRecordsAndTheLog()
    {
        // The server keeps the folded words of a row (search_words, what the GIN index is on) with the row:
        // a text filter finds a title as soon as it is saved, and no longer after it changes. The column is
        // the server's own: not in a record that mcfund reads, not in the change log, not in a copy.
        const QString name = pg().newDatabase();
        QVERIFY(pg().addUser(name, QStringLiteral("olivia"), Server::Role::Officer));
        Database db;
        QString error;
        QVERIFY2(db.open(pg().uri(name, QStringLiteral("olivia")), &error), qPrintable(error));
        const QString fleming = flemingUid(name);
        const QString sector =
            pg().value(QStringLiteral("mcf_owner"), name, QStringLiteral("SELECT min(uid) FROM sector"))
                .toString();
        const QString uid = QStringLiteral("5ea4c400-0000-4000-8000-000000000001");
        RowEdit add;
        add.op = RowEdit::Op::Insert;
        add.entity = Entity::Credential;
        add.uid = uid;
        add.after = {{QStringLiteral("uid"), uid},
                     {QStringLiteral("institution_uid"), fleming},
                     {QStringLiteral("sector_uid"), sector},
                     {QStringLiteral("delivery"), QStringLiteral("online")},
                     {QStringLiteral("language"), QStringLiteral("bilingual")},
                     {QStringLiteral("status"), QStringLiteral("in_development")},
                     {QStringLiteral("title_en"), QStringLiteral("Zyxwovenite Handling")},
                     {QStringLiteral("title_fr"), QStringLiteral("Manutention de la zyxwovénite")}};
        EditEngine engine(db.connection(), QStringLiteral("test"));
        EditBatch batch(QStringLiteral("add"), {add});
        QList<EditProblem> problems;
        QVERIFY2(engine.apply(batch, QStringLiteral("edit"), &problems),
                 qPrintable(EditEngine::describe(batch, problems)));
        Lookups lookups;
        lookups.load(db.connection());
        const TableQuery query(Entity::Credential, db.connection(), &lookups);
        const auto matching = [&](const QString& text) {
            FilterSpec f;
            f.text = text;
            return query.count(f);
        };
        QCOMPARE(matching(QStringLiteral("zyxwoven")), qint64(1));
        QCOMPARE(matching(QStringLiteral("ZYXWOVÉNITE manutention")), qint64(1));
        EditBatch rename = EditBatch::change(Entity::Credential, uid, QStringLiteral("title_en"),
                                             QStringLiteral("Zyxwovenite Handling"),
                                             QStringLiteral("Quillborne Safety"), QStringLiteral("rename"));
        QVERIFY2(engine.apply(rename, QStringLiteral("edit"), &problems),
                 qPrintable(EditEngine::describe(rename, problems)));
        QCOMPARE(matching(QStringLiteral("quillborne")), qint64(1));
        QCOMPARE(matching(QStringLiteral("zyxwovenite handling")), qint64(0));
        QCOMPARE(matching(QStringLiteral("zyxwovénite")), qint64(1)); // still in the French title
        QVERIFY2(query.lastError().isEmpty(), qPrintable(query.lastError()));

        const std::optional<Record> record = Repository(db.connection()).get(Entity::Credential, uid);
        QVERIFY(record);
        QCOMPARE(record->value(QStringLiteral("title_en")).toString(), QStringLiteral("Quillborne Safety"));
        QVERIFY(!record->contains(QStringLiteral("search_words")));
        // The insert and the rename: two rows, none of them about the derived column.
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral("SELECT string_agg(coalesce(field, '(added)'), ',' ORDER BY id) "
                                           "FROM change_log WHERE uid = '%1'")
                                .arg(uid))
                     .toString(),
                 QStringLiteral("(added),title_en"));
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral("SELECT count(*) FROM change_log WHERE new LIKE '%search_words%' "
                                           "OR old LIKE '%search_words%'"))
                     .toInt(),
                 0);
        // A SQLite copy has the workspace's columns and finds the same words with its own index.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QSqlDatabase connection = db.connection();
        QVERIFY2(TableCopy::toFile(connection, copy, &error), qPrintable(error));
        Database file;
        QVERIFY2(file.open(copy, &error), qPrintable(error));
        Lookups fileLookups;
        fileLookups.load(file.connection());
        FilterSpec f;
        f.text = QStringLiteral("quillborne");
        QCOMPARE(TableQuery(Entity::Credential, file.connection(), &fileLookups).count(f), qint64(1));
    }

    void twoPeopleChangingDifferentFieldsAtOnceKeepBoth()
    {
        const QString name = pg().newDatabase();
        QVERIFY(pg().addUser(name, QStringLiteral("olivia"), Server::Role::Officer));
        QVERIFY(pg().addUser(name, QStringLiteral("ada"), Server::Role::Admin));
        QStringList uids;
        {
            Database db;
            QString error;
            QVERIFY(db.open(pg().uri(name), &error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT uid FROM project ORDER BY uid LIMIT 40")));
            while (q.next())
                uids << q.value(0).toString();
        }
        QCOMPARE(uids.size(), 40);
        auto writer = [&](const QString& role, const QString& column, const QString& text, bool* ok) {
            return QThread::create([=, this] {
                Database db;
                QString error;
                *ok = db.open(pg().uri(name, role), &error);
                EditEngine engine(db.connection(), role);
                for (const QString& uid : uids) { // one change a record, as people type
                    EditBatch b;
                    RowEdit r;
                    r.entity = Entity::Project;
                    r.uid = uid;
                    r.after.insert(column, text);
                    b.rows << r;
                    QList<EditProblem> problems;
                    *ok = *ok && engine.apply(b, QStringLiteral("edit"), &problems);
                }
            });
        };
        bool okA = false, okB = false;
        QThread* a = writer(QStringLiteral("olivia"), QStringLiteral("summary_en"),
                            QStringLiteral("Summary by Olivia"), &okA);
        QThread* b = writer(QStringLiteral("ada"), QStringLiteral("summary_fr"),
                            QStringLiteral("Résumé par Ada"), &okB);
        a->start();
        b->start();
        QVERIFY(a->wait(60000) && b->wait(60000));
        delete a;
        delete b;
        QVERIFY(okA);
        QVERIFY(okB);
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral(
                                "SELECT count(*) FROM project WHERE summary_en = 'Summary by Olivia' AND "
                                "summary_fr = 'Résumé par Ada' AND version >= 3"))
                     .toInt(),
                 40);
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral(
                                "SELECT count(*) FROM change_log WHERE field IN ('summary_en', 'summary_fr') "
                                "AND \"user\" IN ('olivia', 'ada')"))
                     .toInt(),
                 80);
    }

    void aStaleChangeOfTheSameFieldIsAConflict()
    {
        const QString name = pg().newDatabase();
        QVERIFY(pg().addUser(name, QStringLiteral("olivia"), Server::Role::Officer));
        const QString uid = pg().value(QStringLiteral("mcf_owner"), name,
                                       QStringLiteral("SELECT uid FROM project ORDER BY uid LIMIT 1"))
                                .toString();
        const QString seen =
            pg().value(QStringLiteral("mcf_owner"), name,
                       QStringLiteral("SELECT title_en FROM project WHERE uid = '%1'").arg(uid))
                .toString();
        // Someone else saves a new title after Olivia read it…
        QVERIFY(pg().exec(
            QStringLiteral("mcf_owner"), name,
            QStringLiteral("UPDATE project SET title_en = 'Theirs', version = version + 1 WHERE uid = '%1'")
                .arg(uid)));
        // …so her change, made against what she saw, is refused rather than written over theirs.
        Database db;
        QString error;
        QVERIFY(db.open(pg().uri(name, QStringLiteral("olivia")), &error));
        EditEngine engine(db.connection(), QStringLiteral("olivia"));
        EditBatch batch = EditBatch::change(Entity::Project, uid, QStringLiteral("title_en"), seen,
                                            QStringLiteral("Mine"), QStringLiteral("change of title"));
        QList<EditProblem> problems;
        QVERIFY(!engine.apply(batch, QStringLiteral("edit"), &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(QLatin1String("changed elsewhere")),
                 qPrintable(problems.first().message));
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral("SELECT title_en FROM project WHERE uid = '%1'").arg(uid))
                     .toString(),
                 QStringLiteral("Theirs"));
    }

    void aDeadlockedWriteIsWrittenAgain()
    {
        const QString name = pg().newDatabase();
        QVERIFY(pg().addUser(name, QStringLiteral("olivia"), Server::Role::Officer));
        QStringList uids;
        {
            QSqlDatabase db;
            QVariant v;
            for (const char* offset : {"0", "1"})
                uids << pg().value(QStringLiteral("mcf_owner"), name,
                                   QStringLiteral("SELECT uid FROM project ORDER BY uid LIMIT 1 OFFSET %1")
                                       .arg(QLatin1String(offset)))
                            .toString();
        }
        // PostgreSQL looks for a deadlock once, when a wait has lasted deadlock_timeout, and the backend that
        // looks is the one it undoes. Olivia looks after 5 s, well after the cycle forms below; the other
        // program only after 60 s. So it is always Olivia's transaction the server undoes, however slow the
        // machine (under the sanitizers a cycle can take more than the default second to form).
        QVERIFY(pg().exec(
            QStringLiteral("postgres"), QStringLiteral("postgres"),
            QStringLiteral("ALTER ROLE olivia IN DATABASE %1 SET deadlock_timeout = '5s'").arg(name)));
        QVERIFY(pg().exec(
            QStringLiteral("postgres"), QStringLiteral("postgres"),
            QStringLiteral("ALTER ROLE mcf_owner IN DATABASE %1 SET deadlock_timeout = '60s'").arg(name)));
        // Someone else (another program) holds the second project…
        const QString other = QStringLiteral("deadlock-other");
        {
            QSqlDatabase x = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), other);
            x.setHostName(pg().socketDir());
            x.setPort(5432);
            x.setDatabaseName(name);
            x.setUserName(QStringLiteral("mcf_owner"));
            QVERIFY(x.open());
            QSqlQuery q(x);
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            QVERIFY(q.exec(
                QStringLiteral("UPDATE project SET target_learners = 11 WHERE uid = '%1'").arg(uids.at(1))));
            // …while Olivia's change of both titles locks the first and waits for the second…
            bool ok = false;
            QList<EditProblem> problems;
            QThread* writer = QThread::create([&] {
                Database db;
                QString error;
                ok = db.open(pg().uri(name, QStringLiteral("olivia")), &error);
                EditEngine engine(db.connection(), QStringLiteral("olivia"));
                EditBatch batch;
                for (const QString& uid : uids) {
                    RowEdit r;
                    r.entity = Entity::Project;
                    r.uid = uid;
                    r.after.insert(QStringLiteral("title_fr"), QStringLiteral("Titre d'Olivia"));
                    batch.rows << r;
                }
                ok = ok && engine.apply(batch, QStringLiteral("edit"), &problems);
            });
            writer->start();
            // However this test ends, the writer is done with the locals it shares before they go.
            const auto joinWriter = qScopeGuard([&] {
                q.exec(QStringLiteral("ROLLBACK")); // frees the writer if a check failed mid-transaction
                writer->wait();
                delete writer;
            });
            QTRY_VERIFY_WITH_TIMEOUT(
                pg().value(QStringLiteral("postgres"), QStringLiteral("postgres"),
                           QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = 'olivia' "
                                          "AND wait_event_type = 'Lock'"))
                        .toInt() == 1,
                10000);
            // …and the other program then wants the first: a deadlock, which the server ends by undoing
            // Olivia's transaction (hers waited first). mcfund writes it again once the other has finished.
            QVERIFY(q.exec(
                QStringLiteral("UPDATE project SET target_learners = 12 WHERE uid = '%1'").arg(uids.at(0))));
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
            QVERIFY(writer->wait(30000));
            QVERIFY2(ok, qPrintable(problems.isEmpty() ? QString() : problems.first().message));
        }
        QSqlDatabase::removeDatabase(other);
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral("SELECT count(*) FROM project WHERE title_fr = 'Titre d''Olivia' "
                                           "AND target_learners IN (11, 12)"))
                     .toInt(),
                 2);
        // The attempt the server undid left nothing in the change log: each change is there once.
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral("SELECT count(*) FROM change_log WHERE \"user\" = 'olivia'"))
                     .toInt(),
                 2);
    }

    void generateFillsAnEmptyDatabase()
    {
        QTemporaryDir dir;
        const QString name = pg().newDatabase(false);
        const QStringList options = {QStringLiteral("--projects"),    QStringLiteral("120"),
                                     QStringLiteral("--credentials"), QStringLiteral("600"),
                                     QStringLiteral("--seed"),        QStringLiteral("7")};
        test::CliResult r = test::runCli(QStringList{QStringLiteral("generate")} + options +
                                         QStringList{QStringLiteral("-o"), pg().uri(name)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = test::runCli(QStringList{QStringLiteral("generate")} + options +
                         QStringList{QStringLiteral("-o"), dir.filePath(QStringLiteral("g.sqlite"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        Database file, shared;
        QString error;
        QVERIFY(file.open(dir.filePath(QStringLiteral("g.sqlite")), &error));
        QVERIFY2(shared.open(pg().uri(name), &error), qPrintable(error));
        QCOMPARE(shared.kind(), WorkspaceKind::Synthetic);
        QCOMPARE(statsOf(shared).value(QStringLiteral("by_sector")),
                 statsOf(file).value(QStringLiteral("by_sector")));
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral("SELECT count(*) FROM micro_credential"))
                     .toInt(),
                 600);
        // And not into a database that holds anything.
        r = test::runCli(QStringList{QStringLiteral("generate")} + options +
                         QStringList{QStringLiteral("-o"), pg().uri(name)});
        QCOMPARE(r.code, 1);
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral("SELECT count(*) FROM micro_credential"))
                     .toInt(),
                 600);
    }

    void copyToSqliteAndBackGiveTheSameFigures()
    {
        QTemporaryDir dir;
        const QString name = pg().newDatabase();
        Database shared;
        QString error;
        QVERIFY(shared.open(pg().uri(name), &error));
        const QString file = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY2(shared.backupTo(file, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".copying")));
        QVERIFY2(Database::checkIntegrity(file, &error), qPrintable(error));
        Database copy;
        QVERIFY2(copy.open(file, &error), qPrintable(error));
        QCOMPARE(statsOf(copy).value(QStringLiteral("by_sector")),
                 statsOf(shared).value(QStringLiteral("by_sector")));
        QCOMPARE(copy.meta(QStringLiteral("workspace_id")), shared.meta(QStringLiteral("workspace_id")));
        // The change log came along, in order.
        QSqlQuery q(copy.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM change_log")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), pg().value(QStringLiteral("mcf_owner"), name,
                                                     QStringLiteral("SELECT count(*) FROM change_log"))
                                              .toLongLong());
        copy.close();
        // And into a new shared workspace with server init --from.
        const QString again = pg().newDatabase(false);
        const test::CliResult r =
            test::runCli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--from"), file,
                          QStringLiteral("--database"), pg().uri(again)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        Database back;
        QVERIFY(back.open(pg().uri(again), &error));
        QCOMPARE(statsOf(back).value(QStringLiteral("by_round")),
                 statsOf(shared).value(QStringLiteral("by_round")));
    }

    void badConnectionsSayWhatInOneSentence()
    {
        QTemporaryDir nowhere;
        QElapsedTimer timer;
        timer.start();
        test::CliResult r =
            test::runCli({QStringLiteral("stats"), QStringLiteral("--database"),
                          QStringLiteral("postgresql://mcf_owner@/mcf?host=%1&port=1").arg(nowhere.path())});
        QCOMPARE(r.code, 1); // stats: the workspace cannot be used
        QVERIFY2(r.err.contains(QLatin1String("No PostgreSQL server answers")), qPrintable(r.err));
        r = test::runCli({QStringLiteral("stats"), QStringLiteral("--database"),
                          pg().uri(QStringLiteral("mcf_template"), QStringLiteral("mallory"))});
        QCOMPARE(r.code, 1); // stats: the workspace cannot be used
        QVERIFY2(r.err.contains(QStringLiteral("has no user “mallory”")), qPrintable(r.err));
        r = test::runCli(
            {QStringLiteral("stats"), QStringLiteral("--database"), pg().uri(QStringLiteral("no_such_db"))});
        QCOMPARE(r.code, 1); // stats: the workspace cannot be used
        QVERIFY2(r.err.contains(QStringLiteral("has no database “no_such_db”")), qPrintable(r.err));
        // A database that is not a workspace is refused and left as it was.
        const QString empty = pg().newDatabase(false);
        r = test::runCli({QStringLiteral("stats"), QStringLiteral("--database"), pg().uri(empty)});
        QCOMPARE(r.code, 1); // stats: the workspace cannot be used
        QVERIFY2(r.err.contains(QLatin1String("not an mcfund shared workspace")), qPrintable(r.err));
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), empty,
                            QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
                     .toInt(),
                 0);
        // A workspace from a newer mcfund.
        const QString newer = pg().newDatabase();
        QVERIFY(pg().exec(QStringLiteral("mcf_owner"), newer,
                          QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
        r = test::runCli({QStringLiteral("stats"), QStringLiteral("--database"), pg().uri(newer)});
        QCOMPARE(r.code, 1); // stats: the workspace cannot be used
        QVERIFY2(r.err.contains(QLatin1String("newer version of mcfund")), qPrintable(r.err));
        // A URI that cannot be read.
        r = test::runCli({QStringLiteral("stats"), QStringLiteral("--database"),
                          QStringLiteral("postgresql://u@/db?port=notaport")});
        QCOMPARE(r.code, 1); // stats: the workspace cannot be used
        QVERIFY2(r.err.contains(QLatin1String("is not a port number")), qPrintable(r.err));
    }

    void addUserRefusesWhatItCannotDo()
    {
        const QString name = pg().newDatabase();
        const QString uri = pg().uri(name);
        auto add = [&](const QStringList& more) {
            return test::runCli(QStringList{QStringLiteral("server"), QStringLiteral("add-user")} + more +
                                QStringList{QStringLiteral("--database"), uri});
        };
        QCOMPARE(add({QStringLiteral("zed"), QStringLiteral("--role"), QStringLiteral("king")}).code, 2);
        QCOMPARE(add({QStringLiteral("zed"), QStringLiteral("--role"), QStringLiteral("coordinator")}).code,
                 1);
        QCOMPARE(add({QStringLiteral("zed"), QStringLiteral("--role"), QStringLiteral("coordinator"),
                      QStringLiteral("--institution"), QStringLiteral("Hogwarts")})
                     .code,
                 2);
        QCOMPARE(add({QStringLiteral("Robert'); DROP TABLE project;--"), QStringLiteral("--role"),
                      QStringLiteral("officer")})
                     .code,
                 1);
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name, QStringLiteral("SELECT count(*) FROM project"))
                     .toInt(),
                 88);
        const test::CliResult ok =
            add({QStringLiteral("zed"), QStringLiteral("--role"), QStringLiteral("coordinator"),
                 QStringLiteral("--institution"), QStringLiteral("Fleming College")});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), name,
                            QStringLiteral("SELECT role FROM workspace_user WHERE name = 'zed'"))
                     .toString(),
                 QStringLiteral("coordinator"));
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
