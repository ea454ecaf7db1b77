// A workspace on a full disk, a read-only one, and one locked by another program: the window says which,
// keeps the edit that could not be saved (shown as not saved, off the undo stack), and offers Retry,
// Save a Copy… and Discard. Each test opens a fresh copy of one workspace in a window of its own.
#include "mainwindow.h"
#include "pages/detailform.h"
#include "pages/tablepage.h"
#include "savefailurebar.h"
#include "tables/tablemodel.h"
#include "testworkspace.h"
#include "uitest.h"
#include "workspace.h"

#include "domain/translations.h"
#include "edits/editengine.h"
#include "storage/database.h"
#include "storage/writefailure.h"

#include <QAction>
#include <QFile>
#include <QFocusEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

#include <memory>

using namespace mcfund;
using test::settle;

namespace {

/** A connection of the test's own to \a path (not the window's), closed when it goes. */
class Connection
{
public:
    explicit Connection(const QString& path)
        : m_name(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString& sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql);
    }
    QVariant value(const QString& sql, const QVariantList& binds = {}) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
};

bool execOn(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}

} // namespace

class TestDiskErrors : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QString m_uid; ///< a micro-credential of the workspace
    qint64 m_tuition = 0;
    int m_count = 0;

    Workspace* workspace() const { return m_window->workspace(); }
    QSqlDatabase windowDb() const { return workspace()->database().connection(); }
    TablePage* credentials() const { return m_window->page(Entity::Credential); }
    SaveFailureBar* bar() const { return m_window->saveFailureBar(); }
    QModelIndex tuitionCell() const
    {
        TableModel* m = credentials()->model();
        return m->index(m->rowOf(m_uid), m->columnOf(QStringLiteral("tuition_cents")));
    }
    /** The tuition in the file, read on a connection of the test's own. */
    QVariant tuitionInFile(const QString& path) const
    {
        Connection c(path);
        return c.value(QStringLiteral("SELECT tuition_cents FROM micro_credential WHERE uid = ?"), {m_uid});
    }
    bool openWindow(const QString& path)
    {
        m_window = std::make_unique<MainWindow>();
        QString error;
        if (!m_window->openWorkspace(path, &error)) {
            qWarning() << error;
            return false;
        }
        m_window->show();
        m_window->showPage(Entity::Credential);
        return QTest::qWaitForWindowExposed(m_window.get()) && settle(credentials()->model());
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.mcfund"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_template, &error), qPrintable(error));
        // The official data has no micro-credentials: one, with a tuition, for the tests to edit.
        {
            EditEngine engine(db.connection(), QStringLiteral("test"));
            RowEdit r;
            r.op = RowEdit::Op::Insert;
            r.entity = Entity::Credential;
            r.after = {{QStringLiteral("institution_uid"),
                        test::value(db.connection(),
                                    QStringLiteral("SELECT uid FROM institution ORDER BY rowid LIMIT 1"))},
                       {QStringLiteral("title_en"), QStringLiteral("Applied welding safety")},
                       {QStringLiteral("title_fr"), QStringLiteral("Sécurité en soudage appliquée")},
                       {QStringLiteral("sector_uid"),
                        test::value(db.connection(),
                                    QStringLiteral("SELECT uid FROM sector ORDER BY rowid LIMIT 1"))},
                       {QStringLiteral("delivery"), QStringLiteral("online")},
                       {QStringLiteral("language"), QStringLiteral("en")},
                       {QStringLiteral("status"), QStringLiteral("offered")},
                       {QStringLiteral("hours"), 40},
                       {QStringLiteral("tuition_cents"), 150000}};
            EditBatch batch(QStringLiteral("addition of a micro-credential"), {r});
            QList<EditProblem> problems;
            QVERIFY2(engine.apply(batch, QStringLiteral("edit"), &problems),
                     qPrintable(EditEngine::describe(batch, problems)));
        }
        // No free pages: any growth of the file needs a new page (see diskFull…).
        QVERIFY(execOn(db.connection(), QStringLiteral("VACUUM")));
        db.close();
        QVERIFY(!QFile::exists(m_template + QStringLiteral("-wal")));
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("w-%1.mcfund").arg(++m_count));
        QVERIFY(QFile::copy(m_template, m_path));
        QFile(m_path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(openWindow(m_path));
        Connection c(m_path);
        m_uid = c.value(QStringLiteral("SELECT uid FROM micro_credential WHERE tuition_cents IS NOT NULL "
                                       "ORDER BY rowid LIMIT 1"))
                    .toString();
        QVERIFY(!m_uid.isEmpty());
        m_tuition =
            c.value(QStringLiteral("SELECT tuition_cents FROM micro_credential WHERE uid = ?"), {m_uid})
                .toLongLong();
        QVERIFY(credentials()->selectUid(m_uid));
        QVERIFY(tuitionCell().isValid());
    }

    void cleanup()
    {
        m_window.reset();
        Workspace::setOpenHook({});
    }

    void classifiesSqliteCodes()
    {
        QCOMPARE(WriteFailure::kindOfCode(13), WriteFailure::Kind::DiskFull);           // SQLITE_FULL
        QCOMPARE(WriteFailure::kindOfCode(8), WriteFailure::Kind::ReadOnly);            // SQLITE_READONLY
        QCOMPARE(WriteFailure::kindOfCode(5), WriteFailure::Kind::Locked);              // SQLITE_BUSY
        QCOMPARE(WriteFailure::kindOfCode(6), WriteFailure::Kind::Locked);              // SQLITE_LOCKED
        QCOMPARE(WriteFailure::kindOfCode(10 | (4 << 8)), WriteFailure::Kind::IoError); // SQLITE_IOERR_READ
        QCOMPARE(WriteFailure::kindOfCode(19), WriteFailure::Kind::None);               // SQLITE_CONSTRAINT
        QCOMPARE(WriteFailure::kindOf(QSqlError(QStringLiteral("Unable to execute statement"),
                                                QStringLiteral("database or disk is full"),
                                                QSqlError::StatementError, QStringLiteral("13"))),
                 WriteFailure::Kind::DiskFull);
        QCOMPARE(WriteFailure::kindOfText(QStringLiteral("database is locked Unable to begin")),
                 WriteFailure::Kind::Locked);
        QCOMPARE(WriteFailure::kindOfText(QStringLiteral("NOT NULL constraint failed")),
                 WriteFailure::Kind::None);
        const QString m = WriteFailure::describe(WriteFailure::Kind::DiskFull, QStringLiteral("/x/w.mcfund"),
                                                 QStringLiteral("the change to Tuition of “A”"));
        QCOMPARE(m,
                 QStringLiteral("The workspace /x/w.mcfund is on a full disk: the change to Tuition of “A” "
                                "was not saved."));
    }

    void lockedCellEditIsKeptAndRetried()
    {
        QVERIFY(execOn(windowDb(), QStringLiteral("PRAGMA busy_timeout = 50")));
        Connection other(m_path);
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const int undoCount = workspace()->undoStack()->count();
        const qint64 typed = m_tuition + 12345;
        TableModel* model = credentials()->model();

        QVERIFY(!model->setData(tuitionCell(), typed, Qt::EditRole));

        // Still shown, as typed, marked as not saved in words and with a sign.
        QCOMPARE(model->data(tuitionCell(), Qt::EditRole).toLongLong(), typed);
        QVERIFY(model->data(tuitionCell(), TableModel::UnsavedRole).toBool());
        QVERIFY(!model->data(tuitionCell(), Qt::DecorationRole).isNull());
        const QString tip = model->data(tuitionCell(), Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("Not saved: ")) && tip.contains(QStringLiteral("locked")),
                 qPrintable(tip));
        // The bar says what happened, where, to which change.
        QVERIFY(bar()->isVisibleTo(m_window.get()));
        QVERIFY2(bar()->text().contains(QStringLiteral("is locked by another program")) &&
                     bar()->text().contains(m_path) && bar()->text().contains(QStringLiteral("Tuition")),
                 qPrintable(bar()->text()));
        QVERIFY(bar()->retryButton()->isVisibleTo(m_window.get()));
        QVERIFY(!bar()->retryButton()->accessibleName().isEmpty());
        QVERIFY(!m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Saved")));
        QCOMPARE(workspace()->undoStack()->count(), undoCount);
        QCOMPARE(workspace()->lastFailure().kind, WriteFailure::Kind::Locked);
        // For the README: MCFUND_SAVE_FAILED_SHOT=FILE saves a picture of the window at this point.
        if (const QString shot = qEnvironmentVariable("MCFUND_SAVE_FAILED_SHOT"); !shot.isEmpty()) {
            m_window->resize(1360, 860);
            credentials()->table()->scrollTo(tuitionCell());
            credentials()->table()->setCurrentIndex(tuitionCell());
            QTest::qWait(300);
            QVERIFY(m_window->grab().save(shot));
        }
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(tuitionInFile(m_path).toLongLong(), m_tuition); // nothing was written

        // Still locked: Retry fails again and keeps the edit.
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        bar()->retryButton()->click();
        QVERIFY(workspace()->hasPending());
        QCOMPARE(workspace()->undoStack()->count(), undoCount);
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));

        // The lock released: Retry writes exactly the value, and it becomes one undoable step.
        bar()->retryButton()->click();
        QVERIFY(!workspace()->hasPending());
        QCOMPARE(tuitionInFile(m_path).toLongLong(), typed);
        QCOMPARE(workspace()->undoStack()->count(), undoCount + 1);
        QVERIFY(!model->data(tuitionCell(), TableModel::UnsavedRole).toBool());
        QCOMPARE(model->data(tuitionCell(), Qt::EditRole).toLongLong(), typed);
        QVERIFY(!bar()->isVisibleTo(m_window.get()));
        workspace()->undoStack()->undo();
        QCOMPARE(tuitionInFile(m_path).toLongLong(), m_tuition);
    }

    void diskFullFormEditSavesACopy()
    {
        // The window's connection may not grow the file (max_page_count is per connection) and the
        // workspace has no free pages: a long text needs new pages.
        Connection other(m_path);
        const qint64 pages = other.value(QStringLiteral("PRAGMA page_count")).toLongLong();
        QCOMPARE(other.value(QStringLiteral("PRAGMA freelist_count")).toLongLong(), 0);
        QVERIFY(execOn(windowDb(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 1)));
        const QString before =
            other.value(QStringLiteral("SELECT outcomes_en FROM micro_credential WHERE uid = ?"), {m_uid})
                .toString();
        const int undoCount = workspace()->undoStack()->count();
        DetailForm* form = credentials()->form();
        QCOMPARE(form->uid(), m_uid);
        auto* editor = form->findChild<QPlainTextEdit*>(QStringLiteral("outcomes_en"));
        QVERIFY(editor);
        QString typed;
        for (int i = 0; i < 340; ++i)
            typed += QStringLiteral("Outcome %1: learners apply the skill in practice. ").arg(i);
        editor->setPlainText(typed);
        QFocusEvent out(QEvent::FocusOut);
        QApplication::sendEvent(editor, &out);

        QCOMPARE(workspace()->lastFailure().kind, WriteFailure::Kind::DiskFull);
        QCOMPARE(editor->toPlainText(), typed); // the editor keeps what was typed
        auto* error = form->findChild<QLabel*>(QStringLiteral("outcomes_en_error"));
        QVERIFY(error && error->isVisibleTo(form));
        QVERIFY2(error->text().contains(QStringLiteral("Not saved (full disk)")), qPrintable(error->text()));
        QVERIFY2(error->toolTip().contains(QStringLiteral("is on a full disk")),
                 qPrintable(error->toolTip()));
        QVERIFY2(bar()->text().contains(QStringLiteral("is on a full disk")) &&
                     bar()->text().contains(QStringLiteral("Learning outcomes (English)")),
                 qPrintable(bar()->text()));
        QCOMPARE(workspace()->undoStack()->count(), undoCount);
        QCOMPARE(
            other.value(QStringLiteral("SELECT outcomes_en FROM micro_credential WHERE uid = ?"), {m_uid})
                .toString(),
            before);
        // Leaving the field again does not write it again.
        QApplication::sendEvent(editor, &out);
        QCOMPARE(workspace()->pendingEdits().size(), 1);

        // Save a Copy… writes the workspace with the edit to another file; this one stays unchanged.
        const QString copy = m_dir.filePath(QStringLiteral("copy-%1.mcfund").arg(m_count));
        bar()->setCopyPathChooser([copy] { return copy; });
        bar()->saveCopyButton()->click();
        QVERIFY(QFile::exists(copy));
        {
            Connection c(copy);
            QCOMPARE(
                c.value(QStringLiteral("SELECT outcomes_en FROM micro_credential WHERE uid = ?"), {m_uid})
                    .toString(),
                typed);
            const QString logged = QStringLiteral("SELECT count(*) FROM change_log WHERE uid = ? AND field = "
                                                  "'outcomes_en'");
            QCOMPARE(c.value(logged, {m_uid}).toInt(), other.value(logged, {m_uid}).toInt() + 1);
        }
        QCOMPARE(
            other.value(QStringLiteral("SELECT outcomes_en FROM micro_credential WHERE uid = ?"), {m_uid})
                .toString(),
            before);
        QVERIFY(workspace()->hasPending());
        QVERIFY(bar()->text().contains(copy));

        // The window switches to the copy when asked.
        QVERIFY(bar()->openCopyButton()->isVisibleTo(m_window.get()));
        bar()->openCopyButton()->click();
        QCOMPARE(workspace()->database().path(), QFileInfo(copy).absoluteFilePath());
        QVERIFY(!workspace()->hasPending());
        QVERIFY(!bar()->isVisibleTo(m_window.get()));
    }

    void diskFullRetryAfterSpaceIsFreed()
    {
        Connection other(m_path);
        const qint64 pages = other.value(QStringLiteral("PRAGMA page_count")).toLongLong();
        QVERIFY(execOn(windowDb(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 1)));
        EditBatch batch = EditBatch::change(Entity::Credential, m_uid, QStringLiteral("outcomes_en"),
                                            QVariant(), QString(QStringLiteral("x")).repeated(19000),
                                            QStringLiteral("change of learning outcomes"));
        batch.rows.first().before.clear(); // taken from the file
        QString message;
        QVERIFY(!workspace()->apply(batch, &message));
        QVERIFY2(message.contains(QStringLiteral("is on a full disk")), qPrintable(message));
        QCOMPARE(workspace()->undoStack()->count(), 0);
        QVERIFY(execOn(windowDb(), QStringLiteral("PRAGMA max_page_count = 1073741823")));
        bar()->retryButton()->click();
        QVERIFY(!workspace()->hasPending());
        QCOMPARE(other
                     .value(QStringLiteral("SELECT length(outcomes_en) FROM micro_credential WHERE uid = ?"),
                            {m_uid})
                     .toInt(),
                 19000);
        QCOMPARE(workspace()->undoStack()->count(), 1);
    }

    void lockedUndoIsKeptThenDiscarded()
    {
        const qint64 typed = m_tuition + 500;
        TableModel* model = credentials()->model();
        QVERIFY(model->setData(tuitionCell(), typed, Qt::EditRole));
        QCOMPARE(tuitionInFile(m_path).toLongLong(), typed);
        QCOMPARE(workspace()->undoStack()->count(), 1);

        QVERIFY(execOn(windowDb(), QStringLiteral("PRAGMA busy_timeout = 50")));
        Connection other(m_path);
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        workspace()->undoStack()->undo();
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        // The undo was not written: its value shows as not saved, and no step claims it was done.
        QCOMPARE(tuitionInFile(m_path).toLongLong(), typed);
        QCOMPARE(model->data(tuitionCell(), Qt::EditRole).toLongLong(), m_tuition);
        QVERIFY(model->data(tuitionCell(), TableModel::UnsavedRole).toBool());
        QCOMPARE(workspace()->undoStack()->count(), 0);
        QVERIFY(bar()->text().contains(QStringLiteral("is locked by another program")));

        // Discard: the cell shows the file again, and the edit can still be undone.
        bar()->discardButton()->click();
        QVERIFY(!workspace()->hasPending());
        QCOMPARE(model->data(tuitionCell(), Qt::EditRole).toLongLong(), typed);
        QVERIFY(!model->data(tuitionCell(), TableModel::UnsavedRole).toBool());
        QCOMPARE(workspace()->undoStack()->count(), 1);
        QCOMPARE(tuitionInFile(m_path).toLongLong(), typed);
        workspace()->undoStack()->undo();
        QCOMPARE(tuitionInFile(m_path).toLongLong(), m_tuition);
    }

    void readOnlyAtOpenSaysSoAndAllowsACopy()
    {
        // Tests run as root, where chmod 0444 does not stop writes: the connection is made read-only
        // through the open seam instead (the same SQLITE_READONLY a read-only file or medium gives).
        m_window.reset();
        Workspace::setOpenHook(
            [](QSqlDatabase& db) { execOn(db, QStringLiteral("PRAGMA query_only = ON")); });
        QVERIFY(openWindow(m_path));
        QVERIFY(workspace()->isReadOnly());
        QVERIFY2(m_window->windowTitle().contains(QStringLiteral("[read-only]")),
                 qPrintable(m_window->windowTitle()));
        QVERIFY(bar()->isVisibleTo(m_window.get()));
        QVERIFY(bar()->text().contains(QStringLiteral("is read-only")));
        QVERIFY(bar()->saveCopyButton()->isVisibleTo(m_window.get()));
        QVERIFY(!bar()->retryButton()->isVisibleTo(m_window.get()));
        QVERIFY(!(credentials()->model()->flags(tuitionCell()) & Qt::ItemIsEditable));
        for (QAction* a : m_window->findChildren<QAction*>())
            if (a->shortcut() == QKeySequence::Paste || a->shortcut() == QKeySequence::Undo)
                QVERIFY2(!a->isEnabled(), qPrintable(a->text()));

        // An edit that gets through anyway is refused by the file, said so, and kept.
        QString message;
        QVERIFY(!workspace()->apply(EditBatch::change(Entity::Credential, m_uid,
                                                      QStringLiteral("tuition_cents"), m_tuition,
                                                      m_tuition + 1, QStringLiteral("change of tuition")),
                                    &message));
        QVERIFY2(message.contains(QStringLiteral("is read-only")), qPrintable(message));
        QCOMPARE(workspace()->undoStack()->count(), 0);
        QCOMPARE(tuitionInFile(m_path).toLongLong(), m_tuition);

        const QString copy = m_dir.filePath(QStringLiteral("ro-copy-%1.mcfund").arg(m_count));
        bar()->setCopyPathChooser([copy] { return copy; });
        bar()->saveCopyButton()->click();
        QCOMPARE(tuitionInFile(copy).toLongLong(), m_tuition + 1);
        QCOMPARE(tuitionInFile(m_path).toLongLong(), m_tuition);
        Workspace::setOpenHook({});
        bar()->openCopyButton()->click();
        QCOMPARE(workspace()->database().path(), QFileInfo(copy).absoluteFilePath());
        QVERIFY(!workspace()->isReadOnly());
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("[read-only]")));
    }
};

QTEST_MAIN(TestDiskErrors)
#include "tst_diskerrors.moc"
