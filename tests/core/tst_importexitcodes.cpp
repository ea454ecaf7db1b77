// mcfund import and mcfund package merge tell scripts the truth: 0 only when every row was written or was
// already there, 1 when nothing was written because rows were refused, 2 for bad arguments or unreadable
// files, 3 when some rows were written and some refused.
#include "spreadsheetcommands.h"
#include "testworkspace.h"

#include "cli/command.h"
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
    return test::runCli(args, Cli::coreCommands() + SpreadsheetCommands::commands());
}

qint64 scalar(const QString& db, const QString& sql)
{
    Database d;
    QString error;
    if (!d.open(db, &error))
        return -1;
    QSqlQuery q(d.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void write(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

const char* const Header = "Institution,Title (English),Sector,Hours,Weeks,Tuition\n";

} // namespace

class TestImportExitCodes : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // A fresh workspace for each test function, so that each passes alone and in any order.
    QString workspace(const char* name)
    {
        const QString path = test::workspace(m_dir, QString::fromLatin1(name) + QStringLiteral(".sqlite"));
        QFile::remove(path);
        Database db;
        QString error;
        if (!db.open(path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }
    qint64 added(const QString& db)
    {
        return scalar(db,
                      QStringLiteral("SELECT COUNT(*) FROM micro_credential WHERE title_en LIKE 'Exit %'"));
    }

private slots:
    void everyRowWrittenIsZero()
    {
        const QString db = workspace("zero");
        const QString csv = m_dir.filePath(QStringLiteral("zero.csv"));
        write(csv, QByteArray(Header) +
                       "Fleming College,Exit one,Health care,40,6,\"$1,200.00\"\n"
                       "Fleming College,Exit two,Soins de santé,\"1 000\",6,\"1 200,00 $\"\n");
        const Result r = run({QStringLiteral("import"), csv, QStringLiteral("--into"),
                              QStringLiteral("credentials"), QStringLiteral("--database"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(added(db), qint64(2));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT SUM(tuition_cents) FROM micro_credential WHERE title_en LIKE "
                                      "'Exit %'")),
            qint64(240000));
        // Again: every row is already there, unchanged; still 0.
        const Result again = run({QStringLiteral("import"), csv, QStringLiteral("--into"),
                                  QStringLiteral("credentials"), QStringLiteral("--database"), db});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("2 unchanged")), qPrintable(again.out));
        QCOMPARE(added(db), qint64(2));
    }

    void everyRowRefusedIsOne()
    {
        const QString db = workspace("one");
        const QString csv = m_dir.filePath(QStringLiteral("one.csv"));
        write(csv, QByteArray(Header) + "Fleming College,Exit one,Health care,\"1,5\",6,\n"
                                        "Fleming College,Exit two,Health care,40,6,12.345\n");
        const Result r = run({QStringLiteral("import"), csv, QStringLiteral("--into"),
                              QStringLiteral("credentials"), QStringLiteral("--database"), db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 2, Hours")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("line 3, Tuition")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was written")), qPrintable(r.err));
        QCOMPARE(added(db), qint64(0));
    }

    void someWrittenSomeRefusedIsThree()
    {
        const QString db = workspace("three");
        const QString csv = m_dir.filePath(QStringLiteral("three.csv"));
        write(csv, QByteArray(Header) + "Fleming College,Exit one,Health care,40,6,\n"
                                        "Fleming College,Exit two,Health care,40,6,\"$5,00.00\"\n");
        const QStringList args{QStringLiteral("import"),     csv,
                               QStringLiteral("--into"),     QStringLiteral("credentials"),
                               QStringLiteral("--database"), db};
        const Result dry = run(args + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(dry.code, 3); // what the import would answer
        QCOMPARE(added(db), qint64(0));
        const Result strict = run(args + QStringList{QStringLiteral("--all-or-nothing")});
        QCOMPARE(strict.code, 1);
        QCOMPARE(added(db), qint64(0));
        const Result r = run(args);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("refused and not written")), qPrintable(r.err));
        QCOMPARE(added(db), qint64(1));
    }

    void badArgumentsAndUnreadableFilesAreTwo()
    {
        const QString db = workspace("two");
        const QString nothing = m_dir.filePath(QStringLiteral("nothing.csv"));
        QCOMPARE(run({QStringLiteral("import"), nothing, QStringLiteral("--into"),
                      QStringLiteral("credentials"), QStringLiteral("--database"), db})
                     .code,
                 2);
        const QString csv = m_dir.filePath(QStringLiteral("two.csv"));
        write(csv, QByteArray(Header) + "Fleming College,Exit one,Health care,40,6,\n");
        QCOMPARE(run({QStringLiteral("import"), csv, QStringLiteral("--into"), QStringLiteral("spaceships"),
                      QStringLiteral("--database"), db})
                     .code,
                 2);
        // Two files where one is imported: neither is, and the second is named.
        const Result twoFiles = run({QStringLiteral("import"), csv, csv, QStringLiteral("--into"),
                                     QStringLiteral("credentials"), QStringLiteral("--database"), db});
        QCOMPARE(twoFiles.code, 2);
        QVERIFY2(twoFiles.err.contains(QStringLiteral("mcfund import: unexpected argument “%1”").arg(csv)),
                 qPrintable(twoFiles.err));
        // Columns that match nothing: the file cannot be imported at all.
        const QString odd = m_dir.filePath(QStringLiteral("odd.csv"));
        write(odd, "Colour,Flavour\nred,sweet\n");
        const Result r = run({QStringLiteral("import"), odd, QStringLiteral("--into"),
                              QStringLiteral("credentials"), QStringLiteral("--database"), db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("No column is mapped")), qPrintable(r.err));
        // A package that is not a package.
        QCOMPARE(
            run({QStringLiteral("package"), QStringLiteral("merge"), csv, QStringLiteral("--database"), db})
                .code,
            2);
        QCOMPARE(added(db), qint64(0));
    }

    void aWorkspaceThatCannotBeReadToMatchTheRowsIsTwo()
    {
        // The rows of a file are matched with the records already there; when those cannot be read (the last
        // page of the table is damaged), nothing is written (exit 2), never each row added a second time.
        const QString db = m_dir.filePath(QStringLiteral("unmatched.sqlite"));
        QVERIFY(test::generated(db, 100, 3000, 9));
        QString line;
        {
            Database d;
            QString error;
            QVERIFY2(d.open(db, &error), qPrintable(error));
            QSqlQuery q(d.connection());
            QVERIFY(
                q.exec(QStringLiteral(
                    "SELECT i.name_en, c.title_en, s.code, c.hours, c.weeks FROM micro_credential c "
                    "JOIN institution i ON i.uid = c.institution_uid JOIN sector s ON s.uid = c.sector_uid "
                    "WHERE c.hours IS NOT NULL AND c.weeks IS NOT NULL ORDER BY c.rowid LIMIT 1")) &&
                q.next());
            line = QStringLiteral("\"%1\",\"%2\",%3,%4,%5,\n")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                       .arg(q.value(3).toInt() + 1)
                       .arg(q.value(4).toInt());
        }
        QVERIFY(test::damageLastLeaf(db, QStringLiteral("micro_credential")));
        const QString csv = m_dir.filePath(QStringLiteral("unmatched.csv"));
        write(csv, QByteArray(Header) + line.toUtf8());
        const Result r = run({QStringLiteral("import"), csv, QStringLiteral("--into"),
                              QStringLiteral("credentials"), QStringLiteral("--database"), db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Cannot read the workspace to match the rows")) &&
                     r.err.contains(QStringLiteral("malformed")),
                 qPrintable(r.err));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE origin = 'import'")),
                 qint64(0));
    }

    void helpSaysWhatTheCodesMean()
    {
        const Result r = run({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Exit codes: 0")) &&
                     r.out.contains(QStringLiteral("3 some rows were written and some refused")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestImportExitCodes)
#include "tst_importexitcodes.moc"
