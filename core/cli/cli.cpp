#include "checkcommand.h"
#include "command.h"
#include "version.h"

#include "copycommand.h"
#include "generatecommand.h"
#include "packagecommand.h"
#include "reviewcommands.h"
#include "servercommand.h"
#include "statscommand.h"
#include "storage/database.h"
#include "storage/server.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace mcfund {

QList<Command> Cli::coreCommands()
{
    return {
        {QStringLiteral("stats"),
         QT_TRANSLATE_NOOP("mcfund::Cli", "Counts and amounts by round, sector and institution type"),
         &StatsCommand::run},
        {QStringLiteral("generate"),
         QT_TRANSLATE_NOOP("mcfund::Cli", "Write a synthetic workspace for demos, tests and benchmarks"),
         &GenerateCommand::run},
        {QStringLiteral("ranking"),
         QT_TRANSLATE_NOOP("mcfund::Cli",
                           "Rank a round's applications by review score, with the envelope line"),
         &ReviewCommands::ranking},
        {QStringLiteral("review"),
         QT_TRANSLATE_NOOP(
             "mcfund::Cli",
             "Assign reviewers to a round's applications, list assignments, declare a conflict"),
         &ReviewCommands::review},
        {QStringLiteral("audit"),
         QT_TRANSLATE_NOOP("mcfund::Cli", "Export the change log (who changed what, and when) to CSV"),
         &ReviewCommands::audit},
        {QStringLiteral("package"),
         QT_TRANSLATE_NOOP("mcfund::Cli", "Export an institution package, or merge one back"),
         &PackageCommand::run},
        {QStringLiteral("check"),
         QT_TRANSLATE_NOOP("mcfund::Cli", "Check a workspace file for damage, reading it only"),
         &CheckCommand::run},
        {QStringLiteral("copy"),
         QT_TRANSLATE_NOOP("mcfund::Cli", "Write a consistent copy of a workspace, safe while it is in use"),
         &CopyCommand::run},
        {QStringLiteral("server"),
         QT_TRANSLATE_NOOP("mcfund::Cli", "Set up a shared workspace on PostgreSQL and add its users"),
         &ServerCommand::run},
    };
}

QString Cli::subcommand(const QStringList& args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        static const QStringList takesValue = {QStringLiteral("--database"),   QStringLiteral("--lang"),
                                               QStringLiteral("-o"),           QStringLiteral("--output"),
                                               QStringLiteral("--screenshot"), QStringLiteral("--page"),
                                               QStringLiteral("--dialog")};
        if (takesValue.contains(a)) {
            ++i; // skip the option's value
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return a;
    }
    return QString();
}

bool Cli::isWorkspaceArgument(const QString& argument)
{
    if (Server::isLocation(argument))
        return true;
    static const QStringList suffixes = {QStringLiteral("mcfund"), QStringLiteral("mcfpkg"),
                                         QStringLiteral("sqlite"), QStringLiteral("sqlite3"),
                                         QStringLiteral("db")};
    const QFileInfo info(argument);
    return suffixes.contains(info.suffix(), Qt::CaseInsensitive) || info.isFile();
}

bool Cli::languageFrom(const QStringList& args, QString* language, QString* error)
{
    for (int i = 1; i < args.size(); ++i) {
        QString value;
        if (args.at(i) == QLatin1String("--lang")) {
            if (i + 1 >= args.size()) {
                *error = tr("--lang needs a value: en or fr.");
                return false;
            }
            value = args.at(i + 1);
        } else if (args.at(i).startsWith(QLatin1String("--lang="))) {
            value = args.at(i).mid(7);
        } else {
            continue;
        }
        if (value != QLatin1String("en") && value != QLatin1String("fr")) {
            *error = tr("--lang must be en or fr, not “%1”.").arg(value);
            return false;
        }
        *language = value;
        return true;
    }
    *language = QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    return true;
}

QString Cli::tagline()
{
    return tr("administer Ontario's Micro-credentials Challenge Fund");
}

QList<Cli::Entry> Cli::usages()
{
    return {
        {QStringLiteral("mcfund [--database FILE|URI] [--lang en|fr]"),
         tr("open the window on a workspace (the default one if none is given)")},
        {QStringLiteral("mcfund FILE.mcfund|FILE.mcfpkg|URI"),
         tr("open that workspace or institution package; when a window is already open, it opens there")},
        {QStringLiteral("mcfund COMMAND [options]"),
         tr("run a command with no display; mcfund COMMAND --help lists its options")},
    };
}

