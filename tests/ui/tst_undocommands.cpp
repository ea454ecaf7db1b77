// The undo commands of ui/commands/: each performs its change in redo(), the first push included; typing in
// one field merges into one step; a change that cannot be written, undone or redone completely writes
// nothing and says so.
#include "commands/batchcommand.h"
#include "commands/fieldeditcommand.h"
#include "commands/importcommand.h"
#include "testworkspace.h"
#include "uitest.h"
#include "workspace.h"

#include "domain/translations.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mcfund;
using test::openWorkspace;
using test::value;

namespace {} // namespace

class TestUndoCommands : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;

    QSqlDatabase db() const { return m_ws->database().connection(); }
    QUndoStack* stack() const { return m_ws->undoStack(); }

    /** A new partner, written directly (not on the stack), for a test to change. */
    QString newPartner(const QString& name)
    {
        RowEdit add;
        add.op = RowEdit::Op::Insert;
        add.entity = Entity::Partner;
        add.uid = RecordStore::newUid();
        add.after = {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("employer")}};
        EditBatch batch(QStringLiteral("setup"), {add});
        QString error;
        if (!m_ws->applyDirect(batch, QStringLiteral("edit"), &error))
            qFatal("%s", qPrintable(error));
        return add.uid;
    }
    QString partnerName(const QString& uid) const
    {
        return value(db(), QStringLiteral("SELECT name FROM partner WHERE uid = ?"), {uid}).toString();
    }
    FieldEditCommand* rename(const QString& uid, const QString& from, const QString& to, qint64 at)
    {
        auto* c = new FieldEditCommand(m_ws.get(), Entity::Partner, uid, QStringLiteral("name"), from, to,
                                       QStringLiteral("change of name"));
        c->setMadeAt(at);
        return c;
    }

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    // Every function starts from a workspace of its own and an empty stack.
    void init()
    {
        m_ws.reset();
        m_path = m_dir.filePath(QStringLiteral("w%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        Database created;
        QString error;
        QVERIFY2(created.create(m_path, WorkspaceKind::Official, &error), qPrintable(error));
        created.close();
        m_ws = openWorkspace(m_path);
        QCOMPARE(stack()->count(), 0);
    }
    void cleanup() { m_ws.reset(); }

    void pushingPerformsTheChange()
    {
        const QString uid = newPartner(QStringLiteral("Acme"));
        auto* command = rename(uid, QStringLiteral("Acme"), QStringLiteral("Acme Ltd"), 1000);
        // Made, not pushed: nothing written yet.
        QCOMPARE(partnerName(uid), QStringLiteral("Acme"));
        QString error;
        QVERIFY2(m_ws->push(command, &error), qPrintable(error));
        QCOMPARE(partnerName(uid), QStringLiteral("Acme Ltd"));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(stack()->undoText(), QStringLiteral("change of name"));
        stack()->undo();
        QCOMPARE(partnerName(uid), QStringLiteral("Acme"));
        stack()->redo();
        QCOMPARE(partnerName(uid), QStringLiteral("Acme Ltd"));
        // Each write is in the change log with its origin: the edit, its undo, its redo.
        QCOMPARE(value(db(),
                       QStringLiteral("SELECT group_concat(origin, ',') FROM (SELECT origin FROM change_log "
                                      "WHERE uid = ? ORDER BY id DESC LIMIT 3)"),
                       {uid})
                     .toString(),
                 QStringLiteral("redo,undo,edit"));
    }

    void typingInOneFieldIsOneStep()
    {
        const QString uid = newPartner(QStringLiteral("A"));
        QString error;
        QVERIFY(m_ws->push(rename(uid, QStringLiteral("A"), QStringLiteral("Ac"), 1000), &error));
        QVERIFY(m_ws->push(rename(uid, QStringLiteral("Ac"), QStringLiteral("Acm"), 2000), &error));
        QVERIFY(m_ws->push(rename(uid, QStringLiteral("Acm"), QStringLiteral("Acme"), 3500), &error));
        QCOMPARE(partnerName(uid), QStringLiteral("Acme"));
        QCOMPARE(stack()->count(), 1);
        stack()->undo();
        QCOMPARE(partnerName(uid), QStringLiteral("A"));
        stack()->redo();
        QCOMPARE(partnerName(uid), QStringLiteral("Acme"));
    }

    void aPauseOrAnotherFieldStartsANewStep()
    {
        const QString uid = newPartner(QStringLiteral("A"));
        QString error;
        QVERIFY(m_ws->push(rename(uid, QStringLiteral("A"), QStringLiteral("B"), 1000), &error));
        // Longer than the merge window after the last change: a step of its own.
        QVERIFY(m_ws->push(
            rename(uid, QStringLiteral("B"), QStringLiteral("C"), 1000 + FieldEditCommand::MergeWindowMs + 1),
            &error));
        QCOMPARE(stack()->count(), 2);
        // Another field of the same record: its own step too.
        auto* kind = new FieldEditCommand(m_ws.get(), Entity::Partner, uid, QStringLiteral("kind"),
                                          QStringLiteral("employer"), QStringLiteral("industry_association"),
                                          QStringLiteral("change of kind"));
        kind->setMadeAt(1000 + FieldEditCommand::MergeWindowMs + 2);
        QVERIFY(m_ws->push(kind, &error));
        QCOMPARE(stack()->count(), 3);
        stack()->undo();
        stack()->undo();
        QCOMPARE(partnerName(uid), QStringLiteral("B"));
    }

    void typingBackToTheStartLeavesNoStep()
    {
        const QString uid = newPartner(QStringLiteral("A"));
        QString error;
        QVERIFY(m_ws->push(rename(uid, QStringLiteral("A"), QStringLiteral("AB"), 1000), &error));
        QVERIFY(m_ws->push(rename(uid, QStringLiteral("AB"), QStringLiteral("A"), 1500), &error));
        QCOMPARE(partnerName(uid), QStringLiteral("A"));
        QCOMPARE(stack()->count(), 0);
    }

    void aRefusedChangeIsNotAStep()
    {
        const QString uid = newPartner(QStringLiteral("A"));
        QVERIFY(m_ws->push(rename(uid, QStringLiteral("A"), QStringLiteral("B"), 1000), nullptr));
        // An empty name is refused by the engine: nothing written, no step, the reason given; and a refused
        // change right after a step of the same field does not merge into it.
        QString error;
        QVERIFY(!m_ws->push(rename(uid, QStringLiteral("B"), QString(), 1200), &error));
        QVERIFY2(error.contains(QStringLiteral("Name")), qPrintable(error));
        QCOMPARE(partnerName(uid), QStringLiteral("B"));
        QCOMPARE(stack()->count(), 1);
        stack()->undo();
        QCOMPARE(partnerName(uid), QStringLiteral("A"));
    }

    void anUndoThatCannotBeCompleteUndoesNothing()
    {
        // A paste over two records; then someone else changes one of them.
        const QString first = newPartner(QStringLiteral("One")), second = newPartner(QStringLiteral("Two"));
        EditBatch paste(QStringLiteral("paste of 2 cells"), {});
        for (const auto& [uid, before] :
             {std::pair{first, QStringLiteral("One")}, {second, QStringLiteral("Two")}}) {
            RowEdit r;
            r.op = RowEdit::Op::Update;
            r.entity = Entity::Partner;
            r.uid = uid;
            r.before = {{QStringLiteral("name"), before}};
            r.after = {{QStringLiteral("name"), QString(before + QStringLiteral(" pasted"))}};
            paste.rows << r;
        }
        QString error;
        QVERIFY2(m_ws->push(new PasteCommand(m_ws.get(), paste), &error), qPrintable(error));
        std::unique_ptr<Workspace> other = openWorkspace(m_path);
        QVERIFY2(other->apply(EditBatch::change(Entity::Partner, second, QStringLiteral("name"),
                                                QStringLiteral("Two pasted"), QStringLiteral("Two renamed"),
                                                QStringLiteral("change of name")),
                              &error),
                 qPrintable(error));
        QSignalSpy problems(m_ws.get(), &Workspace::problem);
        stack()->undo();
        // Said, and nothing undone: the first record keeps the paste too.
        QCOMPARE(problems.size(), 1);
        QVERIFY2(
            problems.first().first().toString().startsWith(QStringLiteral("Cannot undo paste of 2 cells")),
            qPrintable(problems.first().first().toString()));
        QCOMPARE(partnerName(first), QStringLiteral("One pasted"));
        QCOMPARE(partnerName(second), QStringLiteral("Two renamed"));
        // The step that can no longer be undone has left the stack.
        QCOMPARE(stack()->count(), 0);
    }

    void eachKindOfChangeHasItsClassAndOrigin_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("expected");
        QTest::newRow("paste") << "paste"
                               << "paste";
        QTest::newRow("merge") << "merge"
                               << "merge";
        QTest::newRow("decision") << "decision"
                                  << "decision";
        QTest::newRow("review") << "review"
                                << "review";
        QTest::newRow("field edit") << "edit"
                                    << "edit";
    }
    void eachKindOfChangeHasItsClassAndOrigin()
    {
        QFETCH(QString, origin);
        QFETCH(QString, expected);
        const QString uid = newPartner(QStringLiteral("A"));
        BatchCommand* command = BatchCommand::forBatch(
            m_ws.get(),
            EditBatch::change(Entity::Partner, uid, QStringLiteral("name"), QStringLiteral("A"),
                              QStringLiteral("B"), QStringLiteral("change of name")),
            origin);
        const bool right =
            origin == QLatin1String("paste")      ? bool(dynamic_cast<PasteCommand*>(command))
            : origin == QLatin1String("merge")    ? bool(dynamic_cast<MergeCommand*>(command))
            : origin == QLatin1String("decision") ? bool(dynamic_cast<DecisionCommand*>(command))
            : origin == QLatin1String("review")   ? bool(dynamic_cast<ReviewCommand*>(command))
                                                  : bool(dynamic_cast<FieldEditCommand*>(command));
        QVERIFY(right);
        QString error;
        QVERIFY2(m_ws->push(command, &error), qPrintable(error));
        QCOMPARE(value(db(),
                       QStringLiteral("SELECT origin FROM change_log WHERE uid = ? AND field = 'name' "
                                      "ORDER BY id DESC LIMIT 1"),
                       {uid})
                     .toString(),
                 expected);
    }

    void addingAndDeletingRecordsAreOneStepEach()
    {
        RowEdit add;
        add.op = RowEdit::Op::Insert;
        add.entity = Entity::Partner;
        add.uid = RecordStore::newUid();
        add.after = {{QStringLiteral("name"), QStringLiteral("New partner")},
                     {QStringLiteral("kind"), QStringLiteral("employer")}};
        auto* command = BatchCommand::forBatch(m_ws.get(), EditBatch(QStringLiteral("addition"), {add}),
                                               QStringLiteral("edit"));
        QVERIFY(dynamic_cast<RecordsCommand*>(command));
        QString error;
        QVERIFY2(m_ws->push(command, &error), qPrintable(error));
        QCOMPARE(partnerName(add.uid), QStringLiteral("New partner"));
        RowEdit del;
        del.op = RowEdit::Op::Delete;
        del.entity = Entity::Partner;
        del.uid = add.uid;
        QVERIFY2(
            m_ws->push(new RecordsCommand(m_ws.get(), EditBatch(QStringLiteral("deletion"), {del})), &error),
            qPrintable(error));
        QCOMPARE(value(db(), QStringLiteral("SELECT COUNT(*) FROM partner WHERE uid = ?"), {add.uid}).toInt(),
                 0);
        QCOMPARE(stack()->count(), 2);
        stack()->undo();
        QCOMPARE(partnerName(add.uid), QStringLiteral("New partner"));
        stack()->undo();
        QCOMPARE(value(db(), QStringLiteral("SELECT COUNT(*) FROM partner WHERE uid = ?"), {add.uid}).toInt(),
                 0);
    }

    void anImportIsWrittenByItsFirstRedo()
    {
        int runs = 0;
        const QString uid = newPartner(QStringLiteral("Imported"));
        // The import itself is the command's first redo(); here a stand-in that fails says why, and leaves no
        // step.
        auto failing = [&runs](QString*, int*, QString* error) {
            ++runs;
            *error = QStringLiteral("line 3: not a number");
            return false;
        };
        QString error;
        QVERIFY(!m_ws->push(
            new ImportCommand(m_ws.get(), QStringLiteral("import of 3 rows"), {Entity::Partner}, failing),
            &error));
        QCOMPARE(runs, 1);
        QCOMPARE(error, QStringLiteral("line 3: not a number"));
        QCOMPARE(stack()->count(), 0);
        // One that writes nothing new (every row unchanged) succeeds, and is no step either.
        auto unchanged = [&runs](QString*, int* records, QString*) {
            ++runs;
            *records = 0;
            return true;
        };
        QVERIFY(m_ws->push(
            new ImportCommand(m_ws.get(), QStringLiteral("import of 3 rows"), {Entity::Partner}, unchanged),
            &error));
        QCOMPARE(runs, 2);
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(partnerName(uid), QStringLiteral("Imported"));
    }
};

QTEST_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
