#include "importer.h"
#include "rowsource.h"
#include "testworkspace.h"

#include "domain/translations.h"
#include "edits/editengine.h"
#include "packages/packagemerger.h"
#include "query/lookups.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/packageformat.h"
#include "storage/repository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace mcfund;

namespace {
// Edits a package (or a workspace) the way any SQLite tool could: no mcfund code involved.
void rawExec(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char* msg = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &msg);
    QVERIFY2(rc == SQLITE_OK, msg ? msg : "");
    sqlite3_close(db);
}
QByteArray bytesOf(Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile f(db.path());
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
QString title(Database& db, const QString& like)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT title_en FROM project WHERE title_en LIKE ? ORDER BY rowid"));
    q.addBindValue(like);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
// Every data table of a workspace, for comparing two workspaces.
QByteArray dataOf(Database& db)
{
    QByteArray out;
    for (const char* t : {"institution", "project", "micro_credential", "partner", "project_partner"}) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT uid, * FROM %1 ORDER BY uid").arg(QLatin1String(t)));
        while (q.next())
            for (int i = 0; i < 30; ++i)
                if (i != 0)
                    out += q.value(i).toString().toUtf8() + '|';
    }
    return out;
}
bool merge(Database& db, const QString& package,
           MergeConflict::Choice prefer = MergeConflict::Choice::Undecided, bool deletions = false,
           MergePlan* planOut = nullptr)
{
    MergePlan plan;
    QString error;
    if (!PackageMerger::plan(db.connection(), package, &plan, &error))
        return false;
    if (prefer != MergeConflict::Choice::Undecided)
        plan.prefer(prefer);
    for (MergeDeletion& d : plan.deletions)
        d.accept = deletions;
    if (planOut)
        *planOut = plan;
    EditBatch batch;
    if (!PackageMerger::batch(plan, &batch, &error))
        return false;
    if (batch.rows.isEmpty())
        return true;
    QList<EditProblem> problems;
    return EditEngine(db.connection(), QStringLiteral("ministry"))
        .apply(batch, QStringLiteral("merge"), &problems);
}
} // namespace

