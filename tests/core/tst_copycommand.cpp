#include "testworkspace.h"

#include "cli/command.h"
#include "cli/copycommand.h"
#include "domain/translations.h"
#include "storage/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcfund;

namespace {
using Result = test::CliResult;
Result run(const QStringList& args)
{
    return test::runCli(args);
}
QByteArray bytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
void writeBytes(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}
/** Every project's uid and title, in order: what a copy must hold. */
QString projects(const QString& path)
{
    Database db;
    QString error;
    if (!db.open(path, &error))
        return QStringLiteral("cannot open: ") + error;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT uid || ' ' || title_en FROM project ORDER BY uid"));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    return rows.join(QLatin1Char('\n'));
}
} // namespace

class TestCopyCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_source;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = path(QStringLiteral("source.sqlite"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_source, &error), qPrintable(error));
    }

    void copiesAWorkspace()
    {
        const QString target = path(QStringLiteral("copy.sqlite"));
        const Result r = run(
            {QStringLiteral("copy"), QStringLiteral("--database"), m_source, QStringLiteral("-o"), target});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Copied")), qPrintable(r.out));
        QString error;
        QVERIFY2(Database::checkIntegrity(target, &error), qPrintable(error));
        QCOMPARE(projects(target), projects(m_source));
        QVERIFY(!QFile::exists(target + QStringLiteral(".copying")));
        QFile::remove(target);
    }

    void copiesWhatIsInTheLogOfAnOpenWorkspace()
    {
        // A workspace in use: its last change is still in the write-ahead log, not in the main file.
        Database db;
        QString error;
        QVERIFY2(db.open(m_source, &error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE project SET title_en = 'In the log' WHERE title_en = 'Hydrogen 101'")));
        const QString target = path(QStringLiteral("open.sqlite"));
        QVERIFY2(CopyCommand::copy(m_source, target, false, &error), qPrintable(error));
        QVERIFY(projects(target).contains(QStringLiteral(" In the log")));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE project SET title_en = 'Hydrogen 101' WHERE title_en = 'In the log'")));
        QFile::remove(target);
    }

    void refusesToReplaceWithoutForce()
    {
        const QString target = path(QStringLiteral("exists.sqlite"));
        writeBytes(target, "keep me");
        Result r = run(
            {QStringLiteral("copy"), QStringLiteral("--database"), m_source, QStringLiteral("-o"), target});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
        QCOMPARE(bytes(target), QByteArray("keep me"));
        r = run({QStringLiteral("copy"), QStringLiteral("--database"), m_source, QStringLiteral("-o"), target,
                 QStringLiteral("--force")});
        QCOMPARE(r.code, 0);
        QCOMPARE(projects(target), projects(m_source));
        QFile::remove(target);
    }

    void forceDoesNotReplaceAFileWithItsLogBeside()
    {
        // The log belongs to the old file; SQLite would replay it into the copy.
        const QString target = path(QStringLiteral("inuse.sqlite"));
        writeBytes(target, "old");
        writeBytes(target + QStringLiteral("-wal"), "log");
        const Result r = run({QStringLiteral("copy"), QStringLiteral("--database"), m_source,
                              QStringLiteral("-o"), target, QStringLiteral("--force")});
        QCOMPARE(r.code, 1);
        QCOMPARE(bytes(target), QByteArray("old"));
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-wal"));
    }

    void leftoversOfAKilledCopyAreNotReplayed()
    {
        // A copy killed half-way leaves FILE.copying and its journal; a log left by a file deleted since
        // may sit beside FILE. None of them may reach the new copy.
        const QString target = path(QStringLiteral("again.sqlite"));
        const QString other = path(QStringLiteral("other.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY2(db.open(other, &error), qPrintable(error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(q.exec(QStringLiteral("UPDATE project SET title_en = 'stale ' || title_en")));
            QVERIFY(QFile::copy(other + QStringLiteral("-wal"), target + QStringLiteral(".copying-wal")));
            QVERIFY(QFile::copy(other + QStringLiteral("-wal"), target + QStringLiteral("-wal")));
        }
        writeBytes(target + QStringLiteral(".copying"), QByteArray(8192, 'x'));
        writeBytes(target + QStringLiteral(".copying-journal"), QByteArray(8192, 'j'));
        const Result r = run(
            {QStringLiteral("copy"), QStringLiteral("--database"), m_source, QStringLiteral("-o"), target});
        QCOMPARE(r.code, 0);
        QVERIFY2(Database::checkIntegrity(target, &error), qPrintable(error));
        QCOMPARE(projects(target), projects(m_source));
        for (const char* s : {"", "-wal", "-journal"})
            QVERIFY(!QFile::exists(target + QStringLiteral(".copying") + QLatin1String(s)));
        QFile::remove(target);
    }

    void badArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath(QStringLiteral("never.sqlite"));
        QTest::newRow("no -o") << QStringList{QStringLiteral("--database"), m_source}
                               << QStringLiteral("-o FILE");
        QTest::newRow("missing source")
            << QStringList{QStringLiteral("--database"), m_dir.filePath(QStringLiteral("none.sqlite")),
                           QStringLiteral("-o"), out}
            << QStringLiteral("no workspace");
        QTest::newRow("same file") << QStringList{QStringLiteral("--database"), m_source,
                                                  QStringLiteral("-o"), m_source}
                                   << QStringLiteral("being copied");
        QTest::newRow("no such folder")
            << QStringList{QStringLiteral("--database"), m_source, QStringLiteral("-o"),
                           m_dir.filePath(QStringLiteral("nope/c.sqlite"))}
            << QStringLiteral("does not exist");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("--database"), m_source,
                                                       QStringLiteral("extra"), QStringLiteral("-o"), out}
                                        << QStringLiteral("unexpected");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--database"), m_source,
                                                       QStringLiteral("--fast"), QStringLiteral("-o"), out}
                                        << QStringLiteral("fast");
    }
    void badArgumentsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = run(QStringList{QStringLiteral("copy")} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.sqlite"))));
    }

    void refusesAFileThatIsNotAWorkspace()
    {
        const QString text = path(QStringLiteral("notes.txt"));
        writeBytes(text, QByteArray(200, 'n'));
        const QString plain = path(QStringLiteral("plain.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            db.setDatabaseName(plain);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        for (const QString& source : {text, plain}) {
            const QString out = path(QStringLiteral("x.sqlite"));
            const Result r = run(
                {QStringLiteral("copy"), QStringLiteral("--database"), source, QStringLiteral("-o"), out});
            QCOMPARE(r.code, 2);
            QVERIFY(!r.err.isEmpty());
            QVERIFY(!QFile::exists(out));
        }
    }

    void listedInTheHelp()
    {
        const Result r = run({QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("copy")));
    }
};

QTEST_GUILESS_MAIN(TestCopyCommand)
#include "tst_copycommand.moc"
