#include "cli/statscommand.h"
#include "storage/database.h"
#include "synthetic/generator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace mcfund;

namespace {
qint64 count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
QByteArray statsOf(const QString& path)
{
    Database db;
    QString error;
    if (!db.open(path, &error))
        return error.toUtf8();
    return StatsCommand::toJson(WorkspaceStats::compute(db.connection()));
}
// Generates a workspace of \a projects and \a credentials with \a seed in \a dir and opens it in \a db.
bool generateAndOpen(const QTemporaryDir& dir, qint64 projects, qint64 credentials, quint64 seed,
                     Database* db)
{
    GeneratorOptions o;
    o.projects = projects;
    o.credentials = credentials;
    o.seed = seed;
    QString error;
    const QString path = dir.filePath(QStringLiteral("w.sqlite"));
    if (!Generator::generate(path, o, &error) || !db->open(path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}
// A digest of every row of the tables that generate fills, in rowid order, each value with its type.
QByteArray rowsDigest(const QSqlDatabase& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"institution", "funding_round", "project", "micro_credential", "review",
                              "decision", "partner", "project_partner", "change_log"}) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))))
            return q.lastError().text().toUtf8();
        hash.addData(QByteArray(table));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                hash.addData(v.isNull() ? QByteArray("\x01null") : "\x02" + v.toString().toUtf8());
            }
            hash.addData(QByteArray("\n"));
        }
    }
    return hash.result().toHex();
}
} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT
private slots:
    void exactCountsAndValidData()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("g.sqlite"));
        GeneratorOptions o;
        o.projects = 600;
        o.credentials = 2500;
        o.seed = 7;
        QString error;
        QVERIFY2(Generator::generate(p, o, &error), qPrintable(error));
        Database db;
        QVERIFY2(db.open(p, &error), qPrintable(error));
        const QSqlDatabase c = db.connection();
        QCOMPARE(db.kind(), WorkspaceKind::Synthetic);
        QCOMPARE(count(c, QStringLiteral("SELECT COUNT(*) FROM project")), 600);
        QCOMPARE(count(c, QStringLiteral("SELECT COUNT(*) FROM micro_credential")), 2500);
        QCOMPARE(count(c, QStringLiteral("SELECT COUNT(*) FROM sector")), 7);
        QVERIFY(count(c, QStringLiteral("SELECT COUNT(*) FROM institution")) >= 36);
        QVERIFY(count(c, QStringLiteral("SELECT COUNT(*) FROM funding_round")) >= 2);
        // Every application state is present, amounts are consistent, and references hold.
        QCOMPARE(count(c, QStringLiteral("SELECT COUNT(DISTINCT status) FROM project")), 7);
        QCOMPARE(
            count(c, QStringLiteral("SELECT COUNT(*) FROM project WHERE approved_cents > requested_cents")),
            0);
        QCOMPARE(count(c, QStringLiteral("SELECT COUNT(*) FROM project WHERE approved_cents IS NOT NULL AND "
                                         "status NOT IN ('approved','completed')")),
                 0);
        QCOMPARE(count(c, QStringLiteral("SELECT COUNT(*) FROM micro_credential WHERE osap_approved = 1 AND "
                                         "NOT (weeks < 12 AND hours BETWEEN 5 AND 300)")),
                 0);
        QCOMPARE(
            count(c, QStringLiteral(
                         "SELECT COUNT(*) FROM micro_credential m JOIN project p ON p.uid = m.project_uid "
                         "WHERE p.institution_uid <> m.institution_uid")),
            0);
        QSqlQuery fk(c);
        QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!fk.next());
        // The full-text index was rebuilt: an accent-free search finds accented French titles.
        QVERIFY(count(c, QStringLiteral(
                             "SELECT COUNT(*) FROM credential_fts WHERE credential_fts MATCH 'securite'")) >
                0);
        // The credentials' index, built contentless on a second thread and copied in, agrees with the table
        // row by row (FTS5's check against the content table), and so does the projects' rebuilt one.
        QSqlQuery check(c);
        QVERIFY2(check.exec(QStringLiteral(
                     "INSERT INTO credential_fts(credential_fts, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
        QVERIFY2(check.exec(QStringLiteral(
                     "INSERT INTO project_fts(project_fts, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
        // The bulk load's settings are gone: 16 KB pages stay, the write-ahead log is back.
        QCOMPARE(count(c, QStringLiteral("PRAGMA page_size")), 16384);
        QSqlQuery mode(c);
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        // Indexes were restored after the bulk load.
        QVERIFY(count(c, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = "
                                        "'credential_sort_en'")) == 1);
    }

    void sameSeedSameData()
    {
        QTemporaryDir dir;
        GeneratorOptions o;
        o.projects = 200;
        o.credentials = 500;
        o.seed = 3;
        QString error;
        QVERIFY(Generator::generate(dir.filePath(QStringLiteral("a.sqlite")), o, &error));
        QVERIFY(Generator::generate(dir.filePath(QStringLiteral("b.sqlite")), o, &error));
        o.seed = 4;
        QVERIFY(Generator::generate(dir.filePath(QStringLiteral("c.sqlite")), o, &error));
        QCOMPARE(statsOf(dir.filePath(QStringLiteral("a.sqlite"))),
                 statsOf(dir.filePath(QStringLiteral("b.sqlite"))));
        QVERIFY(statsOf(dir.filePath(QStringLiteral("a.sqlite"))) !=
                statsOf(dir.filePath(QStringLiteral("c.sqlite"))));
        Database a, b;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite")), &error));
        QVERIFY(b.open(dir.filePath(QStringLiteral("b.sqlite")), &error));
        QSqlQuery qa(a.connection()), qb(b.connection());
        QVERIFY(qa.exec(QStringLiteral("SELECT uid, title_en, requested_cents FROM project ORDER BY rowid")));
        QVERIFY(qb.exec(QStringLiteral("SELECT uid, title_en, requested_cents FROM project ORDER BY rowid")));
        while (qa.next()) {
            QVERIFY(qb.next());
            QCOMPARE(qa.value(0), qb.value(0));
            QCOMPARE(qa.value(1), qb.value(1));
            QCOMPARE(qa.value(2), qb.value(2));
        }
    }

    void aSeedGivesTheSameDataFromOneVersionToTheNext()
    {
        // The benchmarks' workspace and the figures in the README come from `generate --seed 11`: a change
        // to the generator that changes its data must say so here, with the new digest, on purpose.
        QTemporaryDir dir;
        Database db;
        QVERIFY(generateAndOpen(dir, 300, 2000, 11, &db));
        QCOMPARE(count(db.connection(), QStringLiteral("SELECT COUNT(*) FROM micro_credential")), 2000);
        QCOMPARE(rowsDigest(db.connection()),
                 QByteArray("1e4c936362aabceb560cd433cec933b186abe23316dfccd324b252fce5963505"));
    }

    void statisticsAreThoseAnalyzeWrites()
    {
        // generate writes the statistics of the credentials' indexes from the values it made, and has
        // SQLite analyse the rest: the query planner must find exactly what ANALYZE itself would write.
        QTemporaryDir dir;
        Database db;
        QVERIFY(generateAndOpen(dir, 300, 3000, 9, &db));
        auto stats = [&] {
            QStringList out;
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("SELECT tbl, idx, stat FROM sqlite_stat1 ORDER BY tbl, idx")))
                return QStringList{q.lastError().text()};
            while (q.next())
                out << q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString();
            return out;
        };
        const QStringList written = stats();
        QVERIFY(written.contains(QStringLiteral("micro_credential|credential_delivery|3000 750")));
        QVERIFY(
            written.contains(QStringLiteral("micro_credential|sqlite_autoindex_micro_credential_1|3000 1")));
        QSqlQuery analyze(db.connection());
        QVERIFY2(analyze.exec(QStringLiteral("ANALYZE")), qPrintable(analyze.lastError().text()));
        QCOMPARE(written, stats());
    }

    void refusesBadOptions()
    {
        QTemporaryDir dir;
        QString error;
        GeneratorOptions o;
        o.projects = -5;
        QVERIFY(!Generator::generate(dir.filePath(QStringLiteral("n.sqlite")), o, &error));
        QVERIFY(error.contains(QStringLiteral("negative")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("n.sqlite"))));
        o.projects = 0;
        o.credentials = 10;
        QVERIFY(!Generator::generate(dir.filePath(QStringLiteral("n.sqlite")), o, &error));
        // An existing file is never overwritten.
        QFile f(dir.filePath(QStringLiteral("exists.sqlite")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        o.projects = 10;
        o.credentials = 10;
        QVERIFY(!Generator::generate(dir.filePath(QStringLiteral("exists.sqlite")), o, &error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        GeneratorOptions o;
        o.projects = 100;
        o.credentials = 100;
        o.progress = [](int pct) { return pct < 50; };
        QString error;
        QVERIFY(!Generator::generate(dir.filePath(QStringLiteral("x.sqlite")), o, &error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.sqlite"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.sqlite.generating"))));
    }

    void leftoversOfAKilledRunAreNotReplayed()
    {
        // A generate killed half-way leaves x.sqlite.generating and perhaps a write-ahead log beside it;
        // the next run must not replay that log into its new file.
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("x.sqlite"));
        QString error;
        {
            Database other;
            QVERIFY2(other.open(dir.filePath(QStringLiteral("other.sqlite")), &error), qPrintable(error));
            QSqlQuery q(other.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(q.exec(QStringLiteral("UPDATE project SET title_en = 'stale ' || title_en")));
            QVERIFY(QFile::copy(dir.filePath(QStringLiteral("other.sqlite-wal")),
                                p + QStringLiteral(".generating-wal")));
        }
        QFile junk(p + QStringLiteral(".generating"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(5000, 'x'));
        junk.close();
        GeneratorOptions o;
        o.projects = 50;
        o.credentials = 200;
        QVERIFY2(Generator::generate(p, o, &error), qPrintable(error));
        QVERIFY2(Database::checkIntegrity(p, &error), qPrintable(error));
        Database db;
        QVERIFY2(db.open(p, &error), qPrintable(error));
        QCOMPARE(count(db.connection(), QStringLiteral("SELECT COUNT(*) FROM project")), 50);
        QCOMPARE(count(db.connection(),
                       QStringLiteral("SELECT COUNT(*) FROM project WHERE title_en LIKE 'stale %'")),
                 0);
        QVERIFY(!QFile::exists(p + QStringLiteral(".generating")));
        QVERIFY(!QFile::exists(p + QStringLiteral(".generating-wal")));
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
