// The window on a shared workspace (a PostgreSQL cluster this test starts itself), as each role sees it:
// what the person may not change is greyed out and says why, a coordinator sees their institution only and
// no reviews, and a change someone else saved first is theirs or mine as the person chooses.
#include "pgcluster.h"
#include "uitest.h"

#include "dialogs/connectdialog.h"
#include "mainwindow.h"
#include "pages/tablepage.h"
#include "tables/tablecolumns.h"
#include "tables/tablemodel.h"
#include "workspace.h"

#include "domain/translations.h"
#include "review/assignments.h"
#include "storage/database.h"
#include "storage/server.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace mcfund;
using test::PgCluster;
using test::settle;

namespace {

int columnOf(const TableModel* model, const QString& field)
{
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->data(model->index(0, c), TableModel::FieldRole).toString() == field)
            return c;
    return -1;
}

QAction* action(QWidget* window, const QString& text)
{
    for (QAction* a : window->findChildren<QAction*>())
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    return nullptr;
}

QStringList navigation(QWidget* window)
{
    QStringList out;
    if (auto* nav = window->findChild<QListWidget*>())
        for (int i = 0; i < nav->count(); ++i)
            out << nav->item(i)->text();
    return out;
}

} // namespace

class TestSharedWindow : public QObject
{
    Q_OBJECT
    QString m_database;

