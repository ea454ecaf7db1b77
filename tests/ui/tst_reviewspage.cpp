#include "dialogs/assigndialog.h"
#include "dialogs/decisiondialog.h"
#include "mainwindow.h"
#include "pages/historypanel.h"
#include "pages/reviewspage.h"
#include "tables/auditmodel.h"
#include "tables/fieldeditor.h"
#include "tables/rankingmodel.h"
#include "testworkspace.h"
#include "uitest.h"
#include "workspace.h"

#include "domain/translations.h"
#include "edits/editengine.h"
#include "review/assignments.h"
#include "review/reviewscores.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "synthetic/generator.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mcfund;
using test::value;

class TestReviewsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QSqlDatabase db() const { return m_window->workspace()->database().connection(); }
    /** Sets a round's envelope through the window's one edit path (one undoable step). */
    bool setEnvelope(const QString& round, qint64 cents)
    {
        const QVariant before =
            value(db(), QStringLiteral("SELECT envelope_cents FROM funding_round WHERE uid = ?"), {round});
        QString error;
        return m_window->workspace()->apply(EditBatch::change(Entity::Round, round,
                                                              QStringLiteral("envelope_cents"), before, cents,
                                                              QStringLiteral("envelope")),
                                            &error);
    }

    /**
     * Opens a new workspace \a file (the official data) in \a window with every Round 2 application
     * submitted, and gives that round's uid: empty with the reason in \a error if it could not.
     */
    QString openWithRound2Submitted(MainWindow& window, const QString& file, QString* error)
    {
        if (!window.openWorkspace(m_dir.filePath(file), error))
            return QString();
        const QSqlDatabase db = window.workspace()->database().connection();
        const QString round = Repository(db).roundByNumber(2)->uid;
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "UPDATE project SET status = 'submitted', approved_cents = NULL WHERE round_uid = ?"));
        q.addBindValue(round);
        if (!q.exec()) {
            *error = q.lastError().text();
            return QString();
        }
        return round;
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        qputenv("USER", "tester");
        GeneratorOptions o;
        o.projects = 300;
        o.credentials = 300;
        o.seed = 4;
        QString error;
        QVERIFY(Generator::generate(m_dir.filePath(QStringLiteral("g.sqlite")), o, &error));
        m_window = std::make_unique<MainWindow>();
        QVERIFY2(m_window->openWorkspace(m_dir.filePath(QStringLiteral("g.sqlite")), &error),
                 qPrintable(error));
        m_window->show();
        m_window->showReviews();
        // The ranking is computed in the background once the page is shown.
        QTRY_VERIFY(!m_window->reviews()->isRefreshing() && m_window->reviews()->ranking()->rowCount() > 0);
    }

    void assignDialogSaysWhenTheReviewersCannotBeRead()
    {
        // The dialog lists the reviewers it can read; when it cannot read them it says so in words,
        // rather than showing an empty list that reads as "no reviewers yet".
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(m_dir.filePath(QStringLiteral("unread-reviewers.sqlite")), &error),
                 qPrintable(error));
        const QSqlDatabase db = window.workspace()->database().connection();
        const QString round = Repository(db).roundByNumber(2)->uid;
        {
            AssignDialog sound(window.workspace(), round, QStringLiteral("Round 2"), QString(), QString());
            QVERIFY(!sound.findChild<QLabel*>(QStringLiteral("reviewersUnread")));
        }
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE review RENAME TO review_away")),
                 qPrintable(q.lastError().text()));
        AssignDialog dialog(window.workspace(), round, QStringLiteral("Round 2"), QString(), QString());
        auto* why = dialog.findChild<QLabel*>(QStringLiteral("reviewersUnread"));
        QVERIFY(why);
        QVERIFY2(why->text().startsWith(QStringLiteral("Cannot read the reviewers: ")),
                 qPrintable(why->text()));
        QCOMPARE(why->accessibleName(), why->text());
        QCOMPARE(dialog.reviewerList()->count(), 0);
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE review_away RENAME TO review")),
                 qPrintable(q.lastError().text()));
    }

    void applicationSaysWhenItsScoresCannotBeRead()
    {
        // An application whose reviews cannot be read shows why, and its score editors stay closed:
        // empty scores offered to the reviewer would read as "not scored yet", and saving them would
        // write over the real ones.
        MainWindow window;
        QString error;
        const QString round = openWithRound2Submitted(window, QStringLiteral("unread-scores.sqlite"), &error);
        QVERIFY2(!round.isEmpty(), qPrintable(error));
        const QSqlDatabase db = window.workspace()->database().connection();
        QSqlQuery q(db);
        window.show();
        window.showReviews();
        ReviewsPage* page = window.reviews();
        page->setRound(round);
        QTRY_VERIFY(!page->isRefreshing() && page->ranking()->rowCount() == 88);
        const QString app = page->ranking()->rows().at(0).uid;
        auto* text = page->findChild<QLabel*>(QStringLiteral("consensusText"));
        auto* scores = page->findChild<QGroupBox*>(QStringLiteral("myScores"));
        QVERIFY(text && scores);
        QVERIFY(page->selectApplication(app));
        QCOMPARE(text->text(), QStringLiteral("No complete review yet."));
        QVERIFY(scores->isEnabled());
        QVERIFY(scores->findChild<QPushButton*>(QStringLiteral("saveScores"))->isEnabled());
        QVERIFY(!scores->findChildren<QSpinBox*>().isEmpty());
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE review RENAME TO review_away")),
                 qPrintable(q.lastError().text()));
        QVERIFY(page->selectApplication(app));
        QVERIFY2(text->text().startsWith(QStringLiteral("⚠ Cannot read the scores of this application: ")),
                 qPrintable(text->text()));
        QVERIFY2(text->text().contains(QStringLiteral("review")), qPrintable(text->text())); // the reason
        // Said where the scores are too, and no score can be entered or saved.
        QVERIFY(scores->findChild<QLabel*>(QString(), Qt::FindDirectChildrenOnly));
        QStringList said;
        for (QLabel* l : scores->findChildren<QLabel*>())
            said << l->text();
        QVERIFY2(said.contains(text->text()), qPrintable(said.join(u'|')));
        for (QWidget* w : scores->findChildren<QSpinBox*>())
            QVERIFY(!w->isEnabled());
        for (QWidget* w : scores->findChildren<QLineEdit*>())
            QVERIFY(!w->isEnabled());
        QVERIFY(!scores->findChild<QPushButton*>(QStringLiteral("saveScores"))->isEnabled());
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE review_away RENAME TO review")),
                 qPrintable(q.lastError().text()));
        // The round's rules out of reach: the intake flags say so, never "No intake flags."
        auto* flags = page->findChild<QLabel*>(QStringLiteral("intakeFlags"));
        QVERIFY(flags);
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE round_rule RENAME TO round_rule_away")),
                 qPrintable(q.lastError().text()));
        QVERIFY(page->selectApplication(app));
        QVERIFY2(flags->text().startsWith(QStringLiteral("⚠ Cannot read the rules of the round: ")),
                 qPrintable(flags->text()));
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE round_rule_away RENAME TO round_rule")),
                 qPrintable(q.lastError().text()));
        QVERIFY(page->selectApplication(app)); // readable again: open again
        QVERIFY2(!flags->text().startsWith(QStringLiteral("⚠ Cannot")), qPrintable(flags->text()));
        QVERIFY(scores->findChild<QPushButton*>(QStringLiteral("saveScores"))->isEnabled());
        QCOMPARE(text->text(), QStringLiteral("No complete review yet."));
        // The criteria of a round that cannot be read: said in the place of the score editors.
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("rubricUnread")));
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE review_criterion RENAME TO review_criterion_away")),
                 qPrintable(q.lastError().text()));
        page->setRound(Repository(db).roundByNumber(1)->uid);
        auto* rubric = page->findChild<QLabel*>(QStringLiteral("rubricUnread"));
        QVERIFY(rubric);
        QVERIFY2(rubric->text().startsWith(QStringLiteral("⚠ Cannot read the criteria of this round: ")),
                 qPrintable(rubric->text()));
        QCOMPARE(rubric->accessibleName(), rubric->text());
        QVERIFY(page->findChildren<QSpinBox*>().isEmpty());
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE review_criterion_away RENAME TO review_criterion")),
                 qPrintable(q.lastError().text()));
        QTRY_VERIFY(!page->isRefreshing());
    }

    void historySaysWhenItCannotReadWhoWroteInTheLog()
    {
        // The history's list of users is read when someone opens it; a log that cannot be read is said in
        // the list, in an item that cannot be chosen, rather than a list of "Everyone" and nobody else.
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(m_dir.filePath(QStringLiteral("unread-users.sqlite")), &error),
                 qPrintable(error));
        auto* users = window.history()->findChild<LazyComboBox*>(QStringLiteral("historyUser"));
        QVERIFY(users && !users->isFilled());
        QSqlQuery q(window.workspace()->database().connection());
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE change_log RENAME TO change_log_away")),
                 qPrintable(q.lastError().text()));
        users->fill();
        QCOMPARE(users->itemText(0), QStringLiteral("Everyone"));
        const int last = users->count() - 1;
        QCOMPARE(last, 1);
        QVERIFY2(
            users->itemText(last).startsWith(QStringLiteral("Cannot read who wrote in the change log: ")),
            qPrintable(users->itemText(last)));
        QVERIFY(!(users->model()->flags(users->model()->index(last, 0)) & Qt::ItemIsEnabled));
        QCOMPARE(users->currentIndex(), 0);
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE change_log_away RENAME TO change_log")),
                 qPrintable(q.lastError().text()));
    }

    void reviewingAsATeam()
    {
        // A window of its own on a fresh workspace: Round 2's applications submitted, three reviewers of
        // whom the person at the desk ("tester") is one.
        MainWindow window;
        QString error;
        const QString round = openWithRound2Submitted(window, QStringLiteral("team.sqlite"), &error);
        QVERIFY2(!round.isEmpty(), qPrintable(error));
        const QSqlDatabase db = window.workspace()->database().connection();
        window.show();
        window.showReviews();
        ReviewsPage* page = window.reviews();
        page->setRound(round);
        QTRY_VERIFY(!page->isRefreshing() && page->ranking()->rowCount() == 88);

        // Assign Reviewers…: names added in the dialog, the round filled two per application.
        AssignDialog dialog(window.workspace(), round, QStringLiteral("Round 2"), QString(), QString());
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("newReviewer"));
        QVERIFY(name);
        for (const char* who : {"tester", "rita", "rami"}) {
            name->setText(QString::fromLatin1(who));
            QTest::keyClick(name, Qt::Key_Return);
        }
        QCOMPARE(dialog.reviewerList()->count(), 3);
        QVERIFY(
            !dialog.findChild<QPushButton*>(QStringLiteral("assignOne"))->isEnabled()); // nothing selected
        QVERIFY(dialog.assignRound());
        QCOMPARE(dialog.result(), QStringLiteral("176 new assignments."));
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM assignment")).toInt(), 176);
        QVERIFY(dialog.assignRound());
        QCOMPARE(dialog.result(),
                 QStringLiteral("Every application already has its reviewers: nothing to add."));
        // One undoable step.
        window.workspace()->undoStack()->undo();
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM assignment")).toInt(), 0);
        window.workspace()->undoStack()->redo();
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM assignment")).toInt(), 176);

        // The ranking counts reviews of those assigned; the progress line gives mine and the team's.
        QTRY_COMPARE(page->ranking()->index(0, RankingModel::Reviewers).data().toString(),
                     QStringLiteral("0 of 2"));
        auto* progress = page->findChild<QLabel*>(QStringLiteral("reviewProgress"));
        const int mine =
            value(db, QStringLiteral("SELECT COUNT(*) FROM assignment WHERE reviewer = 'tester'")).toInt();
        QVERIFY(mine >= 58 && mine <= 59);
        QVERIFY2(progress->text().startsWith(QStringLiteral("Your reviews: 0 of %1 scored.").arg(mine)),
                 qPrintable(progress->text()));
        QVERIFY2(progress->text().contains(QStringLiteral("Team: 0 of 176 reviews scored")),
                 qPrintable(progress->text()));
        auto* notScored = page->findChild<QCheckBox*>(QStringLiteral("notScoredByMe"));
        notScored->setChecked(true);
        QCOMPARE(page->ranking()->rowCount(), mine);

        // An application of mine that rita has fully scored: her scores stay hidden until mine are in.
        const QString app =
            value(db, QStringLiteral("SELECT a.project_uid FROM assignment a JOIN assignment b ON "
                                     "b.project_uid = a.project_uid AND b.reviewer = 'rita' WHERE "
                                     "a.reviewer = 'tester' ORDER BY a.project_uid LIMIT 1"))
                .toString();
        QVERIFY(!app.isEmpty());
        EditBatch scores;
        scores.description = QStringLiteral("rita's scores");
        for (const ReviewCriterion& c : ReviewScores::criteria(db, round)) {
            RowEdit r;
            r.op = RowEdit::Op::Insert;
            r.entity = Entity::Review;
            r.after = {{QStringLiteral("project_uid"), app},
                       {QStringLiteral("criterion_uid"), c.uid},
                       {QStringLiteral("reviewer"), QStringLiteral("rita")},
                       {QStringLiteral("score"), 2}};
            scores.rows << r;
        }
        QSignalSpy refreshed(page, &ReviewsPage::refreshed);
        QVERIFY(window.workspace()->apply(scores, &error));
        QVERIFY(refreshed.wait());
        QVERIFY(page->selectApplication(app));
        auto* consensus = page->findChild<QTableWidget*>();
        QCOMPARE(consensus->rowCount(), 0);
        auto* reviewers = page->findChild<QLabel*>(QStringLiteral("applicationReviewers"));
        QVERIFY2(reviewers->text().contains(QStringLiteral("rita — scored")) &&
                     reviewers->text().contains(QStringLiteral("tester — assigned")),
                 qPrintable(reviewers->text()));
        // Once mine are saved, everyone's show.
        const QList<QSpinBox*> boxes = page->findChildren<QSpinBox*>();
        QVERIFY(boxes.size() >= 3);
        for (QSpinBox* b : boxes)
            b->setValue(4);
        QString message;
        QVERIFY2(page->saveScores(&message), qPrintable(message));
        QVERIFY(refreshed.wait());
        // Scored, it leaves "not yet scored by me"; shown again, everyone's scores are there.
        QCOMPARE(page->ranking()->rowCount(), mine - 1);
        notScored->setChecked(false);
        QVERIFY(page->selectApplication(app));
        QCOMPARE(consensus->rowCount(), 2);
        // A conflict declared on another application takes me off it; its scores box is closed to me.
        const QString other =
            value(db,
                  QStringLiteral("SELECT project_uid FROM assignment WHERE reviewer = 'tester' "
                                 "AND project_uid <> ? ORDER BY project_uid LIMIT 1"),
                  {app})
                .toString();
        EditBatch conflict;
        QVERIFY(Assignments::planConflict(db, other, QStringLiteral("tester"),
                                          QStringLiteral("Former employee"), &conflict, &error));
        QVERIFY(window.workspace()->apply(conflict, &error, QStringLiteral("review")));
        QVERIFY(refreshed.wait());
        QVERIFY(page->selectApplication(other));
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("declareConflict"))->isEnabled());
        QVERIFY2(reviewers->text().contains(QStringLiteral("tester — conflict of interest: Former employee")),
                 qPrintable(reviewers->text()));
        QVERIFY2(progress->text().contains(QStringLiteral("1 conflict of interest")),
                 qPrintable(progress->text()));
    }

    void theShareOfRankingAndPanelIsRemembered()
    {
        QList<int> chosen;
        {
            ReviewsPage page(m_window->workspace());
            page.resize(1280, 700);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            auto* splitter = page.findChild<QSplitter*>();
            QVERIFY(splitter);
            splitter->setSizes({420, 860});
            chosen = splitter->sizes();
        }
        ReviewsPage again(m_window->workspace());
        again.resize(1280, 700);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.findChild<QSplitter*>()->sizes(), chosen);
    }

    void rankingModelIsSound()
    {
        ReviewsPage* page = m_window->reviews();
        QAbstractItemModelTester tester(page->ranking(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page->ranking()->rowCount() > 10);
        QSignalSpy refreshed(page, &ReviewsPage::refreshed);
        page->refresh();
        QVERIFY(page->isRefreshing());
        QVERIFY(refreshed.wait());
        page->setRound(m_window->workspace()->lookups().items(Entity::Round).first().uid);
        QTRY_VERIFY(!page->isRefreshing());
        QVERIFY(page->ranking()->rowCount() > 10);
        // The envelope line: everything above fits, nothing below does.
        const int line = page->ranking()->envelopeLine();
        QVERIFY(line > 0);
        for (int r = 0; r < page->ranking()->rowCount(); ++r)
            QCOMPARE(page->ranking()->rows().at(r).withinEnvelope, r < line);
        QCOMPARE(page->ranking()->index(line, RankingModel::Envelope).data().toString(),
                 QStringLiteral("Beyond the envelope"));
    }

    void rankingIsComputedOnlyWhileShown()
    {
        // An edit elsewhere must not recompute the ranking (about a second on a large workspace) while the
        // Reviews page is hidden: it is recomputed, in the background, when the page is shown again.
        ReviewsPage* page = m_window->reviews();
        m_window->showPage(Entity::Project);
        QVERIFY(!page->isVisible());
        const QString round = m_window->workspace()->lookups().items(Entity::Round).first().uid;
        QVERIFY(setEnvelope(round, 123400));
        QTest::qWait(150); // past the pause that gathers a burst of changes
        QVERIFY(!page->isRefreshing());
        QSignalSpy refreshed(page, &ReviewsPage::refreshed);
        m_window->showReviews();
        QVERIFY(refreshed.wait());
        QVERIFY(page->ranking()->rowCount() > 0);
        m_window->workspace()->undoStack()->undo();
        QTRY_VERIFY(!page->isRefreshing());
    }

    /** Chooses, on the Reviews page, an application the tester has not scored yet; its uid, or "". */
    QString chooseUnscored()
    {
        ReviewsPage* page = m_window->reviews();
        for (int row = 0; row < page->ranking()->rowCount(); ++row) {
            page->table()->setCurrentIndex(page->ranking()->index(row, RankingModel::Application));
            const QString uid = page->currentApplication();
            if (!uid.isEmpty() &&
                value(db(),
                      QStringLiteral(
                          "SELECT COUNT(*) FROM review WHERE project_uid = ? AND reviewer = 'tester'"),
                      {uid})
                        .toInt() == 0 &&
                page->findChildren<QSpinBox*>().size() == 6)
                return uid;
        }
        return QString();
    }

    void scoreAnApplicationAndUndo()
    {
        ReviewsPage* page = m_window->reviews();
        const QString uid = chooseUnscored();
        QVERIFY(!uid.isEmpty());
        const QList<QSpinBox*> spins = page->findChildren<QSpinBox*>();
        QCOMPARE(spins.size(), 6);
        for (QSpinBox* s : spins)
            s->setValue(4);
        page->findChild<QLineEdit*>(QStringLiteral("comment_0"))
            ->setText(QStringLiteral("Strong employer letters"));
        QString message;
        QVERIFY2(page->saveScores(&message), qPrintable(message));
        QCOMPARE(
            value(db(),
                  QStringLiteral("SELECT COUNT(*) FROM review WHERE project_uid = ? AND reviewer = 'tester'"),
                  {uid})
                .toInt(),
            6);
        QCOMPARE(value(db(),
                       QStringLiteral("SELECT comment FROM review WHERE project_uid = ? AND reviewer = "
                                      "'tester' AND comment IS NOT NULL"),
                       {uid})
                     .toString(),
                 QStringLiteral("Strong employer letters"));
        m_window->workspace()->undoStack()->undo();
        QCOMPARE(
            value(db(),
                  QStringLiteral("SELECT COUNT(*) FROM review WHERE project_uid = ? AND reviewer = 'tester'"),
                  {uid})
                .toInt(),
            0);
        m_window->workspace()->undoStack()->redo();
        QCOMPARE(
            value(db(),
                  QStringLiteral("SELECT COUNT(*) FROM review WHERE project_uid = ? AND reviewer = 'tester'"),
                  {uid})
                .toInt(),
            6);
    }

    void onlyAllowedDecisionsAreOffered()
    {
        ReviewsPage* page = m_window->reviews();
        for (int r = 0; r < page->ranking()->rowCount(); ++r) {
            if (page->ranking()->rows().at(r).status != QLatin1String("in_review"))
                continue;
            page->table()->setCurrentIndex(page->ranking()->index(r, RankingModel::Application));
            QStringList buttons;
            for (QPushButton* b : page->findChildren<QPushButton*>())
                if (b->objectName().startsWith(QStringLiteral("decide_")))
                    buttons << b->objectName();
            buttons.sort();
            QCOMPARE(buttons,
                     (QStringList{QStringLiteral("decide_approved"), QStringLiteral("decide_declined"),
                                  QStringLiteral("decide_withdrawn")}));
            return;
        }
        QFAIL("no application in review");
    }

    void approveBeyondTheEnvelopeNeedsAReason()
    {
        ReviewsPage* page = m_window->reviews();
        QString uid;
        for (const RankedApplication& r : page->ranking()->rows())
            if (r.status == QLatin1String("in_review") && r.requested)
                uid = r.uid;
        QVERIFY(!uid.isEmpty());
        // Make the envelope too small for any further approval.
        const QString round = Repository(db()).project(uid)->roundUid;
        QVERIFY(setEnvelope(round, 100));
        DecisionDialog dialog(m_window->workspace(), uid, ProjectStatus::Approved, m_window.get());
        QVERIFY(!dialog.amountField()->text().isEmpty()); // prefilled with the requested amount
        dialog.accept();
        QVERIFY2(dialog.problem().contains(QStringLiteral("beyond its envelope")),
                 qPrintable(dialog.problem()));
        QVERIFY(dialog.overrideField()->isVisibleTo(&dialog));
        QCOMPARE(Repository(db()).project(uid)->status, QStringLiteral("in_review"));
        dialog.overrideField()->setPlainText(QStringLiteral("Urgent regional need"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(Repository(db()).project(uid)->status, QStringLiteral("approved"));
        QCOMPARE(value(db(),
                       QStringLiteral(
                           "SELECT override_reason FROM decision WHERE project_uid = ? ORDER BY rowid DESC"),
                       {uid})
                     .toString(),
                 QStringLiteral("Urgent regional need"));
        m_window->workspace()->undoStack()->undo();
        QCOMPARE(Repository(db()).project(uid)->status, QStringLiteral("in_review"));
        // Declining asks for a reason first.
        DecisionDialog decline(m_window->workspace(), uid, ProjectStatus::Declined, m_window.get());
        decline.accept();
        QVERIFY(decline.problem().contains(QStringLiteral("reason")));
        QCOMPARE(Repository(db()).project(uid)->status, QStringLiteral("in_review"));
    }

    void historyShowsWhoChangedWhat()
    {
        // An application scored, unscored (undo) and scored again (redo) by the tester: six reviews, three
        // times each, in its history.
        ReviewsPage* page = m_window->reviews();
        const QString scored = chooseUnscored();
        QVERIFY(!scored.isEmpty());
        for (QSpinBox* s : page->findChildren<QSpinBox*>())
            s->setValue(3);
        QString message;
        QVERIFY2(page->saveScores(&message), qPrintable(message));
        m_window->workspace()->undoStack()->undo();
        m_window->workspace()->undoStack()->redo();
        HistoryPanel* history = m_window->history();
        QAbstractItemModelTester tester(history->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        history->setRecord(Entity::Project, scored, QStringLiteral("x"));
        history->refresh();
        int byTester = 0;
        for (const AuditEntry& e : history->model()->entries())
            byTester += e.user == QLatin1String("tester") && e.entity == QLatin1String("review");
        QCOMPARE(byTester, 18);
        // The table offers no editing.
        QCOMPARE(history->findChild<QTableView*>(QStringLiteral("historyTable"))->editTriggers(),
                 QAbstractItemView::NoEditTriggers);
        QVERIFY(!(history->model()->flags(history->model()->index(0, 0)) & Qt::ItemIsEditable));
        QString error;
        const QString csv = m_dir.filePath(QStringLiteral("history.csv"));
        QVERIFY(history->exportCsv(csv, &error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().split('\n').size() >= 3);
    }

    void aHistoryThatCannotBeReadIsNotNoChanges()
    {
        // The newest page of the change log is damaged: the history says it could not be read, never
        // "0 changes", and exports nothing.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(test::editedWithDamagedLog(path));
        QString error;
        const std::unique_ptr<Workspace> workspace = test::openWorkspace(path, &error);
        QVERIFY2(workspace, qPrintable(error));
        HistoryPanel history(workspace.get());
        QCheckBox* recordOnly = history.findChild<QCheckBox*>();
        QVERIFY(recordOnly);
        recordOnly->setChecked(false); // the whole log, newest first
        const QLabel* count = history.findChild<QLabel*>(QStringLiteral("historyCount"));
        QVERIFY(count);
        QVERIFY2(count->text().startsWith(QLatin1String("The history could not be read: ")) &&
                     count->text().contains(QLatin1String("malformed")),
                 qPrintable(count->text()));
        QCOMPARE(history.model()->rowCount(), 0);
        const QString csv = dir.filePath(QStringLiteral("history.csv"));
        QVERIFY(!history.exportCsv(csv, &error));
        QVERIFY2(error.contains(QLatin1String("nothing was exported")), qPrintable(error));
        QVERIFY(!QFile::exists(csv));
    }

    void cleanupTestCase()
    {
        m_window->close();
        m_window.reset();
    }
};

QTEST_MAIN(TestReviewsPage)
#include "tst_reviewspage.moc"
