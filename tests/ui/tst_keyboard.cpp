// The main flows done with the keyboard alone, as a person who does not use a mouse does them: filter,
// edit and undo a table; score an application; decide on it; write a report. Each function opens its own
// window on its own workspace. Keys go where a person's would: shortcuts to the window, typing and Tab to
// the widget that has focus. A flow that a mouse can reach but a keyboard cannot fails here.
#include "testworkspace.h"
#include "uitest.h"

#include "mainwindow.h"
#include "pages/reviewspage.h"
#include "pages/tablepage.h"
#include "tables/filterbar.h"
#include "tables/rankingmodel.h"

#include "domain/translations.h"
#include "storage/repository.h"
#include "synthetic/generator.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace mcfund;
using test::settle;
using test::value;

using test::focus;
using test::tabUntil;
using test::whenModal;

class TestKeyboard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QSqlDatabase db() const { return m_window->workspace()->database().connection(); }

    /** A window, active and in front, on a new workspace: the official data, or synthetic data. */
    bool openWindow(const QString& name, bool synthetic)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (synthetic) {
            GeneratorOptions o;
            o.projects = 300;
            o.credentials = 300;
            o.seed = 4;
            if (!Generator::generate(path, o, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
        m_window = std::make_unique<MainWindow>();
        if (!m_window->openWorkspace(path, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        return QTest::qWaitForWindowActive(m_window.get());
    }

    /** The Reviews page in front (Ctrl+6), with its ranking computed and the ranking focused. */
    ReviewsPage* reviewsByKeyboard()
    {
        QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+6")));
        ReviewsPage* page = m_window->reviews();
        if (!QTest::qWaitFor([page] { return !page->isRefreshing() && page->ranking()->rowCount() > 0; },
                             20000))
            return nullptr;
        if (!tabUntil([page](QWidget* w) { return w == page->table(); }))
            return nullptr;
        return page;
    }

    /** Moves down the ranking with the arrow keys to the first application in review. */
    QString downToInReview(ReviewsPage* page)
    {
        QTest::keyClick(page->table(), Qt::Key_Home, Qt::ControlModifier);
        for (int row = 0; row < page->ranking()->rowCount(); ++row) {
            if (page->ranking()->rows().at(row).status == QLatin1String("in_review") &&
                page->table()->currentIndex().row() == row)
                return page->currentApplication();
            QTest::keyClick(page->table(), Qt::Key_Down);
            QCoreApplication::processEvents();
        }
        return QString();
    }

    /** A window on synthetic data, on the Reviews page, at the first application in review (its uid). */
    QString atAnApplicationInReview(const QString& name)
    {
        if (!openWindow(name, true))
            return QString();
        ReviewsPage* page = reviewsByKeyboard();
        return page ? downToInReview(page) : QString();
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        qputenv("USER", "tester");
    }
    void cleanup() { m_window.reset(); }

    void filterEditAndUndo()
    {
        QVERIFY(openWindow(QStringLiteral("edit.sqlite"), false));
        // Projects (Ctrl+3), then Find (Ctrl+F) and a word.
        QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+3")));
        TablePage* projects = m_window->page(Entity::Project);
        QTRY_VERIFY(projects->isVisible());
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QTRY_COMPARE(focus(), projects->filterBar()->searchField());
        QTest::keyClicks(focus(), QStringLiteral("embedded"));
        QTRY_COMPARE_WITH_TIMEOUT(projects->model()->filter().text, QStringLiteral("embedded"), 3000);
        QVERIFY(settle(projects->model()));
        QCOMPARE(projects->model()->rowCount(), 3);
        // Tab to the table; the first row's title, F2, a new title, Return.
        QVERIFY(tabUntil([projects](QWidget* w) { return w == projects->table(); }));
        QTest::keyClick(focus(), Qt::Key_Home, Qt::ControlModifier);
        const QModelIndex current = projects->table()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.row(), 0);
        // The title is the first column.
        QCOMPARE(projects->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Title"));
        QCOMPARE(projects->table()->currentIndex().column(), 0);
        const QString uid = projects->model()->uidAt(0);
        const QString before =
            value(db(), QStringLiteral("SELECT title_en FROM project WHERE uid = ?"), {uid}).toString();
        QVERIFY(before.startsWith(QStringLiteral("Embedded Systems Design")));
        QTest::keyClick(focus(), Qt::Key_F2);
        QVERIFY(qobject_cast<QLineEdit*>(focus()));
        QTest::keyClick(focus(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focus(), QStringLiteral("Embedded Systems for Farm Machinery"));
        QTest::keyClick(focus(), Qt::Key_Return);
        QTRY_COMPARE(
            value(db(), QStringLiteral("SELECT title_en FROM project WHERE uid = ?"), {uid}).toString(),
            QStringLiteral("Embedded Systems for Farm Machinery"));
        // Undo (Ctrl+Z) puts the title back; redo (Ctrl+Shift+Z) makes it again.
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(value(db(), QStringLiteral("SELECT title_en FROM project WHERE uid = ?"), {uid}).toString(),
                 before);
        QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
        QCOMPARE(value(db(), QStringLiteral("SELECT title_en FROM project WHERE uid = ?"), {uid}).toString(),
                 QStringLiteral("Embedded Systems for Farm Machinery"));
    }

    void scoreAnApplication()
    {
        const QString uid = atAnApplicationInReview(QStringLiteral("score.sqlite"));
        QVERIFY(!uid.isEmpty());
        QCOMPARE(
            value(db(),
                  QStringLiteral("SELECT COUNT(*) FROM review WHERE project_uid = ? AND reviewer = 'tester'"),
                  {uid})
                .toInt(),
            0);
        // Tab through the panel: each score gets 4, the first comment a sentence; then Save scores.
        int scored = 0;
        bool commented = false;
        QVERIFY(tabUntil([&](QWidget* w) {
            if (auto* spin = qobject_cast<QSpinBox*>(w); spin && spin->property("scored").isNull()) {
                spin->setProperty("scored", true);
                QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
                QTest::keyClicks(spin, QStringLiteral("4"));
                ++scored;
            } else if (w->objectName() == QLatin1String("comment_0") && !commented) {
                QTest::keyClicks(w, QStringLiteral("Strong employer letters"));
                commented = true;
            }
            return w->objectName() == QLatin1String("saveScores");
        }));
        QCOMPARE(scored, 6);
        QVERIFY(commented);
        QTest::keyClick(focus(), Qt::Key_Space);
        QTRY_COMPARE(value(db(),
                           QStringLiteral("SELECT COUNT(*) FROM review WHERE project_uid = ? AND reviewer = "
                                          "'tester' AND score = 4"),
                           {uid})
                         .toInt(),
                     6);
        QCOMPARE(
            value(db(),
                  QStringLiteral("SELECT comment FROM review WHERE project_uid = ? AND reviewer = 'tester' "
                                 "AND comment IS NOT NULL"),
                  {uid})
                .toString(),
            QStringLiteral("Strong employer letters"));
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(
            value(db(),
                  QStringLiteral("SELECT COUNT(*) FROM review WHERE project_uid = ? AND reviewer = 'tester'"),
                  {uid})
                .toInt(),
            0);
    }

    void decideOnAnApplication()
    {
        const QString uid = atAnApplicationInReview(QStringLiteral("decide.sqlite"));
        QVERIFY(!uid.isEmpty());
        // Room in the envelope, so that the requested amount can be approved as it is.
        const QString round = Repository(db()).project(uid)->roundUid;
        QVERIFY(QSqlQuery(db()).exec(
            QStringLiteral("UPDATE funding_round SET envelope_cents = 100000000000 WHERE uid = '%1'")
                .arg(round)));
        const QVariant requested =
            value(db(), QStringLiteral("SELECT requested_cents FROM project WHERE uid = ?"), {uid});
        QVERIFY(!requested.isNull());
        QVERIFY(tabUntil([](QWidget* w) { return w->objectName() == QLatin1String("decide_approved"); }));
        // Space opens the decision; the amount is the requested one; Return approves.
        bool decided = false;
        QObject watch;
        whenModal(
            &watch,
            [](QWidget* dialog) {
                QVERIFY(dialog->inherits("mcfund::DecisionDialog"));
                QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog,
                                Qt::Key_Return);
            },
            &decided);
        QTest::keyClick(focus(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(decided, 30000);
        QTRY_COMPARE(
            value(db(), QStringLiteral("SELECT status FROM project WHERE uid = ?"), {uid}).toString(),
            QStringLiteral("approved"));
        QCOMPARE(value(db(), QStringLiteral("SELECT approved_cents FROM project WHERE uid = ?"), {uid})
                     .toLongLong(),
                 requested.toLongLong());
        // The keyboard's focus stays with the decisions, made anew for the approved application.
        QTRY_VERIFY(m_window->focusWidget() &&
                    m_window->focusWidget()->objectName().startsWith(QStringLiteral("decide_")));
        // The window system gives the window back its activation when the dialog closes; offscreen, ask.
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(value(db(), QStringLiteral("SELECT status FROM project WHERE uid = ?"), {uid}).toString(),
                 QStringLiteral("in_review"));
    }

    void writeAReport()
    {
        QVERIFY(openWindow(QStringLiteral("report.sqlite"), false));
        const QString pdf = m_dir.filePath(QStringLiteral("keyboard-report.pdf"));
        QFile::remove(pdf);
        // Export as PDF (Ctrl+E): the report's choices, Return; the file's name, Return.
        bool chosen = false, named = false;
        QString wrong;
        QObject watch;
        whenModal(
            &watch,
            [&](QWidget* dialog) {
                if (!dialog->inherits("mcfund::ReportDialog")) {
                    wrong = QStringLiteral("Ctrl+E opened %1")
                                .arg(QLatin1String(dialog->metaObject()->className()));
                    dialog->close();
                    return;
                }
                whenModal(
                    &watch,
                    [&](QWidget* files) {
                        auto* fileName = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                        if (!qobject_cast<QFileDialog*>(files) || !fileName ||
                            !tabUntil([fileName](QWidget* w) { return w == fileName; }, 20)) {
                            wrong = QStringLiteral("no file name to type into in %1")
                                        .arg(QLatin1String(files->metaObject()->className()));
                            files->close();
                            return;
                        }
                        QTest::keyClick(fileName, Qt::Key_A, Qt::ControlModifier);
                        QTest::keyClicks(fileName, pdf);
                        QTest::keyClick(fileName, Qt::Key_Return);
                    },
                    &named, dialog);
                QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog,
                                Qt::Key_Return);
            },
            &chosen);
        QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+E")));
        QTRY_VERIFY_WITH_TIMEOUT(chosen, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(named, 30000);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pdf).size() > 1000, 20000);
        QCOMPARE(test::fileBytes(pdf).left(5), QByteArray("%PDF-"));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
