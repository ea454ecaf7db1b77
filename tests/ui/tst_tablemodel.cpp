#include "pages/detailform.h"
#include "pages/tablepage.h"
#include "tables/fieldeditor.h"
#include "tables/tablemodel.h"
#include "testworkspace.h"
#include "uitest.h"
#include "workspace.h"

#include "domain/translations.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/repository.h"
#include "synthetic/generator.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mcfund;
using test::scalar;

class TestTableModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_generated;
    std::unique_ptr<Workspace> m_official;

    static std::unique_ptr<Workspace> open(const QString& path) { return test::openWorkspace(path); }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        GeneratorOptions o;
        o.projects = 1500;
        o.credentials = 6000;
        o.seed = 2;
        QString error;
        QVERIFY2(Generator::generate(m_dir.filePath(QStringLiteral("g.sqlite")), o, &error),
                 qPrintable(error));
        m_generated = open(m_dir.filePath(QStringLiteral("g.sqlite")));
        m_official = open(m_dir.filePath(QStringLiteral("o.sqlite")));
    }

    void testerThroughFilterAndSort_data()
    {
        QTest::addColumn<int>("entity");
        for (Entity e :
             {Entity::Project, Entity::Credential, Entity::Institution, Entity::Round, Entity::Partner})
            QTest::newRow(qPrintable(Schema::entity(e).name)) << int(e);
    }
    void testerThroughFilterAndSort()
    {
        QFETCH(int, entity);
        TableModel model(m_generated.get(), Entity(entity));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::settle(&model));
        const QString table = Schema::entity(Entity(entity)).table;
        const qint64 all = scalar(m_generated->database().connection(),
                                  QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        QCOMPARE(model.rowCount(), int(all));
        QCOMPARE(model.totalCount(), all);
        // Sort by every sortable column, both ways.
        for (int c = 0; c < model.columnCount(); ++c) {
            model.sort(c, Qt::AscendingOrder);
            QVERIFY(test::settle(&model));
            model.sort(c, Qt::DescendingOrder);
            QVERIFY(test::settle(&model));
            QCOMPARE(model.rowCount(), int(all));
            QVERIFY(!model.index(0, 0).data().toString().isEmpty() || model.rowCount() == 0);
            QVERIFY(!model.index(model.rowCount() - 1, 0).data().toString().isEmpty() ||
                    model.rowCount() == 0);
        }
        FilterSpec f;
        f.text = QStringLiteral("a");
        model.setFilter(f);
        QVERIFY(test::settle(&model));
        f.text.clear();
        f.sectorUids = {
            Repository(m_generated->database().connection()).sectorUid(QStringLiteral("health_care"))};
        model.setFilter(f);
        QVERIFY(test::settle(&model));
        model.setFilter(FilterSpec());
        QVERIFY(test::settle(&model));
        QCOMPARE(model.rowCount(), int(all));
    }

    void theStatusSaysCountingUntilTheCountIsKnown()
    {
        // Before the first background pass has answered, neither count is known: "counting…", never
        // "0 micro-credentials in all"; then the counts.
        TablePage page(m_generated.get(), Entity::Credential);
        QCOMPARE(page.countText(), QStringLiteral("counting…"));
        QTRY_COMPARE_WITH_TIMEOUT(page.countText(), QStringLiteral("6,000 micro-credentials"), 20000);
        FilterSpec text;
        text.text = QStringLiteral("battery");
        page.setFilter(text);
        QCOMPARE(page.countText(), QStringLiteral("counting… (6,000 micro-credentials in all)"));
        QTRY_VERIFY_WITH_TIMEOUT(page.countText().endsWith(QLatin1String(" of 6,000 micro-credentials")),
                                 20000);
    }

    void rowsReadOnlyInPartAreNotShown()
    {
        // The index of credentials by sector cannot be read to its end: sorted by sector, the table shows no
        // row and no count, and says why, rather than the rows read before the failure as if they were all.
        QTemporaryDir dir;
        const QString path = test::damagedWorkspace(dir);
        QVERIFY(!path.isEmpty());
        const std::unique_ptr<Workspace> damaged = open(path);
        QVERIFY(damaged);
        TablePage page(damaged.get(), Entity::Credential);
        TableModel* model = page.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::settle(model));
        QVERIFY2(model->readError().isEmpty(), qPrintable(model->readError()));
        QCOMPARE(model->rowCount(), 3000);
        model->sort(model->columnOf(QStringLiteral("sector_uid")), Qt::AscendingOrder);
        QVERIFY(test::settle(model));
        QVERIFY2(model->readError().contains(QLatin1String("malformed")), qPrintable(model->readError()));
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(page.countText(), QStringLiteral("rows not read"));
        const QLabel* hint = page.findChild<QLabel*>(QStringLiteral("emptyHint"));
        QVERIFY(hint);
        QVERIFY2(hint->text().startsWith(QLatin1String("The rows could not be read from the workspace: ")) &&
                     hint->text().contains(QLatin1String("malformed")),
                 qPrintable(hint->text()));
        // Sorted by title again, what can be read is shown whole.
        model->sort(model->columnOf(QStringLiteral("title")), Qt::AscendingOrder);
        QVERIFY(test::settle(model));
        QVERIFY2(model->readError().isEmpty(), qPrintable(model->readError()));
        QCOMPARE(model->rowCount(), 3000);
    }

    void sectorFilterCountsAgree()
    {
        TableModel model(m_generated.get(), Entity::Credential);
        QVERIFY(test::settle(&model));
        const QSqlDatabase db = m_generated->database().connection();
        const QString housing = Repository(db).sectorUid(QStringLiteral("housing"));
        QCOMPARE(model.sectorCounts().value(housing),
                 scalar(db, QStringLiteral("SELECT COUNT(*) FROM micro_credential WHERE sector_uid = ?"),
                        {housing}));
        FilterSpec f;
        f.sectorUids = {housing};
        model.setFilter(f);
        QVERIFY(test::settle(&model));
        QCOMPARE(model.matchingCount(), model.sectorCounts().value(housing));
        for (int r = 0; r < model.rowCount(); r += 97)
            QCOMPARE(model.recordAt(r).value(QStringLiteral("sector_uid")).toString(), housing);
    }

    void aSortKeepsTheCountsAndAnEditRenewsThem()
    {
        // A new order of the same rows does not read the counts again (they cannot have changed); a change
        // of the rows does.
        const QSqlDatabase db = m_official->database().connection();
        TableModel model(m_official.get(), Entity::Project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::settle(&model));
        const auto statusCount = [&](const QString& status) {
            return scalar(db, QStringLiteral("SELECT COUNT(*) FROM project WHERE status = ?"), {status});
        };
        const QHash<QString, qint64> before = model.statusCounts();
        QCOMPARE(before.value(QStringLiteral("approved")), statusCount(QStringLiteral("approved")));
        const qint64 missing = model.missingTranslationCount();
        QCOMPARE(
            missing,
            scalar(db, QStringLiteral(
                           "SELECT COUNT(*) FROM project WHERE title_en IS NULL"))); // an English session
        model.sort(model.columnOf(QStringLiteral("status")), Qt::DescendingOrder);
        QVERIFY(test::settle(&model));
        QCOMPARE(model.statusCounts(), before);
        QCOMPARE(model.missingTranslationCount(), missing);
        // One project declined, through the window's edit path: the counts follow.
        const QString uid = model.uidAt(0);
        const QString was = model.recordAt(0).value(QStringLiteral("status")).toString();
        QString error;
        QVERIFY2(m_official->apply(EditBatch::change(Entity::Project, uid, QStringLiteral("status"), was,
                                                     QStringLiteral("withdrawn"),
                                                     QStringLiteral("change of status")),
                                   &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(model.statusCounts().value(QStringLiteral("withdrawn")),
                                  statusCount(QStringLiteral("withdrawn")), 20000);
        QCOMPARE(model.statusCounts().value(was), statusCount(was));
        m_official->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(model.statusCounts(), before, 20000);
    }

    void inactiveModelWaitsToBeShown()
    {
        // A page not in front reads nothing until it is first shown; its filter and the data may change
        // meanwhile, and the first rows and one pass for the latest of them come once it is shown.
        TableModel model(m_generated.get(), Entity::Credential, nullptr, false);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.isActive());
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.matchingCount(), -1);
        QSignalSpy loaded(&model, &TableModel::loaded);
        const QSqlDatabase db = m_generated->database().connection();
        const QString housing = Repository(db).sectorUid(QStringLiteral("housing"));
        FilterSpec f;
        f.sectorUids = {housing};
        model.setFilter(f);
        QVERIFY(!loaded.wait(300));
        QVERIFY(model.isLoading());
        QCOMPARE(model.matchingCount(), -1);
        QCOMPARE(model.rowCount(), 0);
        model.setActive(true);
        QVERIFY(model.rowCount() > 0); // the first rows at once, from the index
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.matchingCount(),
                 scalar(db, QStringLiteral("SELECT COUNT(*) FROM micro_credential WHERE sector_uid = ?"),
                        {housing}));
        // Hidden again, a change of filter shows its first rows but waits for its count, and a change of
        // data waits altogether; made active, both are read.
        model.setActive(false);
        model.setFilter(FilterSpec());
        QVERIFY(model.isLoading());
        QVERIFY(model.rowCount() > 0);
        QVERIFY(!loaded.wait(300));
        model.refresh();
        QVERIFY(!loaded.wait(300));
        model.setActive(true);
        QVERIFY(test::settle(&model));
        QCOMPARE(model.matchingCount(), scalar(db, QStringLiteral("SELECT COUNT(*) FROM micro_credential")));
    }

    void projectListIsMadeWhenChosenFrom()
    {
        // A credential's project is one of its institution's projects, listed only when someone is about to
        // choose: showing a record reads its own project, not the institution's hundreds.
        const QSqlDatabase db = m_generated->database().connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT uid, project_uid, institution_uid FROM micro_credential WHERE "
                                      "project_uid IS NOT NULL ORDER BY rowid LIMIT 1")) &&
                q.next());
        const QString uid = q.value(0).toString(), project = q.value(1).toString();
        const qint64 projects = scalar(
            db, QStringLiteral("SELECT COUNT(*) FROM project WHERE institution_uid = ?"), {q.value(2)});
        QVERIFY(projects > 2);
        DetailForm form(m_generated.get(), Entity::Credential);
        form.showRecord(uid);
        auto* box = form.findChild<LazyComboBox*>(QStringLiteral("project_uid"));
        QVERIFY(box);
        QVERIFY(!box->isFilled());
        QCOMPARE(box->count(), 2); // (none) and the record's project
        QCOMPARE(box->currentData().toString(), project);
        QVERIFY2(box->currentText().contains(QLatin1String("(round ")), qPrintable(box->currentText()));
        QSignalSpy changed(box, &QComboBox::currentIndexChanged);
        box->fill();
        QVERIFY(box->isFilled());
        QCOMPARE(box->count(), int(projects) + 1);
        QCOMPARE(box->currentData().toString(), project); // the same value, now among the full list
        QCOMPARE(changed.count(), 0);                     // and nothing was edited by filling it
        // Another record starts from its own project again.
        form.showRecord(uid);
        QVERIFY(!box->isFilled());
        QCOMPARE(box->count(), 2);

        // When the institution's projects cannot be read, the list says so where the choice is made (an
        // item that cannot be chosen), rather than offering only "(none)".
        QSqlQuery rename(db);
        QVERIFY2(rename.exec(QStringLiteral("ALTER TABLE funding_round RENAME TO funding_round_away")),
                 qPrintable(rename.lastError().text()));
        const auto back = qScopeGuard([db] {
            QSqlQuery q(db);
            q.exec(QStringLiteral("ALTER TABLE funding_round_away RENAME TO funding_round"));
        });
        box->fill();
        QCOMPARE(box->count(), 3); // (none), why the institution's projects are not listed, the record's own
        const int why = box->findText(QStringLiteral("Cannot read the projects of this institution: "),
                                      Qt::MatchStartsWith);
        QVERIFY(why > 0);
        QVERIFY2(box->itemText(why).contains(QStringLiteral("funding_round")),
                 qPrintable(box->itemText(why)));
        QVERIFY(!(box->model()->flags(box->model()->index(why, 0)) & Qt::ItemIsEnabled));
        QCOMPARE(box->currentData().toString(), project);
    }

    void sortedRowsAreInOrder()
    {
        TableModel model(m_generated.get(), Entity::Credential);
        QVERIFY(test::settle(&model));
        const int hours = model.columnOf(QStringLiteral("hours"));
        model.sort(hours, Qt::DescendingOrder);
        // The first rows are there at once, from the index, before the background pass ends.
        QVERIFY(model.rowCount() > 0);
        const qint64 top = model.index(0, hours).data(Qt::EditRole).toLongLong();
        QCOMPARE(top, scalar(m_generated->database().connection(),
                             QStringLiteral("SELECT MAX(hours) FROM micro_credential")));
        QVERIFY(test::settle(&model));
        qint64 previous = LLONG_MAX;
        for (int r = 0; r < model.rowCount(); r += 13) {
            const QVariant v = model.index(r, hours).data(Qt::EditRole);
            const qint64 h = v.isNull() ? LLONG_MIN : v.toLongLong();
            QVERIFY(h <= previous);
            previous = h;
        }
        const qint64 last = model.index(model.rowCount() - 1, hours).data(Qt::EditRole).toLongLong();
        QCOMPARE(last, scalar(m_generated->database().connection(),
                              QStringLiteral("SELECT MIN(hours) FROM micro_credential")));
    }

    void fallbackIsMarked()
    {
        TableModel model(m_official.get(), Entity::Project);
        QVERIFY(test::settle(&model));
        Translations::install(QStringLiteral("fr"));
        model.languageChanged();
        // In French, an English-only title shows in English, marked as a fallback (italic, tooltip).
        bool sawFallback = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r, 0);
            if (i.data(TableModel::FallbackRole).toBool()) {
                sawFallback = true;
                QVERIFY(i.data(Qt::FontRole).value<QFont>().italic());
                QVERIFY(!i.data(Qt::ToolTipRole).toString().isEmpty());
            }
        }
        Translations::install(QStringLiteral("en"));
        model.languageChanged();
        QVERIFY(sawFallback);
    }

    void anotherWindowsChangeArrivesWithoutLosingTheSelection()
    {
        // Two windows on one SQLite file: what one saves shows in the other within two seconds (it looks at
        // PRAGMA data_version once a second), the selected row stays selected, and the status bar is told
        // who did what.
        const QString path = m_dir.filePath(QStringLiteral("o.sqlite"));
        std::unique_ptr<Workspace> mine = open(path), theirs = open(path);
        TableModel model(mine.get(), Entity::Project);
        QVERIFY(test::settle(&model));
        QItemSelectionModel selection(&model);
        const int row = 5;
        const QString selected = model.uidAt(row);
        selection.setCurrentIndex(model.index(row, 0), QItemSelectionModel::SelectCurrent);
        const QString target = model.uidAt(0);
        const QString before = model.recordAt(0).value(QStringLiteral("title_en")).toString();
        QSignalSpy elsewhere(mine.get(), &Workspace::changedElsewhere);
        QString error;
        QVERIFY2(
            theirs->apply(EditBatch::change(Entity::Project, target, QStringLiteral("title_en"), before,
                                            QStringLiteral("Zz renamed elsewhere"), QStringLiteral("rename")),
                          &error),
            qPrintable(error));
        QVERIFY(elsewhere.wait(3000));
        QCOMPARE(elsewhere.count(), 1);
        QVERIFY2(elsewhere.first().first().toString().endsWith(QStringLiteral(" saved: rename")),
                 qPrintable(elsewhere.first().first().toString()));
        QVERIFY(test::settle(&model));
        QCOMPARE(model.recordAt(model.rowOf(target)).value(QStringLiteral("title_en")).toString(),
                 QStringLiteral("Zz renamed elsewhere"));
        QCOMPARE(model.uidAt(selection.currentIndex().row()), selected);
        // What this window saves itself is not reported as someone else's.
        elsewhere.clear();
        QVERIFY(mine->apply(EditBatch::change(Entity::Project, target, QStringLiteral("title_en"),
                                              QStringLiteral("Zz renamed elsewhere"), before,
                                              QStringLiteral("back")),
                            &error));
        QVERIFY(!elsewhere.wait(1500));
        QTRY_VERIFY_WITH_TIMEOUT(theirs->database().isEdited(), 100);
    }

    void anEditToARecordDeletedElsewhereOffersToPutItBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deleted.sqlite"));
        std::unique_ptr<Workspace> mine = open(path), theirs = open(path);
        const QSqlDatabase db = mine->database().connection();
        // A project nothing refers to, deleted by the other window while this one edits it.
        QSqlQuery find(db);
        QVERIFY(find.exec(QStringLiteral(
                    "SELECT uid, title_en FROM project WHERE uid NOT IN (SELECT project_uid FROM "
                    "project_partner) LIMIT 1")) &&
                find.next());
        const QString project = find.value(0).toString(), name = find.value(1).toString();
        find.finish();
        const std::optional<Record> record = RecordStore(db, {}).get(Entity::Project, project);
        QVERIFY(record);
        RowEdit del;
        del.op = RowEdit::Op::Delete;
        del.entity = Entity::Project;
        del.uid = project;
        del.before = *record;
        QString error;
        QVERIFY2(theirs->apply(EditBatch(QStringLiteral("delete"), {del}), &error), qPrintable(error));
        const EditBatch rename = EditBatch::change(Entity::Project, project, QStringLiteral("title_en"), name,
                                                   QStringLiteral("Kept name"), QStringLiteral("rename"));
        // Declined: said so, nothing written.
        QString asked;
        mine->setRestoreResolver([&](const QString& label) {
            asked = label;
            return false;
        });
        QVERIFY(!mine->apply(rename, &error));
        QCOMPARE(asked, name);
        QCOMPARE(error,
                 QStringLiteral("“%1” was deleted by someone else; your change was not applied.").arg(name));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM project WHERE uid = ?"), {project}), 0);
        // Accepted: the project is back as it was, with the new title, in one undoable step.
        mine->setRestoreResolver([](const QString&) { return true; });
        QVERIFY2(mine->apply(rename, &error), qPrintable(error));
        const std::optional<Record> back = RecordStore(db, {}).get(Entity::Project, project);
        QVERIFY(back);
        QCOMPARE(back->value(QStringLiteral("title_en")).toString(), QStringLiteral("Kept name"));
        QCOMPARE(back->value(QStringLiteral("requested_cents")),
                 record->value(QStringLiteral("requested_cents")));
        mine->undoStack()->undo();
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM project WHERE uid = ?"), {project}), 0);
    }

    void editThroughTheModelIsUndoable()
    {
        TableModel model(m_official.get(), Entity::Project);
        QVERIFY(test::settle(&model));
        const int learners = model.columnOf(QStringLiteral("target_learners"));
        const QModelIndex cell = model.index(3, learners);
        const QString uid = model.uidAt(3);
        QVERIFY(model.setData(cell, qint64(120)));
        const QSqlDatabase db = m_official->database().connection();
        QCOMPARE(scalar(db, QStringLiteral("SELECT target_learners FROM project WHERE uid = ?"), {uid}), 120);
        QVERIFY(test::settle(&model));
        QCOMPARE(model.index(model.rowOf(uid), learners).data(Qt::EditRole).toLongLong(), 120);
        m_official->undoStack()->undo();
        QVERIFY(scalar(db, QStringLiteral("SELECT target_learners IS NULL FROM project WHERE uid = ?"),
                       {uid}) == 1);
        m_official->undoStack()->redo();
        QCOMPARE(scalar(db, QStringLiteral("SELECT target_learners FROM project WHERE uid = ?"), {uid}), 120);
        // Out of range: refused, nothing written, a message says why.
        QSignalSpy refused(&model, &TableModel::editRefused);
        QVERIFY(!model.setData(model.index(model.rowOf(uid), learners), qint64(-3)));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("Target learners")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT target_learners FROM project WHERE uid = ?"), {uid}), 120);
    }
};

QTEST_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