    PgCluster& pg() { return PgCluster::instance(); }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        if (!pg().isRunning())
            QFAIL(qPrintable(QStringLiteral("the test cluster did not start: ") + pg().error()));
        m_database = pg().newDatabase();
        QVERIFY(pg().addUser(m_database, QStringLiteral("cora"), Server::Role::Coordinator));
        QVERIFY(pg().addUser(m_database, QStringLiteral("rita"), Server::Role::Reviewer));
        QVERIFY(pg().addUser(m_database, QStringLiteral("olivia"), Server::Role::Officer));
    }

    void anotherPersonsChangeArrivesLive()
    {
        // Two people on the shared workspace: what rita saves reaches olivia's open workspace through the
        // server's notifications, named by who saved it; olivia's own saves are not announced to her.
        Database* forOlivia = new Database;
        Database* forRita = new Database;
        QString error;
        QVERIFY2(forOlivia->open(pg().uri(m_database, QStringLiteral("olivia")), &error), qPrintable(error));
        QVERIFY2(forRita->open(pg().uri(m_database, QStringLiteral("rita")), &error), qPrintable(error));
        Workspace olivia{std::unique_ptr<Database>(forOlivia)};
        Workspace rita{std::unique_ptr<Database>(forRita)};
        const QString project =
            pg().value(
                    QStringLiteral("mcf_owner"), m_database,
                    QStringLiteral("SELECT p.uid FROM project p JOIN funding_round r ON r.uid = p.round_uid "
                                   "WHERE r.number = 2 ORDER BY p.uid DESC LIMIT 1 OFFSET 7"))
                .toString();
        QVERIFY(pg().exec(
            QStringLiteral("mcf_owner"), m_database,
            QStringLiteral("INSERT INTO assignment (uid, project_uid, reviewer, created_at, updated_at) "
                           "VALUES (gen_random_uuid(), '%1', 'rita', now(), now()) ON CONFLICT DO "
                           "NOTHING")
                .arg(project)));
        QSignalSpy changed(&olivia, &Workspace::changed);
        QSignalSpy told(&olivia, &Workspace::changedElsewhere);
        EditBatch conflict;
        QVERIFY2(Assignments::planConflict(rita.database().connection(), project, QStringLiteral("rita"),
                                           QStringLiteral("Taught there last year"), &conflict, &error),
                 qPrintable(error));
        QVERIFY2(rita.apply(conflict, &error, QStringLiteral("review")), qPrintable(error));
        QVERIFY(told.wait(2000));
        QVERIFY2(
            told.first().first().toString().startsWith(QStringLiteral("rita saved: conflict of interest")),
            qPrintable(told.first().first().toString()));
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.last().first().value<QList<Entity>>().contains(Entity::Assignment));
        told.clear();
        QVERIFY(
            olivia.apply(EditBatch::change(Entity::Project, project, QStringLiteral("target_learners"),
                                           pg().value(QStringLiteral("mcf_owner"), m_database,
                                                      QStringLiteral("SELECT target_learners FROM project "
                                                                     "WHERE uid = '%1'")
                                                          .arg(project)),
                                           777, QStringLiteral("learners")),
                         &error));
        QVERIFY(!told.wait(800));
    }

    void coordinatorSeesTheirInstitutionAndCannotTouchTheMinistrysFields()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(pg().uri(m_database, QStringLiteral("cora")), &error),
                 qPrintable(error));
        QCOMPARE(window.workspace()->role(), Server::Role::Coordinator);
        QVERIFY2(window.windowTitle().contains(QLatin1String("cora")) &&
                     window.windowTitle().contains(QLatin1String("institution coordinator")),
                 qPrintable(window.windowTitle()));
        QVERIFY(!navigation(&window).contains(QStringLiteral("Reviews")));
        QVERIFY(!window.reviews());
        window.showPage(Entity::Project);
        TableModel* model = window.page(Entity::Project)->model();
        QVERIFY(settle(model));
        const int own =
            pg().value(QStringLiteral("cora"), m_database, QStringLiteral("SELECT count(*) FROM project"))
                .toInt();
        QVERIFY(own > 0 && own < 88);
        QCOMPARE(model->rowCount(), own);
        const int approved = columnOf(model, QStringLiteral("approved_cents"));
        const int title = columnOf(model, QStringLiteral("title_en"));
        QVERIFY(approved >= 0 && title >= 0);
        QVERIFY(!(model->flags(model->index(0, approved)) & Qt::ItemIsEditable));
        QVERIFY2(model->data(model->index(0, approved), Qt::ToolTipRole)
                     .toString()
                     .contains(QLatin1String("decided by the ministry")),
                 qPrintable(model->data(model->index(0, approved), Qt::ToolTipRole).toString()));
        QVERIFY(model->flags(model->index(0, title)) & Qt::ItemIsEditable);
        // Institutions are the ministry's: no adding rows there.
        window.showPage(Entity::Institution);
        QAction* add = action(&window, QStringLiteral("Add Row"));
        QVERIFY(add);
        QVERIFY(!add->isEnabled());
        QVERIFY2(add->toolTip().contains(QLatin1String("coordinator")), qPrintable(add->toolTip()));
    }

    void reviewerReadsApplicationsOnly()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(pg().uri(m_database, QStringLiteral("rita")), &error),
                 qPrintable(error));
        QCOMPARE(window.workspace()->role(), Server::Role::Reviewer);
        QCOMPARE(Workspace::userName(), QStringLiteral("rita"));
        QVERIFY(window.reviews());
        window.showPage(Entity::Project);
        TableModel* model = window.page(Entity::Project)->model();
        QVERIFY(settle(model));
        QCOMPARE(model->rowCount(), 88);
        const int title = columnOf(model, QStringLiteral("title_en"));
        QVERIFY(!(model->flags(model->index(0, title)) & Qt::ItemIsEditable));
        QAction* add = action(&window, QStringLiteral("Add Row"));
        QVERIFY(add && !add->isEnabled());
        QVERIFY2(add->toolTip().contains(QLatin1String("reviewer")), qPrintable(add->toolTip()));
    }

    void aReviewerScoresUnderTheirOwnNameOnly()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(pg().uri(m_database, QStringLiteral("rita")), &error),
                 qPrintable(error));
        Workspace* ws = window.workspace();
        const QString project =
            pg().value(QStringLiteral("mcf_owner"), m_database,
                       QStringLiteral("SELECT p.uid FROM project p JOIN funding_round r ON r.uid = "
                                      "p.round_uid WHERE r.number = 2 ORDER BY p.uid LIMIT 1"))
                .toString();
        const QString criterion =
            pg().value(QStringLiteral("mcf_owner"), m_database,
                       QStringLiteral("SELECT c.uid FROM review_criterion c JOIN funding_round r ON "
                                      "r.uid = c.round_uid WHERE r.number = 2 ORDER BY c.uid LIMIT 1"))
                .toString();
        // Reviewers score the applications an officer assigned to them (here the owner, as in server init).
        QVERIFY(pg().exec(QStringLiteral("mcf_owner"), m_database,
                          QStringLiteral("INSERT INTO assignment (uid, project_uid, reviewer, created_at, "
                                         "updated_at) VALUES (gen_random_uuid(), '%1', 'rita', now(), now()) "
                                         "ON CONFLICT DO NOTHING")
                              .arg(project)));
        auto score = [&](const QString& reviewer) {
            RowEdit r;
            r.op = RowEdit::Op::Insert;
            r.entity = Entity::Review;
            r.after = {{QStringLiteral("project_uid"), project},
                       {QStringLiteral("criterion_uid"), criterion},
                       {QStringLiteral("reviewer"), reviewer},
                       {QStringLiteral("score"), 4}};
            QString message;
            const bool ok = ws->apply(EditBatch(QStringLiteral("score"), {r}), &message);
            return ok ? QString() : message;
        };
        // Under another reviewer's name: the database refuses it, nothing is written.
        QVERIFY(!score(QStringLiteral("rami")).isEmpty());
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), m_database,
                            QStringLiteral("SELECT count(*) FROM review WHERE reviewer = 'rami'"))
                     .toInt(),
                 0);
        // Under her own, the name the window uses for her: written, and logged under her role.
        QCOMPARE(score(Workspace::userName()), QString());
        QCOMPARE(
            pg().value(QStringLiteral("mcf_owner"), m_database,
                       QStringLiteral("SELECT count(*) FROM review WHERE reviewer = 'rita' AND score = 4"))
                .toInt(),
            1);
        QCOMPARE(
            pg().value(
                    QStringLiteral("mcf_owner"), m_database,
                    QStringLiteral(
                        "SELECT \"user\" FROM change_log WHERE entity = 'review' ORDER BY id DESC LIMIT 1"))
                .toString(),
            QStringLiteral("rita"));
    }

    void aConflictIsTheirsOrMineAsThePersonChooses()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(pg().uri(m_database, QStringLiteral("olivia")), &error),
                 qPrintable(error));
        Workspace* ws = window.workspace();
        const QString uid = pg().value(QStringLiteral("mcf_owner"), m_database,
                                       QStringLiteral("SELECT uid FROM project ORDER BY uid DESC LIMIT 1"))
                                .toString();
        auto titleNow = [&] {
            return pg()
                .value(QStringLiteral("mcf_owner"), m_database,
                       QStringLiteral("SELECT title_en FROM project WHERE uid = '%1'").arg(uid))
                .toString();
        };
        const QString seen = titleNow();
        auto theirs = [&](const QString& text) {
            QVERIFY(pg().exec(
                QStringLiteral("mcf_owner"), m_database,
                QStringLiteral("UPDATE project SET title_en = '%1' WHERE uid = '%2'").arg(text, uid)));
        };
        int asked = 0;
        Workspace::Resolution answer = Workspace::Resolution::KeepTheirs;
        ws->setConflictResolver([&](const EditBatch&, const QList<EditProblem>& problems) {
            ++asked;
            if (problems.size() != 1 || problems.first().field != QLatin1String("title_en"))
                qWarning("unexpected conflict");
            return answer;
        });
        theirs(QStringLiteral("Theirs first"));
        QString message;
        QVERIFY(!ws->apply(EditBatch::change(Entity::Project, uid, QStringLiteral("title_en"), seen,
                                             QStringLiteral("Mine first"), QStringLiteral("change of title")),
                           &message));
        QCOMPARE(asked, 1);
        QCOMPARE(titleNow(), QStringLiteral("Theirs first"));
        QVERIFY(!ws->hasPending()); // nothing kept as unsaved: the person chose
        answer = Workspace::Resolution::UseMine;
        theirs(QStringLiteral("Theirs second"));
        QVERIFY2(ws->apply(EditBatch::change(Entity::Project, uid, QStringLiteral("title_en"),
                                             QStringLiteral("Theirs first"), QStringLiteral("Mine second"),
                                             QStringLiteral("change of title")),
                           &message),
                 qPrintable(message));
        QCOMPARE(asked, 2);
        QCOMPARE(titleNow(), QStringLiteral("Mine second"));
        // The undo puts back what was there before mine: theirs.
        ws->undoStack()->undo();
        QCOMPARE(titleNow(), QStringLiteral("Theirs second"));
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), m_database,
                            QStringLiteral(
                                "SELECT count(*) FROM change_log WHERE uid = '%1' AND \"user\" = 'olivia'")
                                .arg(uid))
                     .toInt(),
                 2);
    }

    void aDroppedConnectionKeepsTheEditAndSendsItOnReconnect()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(pg().uri(m_database, QStringLiteral("olivia")), &error),
                 qPrintable(error));
        Workspace* ws = window.workspace();
        const QString uid =
            pg().value(QStringLiteral("mcf_owner"), m_database,
                       QStringLiteral("SELECT uid FROM project ORDER BY uid LIMIT 1 OFFSET 3"))
                .toString();
        // The server ends every session of Olivia's (a network cut, a restart).
        QVERIFY(pg().exec(
            QStringLiteral("postgres"), QStringLiteral("postgres"),
            QStringLiteral(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'olivia'")));
        QString message;
        QVERIFY(
            !ws->apply(EditBatch::change(Entity::Project, uid, QStringLiteral("target_learners"), QVariant(),
                                         qint64(77), QStringLiteral("change of target learners")),
                       &message));
        QVERIFY2(message.contains(QLatin1String("connection to the shared workspace")), qPrintable(message));
        QVERIFY(ws->hasPending());
        QCOMPARE(ws->pendingEdits().first().failure.kind, WriteFailure::Kind::Disconnected);
        QVariant kept;
        QVERIFY(ws->pendingValue(Entity::Project, uid, QStringLiteral("target_learners"), &kept, nullptr,
                                 nullptr));
        QCOMPARE(kept.toLongLong(), qint64(77));
        // Retried (by the timer, or the Retry button): connected again and written.
        QVERIFY2(ws->retryPending(&message), qPrintable(message));
        QVERIFY(!ws->hasPending());
        QCOMPARE(pg().value(QStringLiteral("mcf_owner"), m_database,
                            QStringLiteral("SELECT target_learners FROM project WHERE uid = '%1'").arg(uid))
                     .toInt(),
                 77);
    }

    void connectDialogTriesTheConnectionAndKeepsNoPassword()
    {
        ConnectDialog dialog(nullptr, pg().uri(m_database, QStringLiteral("olivia")));
        auto field = [&](const char* name) {
            for (QLineEdit* e : dialog.findChildren<QLineEdit*>())
                if (e->accessibleName() == QLatin1String(name))
                    return e;
            return static_cast<QLineEdit*>(nullptr);
        };
        QLineEdit* host = field("Host");
        QLineEdit* database = field("Database");
        QLineEdit* user = field("User");
        QLineEdit* password = field("Password");
        QVERIFY(host && database && user && password);
        QCOMPARE(host->text(), pg().socketDir());
        QCOMPARE(database->text(), m_database);
        QCOMPARE(user->text(), QStringLiteral("olivia"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        password->setText(QStringLiteral("s3cret"));
        QCOMPARE(QUrl(dialog.uri()).password(), QStringLiteral("s3cret"));
        QVERIFY(!dialog.shownUri().contains(QLatin1String("s3cret")));
        // A database that is not there: the dialog stays, with the reason in one sentence.
        database->setText(QStringLiteral("no_such_workspace"));
        dialog.accept();
        QLabel* status = nullptr;
        for (QLabel* l : dialog.findChildren<QLabel*>())
            if (l->accessibleName() == QLatin1String("Connection status"))
                status = l;
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("has no database")), 10000);
        QVERIFY(dialog.result() != QDialog::Accepted);
        // The right one: accepted, and remembered without the password.
        database->setText(m_database);
        dialog.accept();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        QVERIFY(!ConnectDialog::recent().isEmpty());
        QVERIFY(ConnectDialog::recent().first().contains(m_database));
        for (const QString& r : ConnectDialog::recent())
            QVERIFY(!r.contains(QLatin1String("s3cret")));
    }

    void saveACopyWritesASqliteWorkspace()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(pg().uri(m_database, QStringLiteral("cora")), &error),
                 qPrintable(error));
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("copy.mcfund"));
        QVERIFY2(window.workspace()->saveCopyWithPending(target, &error), qPrintable(error));
        Database copy;
        QVERIFY2(copy.open(target, &error), qPrintable(error));
        QSqlQuery q(copy.connection());
        // What the coordinator's role reads: their institution's projects.
        QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT institution_uid), count(*) FROM project")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), pg().value(QStringLiteral("cora"), m_database,
                                                QStringLiteral("SELECT count(*) FROM project"))
                                         .toInt());
    }
};

QTEST_MAIN(TestSharedWindow)
#include "tst_sharedwindow.moc"
