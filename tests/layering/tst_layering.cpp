// The layers of core/: each folder may include its own files and those of the folders below it, never one
// above. Read from the sources themselves, so that a new include that breaks the order fails here with its
// file and line, not later as a cycle no one can untangle.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

/**
 * core/'s folders from the bottom up. A folder sees those before it:
 *   platform     the little that depends on the operating system
 *   io           CSV writing (plain text, no database)
 *   domain       Money, codes, the entity schema, the lifecycle, text keys
 *   storage      the database: migrations, records, checks, the package file format, the seed criteria
 *   query        filters, table queries, aggregates, the round envelope
 *   edits        edit batches and the engine that validates, writes and logs them
 *   review       rules, scores, decisions, assignments, the audit log
 *   packages     institution packages: export, inspection, merge
 *   reports      report content as tables
 *   synthetic    the generator
 *   cli          the headless commands
 *   spreadsheets the spreadsheet library (QuaZip) and its import/export commands, above the commands it joins
 */
const QStringList& layers()
{
    static const QStringList order = {
        QStringLiteral("platform"),  QStringLiteral("io"),       QStringLiteral("domain"),
        QStringLiteral("storage"),   QStringLiteral("query"),    QStringLiteral("edits"),
        QStringLiteral("review"),    QStringLiteral("packages"), QStringLiteral("reports"),
        QStringLiteral("synthetic"), QStringLiteral("cli"),      QStringLiteral("spreadsheets")};
    return order;
}

/** Files core generates into its build folder, included by bare name from anywhere. */
bool isGenerated(const QString& name)
{
    return name == QLatin1String("version.h");
}

/**
 * What is wrong with the includes of the core/ tree at \a root, one line each: "file:line: …". Checks that
 * every folder has a layer, that a folder includes only its own and lower layers, and that a bare include
 * names a file of the same folder (so nothing outside core/, such as ui/ or app/, is reached).
 */
QStringList problems(const QString& root)
{
    QStringList out;
    const QDir base(root);
    for (const QString& folder : base.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (!layers().contains(folder))
            out << QStringLiteral("core/%1/ has no layer: add it to the order in tst_layering").arg(folder);

    static const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s+"([^"]+)\")"));
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = base.relativeFilePath(path);
        const QString folder = relative.section(QLatin1Char('/'), 0, 0);
        if (!relative.contains(QLatin1Char('/')) || !layers().contains(folder))
            continue; // reported above, or a file at the top of core/
        const int rank = int(layers().indexOf(folder));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            out << QStringLiteral("%1: cannot be read").arg(relative);
            continue;
        }
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const QRegularExpressionMatch m = include.match(QString::fromUtf8(file.readLine()));
            if (!m.hasMatch())
                continue;
            const QString target = m.captured(1);
            const QString where = QStringLiteral("core/%1:%2").arg(relative).arg(line);
            if (!target.contains(QLatin1Char('/'))) {
                if (!isGenerated(target) && !QFileInfo::exists(QFileInfo(path).dir().filePath(target)))
                    out << QStringLiteral("%1: \"%2\" is not a file of its own folder").arg(where, target);
                continue;
            }
            const QString targetFolder = target.section(QLatin1Char('/'), 0, 0);
            if (!layers().contains(targetFolder)) {
                out << QStringLiteral("%1: \"%2\" is outside core/").arg(where, target);
                continue;
            }
            if (!QFileInfo::exists(base.filePath(target)))
                out << QStringLiteral("%1: \"%2\" does not exist").arg(where, target);
            if (layers().indexOf(targetFolder) > rank)
                out << QStringLiteral("%1: %2/ includes \"%3\", which sits above it")
                           .arg(where, folder, target);
        }
    }
    out.sort();
    return out;
}

void write(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(text), qint64(text.size()));
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT
private slots:
    void coreFoldersIncludeOnlyTheirOwnAndLowerLayers()
    {
        const QString core = QStringLiteral(MCFUND_SOURCE_DIR "/core");
        QVERIFY2(QDir(core).exists(QStringLiteral("domain/money.h")), qPrintable(core));
        const QStringList found = problems(core);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // The check itself, on a tree made for it: each kind of fault is found, with its file and line.
    void theCheckFindsEachKindOfFault()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath(QStringLiteral("core"));
        write(root + QStringLiteral("/domain/money.h"), "#pragma once\n");
        write(root + QStringLiteral("/domain/codes.cpp"),
              "#include \"codes.h\"\n#include \"domain/money.h\"\n#include \"version.h\"\n");
        write(root + QStringLiteral("/domain/codes.h"), "#pragma once\n#include <QString>\n");
        write(root + QStringLiteral("/cli/command.h"), "#pragma once\n#include \"domain/money.h\"\n");
        QCOMPARE(problems(root), QStringList());

        write(root + QStringLiteral("/storage/database.cpp"),
              "#include \"domain/codes.h\"\n\n#include \"cli/command.h\"\n");
        write(root + QStringLiteral("/domain/money.cpp"),
              "#include \"money.h\"\n#include \"pages/page.h\"\n");
        write(root + QStringLiteral("/cli/cli.cpp"), "#include \"mainwindow.h\"\n");
        write(root + QStringLiteral("/widgets/button.h"), "#pragma once\n");
        QCOMPARE(
            problems(root),
            QStringList({QStringLiteral("core/cli/cli.cpp:1: \"mainwindow.h\" is not a file of its own "
                                        "folder"),
                         QStringLiteral("core/domain/money.cpp:2: \"pages/page.h\" is outside core/"),
                         QStringLiteral("core/storage/database.cpp:3: storage/ includes "
                                        "\"cli/command.h\", which sits above it"),
                         QStringLiteral("core/widgets/ has no layer: add it to the order in tst_layering")}));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