class TestPackages : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString fresh(Database& db, const QString& name)
    {
        QString error;
        const QString p = test::workspace(m_dir, name);
        if (!db.open(p, &error))
            qFatal("%s", qPrintable(error));
        return p;
    }
    QString exportPackage(Database& db, const QString& institution, const QString& name)
    {
        QString error;
        const QString p = m_dir.filePath(name);
        if (!InstitutionPackage::exportTo(db, institution, 0, p, QStringLiteral("ministry"), nullptr, &error))
            qFatal("%s", qPrintable(error));
        return p;
    }

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void packageContents()
    {
        Database ws;
        fresh(ws, QStringLiteral("a.sqlite"));
        const QString pkg = exportPackage(ws, QStringLiteral("Fleming College"), QStringLiteral("a.mcfpkg"));
        PackageInfo info;
        QString error;
        QVERIFY2(InstitutionPackage::inspect(pkg, &info, &error), qPrintable(error));
        QCOMPARE(info.institutionName, QStringLiteral("Fleming College"));
        QCOMPARE(info.workspaceId, ws.meta(QStringLiteral("workspace_id")));
        QCOMPARE(info.schemaVersion, Migrations::latestVersion());
        Database p;
        QVERIFY(p.open(pkg, &error));
        QCOMPARE(p.kind(), WorkspaceKind::Package);
        QSqlQuery q(p.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM project")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM base_project")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM institution")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Coordinator mode: ministry-only fields and other institutions are refused by the edit engine
        // itself.
        QVERIFY(q.exec(QStringLiteral("SELECT uid FROM project LIMIT 1")) && q.next());
        const QString uid = q.value(0).toString();
        EditEngine engine(p.connection(), QStringLiteral("coordinator"));
        QList<EditProblem> problems;
        EditBatch approve = EditBatch::change(Entity::Project, uid, QStringLiteral("approved_cents"),
                                              QVariant(), qint64(100), QStringLiteral("x"));
        QVERIFY(!engine.apply(approve, QStringLiteral("edit"), &problems));
        QVERIFY2(problems.first().message.contains(QStringLiteral("ministry")),
                 qPrintable(problems.first().message));
        EditBatch round = EditBatch::change(Entity::Round, Repository(p.connection()).roundByNumber(2)->uid,
                                            QStringLiteral("envelope_cents"), qint64(500000000), qint64(1),
                                            QStringLiteral("x"));
        QVERIFY(!engine.apply(round, QStringLiteral("edit"), &problems));
        EditBatch title = EditBatch::change(Entity::Project, uid, QStringLiteral("title_fr"), QVariant(),
                                            QStringLiteral("Conception"), QStringLiteral("x"));
        QVERIFY(engine.apply(title, QStringLiteral("edit"), &problems));
    }

    void independentEditsAndConflicts()
    {
        Database ws;
        const QString path = fresh(ws, QStringLiteral("b.sqlite"));
        const QString pkg = exportPackage(ws, QStringLiteral("Fleming College"), QStringLiteral("b.mcfpkg"));
        // The coordinator edits one title and adds a micro-credential; the ministry edits another title.
        rawExec(pkg, QStringLiteral("UPDATE project SET title_en = 'Embedded Systems Design 1 (revised)' "
                                    "WHERE title_en = 'Embedded Systems Design 1'"));
        rawExec(
            pkg,
            QStringLiteral(
                "INSERT INTO micro_credential(uid, institution_uid, title_en, sector_uid, delivery, "
                "osap_approved, status, language, "
                "created_at, updated_at, version) SELECT 'new-cred-1', uid, 'Biomanufacturing Lab Safety', "
                "(SELECT uid FROM sector WHERE code = 'advanced_manufacturing'), 'hybrid', 0, "
                "'in_development', 'en', 't', 't', 1 "
                "FROM institution"));
        QSqlQuery q(ws.connection());
        QString error;
        QVERIFY(
            q.exec(QStringLiteral("SELECT uid FROM project WHERE title_en = 'Embedded Systems Design 3'")) &&
            q.next());
        QVERIFY(Repository(ws.connection(),
                           ChangeContext{QStringLiteral("ministry"), QStringLiteral("edit"), {}, {}})
                    .change(Entity::Project, q.value(0).toString(),
                            {{QStringLiteral("title_en"),
                              QStringLiteral("Embedded Systems Design 3 (ministry)")}},
                            &error));
        MergePlan plan;
        QVERIFY(merge(ws, pkg, MergeConflict::Choice::Undecided, false, &plan));
        QCOMPARE(plan.conflicts.size(), 0);
        QCOMPARE(plan.additions.size(), 1);
        QCOMPARE(title(ws, QStringLiteral("Embedded Systems Design 1%")),
                 QStringLiteral("Embedded Systems Design 1 (revised)"));
        QCOMPARE(title(ws, QStringLiteral("Embedded Systems Design 3%")),
                 QStringLiteral("Embedded Systems Design 3 (ministry)"));
        QVERIFY(Repository(ws.connection()).credential(QStringLiteral("new-cred-1")));
        // The merge is in the change log, naming the package.
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT COUNT(*) FROM change_log WHERE entity = 'package' AND origin = 'merge'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // A second merge of the same package changes nothing.
        const QByteArray once = dataOf(ws);
        QVERIFY(merge(ws, pkg, MergeConflict::Choice::Undecided, false, &plan));
        QCOMPARE(plan.updates.size() + plan.additions.size() + plan.conflicts.size(), 0);
        QCOMPARE(dataOf(ws), once);

        // Both sides change the same field: a conflict; each resolution applies.
        for (const auto side : {MergeConflict::Choice::Ministry, MergeConflict::Choice::Package}) {
            const QString pkg2 = exportPackage(ws, QStringLiteral("Fleming College"),
                                               QStringLiteral("c%1.mcfpkg").arg(int(side)));
            QVERIFY(q.exec(QStringLiteral("SELECT uid FROM project WHERE title_en LIKE 'Introduction to "
                                          "Biomanufacturing%' OR title_en LIKE 'Bio (%'")) &&
                    q.next());
            const QString uid = q.value(0).toString();
            rawExec(pkg2, QStringLiteral("UPDATE project SET title_en = 'Bio (package %1)' WHERE uid = '%2'")
                              .arg(int(side))
                              .arg(uid));
            QVERIFY(Repository(ws.connection(),
                               ChangeContext{QStringLiteral("ministry"), QStringLiteral("edit"), {}, {}})
                        .change(Entity::Project, uid,
                                {{QStringLiteral("title_en"),
                                  QStringLiteral("Bio (ministry %1)").arg(int(side))}},
                                &error));
            const QByteArray before = dataOf(ws);
            {
                MergePlan probe;
                QString why;
                QVERIFY(PackageMerger::plan(ws.connection(), pkg2, &probe, &why));
                QVERIFY2(probe.conflicts.size() == 1, qPrintable(probe.summary()));
            }
            QVERIFY(!merge(ws, pkg2)); // undecided: nothing applied
            QCOMPARE(dataOf(ws), before);
            QVERIFY(merge(ws, pkg2, side, false, &plan));
            QCOMPARE(plan.conflicts.size(), 1);
            QCOMPARE(plan.conflicts.first().base.toString(),
                     side == MergeConflict::Choice::Ministry
                         ? QStringLiteral("Introduction to Biomanufacturing")
                         : QStringLiteral("Bio (ministry 1)"));
            const QString expected = side == MergeConflict::Choice::Ministry
                                         ? QStringLiteral("Bio (ministry %1)").arg(int(side))
                                         : QStringLiteral("Bio (package %1)").arg(int(side));
            QCOMPARE(Repository(ws.connection()).project(uid)->titleEn, expected);
        }
        Q_UNUSED(path);
    }

    void deletionIsProposedNotApplied()
    {
        Database ws;
        fresh(ws, QStringLiteral("d.sqlite"));
        const QString pkg = exportPackage(ws, QStringLiteral("Fleming College"), QStringLiteral("d.mcfpkg"));
        rawExec(pkg, QStringLiteral("DELETE FROM project WHERE title_en = 'Embedded Systems Design 2'"));
        MergePlan plan;
        QVERIFY(merge(ws, pkg, MergeConflict::Choice::Undecided, false, &plan));
        QCOMPARE(plan.deletions.size(), 1);
        QCOMPARE(title(ws, QStringLiteral("Embedded Systems Design 2")),
                 QStringLiteral("Embedded Systems Design 2"));
        QVERIFY(merge(ws, pkg, MergeConflict::Choice::Undecided, true, &plan));
        QVERIFY(title(ws, QStringLiteral("Embedded Systems Design 2")).isEmpty());
    }

    void refusedPackagesLeaveTheWorkspaceUntouched_data()
    {
        QTest::addColumn<QString>("sabotage");
        QTest::addColumn<QString>("expect");
        QTest::newRow("other institution's row") << "other-institution"
                                                 << "another institution";
        QTest::newRow("ministry-only field") << "ministry-only"
                                             << "ministry-only";
        QTest::newRow("foreign workspace") << "foreign"
                                           << "another workspace";
        QTest::newRow("truncated file") << "truncated"
                                        << "is damaged";
        QTest::newRow("not SQLite") << "text"
                                    << "not an SQLite database";
        QTest::newRow("newer schema") << "schema"
                                      << "schema";
        QTest::newRow("no base values") << "nobase"
                                        << "base values";
    }
    void refusedPackagesLeaveTheWorkspaceUntouched()
    {
        QFETCH(QString, sabotage);
        QFETCH(QString, expect);
        Database ws;
        fresh(ws, QStringLiteral("e-%1.sqlite").arg(sabotage));
        QString pkg =
            exportPackage(ws, QStringLiteral("Fleming College"), QStringLiteral("e-%1.mcfpkg").arg(sabotage));
        if (sabotage == QLatin1String("other-institution")) {
            rawExec(pkg, QStringLiteral("INSERT INTO project(uid, round_uid, institution_uid, title_en, "
                                        "original_language, sector_uid, sector_assigned_by, "
                                        "status, project_type, created_at, updated_at, version, "
                                        "collaboration, indigenous_institute, indigenous_partnership) "
                                        "SELECT 'intruder', round_uid, 'some-other-institution', 'Smuggled "
                                        "project', 'en', sector_uid, 'user', 'draft', "
                                        "'single', 't', 't', 1, 0, 0, 0 FROM project LIMIT 1"));
        } else if (sabotage == QLatin1String("ministry-only")) {
            rawExec(pkg, QStringLiteral("UPDATE project SET approved_cents = 5000000, status = 'approved'"));
        } else if (sabotage == QLatin1String("foreign")) {
            Database other;
            fresh(other, QStringLiteral("other.sqlite"));
            pkg = exportPackage(other, QStringLiteral("Fleming College"), QStringLiteral("foreign.mcfpkg"));
            rawExec(pkg, QStringLiteral("UPDATE project SET title_en = title_en || ' (elsewhere)'"));
        } else if (sabotage == QLatin1String("truncated")) {
            QFile f(pkg);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.resize(f.size() / 3);
        } else if (sabotage == QLatin1String("text")) {
            QFile f(pkg);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("not a package\n");
        } else if (sabotage == QLatin1String("schema")) {
            rawExec(pkg, QStringLiteral("UPDATE package_meta SET value = '99' WHERE key = 'schema_version'"));
        } else if (sabotage == QLatin1String("nobase")) {
            rawExec(pkg, QStringLiteral("DROP TABLE base_project"));
        }
        const QByteArray before = bytesOf(ws);
        MergePlan plan;
        QString error;
        const bool planned = PackageMerger::plan(ws.connection(), pkg, &plan, &error);
        if (planned) {
            // Accepted as a package, but the offending changes are rejected, with the reason.
            QVERIFY(!plan.rejected.isEmpty());
            QVERIFY2(plan.rejected.first().reason.contains(expect), qPrintable(plan.rejected.first().reason));
            QCOMPARE(plan.updates.size() + plan.additions.size(), 0);
        } else {
            QVERIFY(!error.isEmpty());
            QVERIFY2(error.contains(expect), qPrintable(error));
        }
        QCOMPARE(bytesOf(ws), before);
    }

    void recordDeletedHereButChangedInThePackageIsOfferedBack()
    {
        Database ws;
        fresh(ws, QStringLiteral("restore.sqlite"));
        const QString pkg =
            exportPackage(ws, QStringLiteral("Fleming College"), QStringLiteral("restore.mcfpkg"));
        QSqlQuery q(ws.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT p.uid, p.title_en, p.status FROM project p JOIN institution i ON "
                                  "i.uid = p.institution_uid WHERE i.name_en = 'Fleming College' LIMIT 1")) &&
            q.next());
        const QString uid = q.value(0).toString();
        const QString title = q.value(1).toString();
        const QString status = q.value(2).toString();
        q.finish();
        // The institution goes on working on the project; meanwhile the ministry deletes it.
        rawExec(pkg, QStringLiteral("UPDATE project SET target_learners = 77 WHERE uid = '%1'").arg(uid));
        EditBatch remove{QStringLiteral("delete"),
                         {RowEdit{RowEdit::Op::Delete, Entity::Project, uid, {}, {}}}};
        QList<EditProblem> problems;
        QVERIFY2(EditEngine(ws.connection(), QStringLiteral("ministry"))
                     .apply(remove, QStringLiteral("edit"), &problems),
                 qPrintable(EditEngine::describe(remove, problems)));
        MergePlan plan;
        QString error;
        QVERIFY2(PackageMerger::plan(ws.connection(), pkg, &plan, &error), qPrintable(error));
        QCOMPARE(plan.restorations.size(), 1);
        QCOMPARE(plan.restorations.first().uid, uid);
        QCOMPARE(plan.restorations.first().label, title);
        QVERIFY(plan.rejected.isEmpty());
        QVERIFY(plan.summary().contains(QStringLiteral("1 deleted here but changed in the package")));
        auto exists = [&] {
            QSqlQuery e(ws.connection());
            e.prepare(QStringLiteral("SELECT target_learners, status FROM project WHERE uid = ?"));
            e.addBindValue(uid);
            return e.exec() && e.next() ? e.value(0).toString() + QLatin1Char('|') + e.value(1).toString()
                                        : QString();
        };
        // Not accepted: the ministry's deletion stands.
        EditBatch batch;
        QVERIFY(PackageMerger::batch(plan, &batch, &error));
        QVERIFY(std::none_of(batch.rows.cbegin(), batch.rows.cend(),
                             [&](const RowEdit& r) { return r.uid == uid; }));
        // Accepted: back, with the package's values and the ministry's status.
        plan.restorations.first().accept = true;
        QVERIFY(PackageMerger::batch(plan, &batch, &error));
        QVERIFY2(EditEngine(ws.connection(), QStringLiteral("ministry"))
                     .apply(batch, QStringLiteral("merge"), &problems),
                 qPrintable(EditEngine::describe(batch, problems)));
        QCOMPARE(exists(), QStringLiteral("77|") + status);
    }

    void importIntoAPackageFindsWhatACoordinatorMayNotChangeInTheCheck()
    {
        // A coordinator imports the institution's spreadsheet into the package; one row sets an approved
        // amount, which only the ministry decides. The check (which writes nothing) already refuses that row
        // with its line, and the write refuses the same row and imports the other.
        Database ws;
        fresh(ws, QStringLiteral("imp.sqlite"));
        const QString pkg =
            exportPackage(ws, QStringLiteral("Fleming College"), QStringLiteral("imp.mcfpkg"));
        Database p;
        QString error;
        QVERIFY2(p.open(pkg, &error), qPrintable(error));
        QSqlQuery q(p.connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT title_en FROM project WHERE title_en IS NOT NULL ORDER BY title_en LIMIT 2")));
        QStringList titles;
        while (q.next())
            titles << q.value(0).toString();
        q.finish();
        QCOMPARE(titles.size(), 2);
        const QString file = m_dir.filePath(QStringLiteral("imp.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral(
                        "Title (English),Institution,Target learners,Approved\n\"%1\",Fleming College,33,\n"
                        "\"%2\",Fleming College,44,\"$1,000.00\"\n")
                        .arg(titles.at(0), titles.at(1))
                        .toUtf8());
        }
        Lookups lookups;
        lookups.load(p.connection());
        EditEngine engine(p.connection(), QStringLiteral("coordinator"));
        ImportOptions o;
        o.entity = Entity::Project;
        o.locale = QLocale(QStringLiteral("en_CA"));
        o.rowRule = [&engine](const RowEdit& r) { return engine.packageRefusal(r); };
        ImportReport checked, written;
        {
            const std::unique_ptr<RowSource> source = RowSource::open(file, QString(), &error);
            QVERIFY2(source, qPrintable(error));
            o.mapping = Importer::guessMapping(Entity::Project, source->header());
            QVERIFY2(Importer::run(p.connection(), lookups, *source, o, {}, &checked, &error),
                     qPrintable(error));
        }
        QCOMPARE(checked.updated, 1);
        QCOMPARE(checked.refused, 1);
        QCOMPARE(checked.problems.size(), 1);
        QCOMPARE(checked.problems.first().line, 3);
        QVERIFY2(checked.problems.first().message.contains(QStringLiteral("ministry")),
                 qPrintable(checked.problems.first().message));
        const std::unique_ptr<RowSource> source = RowSource::open(file, QString(), &error);
        QVERIFY2(Importer::write(engine, p.connection(), lookups, *source, o, &written, nullptr, &error),
                 qPrintable(error));
        QCOMPARE(written.updated, 1);
        QCOMPARE(written.refused, 1);
        QSqlQuery r(p.connection());
        r.prepare(QStringLiteral("SELECT target_learners, approved_cents FROM project WHERE title_en = ?"));
        r.addBindValue(titles.at(0));
        QVERIFY(r.exec() && r.next());
        QCOMPARE(r.value(0).toInt(), 33);
        r.addBindValue(titles.at(1));
        QVERIFY(r.exec() && r.next());
        QVERIFY(r.value(0).toInt() != 44);
        QVERIFY(r.value(1).isNull());
    }

    void packagesOfAnEarlierSchemaWithTheSameTablesAreMerged()
    {
        // A package exported before the upgrade that added migration 5 (an index of the change log only):
        // user_version and its recorded schema are 4, its tables are today's but the reviewers' assignments
        // (migration 7, a table packages do not carry) and the index of migration 8.
        Database ws;
        fresh(ws, QStringLiteral("older.sqlite"));
        const QString pkg =
            exportPackage(ws, QStringLiteral("Fleming College"), QStringLiteral("older.mcfpkg"));
        rawExec(pkg, QStringLiteral("UPDATE package_meta SET value = '4' WHERE key = 'schema_version'"));
        rawExec(pkg, QStringLiteral("DROP INDEX change_log_batch"));
        rawExec(pkg, QStringLiteral("DROP INDEX project_uid_round")); // migration 8
        rawExec(pkg, QStringLiteral("DROP TABLE assignment"));
        rawExec(pkg, QStringLiteral("PRAGMA user_version = 4"));
        rawExec(pkg, QStringLiteral("UPDATE project SET target_learners = 41"));
        MergePlan plan;
        QString error;
        QVERIFY2(PackageMerger::plan(ws.connection(), pkg, &plan, &error), qPrintable(error));
        QVERIFY(!plan.updates.isEmpty());
        QCOMPARE(plan.updates.first().after.value(QStringLiteral("target_learners")).toInt(), 41);
    }

    void planWalksThePackageAndItsBaseTogetherInKeyOrder()
    {
        // The merge streams the package and its base in uid order, looking each record up in the workspace:
        // new rows inserted out of order come out in key order, a row gone from the package between two
        // kept ones is a deletion, and the kept rows pair with their base (nothing else is planned).
        Database ws;
        fresh(ws, QStringLiteral("order.sqlite"));
        const QString pkg =
            exportPackage(ws, QStringLiteral("Fleming College"), QStringLiteral("order.mcfpkg"));
        for (const char* uid : {"zz-new-2", "00-new-1", "mm-new-3"})
            rawExec(pkg,
                    QStringLiteral("INSERT INTO micro_credential(uid, institution_uid, title_en, sector_uid, "
                                   "delivery, osap_approved, status, language, created_at, updated_at, "
                                   "version) SELECT '%1', uid, 'Credential %1', (SELECT uid FROM sector "
                                   "WHERE code = 'housing'), 'online', 0, 'in_development', 'en', 't', "
                                   "'t', 1 FROM institution")
                        .arg(QLatin1String(uid)));
        rawExec(pkg, QStringLiteral("DELETE FROM project WHERE title_en = 'Embedded Systems Design 2'"));
        MergePlan plan;
        QString error;
        QVERIFY2(PackageMerger::plan(ws.connection(), pkg, &plan, &error), qPrintable(error));
        QStringList added;
        for (const MergeChange& c : plan.additions)
            added << c.uid;
        QCOMPARE(added, (QStringList{QStringLiteral("00-new-1"), QStringLiteral("mm-new-3"),
                                     QStringLiteral("zz-new-2")}));
        QCOMPARE(plan.deletions.size(), 1);
        QCOMPARE(plan.deletions.first().label, QStringLiteral("Embedded Systems Design 2"));
        QCOMPARE(plan.updates.size(), 0);
        QCOMPARE(plan.conflicts.size(), 0);
        QCOMPARE(plan.rejected.size(), 0);
        QCOMPARE(plan.restorations.size(), 0);
    }

    void aWorkspaceThatCannotBeReadIsAnErrorNotNoRecords()
    {
        // A table that cannot be read must never pass for an empty one: the merge would then offer every
        // record of the package as new.
        Database ws;
        fresh(ws, QStringLiteral("unreadable.sqlite"));
        const QString pkg =
            exportPackage(ws, QStringLiteral("Fleming College"), QStringLiteral("unreadable.mcfpkg"));
        QSqlDatabase connection = ws.connection();
        connection.close();
        MergePlan plan;
        QString error;
        QVERIFY(!PackageMerger::plan(connection, pkg, &plan, &error));
        QVERIFY2(error.contains(QStringLiteral("could not be read")), qPrintable(error));
        QVERIFY(plan.additions.isEmpty());
    }

    void aPackageThatCannotSayWhoseItIsChangesNothing()
    {
        // Whether a workspace is a package, and for which institution, is what bounds a coordinator's edits:
        // when it cannot be read, the package is said to be damaged and no edit gets through, rather than
        // the file passing for a ministry workspace where every record may be changed.
        Database ws;
        fresh(ws, QStringLiteral("nameless.sqlite"));
        const QString pkg =
            exportPackage(ws, QStringLiteral("Fleming College"), QStringLiteral("nameless.mcfpkg"));
        QString error;
        QString uid;
        {
            Database p;
            QVERIFY2(p.open(pkg, &error), qPrintable(error));
            QSqlQuery q(p.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT uid FROM project ORDER BY uid LIMIT 1")) && q.next());
            uid = q.value(0).toString();
        }
        QVERIFY(test::damageRoot(pkg, QStringLiteral("package_meta")));
        PackageInfo info;
        QVERIFY(!InstitutionPackage::inspect(pkg, &info, &error));
        QVERIFY2(error.contains(QStringLiteral("is damaged")) && error.contains(QStringLiteral("malformed")),
                 qPrintable(error));
        Database p;
        QVERIFY2(p.open(pkg, &error), qPrintable(error));
        QVERIFY(PackageFormat::infoOf(p.connection(), &error) == std::nullopt);
        QVERIFY2(error.contains(QStringLiteral("malformed")), qPrintable(error));
        EditEngine engine(p.connection(), QStringLiteral("coordinator"));
        QList<EditProblem> problems;
        EditBatch title = EditBatch::change(Entity::Project, uid, QStringLiteral("title_fr"), QVariant(),
                                            QStringLiteral("Conception"), QStringLiteral("x"));
        QVERIFY(!engine.apply(title, QStringLiteral("edit"), &problems));
        QVERIFY2(!problems.isEmpty() &&
                     problems.first().message.contains(QStringLiteral("could not be read")),
                 qPrintable(EditEngine::describe(title, problems)));
        QSqlQuery q(p.connection());
        q.prepare(QStringLiteral("SELECT title_fr FROM project WHERE uid = ?"));
        q.addBindValue(uid);
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toString() != QStringLiteral("Conception"));
        // A workspace that is no package at all reads as none, without an error.
        error.clear();
        QVERIFY(PackageFormat::infoOf(ws.connection(), &error) == std::nullopt);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void aRecordWhoseOwnerCannotBeReadIsNotChangedInAPackage()
    {
        // A coordinator's change is bounded by whose record it is: when the record cannot be read, the
        // refusal says so (and nothing is changed), not that the record belongs to another institution.
        Database ws;
        fresh(ws, QStringLiteral("owner.sqlite"));
        const QString pkg =
            exportPackage(ws, QStringLiteral("Fleming College"), QStringLiteral("owner.mcfpkg"));
        Database p;
        QString error;
        QVERIFY2(p.open(pkg, &error), qPrintable(error));
        QSqlQuery q(p.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT uid FROM project ORDER BY uid LIMIT 1")) && q.next());
        const QString uid = q.value(0).toString();
        EditEngine engine(p.connection(), QStringLiteral("coordinator"));
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE project RENAME TO hidden_project")),
                 qPrintable(q.lastError().text()));
        RowEdit gone;
        gone.op = RowEdit::Op::Delete;
        gone.entity = Entity::Project;
        gone.uid = uid;
        QCOMPARE(engine.packageRefusal(gone).left(32), QStringLiteral("Nothing was changed: whose recor"));
        EditBatch title = EditBatch::change(Entity::Project, uid, QStringLiteral("title_fr"), QVariant(),
                                            QStringLiteral("Conception"), QStringLiteral("x"));
        QList<EditProblem> problems;
        QVERIFY(!engine.apply(title, QStringLiteral("edit"), &problems));
        QVERIFY2(!problems.isEmpty() && problems.first().message.contains(QStringLiteral("whose record")) &&
                     problems.first().message.contains(QStringLiteral("project")),
                 qPrintable(EditEngine::describe(title, problems)));
    }

    void aPackageIsNotMadeWithoutTheIdItGoesBackTo()
    {
        // A package carries the id of the workspace it came from, and only merges back there: one made
        // without it (unreadable, or gone) would be refused on its return, the coordinator's work with it.
        // A workspace file (a shared workspace is exported through a copy that carries its id).
        Database ws;
        QString error;
        QVERIFY2(ws.open(m_dir.filePath(QStringLiteral("noid.sqlite")), &error), qPrintable(error));
        QSqlQuery q(ws.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'workspace_id'")));
        const QString pkg = m_dir.filePath(QStringLiteral("noid.mcfpkg"));
        QVERIFY(!InstitutionPackage::exportTo(ws, QStringLiteral("Fleming College"), 0, pkg,
                                              QStringLiteral("ministry"), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("no id")), qPrintable(error));
        QVERIFY(!QFile::exists(pkg));
    }

    void twoPackagesInEitherOrder()
    {
        QByteArray results[2];
        for (int order = 0; order < 2; ++order) {
            Database ws;
            fresh(ws, QStringLiteral("f%1.sqlite").arg(order));
            const QString fleming = exportPackage(ws, QStringLiteral("Fleming College"),
                                                  QStringLiteral("f%1-fleming.mcfpkg").arg(order));
            const QString georgian = exportPackage(ws, QStringLiteral("Georgian College"),
                                                   QStringLiteral("f%1-georgian.mcfpkg").arg(order));
            rawExec(fleming, QStringLiteral("UPDATE project SET target_learners = 40"));
            rawExec(georgian,
                    QStringLiteral(
                        "UPDATE project SET title_fr = 'Hydrogène 101' WHERE title_en = 'Hydrogen 101'"));
            const QStringList packages =
                order == 0 ? QStringList{fleming, georgian} : QStringList{georgian, fleming};
            for (const QString& p : packages)
                QVERIFY(merge(ws, p));
            results[order] = dataOf(ws);
            QVERIFY(results[order].contains("Hydrogène 101"));
        }
        // The same records either way (timestamps aside: dataOf skips none, so compare the meaningful parts).
        QCOMPARE(results[0].count("Hydrogène 101"), results[1].count("Hydrogène 101"));
        QCOMPARE(results[0].count("|40|"), results[1].count("|40|"));
    }
};

QTEST_GUILESS_MAIN(TestPackages)
#include "tst_packages.moc"
