#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTextStream>

#include <functional>

class QCommandLineParser;

namespace mcfund {

/** What a headless subcommand gets: its own arguments, output streams and the chosen language. */
struct CommandContext
{
    QStringList arguments; ///< "mcfund" "stats" "--json" …: the program name, the command and its options
    QTextStream& out;
    QTextStream& err;
    QString language; ///< "en" or "fr"
    QLocale locale;   ///< en_CA or fr_CA
};

/** A subcommand of the mcfund executable that runs with no display. */
struct Command
{
    QString name;
    const char* summary; ///< untranslated, context mcfund::Cli
    std::function<int(CommandContext&)> run;
};

/** The command line: global options, language, and dispatch to subcommands. */
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::Cli)
public:
    /** The commands core provides (stats, generate); the app adds the ones that draw. */
    static QList<Command> coreCommands();
    /** Returns the subcommand named in \a args (first argument not starting with '-'), or "". */
    static QString subcommand(const QStringList& args);
    /**
     * Whether \a argument, given where a command name would be, is a workspace to open in the window rather
     * than an unknown command: a shared workspace's address (postgresql://…), a name ending in .mcfund,
     * .mcfpkg, .sqlite, .sqlite3 or .db, or an existing file. What a file manager passes (mcfund FILE).
     */
    static bool isWorkspaceArgument(const QString& argument);
    /** --lang en|fr if given (validated), else from the system locale. */
    static bool languageFrom(const QStringList& args, QString* language, QString* error);
    /** Runs \a args against \a commands; prints help, version or an error; returns the exit code. */
    static int run(const QStringList& args, const QList<Command>& commands, QTextStream& out,
                   QTextStream& err);
    /** The help text listing \a commands. */
    static QString help(const QList<Command>& commands);
    /** A term (a usage, an option) and what it does, for the help text and the manual page alike. */
    struct Entry
    {
        QString term, text;
    };
    /** What mcfund is, in a few words (translated). */
    static QString tagline();
    /** The ways to start mcfund. */
    static QList<Entry> usages();
    /** The options every command takes. */
    static QList<Entry> globalOptions();

    /** Adds --database and --lang to a parser, with their help text. */
    static void addCommonOptions(QCommandLineParser& parser);
    /**
     * Parses the command's options. Returns -1 to go on; otherwise the exit code to return at once
     * (0 after printing --help, 2 after printing a parse error that names the command). More than
     * \a operands arguments that are not options is such an error: `mcfund stats FILE` must not answer
     * for the default workspace as if FILE had been read.
     */
    static int parse(QCommandLineParser& parser, CommandContext& ctx, int operands = 0);
    /** The workspace path given by --database, or the default workspace. */
    static QString databasePath(const QCommandLineParser& parser);
};

} // namespace mcfund
