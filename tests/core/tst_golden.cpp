// Golden files: one export of each format and the text of one report in each language, compared byte for
// byte with files under tests/data/golden/ that a person has read. The round-trip tests read back what mcfund
// wrote with mcfund's own readers; a mistake shared by a writer and its reader (a column shifted in both, an
// amount written and read in the wrong unit) passes them and fails here, as in KMyMoney's and Tiled's suites.
//
// The workspace is synthetic (seed 3: 6 projects, 8 micro-credentials) and the same on every run. After a
// deliberate change of a format, MCFUND_UPDATE_GOLDEN=1 rewrites the files: read the diff before committing.
#include "spreadsheetcommands.h"
#include "testworkspace.h"

#include "reports/reportbuilder.h"
#include "synthetic/generator.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace mcfund;

namespace {

QString goldenPath(const QString& name)
{
    return QStringLiteral(MCFUND_TEST_DATA "/golden/") + name;
}

/** The first line where \a actual and \a expected differ, for the failure message. */
QString firstDifference(const QByteArray& actual, const QByteArray& expected)
{
    const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray left = i < a.size() ? a.at(i) : QByteArray("<end of file>");
        const QByteArray right = i < e.size() ? e.at(i) : QByteArray("<end of file>");
        if (left != right)
            return QStringLiteral("line %1:\n  written:  %2\n  expected: %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(left.left(300)), QString::fromUtf8(right.left(300)));
    }
    return QStringLiteral("the files differ");
}

/** Compares \a actual with golden file \a name (or rewrites it under MCFUND_UPDATE_GOLDEN=1). */
bool matchesGolden(const QByteArray& actual, const QString& name, QString* why)
{
    const QString path = goldenPath(name);
    if (qEnvironmentVariableIsSet("MCFUND_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(actual) != actual.size()) {
            *why = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
        return true;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("the golden file %1 is missing").arg(path);
        return false;
    }
    const QByteArray expected = f.readAll();
    if (actual == expected)
        return true;
    *why =
        QStringLiteral("%1 differs from what was written: %2").arg(name, firstDifference(actual, expected));
    return false;
}

/** One part of a zip file (a workbook's sheet), as stored. */
QByteArray zipPart(const QString& zip, const QString& part)
{
    QuaZipFile f(zip, part);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

QString rowKind(ReportTable::RowKind kind)
{
    switch (kind) {
    case ReportTable::RowKind::Normal:
        break;
    case ReportTable::RowKind::Group:
        return QStringLiteral(" (group)");
    case ReportTable::RowKind::Subtotal:
        return QStringLiteral(" (subtotal)");
    case ReportTable::RowKind::Total:
        return QStringLiteral(" (total)");
    }
    return QString();
}

/** A report's content as plain text, one line per heading, paragraph, pair and table row. */
QByteArray reportText(const Report& r)
{
    const QString today[] = {
        QLocale(QLocale::English, QLocale::Canada).toString(QDate::currentDate(), QLocale::LongFormat),
        QLocale(QLocale::French, QLocale::Canada).toString(QDate::currentDate(), QLocale::LongFormat)};
    QStringList out{QStringLiteral("# ") + r.title, r.subtitle};
    for (const auto& [key, value] : r.titlePage)
        out << key + QStringLiteral(": ") +
                   (value == today[0] || value == today[1] ? QStringLiteral("<the day the report is made>")
                                                           : value);
    out << QStringLiteral("header: ") + r.runningHeader << QStringLiteral("footer: ") + r.footer
        << QStringLiteral("pages: ") + r.pageOfFormat;
    for (const ReportBlock& b : r.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Heading:
            out << QStringLiteral("## ") + b.text;
            break;
        case ReportBlock::Kind::Paragraph:
            out << b.text;
            break;
        case ReportBlock::Kind::KeyValues:
            for (const auto& [key, value] : b.pairs)
                out << QStringLiteral("- ") + key + QStringLiteral(": ") + value;
            break;
        case ReportBlock::Kind::Table:
            out << QStringLiteral("| ") + b.table.headers.join(QStringLiteral(" | ")) + QStringLiteral(" |");
            for (qsizetype i = 0; i < b.table.rows.size(); ++i)
                out << QStringLiteral("| ") + b.table.rows.at(i).join(QStringLiteral(" | ")) +
                           QStringLiteral(" |") + rowKind(b.table.kinds.value(i));
            break;
        case ReportBlock::Kind::Chart:
            if (b.chart)
                for (const AggregateRow& row : b.chart->rows)
                    out << QStringLiteral("[chart] ") + row.key + QStringLiteral(" ") + row.series +
                               QStringLiteral(" = ") + QString::number(row.value);
            break;
        case ReportBlock::Kind::PageBreak:
            out << QStringLiteral("---");
            break;
        }
    }
    return out.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    /** The synthetic workspace every golden file is made from (made once, read only after). */
    QString workspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("golden.sqlite"));
        if (!QFile::exists(path)) {
            GeneratorOptions o;
            o.projects = 6;
            o.credentials = 8;
            o.seed = 3;
            QString error;
            if (!Generator::generate(path, o, &error))
                qWarning("%s", qPrintable(error));
        }
        return path;
    }
    QByteArray exported(const QStringList& args, const QString& file)
    {
        const QString out = m_dir.filePath(file);
        QFile::remove(out);
        const test::CliResult r =
            test::runCli(QStringList{QStringLiteral("export"), QStringLiteral("--database"), workspace()} +
                             args + QStringList{QStringLiteral("-o"), out},
                         Cli::coreCommands() + SpreadsheetCommands::commands());
        if (r.code != 0)
            qWarning("export failed (%d): %s", r.code, qPrintable(r.err));
        return test::fileBytes(out);
    }

private slots:
    void exports_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("golden");
        QTest::newRow("credentials csv")
            << QStringList{"--table", "credentials", "--format", "csv"} << "c.csv"
            << "credentials.csv";
        QTest::newRow("credentials csv, French")
            << QStringList{"--table", "credentials", "--format", "csv", "--lang", "fr"} << "c-fr.csv"
            << "credentials-fr.csv";
        QTest::newRow("projects json") << QStringList{"--table", "projects", "--format", "json"} << "p.json"
                                       << "projects.json";
        QTest::newRow("Open Badges") << QStringList{"--credentials", "--format", "openbadges"} << "ob.json"
                                     << "credentials-openbadges.json";
        QTest::newRow("CTDL") << QStringList{"--credentials", "--format", "ctdl"} << "ctdl.json"
                              << "credentials-ctdl.json";
    }
    void exports()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        QFETCH(QString, golden);
        const QByteArray bytes = exported(args, file);
        QVERIFY2(!bytes.isEmpty(), "nothing was exported");
        QString why;
        QVERIFY2(matchesGolden(bytes, golden, &why), qPrintable(why));
    }

    void workbookSheet()
    {
        // The zip around it is QuaZip's business; the sheet's XML is ours.
        const QByteArray bytes = exported({QStringLiteral("--table"), QStringLiteral("projects"),
                                           QStringLiteral("--format"), QStringLiteral("xlsx")},
                                          QStringLiteral("p.xlsx"));
        QVERIFY2(!bytes.isEmpty(), "nothing was exported");
        const QByteArray sheet =
            zipPart(m_dir.filePath(QStringLiteral("p.xlsx")), QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY2(!sheet.isEmpty(), "the workbook has no xl/worksheets/sheet1.xml");
        QString why;
        QVERIFY2(matchesGolden(sheet, QStringLiteral("projects-sheet1.xml"), &why), qPrintable(why));
    }

    void roundSummaryText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("fr") << "fr";
    }
    void roundSummaryText()
    {
        QFETCH(QString, language);
        Database db;
        QString error;
        QVERIFY2(db.open(workspace(), &error), qPrintable(error));
        Translations::install(language);
        Report report;
        const bool built =
            ReportBuilder(db.connection(), language).roundSummary(2, FilterSpec(), &report, &error);
        Translations::install(QStringLiteral("en"));
        QVERIFY2(built, qPrintable(error));
        QString why;
        QVERIFY2(
            matchesGolden(reportText(report), QStringLiteral("round-2-summary-%1.txt").arg(language), &why),
            qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
