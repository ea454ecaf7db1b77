#include "dialogs/conflictdialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/mergedialog.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "pages/detailform.h"
#include "pages/tablepage.h"
#include "tables/filterbar.h"
#include "tables/tablemodel.h"
#include "testworkspace.h"
#include "uitest.h"
#include "workspace.h"

#include "domain/translations.h"
#include "packages/institutionpackage.h"
#include "storage/database.h"
#include "storage/integritystamps.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <pwd.h>
#include <unistd.h>

using namespace mcfund;
using test::settle;
using test::value;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    TablePage* m_projects = nullptr;

    QSqlDatabase db() const { return m_window->workspace()->database().connection(); }

    /** Gives project \a uid a requested amount through the window's workspace (the official data has none).
     */
    bool setRequested(const QString& uid, qint64 cents)
    {
        const QVariant before =
            value(db(), QStringLiteral("SELECT requested_cents FROM project WHERE uid = ?"), {uid});
        QString message;
        const bool ok = m_window->workspace()->apply(
            EditBatch::change(Entity::Project, uid, QStringLiteral("requested_cents"), before, cents,
                              QStringLiteral("amount")),
            &message);
        if (!ok)
            qWarning("%s", qPrintable(message));
        return ok;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings and stamps of sound files: the test's own
        Translations::install(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>();
        QString error;
        QVERIFY2(m_window->openWorkspace(m_dir.filePath(QStringLiteral("w.sqlite")), &error),
                 qPrintable(error));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPage(Entity::Project);
        m_projects = m_window->page(Entity::Project);
        QVERIFY(m_projects);
        QVERIFY(settle(m_projects->model()));
    }

    void windowTitleNamesTheWorkspace()
    {
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("w.sqlite")));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("official data")));
        QCOMPARE(m_projects->countText(), QStringLiteral("88 projects"));
    }

    void typingIntoTheFilter()
    {
        QLineEdit* search = m_projects->filterBar()->searchField();
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("biomanufacturing"));
        QTRY_COMPARE_WITH_TIMEOUT(m_projects->model()->filter().text, QStringLiteral("biomanufacturing"),
                                  3000);
        QVERIFY(settle(m_projects->model()));
        QCOMPARE(m_projects->model()->rowCount(), 2);
        QCOMPARE(m_projects->countText(), QStringLiteral("2 of 88 projects"));
        auto* status = m_window->findChild<QLabel*>(QStringLiteral("countLabel"));
        QTRY_COMPARE(status->text(), QStringLiteral("2 of 88 projects"));
        // Accent-insensitive, both languages: "education" finds the French "éducation".
        search->clear();
        QTest::keyClicks(search, QStringLiteral("education petite"));
        QTRY_COMPARE_WITH_TIMEOUT(m_projects->model()->filter().text, QStringLiteral("education petite"),
                                  3000);
        QVERIFY(settle(m_projects->model()));
        QCOMPARE(m_projects->model()->rowCount(), 1);
        QVERIFY(m_projects->model()->index(0, 0).data().toString().contains(QStringLiteral("éducation")));
        // Nothing matches: the table says so, in words, and how to get the rows back.
        auto* hint = m_projects->findChild<QLabel*>(QStringLiteral("emptyHint"));
        QVERIFY(hint);
        QVERIFY(hint->isHidden());
        FilterSpec nothing;
        nothing.text = QStringLiteral("zzzqqq");
        m_projects->setFilter(nothing);
        QVERIFY(settle(m_projects->model()));
        QCOMPARE(m_projects->model()->rowCount(), 0);
        QTRY_VERIFY(!hint->isHidden());
        QVERIFY2(hint->text().contains(QStringLiteral("Clear all")), qPrintable(hint->text()));
        m_projects->setFilter(FilterSpec());
        QVERIFY(settle(m_projects->model()));
        QCOMPARE(m_projects->model()->rowCount(), 88);
        QTRY_VERIFY(hint->isHidden());
        // The official data lists no micro-credentials: that page invites an addition or an import.
        m_window->showPage(Entity::Credential);
        TablePage* credentials = m_window->page(Entity::Credential);
        QVERIFY(settle(credentials->model()));
        auto* empty = credentials->findChild<QLabel*>(QStringLiteral("emptyHint"));
        QTRY_VERIFY(!empty->isHidden());
        QVERIFY2(empty->text().contains(QStringLiteral("Import")), qPrintable(empty->text()));
        m_window->showPage(Entity::Project);
    }

    void editConflictShowsWhatItWasTheirsAndMine()
    {
        // The same field saved by someone else first: the three values side by side, nothing typed dropped.
        RowEdit r;
        r.op = RowEdit::Op::Update;
        r.entity = Entity::Project;
        r.uid = QStringLiteral("p1");
        r.before = {{QStringLiteral("target_learners"), 40},
                    {QStringLiteral("title_en"), QStringLiteral("Old")}};
        r.after = {{QStringLiteral("target_learners"), 55},
                   {QStringLiteral("title_en"), QStringLiteral("Mine")}};
        const EditBatch batch(QStringLiteral("edit"), {r});
        const QList<EditProblem> problems = {
            EditProblem(0, QStringLiteral("target_learners"), QStringLiteral("changed"), QVariant(60)),
            EditProblem(0, QStringLiteral("title_en"), QStringLiteral("changed"), QVariant())};
        ConflictDialog dialog(batch, problems);
        QTableWidget* t = dialog.table();
        QCOMPARE(t->rowCount(), 2);
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("Target learners"));
        QCOMPARE(t->item(0, 1)->text(), QStringLiteral("40"));
        QCOMPARE(t->item(0, 2)->text(), QStringLiteral("60"));
        QCOMPARE(t->item(0, 3)->text(), QStringLiteral("55"));
        QCOMPARE(t->item(1, 2)->text(), QStringLiteral("(empty)")); // they cleared it
        QCOMPARE(t->item(1, 3)->text(), QStringLiteral("Mine"));
        QCOMPARE(t->horizontalHeaderItem(1)->text(), QStringLiteral("It was"));
        auto* mine = dialog.findChild<QPushButton*>(QStringLiteral("useMine"));
        auto* theirs = dialog.findChild<QPushButton*>(QStringLiteral("keepTheirs"));
        QVERIFY(mine && theirs && theirs->isDefault());
        // Without a modal loop (the other functions share this test's window and its focus).
        mine->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        theirs->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void onlyThePageInFrontWorksInTheBackground()
    {
        // Opening a large workspace must not order every table at once: the page in front only.
        m_window->showPage(Entity::Credential);
        QVERIFY(m_window->page(Entity::Credential)->model()->isActive());
        for (Entity e : {Entity::Project, Entity::Institution, Entity::Round, Entity::Partner})
            QVERIFY2(!m_window->page(e)->model()->isActive(), qPrintable(Schema::entity(e).name));
        QVERIFY(!m_window->dashboard()->isActive());
        m_window->showDashboard();
        QVERIFY(m_window->dashboard()->isActive());
        QVERIFY(!m_window->page(Entity::Credential)->model()->isActive());
        QTRY_VERIFY(!m_window->dashboard()->isLoading());
        m_window->showPage(Entity::Project);
        QVERIFY(m_window->page(Entity::Project)->model()->isActive());
        QVERIFY(!m_window->dashboard()->isActive());
        QVERIFY(settle(m_window->page(Entity::Project)->model()));
        QCOMPARE(m_window->page(Entity::Project)->model()->matchingCount(), 88);
    }

    void aDashboardLeftBeforeItsFiguresAreReadReadsThemWhenShownAgain()
    {
        // The window opens on the last page used; a dashboard asked for figures and hidden before they were
        // read (a workspace opened on a table) must leave the cores to the table until it is shown.
        m_window->showDashboard();
        DashboardPage* dashboard = m_window->dashboard();
        QTRY_VERIFY(!dashboard->isLoading());
        QSignalSpy refreshed(dashboard, &DashboardPage::refreshed);
        dashboard->refresh();
        m_window->showPage(Entity::Credential);
        QTest::qWait(400);
        QCOMPARE(refreshed.count(), 0);
        QVERIFY(dashboard->isLoading());
        m_window->showDashboard();
        QTRY_COMPARE(refreshed.count(), 1);
        QVERIFY(!dashboard->isLoading());
        // The projects page in front again, as the functions that edit it expect.
        m_window->showPage(Entity::Project);
    }

    void aWorkspaceFoundSoundIsNotReadWholeAgain()
    {
        // The window checks a workspace whole in the background unless it is stamped sound as it is; a
        // session that found it sound and closes cleanly leaves it stamped for the next open.
        const QString p = m_dir.filePath(QStringLiteral("stamped.sqlite"));
        QString error;
        {
            Database made;
            QVERIFY2(made.open(p, &error), qPrintable(error));
        }
        // Touched by something else since: no longer known sound.
        QFile f(p);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(
            f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60), QFileDevice::FileModificationTime));
        f.close();
        QVERIFY(!IntegrityStamps::isCurrent(p));
        {
            MainWindow w;
            QVERIFY2(w.openWorkspace(p, &error), qPrintable(error));
            QVERIFY(!w.workspace()->database().isCheckedSound());
            QTRY_VERIFY(w.workspace()->database().isCheckedSound());
            QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Workspace checked: no damage found."));
        }
        QVERIFY(IntegrityStamps::isCurrent(p));
        MainWindow again;
        QVERIFY2(again.openWorkspace(p, &error), qPrintable(error));
        QVERIFY(again.workspace()->database().isCheckedSound());
        QCOMPARE(again.statusBar()->currentMessage(),
                 QStringLiteral("Workspace opened: sound at its last check, and unchanged since."));
    }

    void anOlderWorkspaceIsUpdatedWhileTheWindowGoesOn()
    {
        // The copy and the migrations run on a thread of their own: the window's events are handled
        // meanwhile (a million-row file takes seconds to copy), and then the workspace opens updated.
        const QString p = m_dir.filePath(QStringLiteral("older.sqlite"));
        QVERIFY(test::olderWorkspace(p));
        MainWindow w;
        bool opening = true;
        bool handledWhileOpening = false;
        QTimer::singleShot(0, &w, [&] { handledWhileOpening = opening; });
        QString error;
        QVERIFY2(w.openWorkspace(p, &error), qPrintable(error));
        opening = false;
        QVERIFY(handledWhileOpening);
        QCOMPARE(value(w.workspace()->database().connection(), QStringLiteral("PRAGMA user_version")).toInt(),
                 8);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("older.sqlite.before-schema-*.bak")}).size(),
                 1);
        w.showPage(Entity::Credential);
        QVERIFY(settle(w.page(Entity::Credential)->model()));
        QCOMPARE(w.page(Entity::Credential)->model()->rowCount(), 2000);
        // A workspace of the latest schema opens as before, without a thread or a copy.
        MainWindow again;
        handledWhileOpening = false;
        opening = true;
        QTimer::singleShot(0, &again, [&] { handledWhileOpening = opening; });
        QVERIFY2(again.openWorkspace(p, &error), qPrintable(error));
        opening = false;
        QVERIFY(!handledWhileOpening);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("older.sqlite.before-schema-*.bak")}).size(),
                 1);
    }

    void aSharedWorkspaceIsReachedWhileTheWindowGoesOn()
    {
        // The network may keep a connection waiting up to its timeout: the window's events are handled
        // meanwhile. Nothing listens on port 1, so the attempt fails, saying where it tried.
        MainWindow w;
        bool opening = true;
        bool handledWhileOpening = false;
        QTimer::singleShot(0, &w, [&] { handledWhileOpening = opening; });
        QString error;
        QVERIFY(!w.openWorkspace(QStringLiteral("postgresql://nobody@127.0.0.1:1/fund"), &error));
        opening = false;
        QVERIFY(handledWhileOpening);
        QVERIFY2(error.contains(QStringLiteral("127.0.0.1")), qPrintable(error));
        QVERIFY(!w.workspace());
    }

    void theEditorsNameIsTheAccountsNotAFolders()
    {
        // With no name in the settings and no USER, LOGNAME or USERNAME, the name is the operating system's
        // account (getpwuid), never the home folder's name.
        const QByteArray user = qgetenv("USER"), logname = qgetenv("LOGNAME"), username = qgetenv("USERNAME"),
                         home = qgetenv("HOME");
        QTemporaryDir folder;
        const QString fakeHome = folder.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(fakeHome));
        qunsetenv("USER");
        qunsetenv("LOGNAME");
        qunsetenv("USERNAME");
        qputenv("HOME", QFile::encodeName(fakeHome));
        const QString name = Workspace::userName();
        qputenv("HOME", home);
        for (const auto& [variable, value] :
             {std::pair{"USER", user}, {"LOGNAME", logname}, {"USERNAME", username}})
            if (!value.isEmpty())
                qputenv(variable, value);
        const passwd* account = getpwuid(getuid());
        QVERIFY(account && account->pw_name);
        QCOMPARE(name, QString::fromLocal8Bit(account->pw_name));
        QVERIFY(name != QStringLiteral("home"));
    }

    void editACellUndoRedo()
    {
        TableModel* model = m_projects->model();
        QTableView* table = m_projects->table();
        const int column = model->columnOf(QStringLiteral("requested_cents"));
        const QModelIndex cell = model->index(5, column);
        const QString uid = model->uidAt(5);
        table->setFocus();
        table->setCurrentIndex(cell);
        QTest::keyClick(table, Qt::Key_F2);
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("45,000"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(value(db(), QStringLiteral("SELECT requested_cents FROM project WHERE uid = ?"), {uid})
                         .toLongLong(),
                     qint64(4500000));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("edited")));
        QCOMPARE(m_window->workspace()->undoStack()->undoText(), QStringLiteral("change of requested"));
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QVERIFY(
            value(db(), QStringLiteral("SELECT requested_cents FROM project WHERE uid = ?"), {uid}).isNull());
        QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
        QCOMPARE(value(db(), QStringLiteral("SELECT requested_cents FROM project WHERE uid = ?"), {uid})
                     .toLongLong(),
                 qint64(4500000));
        // Every step is in the change log: the edit, the undo and the redo.
        QCOMPARE(
            value(db(), QStringLiteral("SELECT group_concat(origin) FROM change_log WHERE uid = ?"), {uid})
                .toString(),
            QStringLiteral("edit,undo,redo"));
    }

    void typingInOneFieldIsOneUndoStep()
    {
        // Changes of one field of one record in quick succession are one step to undo, back to the value
        // before the first; a change of another field is a step of its own.
        const QString uid = m_projects->model()->uidAt(7);
        QUndoStack* undo = m_window->workspace()->undoStack();
        const QVariant original =
            value(db(), QStringLiteral("SELECT target_learners FROM project WHERE uid = ?"), {uid});
        const int steps = undo->count();
        QString message;
        QVariant was = original;
        for (int typed : {1, 12, 120}) {
            QVERIFY2(m_window->workspace()->apply(
                         EditBatch::change(Entity::Project, uid, QStringLiteral("target_learners"), was,
                                           typed, QStringLiteral("change of learners")),
                         &message),
                     qPrintable(message));
            was = typed;
        }
        QCOMPARE(undo->count(), steps + 1);
        QVERIFY2(m_window->workspace()->apply(
                     EditBatch::change(Entity::Project, uid, QStringLiteral("end_on"),
                                       value(db(),
                                             QStringLiteral("SELECT end_on FROM project "
                                                            "WHERE uid = ?"),
                                             {uid}),
                                       QStringLiteral("2026-03-31"), QStringLiteral("change of end")),
                     &message),
                 qPrintable(message));
        QCOMPARE(undo->count(), steps + 2);
        undo->undo();
        undo->undo();
        QCOMPARE(value(db(), QStringLiteral("SELECT target_learners FROM project WHERE uid = ?"), {uid}),
                 original);
        // Each change is in the change log all the same: three edits and one undo of the field.
        QCOMPARE(value(db(),
                       QStringLiteral("SELECT group_concat(origin) FROM change_log WHERE uid = ? AND field = "
                                      "'target_learners'"),
                       {uid})
                     .toString(),
                 QStringLiteral("edit,edit,edit,undo"));
        undo->redo();
        undo->redo();
    }

    void invalidCellIsRefusedAtTheField()
    {
        TableModel* model = m_projects->model();
        QTableView* table = m_projects->table();
        const int column = model->columnOf(QStringLiteral("requested_cents"));
        const QString uid = model->uidAt(6);
        table->setCurrentIndex(model->index(6, column));
        QTest::keyClick(table, Qt::Key_F2);
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("-500"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("negative")));
        QVERIFY(
            value(db(), QStringLiteral("SELECT requested_cents FROM project WHERE uid = ?"), {uid}).isNull());
    }

    void pasteABlock()
    {
        TableModel* model = m_projects->model();
        QTableView* table = m_projects->table();
        const int learners = model->columnOf(QStringLiteral("target_learners"));
        const QStringList uids = {model->uidAt(10), model->uidAt(11), model->uidAt(12)};
        table->setFocus();
        table->setCurrentIndex(model->index(10, learners));
        // Target learners and planned micro-credentials, three rows, as a spreadsheet puts them on the
        // clipboard.
        QApplication::clipboard()->setText(QStringLiteral("40\t2\r\n1,200\t3\r\n75\t1\r\n"));
        QTest::keySequence(table, QKeySequence::Paste);
        QTRY_COMPARE(
            value(db(), QStringLiteral("SELECT target_learners FROM project WHERE uid = ?"), {uids[1]})
                .toLongLong(),
            qint64(1200));
        QCOMPARE(
            value(db(), QStringLiteral("SELECT planned_credentials FROM project WHERE uid = ?"), {uids[2]})
                .toLongLong(),
            qint64(1));
        QCOMPARE(m_window->workspace()->undoStack()->undoText(), QStringLiteral("paste of 6 cells"));
        m_window->workspace()->undoStack()->undo();
        for (const QString& u : uids)
            QVERIFY(value(db(), QStringLiteral("SELECT target_learners FROM project WHERE uid = ?"), {u})
                        .isNull());
    }

    void invalidPasteWritesNothing()
    {
        TableModel* model = m_projects->model();
        const int learners = model->columnOf(QStringLiteral("target_learners"));
        const int institution = model->columnOf(QStringLiteral("institution_uid"));
        const qint64 logBefore = value(db(), QStringLiteral("SELECT COUNT(*) FROM change_log")).toLongLong();
        m_projects->table()->setCurrentIndex(model->index(20, learners));
        QString message;
        QVERIFY(!m_projects->pasteText(QStringLiteral("40\t2\nmany\t3\n-5\t1\n"), &message));
        QVERIFY2(message.contains(QStringLiteral("Row 22")) && message.contains(QStringLiteral("many")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("Row 23")));
        QCOMPARE(value(db(), QStringLiteral("SELECT COUNT(*) FROM change_log")).toLongLong(), logBefore);
        QVERIFY(value(db(), QStringLiteral("SELECT target_learners FROM project WHERE uid = ?"),
                      {model->uidAt(20)})
                    .isNull());
        // An institution that does not exist.
        m_projects->table()->setCurrentIndex(model->index(20, institution));
        QVERIFY(!m_projects->pasteText(QStringLiteral("Hogwarts School\n"), &message));
        QVERIFY2(message.contains(QStringLiteral("Hogwarts")), qPrintable(message));
        QCOMPARE(value(db(), QStringLiteral("SELECT COUNT(*) FROM change_log")).toLongLong(), logBefore);
    }

    void formEditsBothLanguages()
    {
        TableModel* model = m_projects->model();
        m_projects->table()->setCurrentIndex(model->index(0, 0));
        const QString uid = model->uidAt(0);
        DetailForm* form = m_projects->form();
        QTRY_COMPARE(form->uid(), uid);
        auto* french = form->findChild<QLineEdit*>(QStringLiteral("title_fr"));
        QVERIFY(french);
        QVERIFY(french->isEnabled());
        french->setFocus();
        french->setText(
            QStringLiteral("Compétences de supervision en fabrication de pointe")); // QTest types ASCII only
        QTest::keyClick(french, Qt::Key_Tab);
        QTRY_COMPARE(
            value(db(), QStringLiteral("SELECT title_fr FROM project WHERE uid = ?"), {uid}).toString(),
            QStringLiteral("Compétences de supervision en fabrication de pointe"));
        // A title longer than the limit is refused under the field, and nothing is written.
        auto* english = form->findChild<QLineEdit*>(QStringLiteral("title_en"));
        english->setFocus();
        english->setText(QString(320, QLatin1Char('x')));
        QTest::keyClick(english, Qt::Key_Tab);
        auto* error = form->findChild<QLabel*>(QStringLiteral("title_en_error"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("300")));
        QCOMPARE(value(db(), QStringLiteral("SELECT title_en FROM project WHERE uid = ?"), {uid}).toString(),
                 QStringLiteral("Supervisory Skills in Advanced Manufacturing"));
    }

    void aWideDetailFormUsesTwoColumns()
    {
        // The single-value fields flow into a second column once the form is wide enough, down the first
        // column then down the second, and back into one when it is narrowed; the titles stay full width.
        DetailForm form(m_window->workspace(), Entity::Project);
        form.showRecord(m_projects->model()->uidAt(0));
        form.resize(420, 1400);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QCOMPARE(form.columns(), 1);
        const auto x = [&](const char* field) {
            QWidget* w = form.findChild<QWidget*>(QString::fromLatin1(field));
            return w ? w->mapTo(&form, QPoint(0, 0)).x() : -1;
        };
        const auto y = [&](const char* field) {
            QWidget* w = form.findChild<QWidget*>(QString::fromLatin1(field));
            return w ? w->mapTo(&form, QPoint(0, 0)).y() : -1;
        };
        QVERIFY(x("round_uid") >= 0);
        QCOMPARE(x("end_on"), x("round_uid"));
        QVERIFY(y("end_on") > y("round_uid"));
        form.resize(900, 1400);
        QTRY_COMPARE(form.columns(), 2);
        QTRY_VERIFY(x("end_on") > x("round_uid") + 300);
        QVERIFY(form.findChild<QWidget*>(QStringLiteral("title_fr"))->width() >
                300); // a title: half the width
        form.resize(420, 1400);
        QTRY_COMPARE(form.columns(), 1);
        QTRY_COMPARE(x("end_on"), x("round_uid"));
        form.close();
        m_window->activateWindow();
    }

    void detailFormReadsAsATableDoes()
    {
        // A long title shows its beginning; an amount shows its currency as the table does; a check box
        // carries its own name beside it.
        TableModel* model = m_projects->model();
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r)
            if (model->index(r, 0).data().toString().size() > 60)
                row = r;
        QVERIFY(row >= 0);
        const QString uid = model->uidAt(row);
        QVERIFY(setRequested(uid, 24397700));
        m_projects->table()->setFocus();
        m_projects->table()->setCurrentIndex(model->index(row, 0));
        DetailForm* form = m_projects->form();
        QTRY_COMPARE(form->uid(), uid);
        auto* title = form->findChild<QLineEdit*>(QStringLiteral("title_en"));
        QVERIFY(title->text().size() > 60);
        QCOMPARE(title->cursorPosition(), 0);
        QTRY_COMPARE(form->findChild<QLineEdit*>(QStringLiteral("requested_cents"))->text(),
                     QStringLiteral("$243,977.00"));
        auto* check = form->findChild<QCheckBox*>(QStringLiteral("collaboration"));
        QVERIFY(check);
        QCOMPARE(check->text(), QStringLiteral("Collaboration between institutions"));
    }

    void theWindowFitsTheScreenItOpensOn()
    {
        MainWindow window;
        const QRect area = window.screen()->availableGeometry();
        QVERIFY2(area.contains(window.frameGeometry()), qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                                                       .arg(window.width())
                                                                       .arg(window.height())
                                                                       .arg(area.width())
                                                                       .arg(area.height())));
    }

    void addAndDeleteRows()
    {
        const qint64 before = value(db(), QStringLiteral("SELECT COUNT(*) FROM partner")).toLongLong();
        // The shortcut goes to the active window, whatever an earlier test showed.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->showPage(Entity::Partner);
        TablePage* partners = m_window->page(Entity::Partner);
        QVERIFY(settle(partners->model()));
        QTest::keySequence(m_window.get(), QKeySequence::New);
        QTRY_COMPARE(value(db(), QStringLiteral("SELECT COUNT(*) FROM partner")).toLongLong(), before + 1);
        QTRY_COMPARE(partners->model()->rowCount(), int(before + 1));
        QApplication::focusWidget()->clearFocus(); // leave the editor opened on the new row
        partners->table()->setCurrentIndex(partners->model()->index(int(before), 0));
        QTimer::singleShot(0, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        partners->deleteRows();
        QTRY_COMPARE(value(db(), QStringLiteral("SELECT COUNT(*) FROM partner")).toLongLong(), before);
        m_window->workspace()->undoStack()->undo();
        QCOMPARE(value(db(), QStringLiteral("SELECT COUNT(*) FROM partner")).toLongLong(), before + 1);
    }

    void deleteThatWouldOrphanIsRefused()
    {
        m_window->showPage(Entity::Institution);
        TablePage* institutions = m_window->page(Entity::Institution);
        QVERIFY(settle(institutions->model()));
        institutions->table()->setCurrentIndex(institutions->model()->index(0, 0));
        QString shown;
        QTimer::singleShot(0, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QTimer::singleShot(200, [&shown] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        institutions->deleteRows();
        QVERIFY2(shown.contains(QStringLiteral("refer to it")), qPrintable(shown));
        QCOMPARE(value(db(), QStringLiteral("SELECT COUNT(*) FROM institution")).toLongLong(), qint64(36));
    }

    void switchLanguageWhileRunning()
    {
        m_window->showPage(Entity::Project);
        QVERIFY(settle(m_projects->model()));
        auto menuTitles = [this] {
            QStringList t;
            for (QAction* a : m_window->menuBar()->actions())
                t << a->text();
            return t;
        };
        QVERIFY(menuTitles().contains(QStringLiteral("&File")));
        QAction* french = nullptr;
        for (QAction* a : m_window->findChildren<QAction*>())
            if (a->text() == QStringLiteral("Français"))
                french = a;
        QVERIFY(french);
        french->trigger();
        QTRY_VERIFY(menuTitles().contains(QStringLiteral("&Fichier")));
        QCOMPARE(m_projects->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Titre"));
        auto* sector = m_projects->filterBar()->findChild<QToolButton*>(QStringLiteral("sectorFilter"));
        QVERIFY(sector->text().startsWith(QStringLiteral("Secteur")));
        auto* status = m_window->findChild<QLabel*>(QStringLiteral("countLabel"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("projets")));
        // Amounts follow the language's Canadian locale (the official data has none: one is given here).
        const int requested = m_projects->model()->columnOf(QStringLiteral("requested_cents"));
        const QString uid = m_projects->model()->uidAt(5);
        QVERIFY(setRequested(uid, 123456));
        QTRY_VERIFY(
            m_projects->model()->index(5, requested).data().toString().contains(QStringLiteral(",56")));
        QString amount = m_projects->model()->index(5, requested).data().toString();
        amount.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
        QCOMPARE(amount, QStringLiteral("1 234,56 $"));
        // The count of rows without French titles shows, and applies as a filter.
        auto* missing = m_window->findChild<QToolButton*>(QStringLiteral("missingTranslations"));
        QTRY_VERIFY(missing->isVisible());
        QVERIFY(missing->text().contains(QStringLiteral("sans texte français")));
        missing->click();
        QVERIFY(settle(m_projects->model()));
        QCOMPARE(m_projects->model()->filter().missing, std::optional<MissingText>(MissingText::French));
        QCOMPARE(
            qint64(m_projects->model()->rowCount()),
            value(db(), QStringLiteral("SELECT COUNT(*) FROM project WHERE title_fr IS NULL")).toLongLong());
        m_projects->setFilter(FilterSpec());
        QAction* english = nullptr;
        for (QAction* a : m_window->findChildren<QAction*>())
            if (a->text() == QStringLiteral("English"))
                english = a;
        english->trigger();
        QTRY_VERIFY(menuTitles().contains(QStringLiteral("&File")));
        QCOMPARE(m_projects->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Title"));
    }

    void importWizardImportsTheValidRowsAsOneStep()
    {
        const QString file = m_dir.filePath(QStringLiteral("credentials.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // French headers; the third row names an institution that does not exist.
        f.write("Titre (anglais);Titre (français);Établissement;Heures\n"
                "Palliative care;Soins palliatifs;Fleming College;40\n"
                "Batteries;Batteries;Fleming College;25\n"
                "Unknown;Inconnu;Hogwarts;10\n");
        f.close();
        const qint64 before =
            value(db(), QStringLiteral("SELECT COUNT(*) FROM micro_credential")).toLongLong();
        ImportWizard wizard(m_window->workspace(), Entity::Credential, m_window.get());
        QString error;
        QVERIFY2(wizard.loadFile(file, &error), qPrintable(error));
        wizard.show();
        wizard.next();
        // The mapping was guessed from the French headers.
        QCOMPARE(wizard.mappingTable()->rowCount(), 4);
        auto* field = qobject_cast<QComboBox*>(wizard.mappingTable()->cellWidget(2, 2));
        QVERIFY(field);
        QCOMPARE(field->currentData().toString(), QStringLiteral("institution_uid"));
        wizard.next();
        QCOMPARE(wizard.report().problems.size(), 1);
        // MCFUND_SCREENSHOTS=docs regenerates the README's picture of the wizard.
        if (qEnvironmentVariableIsSet("MCFUND_SCREENSHOTS"))
            wizard.grab().save(qEnvironmentVariable("MCFUND_SCREENSHOTS") +
                               QStringLiteral("/import-wizard.png"));
        QCOMPARE(wizard.report().problems.first().line, 4);
        QVERIFY(wizard.report().problems.first().message.contains(QStringLiteral("Hogwarts")));
        QVERIFY2(wizard.importNow(&error), qPrintable(error));
        QCOMPARE(value(db(), QStringLiteral("SELECT COUNT(*) FROM micro_credential")).toLongLong(),
                 before + 2);
        QCOMPARE(value(db(), QStringLiteral("SELECT hours FROM micro_credential WHERE title_fr = ?"),
                       {QStringLiteral("Batteries")})
                     .toInt(),
                 25);
        // The whole import is one step of Edit ▸ Undo.
        m_window->workspace()->undoStack()->undo();
        QCOMPARE(value(db(), QStringLiteral("SELECT COUNT(*) FROM micro_credential")).toLongLong(), before);
    }

    void largeBatchIsWrittenAndUndoneInTheBackground()
    {
        EditBatch batch{QStringLiteral("import of 2000 rows"), {}};
        for (int i = 0; i < 2000; ++i) {
            RowEdit add;
            add.op = RowEdit::Op::Insert;
            add.entity = Entity::Partner;
            add.after = {{QStringLiteral("name"), QStringLiteral("Bulk employer %1").arg(i)},
                         {QStringLiteral("kind"), QStringLiteral("employer")}};
            batch.rows << add;
        }
        const QString count =
            QStringLiteral("SELECT COUNT(*) FROM partner WHERE name LIKE 'Bulk employer %'");
        QSignalSpy changed(m_window->workspace(), &Workspace::changed);
        QString error;
        QVERIFY2(m_window->workspace()->apply(batch, &error, QStringLiteral("paste")), qPrintable(error));
        QCOMPARE(value(db(), count).toInt(), 2000);
        QCOMPARE(changed.size(), 1);
        // Undo and redo of 2000 rows take the background path too (applyDirect, without Cancel).
        m_window->workspace()->undoStack()->undo();
        QCOMPARE(value(db(), count).toInt(), 0);
        m_window->workspace()->undoStack()->redo();
        QCOMPARE(value(db(), count).toInt(), 2000);
        QCOMPARE(
            value(db(), QStringLiteral("SELECT COUNT(DISTINCT uid) FROM change_log WHERE origin = 'undo' AND "
                                       "uid IN (SELECT uid FROM partner WHERE name LIKE 'Bulk employer %')"))
                .toInt(),
            2000);
        m_window->workspace()->undoStack()->undo();
    }

    void importWizardSaysWhenTheSavedMappingsCannotBeRead()
    {
        // The saved mappings are read from the workspace; when that fails the list says so in an item that
        // cannot be chosen (and Use does nothing with it), rather than looking like no mapping was saved.
        const QString file = m_dir.filePath(QStringLiteral("presets-unread.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Title (English),Hours\nPalliative care,40\n");
        f.close();
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE import_preset RENAME TO import_preset_away")));
        const auto back = qScopeGuard([this] {
            QSqlQuery undo(db());
            undo.exec(QStringLiteral("ALTER TABLE import_preset_away RENAME TO import_preset"));
        });
        ImportWizard wizard(m_window->workspace(), Entity::Credential, m_window.get());
        QString error;
        QVERIFY2(wizard.loadFile(file, &error), qPrintable(error));
        wizard.show();
        wizard.next();
        auto* presets = wizard.findChild<QComboBox*>(QStringLiteral("presets"));
        QVERIFY(presets);
        QCOMPARE(presets->count(), 1);
        QVERIFY2(presets->itemText(0).startsWith(QStringLiteral("Cannot read the saved mappings: ")),
                 qPrintable(presets->itemText(0)));
        QVERIFY(!(presets->model()->flags(presets->model()->index(0, 0)) & Qt::ItemIsEnabled));
        QVERIFY2(presets->itemText(0).contains(QStringLiteral("import_preset")),
                 qPrintable(presets->itemText(0)));
        QCOMPARE(wizard.mappingTable()->rowCount(), 2); // the columns are still there to map by hand
    }

    void largeImportIsStreamedAndUndoneFromTheChangeLog()
    {
        // 3,000 new partners and one repeated: the wizard reads the file twice (check, then write) a row at a
        // time, and the undo step holds only the change-log batch.
        const QString file = m_dir.filePath(QStringLiteral("partners.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Name,Kind\n");
        for (int i = 0; i < 3000; ++i)
            f.write(QStringLiteral("Streamed partner %1,%2\n")
                        .arg(i)
                        .arg(i % 2 ? QStringLiteral("Employer") : QStringLiteral("Industry association"))
                        .toUtf8());
        f.write("Streamed partner 7,Employer\n");
        f.close();
        const QString count =
            QStringLiteral("SELECT COUNT(*) FROM partner WHERE name LIKE 'Streamed partner %'");
        const int before = value(db(), QStringLiteral("SELECT COUNT(*) FROM partner")).toInt();
        ImportWizard wizard(m_window->workspace(), Entity::Partner, m_window.get());
        QString error;
        QVERIFY2(wizard.loadFile(file, &error), qPrintable(error));
        wizard.show();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.report().rows, 3001);
        QCOMPARE(wizard.report().added, 3000);
        QCOMPARE(wizard.report().refused, 1);
        QCOMPARE(wizard.report().problems.first().line, 3002);
        QVERIFY2(wizard.importNow(&error), qPrintable(error));
        QCOMPARE(value(db(), count).toInt(), 3000);
        QCOMPARE(value(db(), QStringLiteral("SELECT kind FROM partner WHERE name = 'Streamed partner 2'"))
                     .toString(),
                 QStringLiteral("industry_association"));
        QUndoStack* stack = m_window->workspace()->undoStack();
        QCOMPARE(stack->undoText(), QStringLiteral("import of 3000 rows"));
        stack->undo();
        QCOMPARE(value(db(), count).toInt(), 0);
        QCOMPARE(value(db(), QStringLiteral("SELECT COUNT(*) FROM partner")).toInt(), before);
        stack->redo();
        QCOMPARE(value(db(), count).toInt(), 3000);
        QCOMPARE(value(db(), QStringLiteral("SELECT kind FROM partner WHERE name = 'Streamed partner 3'"))
                     .toString(),
                 QStringLiteral("employer"));
        // The redo put the same records back, under the same ids.
        QCOMPARE(value(db(), QStringLiteral(
                                 "SELECT COUNT(DISTINCT uid) FROM change_log WHERE origin = 'redo' AND "
                                 "uid IN (SELECT uid FROM partner WHERE name LIKE 'Streamed partner %')"))
                     .toInt(),
                 3000);
        stack->undo();
        QCOMPARE(value(db(), count).toInt(), 0);
    }

    void mergeDialogOffersToPutBackARecordDeletedHere()
    {
        Workspace* w = m_window->workspace();
        const QString pkg = m_dir.filePath(QStringLiteral("dialog.mcfpkg"));
        QString error;
        QVERIFY2(InstitutionPackage::exportTo(w->database(), QStringLiteral("Georgian College"), 0, pkg,
                                              QStringLiteral("ministry"), nullptr, &error),
                 qPrintable(error));
        const QString uid =
            value(db(), QStringLiteral(
                            "SELECT p.uid FROM project p JOIN institution i ON i.uid = p.institution_uid "
                            "WHERE i.name_en = 'Georgian College' AND NOT EXISTS (SELECT 1 FROM "
                            "project_partner x WHERE x.project_uid = p.uid) AND NOT EXISTS (SELECT 1 FROM "
                            "micro_credential m WHERE m.project_uid = p.uid) LIMIT 1"))
                .toString();
        QVERIFY(!uid.isEmpty());
        const QString title =
            value(db(), QStringLiteral("SELECT title_en FROM project WHERE uid = ?"), {uid}).toString();
        {
            QSqlDatabase edit =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("package-edit"));
            edit.setDatabaseName(pkg);
            QVERIFY(edit.open());
            QSqlQuery q(edit);
            QVERIFY(
                q.exec(QStringLiteral("UPDATE project SET target_learners = 55 WHERE uid = '%1'").arg(uid)));
            edit.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("package-edit"));
        QVERIFY2(w->apply(EditBatch{QStringLiteral("delete"),
                                    {RowEdit{RowEdit::Op::Delete, Entity::Project, uid, {}, {}}}},
                          &error),
                 qPrintable(error));
        MergePlan plan;
        QVERIFY2(PackageMerger::plan(db(), pkg, &plan, &error), qPrintable(error));
        MergeDialog dialog(w, plan, m_window.get());
        QTableWidget* back = dialog.restorationTable();
        QCOMPARE(back->rowCount(), 1);
        QCOMPARE(back->item(0, 1)->text(), title);
        QCOMPARE(back->item(0, 0)->text(), QStringLiteral("no")); // the choice in words, not only a check box
        back->item(0, 0)->setCheckState(Qt::Checked);
        QCOMPARE(back->item(0, 0)->text(), QStringLiteral("yes"));
        QVERIFY(dialog.plan().restorations.first().accept);
        if (qEnvironmentVariableIsSet("MCFUND_SCREENSHOTS")) {
            dialog.show();
            if (auto* tabs = dialog.findChild<QTabWidget*>())
                tabs->setCurrentWidget(back);
            dialog.grab().save(qEnvironmentVariable("MCFUND_SCREENSHOTS") +
                               QStringLiteral("/merge-restore.png"));
        }
        dialog.accept();
        QCOMPARE(
            value(db(), QStringLiteral("SELECT target_learners FROM project WHERE uid = ?"), {uid}).toInt(),
            55);
        // One step of Edit ▸ Undo takes the merge back: deleted again.
        w->undoStack()->undo();
        QVERIFY(value(db(), QStringLiteral("SELECT COUNT(*) FROM project WHERE uid = ?"), {uid}).toInt() ==
                0);
    }

    void cleanupTestCase()
    {
        m_window->close();
        m_window.reset();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
