// Reading a workspace on two connections at once as if on one: both see the state of the moment reading
// began, not a commit made while they read; where that cannot be promised, the reader says so and the
// statistics are read on one connection. Runs on a workspace file and (CTest's _postgresql run) on a shared
// workspace of a throwaway PostgreSQL cluster.
#include "testworkspace.h"

#include "cli/statscommand.h"
#include "query/workspacestats.h"
#include "storage/database.h"
#include "storage/snapshotreader.h"
#include "storage/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace mcfund;

namespace {

QString roundOneName(const QSqlDatabase& db)
{
    return test::value(db, QStringLiteral("SELECT name_en FROM funding_round WHERE number = 1")).toString();
}

/** True when \a db is in no transaction (it can begin one). */
bool outsideTransaction(const QSqlDatabase& db)
{
    if (sqlite3* h = Sql::sqliteHandle(db))
        return sqlite3_get_autocommit(h) != 0;
    QSqlQuery q(db);
    const bool began = q.exec(QStringLiteral("BEGIN"));
    q.exec(QStringLiteral("ROLLBACK"));
    return began;
}

/** A synthetic workspace with credentials (the official data has none): a file, or a shared workspace. */
QString generated(const QTemporaryDir& dir)
{
    QString target = dir.filePath(QStringLiteral("g.sqlite"));
    if (test::onServer())
        target = test::PgCluster::instance().uri(test::PgCluster::instance().newDatabase(false));
    const test::CliResult r =
        test::runCli({QStringLiteral("generate"), QStringLiteral("--projects"), QStringLiteral("60"),
                      QStringLiteral("--credentials"), QStringLiteral("400"), QStringLiteral("--seed"),
                      QStringLiteral("5"), QStringLiteral("-o"), target});
    if (r.code != 0)
        qWarning("generate failed: %s", qPrintable(r.err));
    return target;
}

/** The statistics read on one connection, then beside on two, each with the error it gave. */
QList<std::pair<WorkspaceStats, QString>> statsBothWays(const Database& db)
{
    QList<std::pair<WorkspaceStats, QString>> out;
    for (const bool both : {false, true}) {
        QString error;
        WorkspaceStats s =
            both ? WorkspaceStats::compute(db, &error) : WorkspaceStats::compute(db.connection(), &error);
        out.append({std::move(s), error});
    }
    return out;
}

} // namespace

class TestSnapshotReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        SnapshotReader::setWorthwhileFrom(-1, -1); // the statistics read beside on small data too
        QStandardPaths::setTestModeEnabled(true);  // stamps of checked files in the test's own cache
    }

    void aSmallWorkspaceIsReadOnOneConnection()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(generated(dir), &error), qPrintable(error));
        const auto restore = qScopeGuard([] { SnapshotReader::setWorthwhileFrom(-1, -1); });
        // 400 credentials: a second connection would cost more than it saves.
        SnapshotReader::setWorthwhileFrom(20000, 200000);
        QVERIFY(!SnapshotReader::worthwhile(db.connection()));
        SnapshotReader::setWorthwhileFrom(400, 400);
        QVERIFY(!SnapshotReader::worthwhile(db.connection()));
        SnapshotReader::setWorthwhileFrom(399, 399);
        QVERIFY(SnapshotReader::worthwhile(db.connection()));
    }

    void bothConnectionsReadTheStateOfTheStartNotALaterCommit()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(test::workspace(dir), &error), qPrintable(error));
        const QString before = roundOneName(db.connection());
        QVERIFY(!before.isEmpty());

        QSemaphore committed;
        QString workerSaw;
        SnapshotReader reader;
        QString why;
        QVERIFY2(reader.start(
                     db.connection(), db.path(),
                     [&](const QSqlDatabase& c, QString*) {
                         committed.acquire();
                         workerSaw = roundOneName(c);
                         return true;
                     },
                     &why),
                 qPrintable(why));
        // Another person renames the round after both began reading.
        error = test::execElsewhere(
            db, QStringLiteral("UPDATE funding_round SET name_en = 'Renamed' WHERE number = 1"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        committed.release();
        QCOMPARE(roundOneName(db.connection()), before);
        QVERIFY(reader.finish(&error));
        QCOMPARE(workerSaw, before);
        // Once finished, this connection is out of its transaction and sees the change.
        QVERIFY(outsideTransaction(db.connection()));
        QCOMPARE(roundOneName(db.connection()), QStringLiteral("Renamed"));
    }

    void aWriterAtWorkMakesItReadAlone()
    {
        if (test::onServer())
            QSKIP("on PostgreSQL a writer never keeps a reader from its snapshot");
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(test::workspace(dir), &error), qPrintable(error));
        const QJsonObject alone =
            QJsonDocument::fromJson(StatsCommand::toJson(WorkspaceStats::compute(db.connection(), &error)))
                .object();
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QSqlQuery w(db.openExtraConnection(QStringLiteral("busy"), false, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(w.exec(QStringLiteral("BEGIN IMMEDIATE")));
        SnapshotReader reader;
        QString why;
        bool ran = false;
        QVERIFY(!reader.start(
            db.connection(), db.path(), [&](const QSqlDatabase&, QString*) { return ran = true; }, &why));
        QVERIFY2(why.contains(QLatin1String("locked")), qPrintable(why));
        QVERIFY(!ran);
        QVERIFY(outsideTransaction(db.connection()));
        // The statistics are the same, read on one connection, and the writer never waited.
        const QJsonObject stats =
            QJsonDocument::fromJson(StatsCommand::toJson(WorkspaceStats::compute(db, &error))).object();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stats, alone);
        QVERIFY(w.exec(QStringLiteral("ROLLBACK")));
        w = QSqlQuery();
        Database::closeConnection(QStringLiteral("busy"));
    }

    void statisticsReadOnTwoConnectionsAreThoseReadOnOne()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(generated(dir), &error), qPrintable(error));
        const QJsonObject one =
            QJsonDocument::fromJson(StatsCommand::toJson(WorkspaceStats::compute(db.connection(), &error)))
                .object();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject two =
            QJsonDocument::fromJson(StatsCommand::toJson(WorkspaceStats::compute(db, &error))).object();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(two, one);
        // The credentials of each round (read on the second connection) add up to those with a project.
        qint64 byRound = 0;
        for (const QJsonValue& r : two.value(QStringLiteral("by_round")).toArray())
            byRound += r.toObject().value(QStringLiteral("credentials")).toInteger();
        QVERIFY(byRound > 0);
        QCOMPARE(byRound,
                 test::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM micro_credential "
                                                              "WHERE project_uid IS NOT NULL")));
        QCOMPARE(two.value(QStringLiteral("projects")).toInteger(), 60);
        QCOMPARE(two.value(QStringLiteral("credentials")).toInteger(), 400);
    }

    void aFigureThatCannotBeReadIsAnErrorNotZero()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(test::workspace(dir), &error), qPrintable(error));
        error = test::execElsewhere(db, QStringLiteral("ALTER TABLE partner RENAME TO partner_gone"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const auto& [s, why] : statsBothWays(db)) {
            QVERIFY2(why.startsWith(QLatin1String("Cannot read the statistics of the workspace: ")),
                     qPrintable(why));
            QVERIFY2(why.contains(QLatin1String("partner")), qPrintable(why));
            QCOMPARE(s.projects, 0);
            QVERIFY(s.byRound.isEmpty());
        }
    }
    void aReadThatFailsPartWayIsAnErrorNotAPartialCount()
    {
        // A page that cannot be read near the end of an index (a failing disk under a file whose last
        // check still stands): the statement starts, gives its first groups, then fails. The statistics
        // are then an error, never the count of the groups read before it.
        if (test::onServer())
            QSKIP("damage to a page of a file");
        QTemporaryDir dir;
        const QString path = test::damagedWorkspace(dir);
        QVERIFY(!path.isEmpty());
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        for (const auto& [s, why] : statsBothWays(db)) {
            QVERIFY2(why.startsWith(QLatin1String("Cannot read the statistics of the workspace: ")),
                     qPrintable(why));
            QCOMPARE(s.credentials, 0);
            QCOMPARE(s.projects, 0);
            QVERIFY(s.bySector.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSnapshotReader)
#include "tst_snapshotreader.moc"
