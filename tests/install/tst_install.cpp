// mcfund installed as a desktop application: what `cmake --install` puts in a prefix, checked with the
// ecosystem's own validators (desktop-file-validate, appstreamcli, xmllint and update-mime-database, man,
// bash), and the Debian package CPack builds from it, checked with dpkg-deb and lintian.
#include "version.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

/** Runs \a program with \a args (in \a env added to the environment); its exit code and output. */
Run run(const QString& program, const QStringList& args, const QStringList& env = {}, int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& pair : env)
        e.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("cannot start %1").arg(program);
        return r;
    }
    p.waitForFinished(timeoutMs);
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString need(const char* tool)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(tool));
}

QString read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

const QStringList kSizes = {QStringLiteral("16"),  QStringLiteral("22"), QStringLiteral("24"),
                            QStringLiteral("32"),  QStringLiteral("48"), QStringLiteral("64"),
                            QStringLiteral("128"), QStringLiteral("256")};

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_prefix;

    QString installed(const QString& relative) const { return m_prefix + QLatin1Char('/') + relative; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_prefix = m_dir.filePath(QStringLiteral("prefix"));
        const Run r =
            run(QStringLiteral(MCFUND_CMAKE), {QStringLiteral("--install"), QStringLiteral(MCFUND_BINARY_DIR),
                                               QStringLiteral("--prefix"), m_prefix});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    void theInstalledProgramRunsAndSpeaksFrench()
    {
        const QString mcfund = installed(QStringLiteral("bin/mcfund"));
        Run r = run(mcfund, {QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("mcfund " MCFUND_VERSION));
        QTemporaryDir home;
        r = run(mcfund,
                {QStringLiteral("stats"), QStringLiteral("--lang"), QStringLiteral("fr"),
                 QStringLiteral("--database"), home.filePath(QStringLiteral("w.mcfund"))},
                {QStringLiteral("HOME=") + home.path(), QStringLiteral("XDG_CACHE_HOME=") + home.path()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("établissements"), Qt::CaseInsensitive), qPrintable(r.out));
    }

    void theDesktopEntryIsValidInBothLanguages()
    {
        if (need("desktop-file-validate").isEmpty())
            QSKIP("desktop-file-validate (desktop-file-utils) is not installed");
        const QString file = installed(QStringLiteral("share/applications/ca.on.mcfund.desktop"));
        const Run r = run(QStringLiteral("desktop-file-validate"), {file});
        QVERIFY2(r.code == 0 && QString(r.out + r.err).trimmed().isEmpty(), qPrintable(r.out + r.err));
        const QString text = read(file);
        for (const char* line : {"Exec=mcfund %f", "Name[fr]=", "Comment[fr]=", "Icon=ca.on.mcfund",
                                 "application/vnd.mcfund.workspace;", "application/vnd.mcfund.package;",
                                 "Categories=Office;Finance;"})
            QVERIFY2(text.contains(QLatin1String(line)), line);
    }

    void theMetainfoIsValidAndNamesThisRelease()
    {
        if (need("appstreamcli").isEmpty())
            QSKIP("appstreamcli (appstream) is not installed");
        const QString file = installed(QStringLiteral("share/metainfo/ca.on.mcfund.metainfo.xml"));
        const Run r = run(QStringLiteral("appstreamcli"),
                          {QStringLiteral("validate"), QStringLiteral("--no-net"), file});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QString text = read(file);
        QVERIFY(text.contains(
            QLatin1String("<release version=\"" MCFUND_VERSION "\" date=\"" MCFUND_RELEASE_DATE "\"")));
        QVERIFY(text.contains(QLatin1String("<summary xml:lang=\"fr\">")));
        QVERIFY(text.contains(
            QLatin1String("<launchable type=\"desktop-id\">ca.on.mcfund.desktop</launchable>")));
    }

    void theFileTypesAreSqliteFilesOfTheirOwn()
    {
        if (need("xmllint").isEmpty() || need("update-mime-database").isEmpty())
            QSKIP("xmllint (libxml2-utils) or update-mime-database (shared-mime-info) is not installed");
        const QString file = installed(QStringLiteral("share/mime/packages/mcfund.xml"));
        Run r = run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The database the desktop builds from it: both globs, both types sub-classes of SQLite's.
        QTemporaryDir mime;
        QVERIFY(QDir().mkpath(mime.filePath(QStringLiteral("packages"))));
        QVERIFY(QFile::copy(file, mime.filePath(QStringLiteral("packages/mcfund.xml"))));
        r = run(QStringLiteral("update-mime-database"), {mime.path()});
        QVERIFY2(r.code == 0 && !r.err.contains(QLatin1String("rror")), qPrintable(r.err));
        const QString globs = read(mime.filePath(QStringLiteral("globs2")));
        QVERIFY2(globs.contains(QLatin1String(":application/vnd.mcfund.workspace:*.mcfund")),
                 qPrintable(globs));
        QVERIFY2(globs.contains(QLatin1String(":application/vnd.mcfund.package:*.mcfpkg")),
                 qPrintable(globs));
        const QString subclasses = read(mime.filePath(QStringLiteral("subclasses")));
        QVERIFY(
            subclasses.contains(QLatin1String("application/vnd.mcfund.workspace application/vnd.sqlite3")));
        QVERIFY(subclasses.contains(QLatin1String("application/vnd.mcfund.package application/vnd.sqlite3")));
    }

    void theIconIsThereAtEverySize()
    {
        QVERIFY(
            QFile::exists(installed(QStringLiteral("share/icons/hicolor/scalable/apps/ca.on.mcfund.svg"))));
        for (const QString& size : kSizes) {
            const QImage icon(
                installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/ca.on.mcfund.png").arg(size)));
            QVERIFY2(!icon.isNull(), qPrintable(size));
            QCOMPARE(icon.width(), size.toInt());
            QCOMPARE(icon.height(), size.toInt());
        }
    }

    void theManualPagesAreCleanAndCoverEveryCommand_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("commandsHeading");
        QTest::newRow("en") << QStringLiteral("share/man/man1/mcfund.1.gz") << QStringLiteral("COMMANDS");
        QTest::newRow("fr") << QStringLiteral("share/man/fr/man1/mcfund.1.gz") << QStringLiteral("COMMANDES");
    }

    void theManualPagesAreCleanAndCoverEveryCommand()
    {
        QFETCH(QString, page);
        QFETCH(QString, commandsHeading);
        if (need("man").isEmpty() || need("groff").isEmpty())
            QSKIP("man (man-db) or groff is not installed");
        const QString file = installed(page);
        QVERIFY(QFile::exists(file));
        const QStringList env = {QStringLiteral("MANWIDTH=100"), QStringLiteral("MAN_KEEP_FORMATTING="),
                                 QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("MANROFFSEQ=")};
        const Run r =
            run(QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-l"), file}, env);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.trimmed().isEmpty(), qPrintable(r.err));
        // Every command the program lists has its section, with its own options.
        const Run help = run(installed(QStringLiteral("bin/mcfund")), {QStringLiteral("--help")});
        const QString commands = help.out.section(QStringLiteral("\n\n"), 2, 2);
        QStringList names;
        for (const QString& line : commands.split(QLatin1Char('\n')).mid(1))
            names << line.trimmed().section(QLatin1Char(' '), 0, 0);
        QVERIFY2(names.size() >= 13, qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY(r.out.contains(commandsHeading));
        for (const QString& name : names)
            QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\\n   %1\\n").arg(name))),
                     qPrintable(name));
        for (const char* option : {"--all-or-nothing", "--institution", "--projects", "--full", "--by"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void bashCompletesCommandsOptionsAndValues()
    {
        const QString library = QStringLiteral("/usr/share/bash-completion/bash_completion");
        if (need("bash").isEmpty() || !QFile::exists(library))
            QSKIP("bash-completion is not installed");
        const QString script = installed(QStringLiteral("share/bash-completion/completions/mcfund"));
        QVERIFY(QFile::exists(script));
        // Completes like bash does at a prompt: the words so far, the cursor in the last one.
        const auto complete = [&](const QString& words) {
            const QString program =
                QStringLiteral(
                    "source %1; source %2; export PATH=%3:$PATH; COMP_WORDS=(%4); "
                    "COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMP_LINE=\"${COMP_WORDS[*]}\"; "
                    "COMP_POINT=${#COMP_LINE}; f=$(complete -p mcfund | sed -E 's/.*-F ([^ ]+).*/\\1/'); "
                    "$f mcfund \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"; "
                    "printf '%s\\n' \"${COMPREPLY[@]}\"")
                    .arg(library, script, installed(QStringLiteral("bin")), words);
            const Run r = run(QStringLiteral("bash"), {QStringLiteral("-c"), program});
            return r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        };
        QCOMPARE(complete(QStringLiteral("mcfund st")), QStringList{QStringLiteral("stats")});
        QVERIFY(complete(QStringLiteral("mcfund imp")).contains(QStringLiteral("import")));
        QVERIFY(complete(QStringLiteral("mcfund import --all")).contains(QStringLiteral("--all-or-nothing")));
        QCOMPARE(complete(QStringLiteral("mcfund stats --lang ''")),
                 (QStringList{QStringLiteral("en"), QStringLiteral("fr")}));
    }

    void theDebianPackageInstallsEverythingAndPassesLintian()
    {
        if (need("dpkg-deb").isEmpty() || need("dpkg-shlibdeps").isEmpty())
            QSKIP("dpkg-dev is not installed");
        QTemporaryDir out;
        Run r =
            run(QStringLiteral(MCFUND_CPACK),
                {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                 QStringLiteral(MCFUND_BINARY_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out.path()},
                {}, 300000);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QStringList debs = QDir(out.path()).entryList({QStringLiteral("mcfund_*.deb")});
        QCOMPARE(debs.size(), 1);
        QVERIFY2(debs.first().startsWith(QLatin1String("mcfund_" MCFUND_VERSION "_")),
                 qPrintable(debs.first()));
        const QString deb = out.filePath(debs.first());
        r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), deb});
        QVERIFY(r.out.contains(QLatin1String("Version: " MCFUND_VERSION)));
        for (const char* dependency :
             {"libqt6widgets6", "libqt6sql6-sqlite", "libquazip1-qt6", "qt6-qpa-plugins"})
            QVERIFY2(r.out.contains(QLatin1String(dependency)), qPrintable(r.out));
        r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), deb});
        for (const char* path :
             {"./usr/bin/mcfund", "./usr/share/applications/ca.on.mcfund.desktop",
              "./usr/share/mime/packages/mcfund.xml", "./usr/share/man/fr/man1/mcfund.1.gz",
              "./usr/share/doc/mcfund/copyright", "./usr/share/doc/mcfund/changelog.gz",
              "./usr/share/icons/hicolor/16x16/apps/ca.on.mcfund.png"})
            QVERIFY2(r.out.contains(QLatin1String(path)), path);
        QVERIFY(!r.out.contains(QLatin1String("./usr/lib")));
        if (need("lintian").isEmpty())
            QSKIP("lintian is not installed");
        r = run(QStringLiteral("lintian"), {QStringLiteral("--tag-display-limit"), QStringLiteral("0"), deb},
                {}, 300000);
        QVERIFY2(
            !r.out.contains(QRegularExpression(QStringLiteral("^E:"), QRegularExpression::MultilineOption)),
            qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
