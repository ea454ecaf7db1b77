#include "platform/platform.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/integritystamps.h"
#include "storage/migrations.h"

#include "testworkspace.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

using namespace mcfund;

namespace {
/** Runs \a sql on \a path through SQLite itself, as another program would (no mcfund, no hardening). */
void rawExec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QByteArray why = message ? QByteArray(message) : QByteArray();
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, why.constData());
}

/** Writes over the middle of \a path, past the header: pages of tables and indexes. */
void scribble(const QString& path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 20 * 4096);
    f.seek(size / 2);
    f.write(QByteArray(3 * 4096, '\x5a'));
}

QVariant pragma(Database& db, const char* name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    return q.next() ? q.value(0) : QVariant();
}
/** A workspace file at \a path as mcfund's schema 1 made it (before sort keys), holding \a institutions
 *  (uid, English name). */
void schemaOneWorkspace(const QString& path, const QList<QPair<QString, QString>>& institutions)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
        for (const QString& sql : Migrations::statements(1))
            QVERIFY2(q.exec(sql), qPrintable(sql));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        QVERIFY(db.transaction());
        q.prepare(
            QStringLiteral("INSERT INTO institution(uid, name_en, type, language, created_at, updated_at) "
                           "VALUES (?, ?, 'college', 'en', 't', 't')"));
        for (const auto& [uid, name] : institutions) {
            q.addBindValue(uid);
            q.addBindValue(name);
            QVERIFY(q.exec());
        }
        QVERIFY(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The stamps of sound files go to the test's own cache folder, not the user's.
        QStandardPaths::setTestModeEnabled(true);
    }

    void emptyWorkspaceFromScratch()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.create(test::path(dir), WorkspaceKind::Empty, &error), qPrintable(error));
        QCOMPARE(pragma(db, "user_version").toInt(), Migrations::latestVersion());
        QCOMPARE(pragma(db, "application_id").toInt(), Database::ApplicationId);
        QCOMPARE(pragma(db, "foreign_keys").toInt(), 1);
        QCOMPARE(pragma(db, "journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, "synchronous").toInt(), 2); // FULL
        QCOMPARE(db.kind(), WorkspaceKind::Empty);
        QVERIFY(!db.meta(QStringLiteral("workspace_id")).isEmpty());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM project")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(!QFile::exists(test::path(dir) + QStringLiteral(".creating")));
    }

    void reopenKeepsDataAndIdentity()
    {
        QTemporaryDir dir;
        QString error, id;
        {
            Database db;
            QVERIFY2(db.open(test::path(dir), &error), qPrintable(error)); // created from the official data
            id = db.meta(QStringLiteral("workspace_id"));
            QCOMPARE(db.kind(), WorkspaceKind::Official);
        }
        Database again;
        QVERIFY2(again.open(test::path(dir), &error), qPrintable(error));
        QCOMPARE(again.meta(QStringLiteral("workspace_id")), id);
        QSqlQuery q(again.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM project")) && q.next());
        QCOMPARE(q.value(0).toInt(), 88);
        QVERIFY(!again.isEdited());
    }

    void onePassCommandsKeepSQLitesDefaultCache()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.create(test::path(dir), WorkspaceKind::Empty, &error), qPrintable(error));
        QCOMPARE(pragma(db, "cache_size").toInt(), -16000); // the window's: 16 MB
        db.useOnePassCache();
        QCOMPARE(pragma(db, "cache_size").toInt(), -2000);
        db.close();
        db.useOnePassCache(); // closed: nothing to do, and no connection made
        QVERIFY(!db.isOpen());
    }

    void migrationStatementsAllRun()
    {
        // Every numbered migration runs on an empty SQLite file, in order, leaving user_version at the
        // latest.
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("m"));
            db.setDatabaseName(test::path(dir));
            QVERIFY(db.open());
            QString error;
            QVERIFY2(Migrations::migrate(db, &error), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), Migrations::latestVersion());
            // Running it again is a no-op.
            QVERIFY2(Migrations::migrate(db, &error), qPrintable(error));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("m"));
    }

    void refusesNonWorkspaces_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("garbage\n");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0abc", 19);
    }
    void refusesNonWorkspaces()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString p = test::path(dir);
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        Database db;
        QString error;
        QVERIFY(!db.open(p, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(test::fileBytes(p), content);
        QVERIFY(!QFile::exists(p + QStringLiteral("-wal")));
    }

    void refusesOtherSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString p = test::path(dir);
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(p).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        const QByteArray before = test::fileBytes(p);
        Database db;
        QString error;
        QVERIFY(!db.open(p, &error));
        QVERIFY2(error.contains(QStringLiteral("not an mcfund workspace")), qPrintable(error));
        QCOMPARE(test::fileBytes(p), before);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString p = test::path(dir);
        QString error;
        {
            Database db;
            QVERIFY(db.create(p, WorkspaceKind::Empty, &error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = test::fileBytes(p);
        Database db;
        QVERIFY(!db.open(p, &error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
        QCOMPARE(test::fileBytes(p), before);
    }

    void refusesDamagedFile()
    {
        QTemporaryDir dir;
        const QString p = test::path(dir);
        QString error;
        {
            Database db;
            QVERIFY(db.open(p, &error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        // Scribble over the middle of the file, past the header: pages of tables and indexes.
        QFile f(p);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 20 * 4096);
        f.seek(size / 2);
        f.write(QByteArray(3 * 4096, '\x5a'));
        f.close();
        const QByteArray before = test::fileBytes(p);
        Database db;
        QVERIFY(!db.open(p, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QCOMPARE(test::fileBytes(p), before);
    }

    void aFileFoundSoundIsNotReadWholeAgainUntilItChanges()
    {
        QTemporaryDir dir;
        const QString p = test::path(dir);
        QString error;
        {
            Database db;
            QVERIFY2(db.open(p, &error), qPrintable(error));
        }
        // Checked when made, and left by a clean session: stamped as it is.
        QVERIFY(IntegrityStamps::isCurrent(p));
        // A session that leaves the file as it found it leaves the list of stamps alone too (it is not
        // written again: a command that only reads does not write in the user's cache).
        const QString stamps = Platform::fileState(IntegrityStamps::storePath());
        QVERIFY(stamps != QLatin1String("-"));
        {
            Database db;
            QVERIFY2(db.open(p, &error), qPrintable(error));
        }
        QVERIFY(IntegrityStamps::isCurrent(p));
        QCOMPARE(Platform::fileState(IntegrityStamps::storePath()), stamps);
        // Another program writes to it: the stamp no longer holds, and the next open reads it whole (and
        // stamps it again, since it is sound).
        rawExec(p, "UPDATE project SET target_learners = 12 WHERE rowid = 1");
        QVERIFY(!IntegrityStamps::isCurrent(p));
        QVERIFY2(Database::inspect(p, nullptr, &error), qPrintable(error));
        QVERIFY(IntegrityStamps::isCurrent(p));
    }

    void stampsOfFilesInUseOutliveTemporaryOnes()
    {
        // The list keeps 64 stamps. Workspaces that are gone give their places back when the list is next
        // written, and a file in use moves to the end of the list when its stamp is among the older half,
        // so that neither a run of temporary workspaces nor a long list makes a file in use lose its stamp.
        auto keys = [] {
            QStringList out;
            QFile f(IntegrityStamps::storePath());
            if (f.open(QIODevice::ReadOnly))
                for (const QByteArray& line : f.readAll().split('\n'))
                    if (!line.isEmpty())
                        out << QString::fromUtf8(line.split('\t').value(0));
            return out;
        };
        QTemporaryDir dir;
        auto makeFile = [&dir](int i) {
            const QString path = dir.filePath(QStringLiteral("f%1.sqlite").arg(i));
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write("not a workspace, only a file with a state");
            return QFileInfo(path).canonicalFilePath();
        };
        const QString inUse = makeFile(0);
        IntegrityStamps::record(inUse);
        QCOMPARE(keys().last(), inUse);
        QStringList goneKeys;
        {
            QTemporaryDir gone;
            for (int i = 0; i < 40; ++i) {
                const QString path = gone.filePath(QStringLiteral("g%1").arg(i));
                QFile f(path);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write("x");
                f.close();
                IntegrityStamps::record(path);
                goneKeys << QFileInfo(path).canonicalFilePath();
            }
            QVERIFY(keys().size() >= 41);
        }
        // The next write drops the 40 that are gone.
        const QString other = makeFile(1);
        IntegrityStamps::record(other);
        QStringList now = keys();
        for (const QString& k : std::as_const(goneKeys))
            QVERIFY2(!now.contains(k), qPrintable(k));
        QVERIFY(now.contains(inUse));
        // The file in use, stamped again while among the newer half: the list is left alone.
        const QString before = Platform::fileState(IntegrityStamps::storePath());
        IntegrityStamps::record(inUse);
        QCOMPARE(Platform::fileState(IntegrityStamps::storePath()), before);
        // After 40 other files in use, it is among the older half: stamped again, it moves to the end, and
        // stays in the list after 40 more.
        for (int i = 2; i < 42; ++i)
            IntegrityStamps::record(makeFile(i));
        QVERIFY(keys().indexOf(inUse) < keys().size() - 32);
        IntegrityStamps::record(inUse);
        QCOMPARE(keys().last(), inUse);
        for (int i = 42; i < 82; ++i)
            IntegrityStamps::record(makeFile(i));
        QVERIFY(keys().contains(inUse));
        QVERIFY(IntegrityStamps::isCurrent(inUse));
        QCOMPARE(keys().size(), 64);
    }

    void anEmptyWriteAheadLogLeftByACheckDoesNotCostTheStamp()
    {
        // `mcfund check` reads with a read-only connection, which leaves an empty write-ahead log behind;
        // the next program that closes the file removes it. The stamp must hold across both, or the next
        // command reads the whole file again for nothing.
        QTemporaryDir dir;
        const QString p = test::path(dir);
        QString error;
        {
            Database db;
            QVERIFY2(db.open(p, &error), qPrintable(error));
        }
        const QString wal = p + QStringLiteral("-wal");
        QVERIFY(!QFile::exists(wal));
        QVERIFY2(Database::checkIntegrity(p, &error, Database::Check::Quick), qPrintable(error));
        QVERIFY(QFile::exists(wal));
        QCOMPARE(QFileInfo(wal).size(), 0);
        QVERIFY(IntegrityStamps::isCurrent(p));
        QVERIFY(QFile::remove(wal)); // as the next program to close the file does
        QVERIFY(IntegrityStamps::isCurrent(p));
        // A log with something in it is another state altogether.
        {
            QFile f(wal);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
        }
        QVERIFY(!IntegrityStamps::isCurrent(p));
        QVERIFY(QFile::remove(wal));
    }

    void damageUnderACurrentStampIsFoundByTheCheck()
    {
        // Damage that a stamp cannot see (as a failing disk makes: the file's times stay as they were) is
        // let through by an ordinary open, which reads only what it needs; the check finds it, says so, and
        // takes the stamp away, so that every open refuses the file from then on.
        QTemporaryDir dir;
        const QString p = test::path(dir);
        QString error;
        {
            Database db;
            QVERIFY2(db.open(p, &error), qPrintable(error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        scribble(p);
        IntegrityStamps::record(p); // as if the damage had come after the last check
        QVERIFY(Database::inspect(p, nullptr, &error, Database::Check::UnlessStamped));
        QVERIFY(!Database::checkIntegrity(p, &error, Database::Check::Quick));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY(!IntegrityStamps::isCurrent(p));
        Database db;
        QVERIFY(!db.open(p, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    }

    void theFullCheckFindsWhatTheQuickOneCannot()
    {
        // quick_check reads every page but compares no index with its table and follows no reference: a
        // search index out of step with its table and a record that refers to nothing pass it; the full
        // check names each.
        QTemporaryDir dir;
        const QString p = test::path(dir);
        QString error;
        {
            Database db;
            QVERIFY2(db.open(p, &error), qPrintable(error));
        }
        QVERIFY2(Database::checkIntegrity(p, &error, Database::Check::Full), qPrintable(error));
        const QString broken = dir.filePath(QStringLiteral("references.sqlite"));
        QVERIFY(QFile::copy(p, broken));
        rawExec(broken, "UPDATE project SET institution_uid = 'no-such-institution' WHERE rowid = 1");
        QVERIFY2(Database::checkIntegrity(broken, &error, Database::Check::Quick), qPrintable(error));
        QVERIFY(!Database::checkIntegrity(broken, &error, Database::Check::Full));
        QVERIFY2(error.contains(QStringLiteral("refer to missing records")) &&
                     error.contains(QStringLiteral("project")),
                 qPrintable(error));
        const QString search = dir.filePath(QStringLiteral("search.sqlite"));
        QVERIFY(QFile::copy(p, search));
        // The index forgets the words of a row whose title stays: what a crash of a careless writer leaves.
        rawExec(search, "INSERT INTO project_fts(project_fts, rowid, title_en, title_fr, summary_en, "
                        "summary_fr) SELECT 'delete', rowid, title_en, title_fr, summary_en, summary_fr "
                        "FROM project WHERE rowid = 1");
        QVERIFY2(Database::checkIntegrity(search, &error, Database::Check::Quick), qPrintable(error));
        QVERIFY(!Database::checkIntegrity(search, &error, Database::Check::Full));
        QVERIFY2(error.contains(QStringLiteral("search index")), qPrintable(error));
    }

    void missingFolderIsAnError()
    {
        Database db;
        QString error;
        QVERIFY(!db.open(QStringLiteral("/nonexistent/folder/w.sqlite"), &error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
    }

    void backupWhileOpen()
    {
        QTemporaryDir dir;
        QString error;
        Database db;
        QVERIFY(db.open(test::path(dir), &error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('note', 'in the WAL only')")));
        const QString copy = test::path(dir, QStringLiteral("copy.sqlite"));
        QVERIFY2(db.backupTo(copy, &error), qPrintable(error));
        QVERIFY(!db.backupTo(copy, &error)); // never overwrites
        Database other;
        QVERIFY2(other.open(copy, &error), qPrintable(error));
        QCOMPARE(other.meta(QStringLiteral("note")), QStringLiteral("in the WAL only"));
        QCOMPARE(other.meta(QStringLiteral("workspace_id")), db.meta(QStringLiteral("workspace_id")));
    }

    void incompleteSchemaIsRefused()
    {
        // Our application id but no schema yet (user_version 0): not a workspace we can trust.
        QTemporaryDir dir;
        const QString p = test::path(dir);
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(p).constData(), &raw), SQLITE_OK);
        const QByteArray sql = QByteArray("PRAGMA application_id = ") +
                               QByteArray::number(Database::ApplicationId) +
                               "; CREATE TABLE keep(x); PRAGMA user_version = 0;";
        QCOMPARE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        Database db;
        QString error;
        // Version 0 is not a complete workspace: refused, untouched.
        const QByteArray before = test::fileBytes(p);
        QVERIFY(!db.open(p, &error));
        QCOMPARE(test::fileBytes(p), before);
    }

    void olderSchemaIsBackedUpThenMigrated()
    {
        // A workspace made at schema 1 (before sort keys): opening it copies it first, then migrates.
        QTemporaryDir dir;
        const QString p = test::path(dir);
        schemaOneWorkspace(p, {{QStringLiteral("i1"), QStringLiteral("École Polytechnique")}});
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = test::fileBytes(p);
        Database db;
        QString error;
        QVERIFY2(db.open(p, &error), qPrintable(error));
        QCOMPARE(pragma(db, "user_version").toInt(), Migrations::latestVersion());
        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("*.bak")});
        QCOMPARE(backups.size(), 1);
        QCOMPARE(test::fileBytes(dir.filePath(backups.first())).size(), before.size());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sort_en FROM institution WHERE uid = 'i1'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ecole polytechnique"));
    }

    void anOlderWorkspaceIsUpdatedOnItsOwnSayingHowFarItHasGot()
    {
        // What the window runs on a thread of its own before it opens a workspace of an older schema.
        QTemporaryDir dir;
        const QString p = test::path(dir);
        QVERIFY(test::olderWorkspace(p));
        QVERIFY(Database::needsUpgrade(p));
        QList<int> seen;
        QString error;
        QVERIFY2(Database::upgrade(
                     p,
                     [&seen](int percent) {
                         seen << percent;
                         return true;
                     },
                     &error),
                 qPrintable(error));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), 100);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(!Database::needsUpgrade(p));
        // The copy kept beside it is the workspace as it was, at schema 7.
        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("*.bak")});
        QCOMPARE(backups.size(), 1);
        int version = 0;
        QVERIFY2(Database::inspect(dir.filePath(backups.first()), &version, &error, Database::Check::Quick),
                 qPrintable(error));
        QCOMPARE(version, 7);
        // Opening it now has nothing left to do: no second copy.
        Database db;
        QVERIFY2(db.open(p, &error), qPrintable(error));
        QCOMPARE(pragma(db, "user_version").toInt(), Migrations::latestVersion());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}).size(), 1);
        QCOMPARE(test::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM micro_credential")),
                 2000);
        QCOMPARE(test::scalar(
                     db.connection(),
                     QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'project_uid_round'")),
                 1);
    }

    void anUpdateStoppedWhileCopyingLeavesNothingBehind()
    {
        QTemporaryDir dir;
        const QString p = test::path(dir);
        // Large enough to be copied in several steps (10,000 credentials: about 20 MB).
        QVERIFY(test::olderWorkspace(p, 10000));
        const QByteArray before = test::fileBytes(p);
        QString error;
        // Stopped part-way through the copy.
        int steps = 0;
        QVERIFY(!Database::upgrade(
            p,
            [&steps](int percent) {
                steps += percent > 0 ? 1 : 0;
                return percent == 0;
            },
            &error));
        QCOMPARE(steps, 1);
        QVERIFY2(error.contains(QStringLiteral("Cancelled")) && error.contains(QStringLiteral("schema 7")),
                 qPrintable(error));
        QCOMPARE(test::fileBytes(p), before);
        // No copy, finished or not (the empty -wal and -shm of SQLite's readers may stay, as after a check).
        QCOMPARE(
            QDir(dir.path()).entryList({QStringLiteral("*.bak*"), QStringLiteral("*copying*")}, QDir::Files),
            QStringList());
        QVERIFY(Database::needsUpgrade(p));
    }

    void anUpdateStoppedWhileMigratingLeavesTheSchemaAsItWas()
    {
        // Schema 1, before sort keys: migration 2 computes a key for every row, long enough for SQLite to
        // ask whether to go on while it runs.
        QTemporaryDir dir;
        const QString p = test::path(dir);
        QList<QPair<QString, QString>> institutions;
        for (int i = 0; i < 3000; ++i)
            institutions.append({QStringLiteral("i%1").arg(i), QStringLiteral("Collège %1").arg(i)});
        schemaOneWorkspace(p, institutions);
        if (QTest::currentTestFailed())
            return;
        // Stopped once the copy is made: SQLite's question during the migrations says 90.
        int asked = 0;
        QString error;
        QVERIFY(!Database::upgrade(
            p,
            [&asked](int percent) {
                asked += percent == 90 ? 1 : 0;
                return percent < 90;
            },
            &error));
        QVERIFY(asked > 0);
        QVERIFY2(error.contains(QStringLiteral("Cancelled")) && error.contains(QStringLiteral(".bak")),
                 qPrintable(error));
        int version = 0;
        QVERIFY2(Database::inspect(p, &version, &error, Database::Check::Quick), qPrintable(error));
        QCOMPARE(version, 1);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("after"));
            db.setDatabaseName(p);
            QVERIFY(db.open());
            QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('institution') "
                                                     "WHERE name = 'sort_en'")),
                     0);
            QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM institution")), 3000);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("after"));
        // Stopped after the last migration, before the whole is committed: still schema 1.
        QVERIFY(!Database::upgrade(
            p, [](int percent) { return percent < 99; }, &error));
        QVERIFY2(Database::inspect(p, &version, &error, Database::Check::Quick), qPrintable(error));
        QCOMPARE(version, 1);
        // The next try goes through.
        QVERIFY2(Database::upgrade(p, {}, &error), qPrintable(error));
        QVERIFY(!Database::needsUpgrade(p));
    }

    void onlyAnOlderWorkspaceFileNeedsAnUpdate()
    {
        QTemporaryDir dir;
        QString error;
        {
            Database db;
            QVERIFY(db.create(test::path(dir), WorkspaceKind::Empty, &error));
        }
        QVERIFY(!Database::needsUpgrade(test::path(dir)));
        QVERIFY(!Database::needsUpgrade(dir.filePath(QStringLiteral("missing.sqlite"))));
        QVERIFY(!Database::needsUpgrade(QStringLiteral("postgresql://someone@localhost/fund")));
        const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(!Database::needsUpgrade(text));
        // Not a workspace at all: upgrade() says so, as open() would, and writes nothing.
        QVERIFY(!Database::upgrade(text, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("not an mcfund workspace")), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}).size(), 0);
    }

    void aChangeLogReadOnlyInPartSaysSoAndAsksForEverything()
    {
        // What a window reads to follow others' changes: a page of the log that cannot be read is an error,
        // and since what the rows touched is not known, every table is to be read again.
        QTemporaryDir dir;
        const QString p = test::path(dir);
        QString error;
        {
            Database db;
            QVERIFY(db.create(p, WorkspaceKind::Empty, &error));
            QSqlQuery q(db.connection());
            QVERIFY(db.connection().transaction());
            q.prepare(
                QStringLiteral("INSERT INTO change_log(at, user, entity, uid, origin, description) "
                               "VALUES ('t', 'rita', ?, ?, 'edit', 'a change described at some length')"));
            for (int i = 0; i < 3000; ++i) {
                q.addBindValue(i < 10 ? QStringLiteral("sector") : QStringLiteral("project"));
                q.addBindValue(QStringLiteral("uid-%1").arg(i));
                QVERIFY(q.exec());
            }
            QVERIFY(db.connection().commit());
            const ChangeFeed::Since all = ChangeFeed::since(db.connection(), 0);
            QCOMPARE(all.rows, 3000);
            QVERIFY(!all.truncated);
            QVERIFY(all.error.isEmpty());
            QCOMPARE(all.entities, (QStringList{QStringLiteral("sector"), QStringLiteral("project")}));
        }
        QVERIFY(test::damageLastLeaf(p, QStringLiteral("change_log")));
        Database db;
        QVERIFY2(db.open(p, &error), qPrintable(error));
        const ChangeFeed::Since part = ChangeFeed::since(db.connection(), 0);
        QVERIFY(part.rows > 0 && part.rows < 3000);
        QVERIFY2(part.error.contains(QLatin1String("malformed")), qPrintable(part.error));
        QVERIFY(part.truncated);
    }

    void changeLogIsAppendOnly()
    {
        QTemporaryDir dir;
        QString error;
        Database db;
        QVERIFY(db.create(test::path(dir), WorkspaceKind::Empty, &error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO change_log(at, user, entity, uid, origin) VALUES ('t','u','e','x','edit')")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE change_log SET user = 'someone else'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM change_log")));
        QVERIFY(q.exec(QStringLiteral("SELECT user FROM change_log")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("u"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
