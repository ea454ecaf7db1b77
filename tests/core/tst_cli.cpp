#include "testworkspace.h"

#include "cli/command.h"
#include "cli/manpage.h"
#include "domain/translations.h"
#include "storage/snapshotreader.h"
#include "version.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mcfund;

namespace {
using Result = test::CliResult;
Result run(const QStringList& args)
{
    return test::runCli(args);
}
QString plain(QString s)
{
    return s.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // stamps of sound files: the test's own
        SnapshotReader::setWorthwhileFrom(-1, -1); // stats reads beside on the small official data too
        m_db = test::workspace(m_dir);
    }

    void aFileWhereACommandWouldBeIsAWorkspace()
    {
        for (const char* argument : {"fleming.mcfpkg", "Round 2.MCFUND", "old.sqlite", "copy.db",
                                     "postgresql://olivia@/fund?host=/run/postgresql"})
            QVERIFY2(Cli::isWorkspaceArgument(QString::fromUtf8(argument)), argument);
        QVERIFY(Cli::isWorkspaceArgument(m_db)); // an existing file, whatever its name
        for (const char* argument : {"stats", "statz", "fleming.csv", "import"})
            QVERIFY2(!Cli::isWorkspaceArgument(QString::fromUtf8(argument)), argument);
    }

    void theManualPageIsWrittenFromTheHelp()
    {
        const QString page =
            ManPage::render(Cli::coreCommands(), QStringLiteral("en"), QStringLiteral("2026-12-02"));
        QVERIFY(page.contains(QLatin1String(".TH MCFUND 1 \"2026-12-02\" \"mcfund " MCFUND_VERSION "\"")));
        for (const Command& c : Cli::coreCommands())
            QVERIFY2(page.contains(QStringLiteral("\n.SS %1\n").arg(c.name)), qPrintable(c.name));
        // An option of generate, from generate's own --help, as a term with its value.
        QVERIFY(page.contains(QLatin1String(".TP\n\\fB\\-\\-projects <\\fR")) ||
                page.contains(QLatin1String(".TP\n\\fB\\-\\-projects \\fI<")));
        QVERIFY(page.contains(QStringLiteral("\\fBmcfund stats [options]")));
        for (const QString& line : page.split(QLatin1Char('\n')))
            QVERIFY2(!line.startsWith(QLatin1Char('\'')) && !line.startsWith(QLatin1Char(' ')),
                     qPrintable(line));
        QCOMPARE(ManPage::escape(QStringLiteral(".mcfund --lang C:\\x")),
                 QStringLiteral("\\&.mcfund \\-\\-lang C:\\ex"));
    }