QList<Cli::Entry> Cli::globalOptions()
{
    return {
        {QStringLiteral("--database FILE"),
         tr("the workspace (an SQLite file); a new one is created from the official data if FILE does not "
            "exist")},
        {QStringLiteral("--database URI"),
         tr("a shared workspace on PostgreSQL: postgresql://user@host:port/database (?host=/socket/folder, "
            "?sslmode=require); PGHOST, PGUSER, PGPASSWORD, PGSERVICE and ~/.pgpass apply")},
        {QStringLiteral("--lang en|fr"), tr("the language of the output (default: the system's)")},
        {QStringLiteral("--help"), tr("this help; mcfund COMMAND --help, the options of a command")},
        {QStringLiteral("--version"), tr("the version of mcfund")},
    };
}

QString Cli::help(const QList<Command>& commands)
{
    QString text = tr("mcfund %1 — %2.").arg(QStringLiteral(MCFUND_VERSION), tagline()) +
                   QStringLiteral("\n\n") + tr("Usage:") + QLatin1Char('\n');
    for (const Entry& usage : usages())
        text += QStringLiteral("  %1\n      %2\n").arg(usage.term, usage.text);
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Command& c : commands)
        text += QStringLiteral("  %1%2\n")
                    .arg(c.name, -12)
                    .arg(QCoreApplication::translate("mcfund::Cli", c.summary));
    text += QLatin1Char('\n') + tr("Options everywhere:") + QLatin1Char('\n');
    for (const Entry& option : globalOptions())
        text += QStringLiteral("  %1%2\n").arg(option.term, -17).arg(option.text);
    return text;
}

void Cli::addCommonOptions(QCommandLineParser& parser)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"),
                      tr("The workspace file (created from the official data when it does not exist), or a "
                         "shared workspace's address, postgresql://user@host:port/database."),
                      tr("FILE|URI")});
    parser.addOption(
        {QStringLiteral("lang"), tr("Language of the output: en or fr."), QStringLiteral("en|fr")});
}

int Cli::parse(QCommandLineParser& parser, CommandContext& ctx, int operands)
{
    QStringList args = ctx.arguments;
    // Drop the subcommand itself so that the parser sees only options and operands.
    const QString name = subcommand(args);
    args.removeAt(args.indexOf(name));
    if (!parser.parse(args)) {
        ctx.err << tr("mcfund %1: %2").arg(name, parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return 0;
    }
    const QStringList extra = parser.positionalArguments().mid(operands);
    if (!extra.isEmpty()) {
        const QString& first = extra.constFirst();
        ctx.err << (isWorkspaceArgument(first)
                        ? tr("mcfund %1: unexpected argument “%2”; to name the workspace, write --database "
                             "%2.")
                              .arg(name, first)
                        : tr("mcfund %1: unexpected argument “%2” (see mcfund %1 --help).").arg(name, first))
                << Qt::endl;
        return 2;
    }
    return -1;
}

QString Cli::databasePath(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                    : Database::defaultPath();
}

int Cli::run(const QStringList& args, const QList<Command>& commands, QTextStream& out, QTextStream& err)
{
    QString language, error;
    if (!languageFrom(args, &language, &error)) {
        err << tr("mcfund: %1").arg(error) << Qt::endl;
        return 2;
    }
    const QString name = subcommand(args);
    if (name.isEmpty()) {
        if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
            out << QStringLiteral("mcfund %1\n").arg(QStringLiteral(MCFUND_VERSION));
            return 0;
        }
        out << help(commands);
        return 0;
    }
    for (const Command& c : commands) {
        if (c.name == name) {
            CommandContext ctx{
                args, out, err, language,
                QLocale(language == QLatin1String("fr") ? QStringLiteral("fr_CA") : QStringLiteral("en_CA"))};
            // A workspace from an older mcfund is copied before it is updated: seconds on a large file.
            Database::setUpgradeNotice([&err](const QString& path, const QString& backup) {
                err << tr("mcfund: updating “%1” for this version of mcfund; a copy of it as it was goes to "
                          "“%2”.")
                           .arg(path, backup)
                    << Qt::endl;
            });
            const int code = c.run(ctx);
            Database::setUpgradeNotice({});
            out.flush();
            err.flush();
            return code;
        }
    }
    err << tr("mcfund: unknown command “%1”. Run mcfund --help for the list.").arg(name) << Qt::endl;
    return 2;
}

} // namespace mcfund