    void helpAndVersion()
    {
        Result r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("stats")));
        QVERIFY(r.out.contains(QStringLiteral("generate")));
        r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("mcfund ")));
        r = run({QStringLiteral("stats"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--json")));
    }

    void aCommandSaysWhenItUpdatesAnOlderWorkspace()
    {
        // The copy of a large workspace takes seconds: the command says what it is doing, and where the copy
        // goes, before its own output.
        QTemporaryDir dir;
        const QString p = test::path(dir);
        QVERIFY(test::olderWorkspace(p));
        const test::CliResult r = test::runCli({QStringLiteral("stats"), QStringLiteral("--database"), p});
        QCOMPARE(r.code, 0);
        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("*.bak")});
        QCOMPARE(backups.size(), 1);
        QVERIFY2(r.err.contains(QStringLiteral("updating “%1”").arg(p)) &&
                     r.err.contains(dir.filePath(backups.first())),
                 qPrintable(r.err));
        // Once updated, nothing more is said.
        const test::CliResult again =
            test::runCli({QStringLiteral("stats"), QStringLiteral("--database"), p});
        QCOMPARE(again.code, 0);
        QVERIFY2(!again.err.contains(QStringLiteral("updating")), qPrintable(again.err));
    }

    void aWorkspaceReadOnlyInPartIsAFailureNotAnAnswer()
    {
        // Statistics say whether the workspace was edited: when its change log cannot be read, they fail
        // (exit 1) rather than say "no". A round that cannot be read is not said to be missing.
        QTemporaryDir dir;
        const QString edited = dir.filePath(QStringLiteral("edited.sqlite"));
        QVERIFY(test::editedWithDamagedLog(edited));
        const test::CliResult stats =
            test::runCli({QStringLiteral("stats"), QStringLiteral("--database"), edited});
        QCOMPARE(stats.code, 1);
        QVERIFY2(stats.err.contains(QStringLiteral("malformed")), qPrintable(stats.err));
        QVERIFY2(stats.out.isEmpty(), qPrintable(stats.out));
        const QString rounds = dir.filePath(QStringLiteral("rounds.sqlite"));
        {
            Database made;
            QString error;
            QVERIFY2(made.open(rounds, &error), qPrintable(error));
        }
        QVERIFY(test::damageRoot(rounds, QStringLiteral("funding_round")));
        const test::CliResult ranking =
            test::runCli({QStringLiteral("ranking"), QStringLiteral("--round"), QStringLiteral("2"),
                          QStringLiteral("--database"), rounds});
        QCOMPARE(ranking.code, 1);
        QVERIFY2(ranking.err.contains(QStringLiteral("malformed")) &&
                     !ranking.err.contains(QStringLiteral("no round")),
                 qPrintable(ranking.err));
    }

    void statsOfTheOfficialWorkspace()
    {
        const Result r = run({QStringLiteral("stats"), QStringLiteral("--database"), m_db,
                              QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("88 projects at 36 institutions")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("$5,000,000.00")));
        QVERIFY(r.out.contains(QStringLiteral("official data")));
    }

    void statsTracedAsAScriptOfItsStatements()
    {
        // MCFUND_TRACE_SQL: the statements a command runs, values written in, as a script another program
        // can run on the same file (the benchmarks time it in the sqlite3 shell).
        const QString trace = m_dir.filePath(QStringLiteral("stats-trace.sql"));
        qputenv("MCFUND_TRACE_SQL", QFile::encodeName(trace));
        const Result r = run({QStringLiteral("stats"), QStringLiteral("--database"), m_db,
                              QStringLiteral("--lang"), QStringLiteral("en")});
        qunsetenv("MCFUND_TRACE_SQL");
        QCOMPARE(r.code, 0);
        if (m_db.startsWith(QLatin1String("postgresql:"))) {
            // A shared workspace's statements are the server's to log: nothing is written.
            QVERIFY(!QFileInfo::exists(trace));
            return;
        }
        QFile f(trace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList statements =
            QString::fromUtf8(f.readAll()).split(QLatin1String(";\n"), Qt::SkipEmptyParts);
        QVERIFY2(statements.size() >= 10, qPrintable(statements.join(u'|')));
        QVERIFY(statements.contains(QStringLiteral("SELECT COUNT(*) FROM funding_round")));
        // The statements of both connections (the credentials of each round are read on a second one), and
        // none of the transactions that give the two one snapshot: the script runs on one connection.
        QVERIFY(std::any_of(statements.cbegin(), statements.cend(), [](const QString& s) {
            return s.startsWith(QLatin1String("WITH n AS MATERIALIZED"));
        }));
        for (const char* control : {"BEGIN", "COMMIT", "ROLLBACK"})
            QVERIFY2(!statements.contains(QLatin1String(control)), control);
        // A bound value is written into the statement.
        QVERIFY(
            statements.contains(QStringLiteral("SELECT COUNT(*) FROM institution WHERE type = 'college'")));
        // Every line runs as it is on the same workspace.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("replay"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        for (const QString& statement : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(statement + QLatin1String(": ") + q.lastError().text()));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("replay"));
    }

    void statsInFrenchWritesFrenchAmounts()
    {
        const Result r = run({QStringLiteral("stats"), QStringLiteral("--database"), m_db,
                              QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(r.code, 0);
        QVERIFY2(plain(r.out).contains(QStringLiteral("5 000 000,00 $")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Volet 2")));
    }

    void statsJson()
    {
        const Result r =
            run({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--database"), m_db});
        QCOMPARE(r.code, 0);
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("projects")).toInt(), 88);
        QCOMPARE(o.value(QStringLiteral("institutions")).toInt(), 36);
        const QJsonObject round2 = o.value(QStringLiteral("by_round")).toArray().at(1).toObject();
        QCOMPARE(round2.value(QStringLiteral("envelope_cents")).toInteger(), qint64(500000000));
        QCOMPARE(round2.value(QStringLiteral("projects_with_approved")).toInt(), 0);
    }

    void checkTellsSoundFromDamagedByItsExitCode()
    {
        // The workspace made (from the official data) by an ordinary command first: check never creates one.
        QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--database"), m_db}).code, 0);
        Result r = run({QStringLiteral("check"), QStringLiteral("--database"), m_db, QStringLiteral("--lang"),
                        QStringLiteral("en")});
        QCOMPARE(r.code, 0);
        if (test::onServer()) {
            QVERIFY2(r.out.contains(QStringLiteral("is a shared workspace")), qPrintable(r.out));
            return;
        }
        QVERIFY2(r.out.contains(QStringLiteral("is sound")), qPrintable(r.out));
        r = run({QStringLiteral("check"), QStringLiteral("--full"), QStringLiteral("--database"), m_db,
                 QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("both search indexes")), qPrintable(r.out));
        // No file: nothing is created, and the exit code says the command could not run.
        const QString missing = m_dir.filePath(QStringLiteral("never-made.sqlite"));
        r = run({QStringLiteral("check"), QStringLiteral("--database"), missing});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
        QVERIFY(!QFile::exists(missing));
        // Damaged: a copy with its pages written over past the header.
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(QFile::copy(m_db, damaged));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            f.write(QByteArray(3 * 4096, '\x5a'));
        }
        r = run({QStringLiteral("check"), QStringLiteral("--database"), damaged, QStringLiteral("--lang"),
                 QStringLiteral("en")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is damaged")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 2 << "unknown command";
        QTest::newRow("bad lang") << QStringList{QStringLiteral("stats"), QStringLiteral("--lang"),
                                                 QStringLiteral("de")}
                                  << 2 << "en or fr";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--colour")} << 2 << "colour";
        QTest::newRow("missing folder") << QStringList{QStringLiteral("stats"), QStringLiteral("--database"),
                                                       QStringLiteral("/nonexistent/dir/w.sqlite")}
                                        << 1 << "does not exist";
        QTest::newRow("negative count")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--projects"), QStringLiteral("-5"),
                           QStringLiteral("-o"), QStringLiteral("/tmp/never.sqlite")}
            << 2 << "negative";
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--projects"), QStringLiteral("many"),
                           QStringLiteral("-o"), QStringLiteral("/tmp/never.sqlite")}
            << 2 << "whole number";
        QTest::newRow("decimal count")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--projects"), QStringLiteral("1,5"),
                           QStringLiteral("-o"), QStringLiteral("/tmp/never.sqlite")}
            << 2 << "whole number";
        QTest::newRow("no output") << QStringList{QStringLiteral("generate")} << 2 << "-o FILE";
        // A workspace named without --database is not read as the default workspace's answer.
        QTest::newRow("workspace as an operand")
            << QStringList{QStringLiteral("stats"), QStringLiteral("/tmp/other.sqlite")} << 2
            << "unexpected argument “/tmp/other.sqlite”; to name the workspace, write --database "
               "/tmp/other.sqlite.";
        QTest::newRow("stray word") << QStringList{QStringLiteral("check"), QStringLiteral("now")} << 2
                                    << "unexpected argument “now” (see mcfund check --help).";
        QTest::newRow("second package to merge")
            << QStringList{QStringLiteral("package"), QStringLiteral("merge"), QStringLiteral("a.mcfpkg"),
                           QStringLiteral("b.mcfpkg")}
            << 2 << "mcfund package: unexpected argument “b.mcfpkg”";
        QTest::newRow("review action and more")
            << QStringList{QStringLiteral("review"), QStringLiteral("assignments"), QStringLiteral("all")}
            << 2 << "mcfund review: unexpected argument “all”";
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Result r = run(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
