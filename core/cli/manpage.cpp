#include "manpage.h"
#include "version.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace mcfund {

namespace {

/** What `mcfund NAME --help` prints. */
QString helpOf(const Command& command, const QString& language)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    CommandContext ctx{
        {QStringLiteral("mcfund"), command.name, QStringLiteral("--help")},
        o,
        e,
        language,
        QLocale(language == QLatin1String("fr") ? QStringLiteral("fr_CA") : QStringLiteral("en_CA"))};
    command.run(ctx);
    o.flush();
    return out;
}

/** A term in bold with its options' hyphens kept as hyphens, and its values (<FILE>, FILE) in italics. */
QString term(const QString& text)
{
    QString roff;
    static const QRegularExpression parts(QStringLiteral("(<[^>]+>|[A-Z][A-Z|_.]+)"));
    int at = 0;
    for (auto it = parts.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        roff += QStringLiteral("\\fB") + ManPage::escape(text.mid(at, m.capturedStart() - at)) +
                QStringLiteral("\\fI") + ManPage::escape(m.captured()) + QStringLiteral("\\fR");
        at = m.capturedEnd();
    }
    if (at < text.size())
        roff += QStringLiteral("\\fB") + ManPage::escape(text.mid(at)) + QStringLiteral("\\fR");
    return roff;
}

/**
 * One command's help, as QCommandLineParser prints it (a usage line, a description, then headed lists of
 * options and arguments, each a term, two spaces or more and its text, continued on indented lines), set
 * as man paragraphs.
 */
QString commandSection(const Command& command, const QString& help)
{
    QString roff = QStringLiteral(".SS %1\n").arg(ManPage::escape(command.name));
    const QStringList lines = help.split(QLatin1Char('\n'));
    static const QRegularExpression item(QStringLiteral("^  (\\S.*?)(?: {2,}(\\S.*))?$"));
    bool inList = false, paragraph = false;
    QString usage;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed().isEmpty() ? QString() : lines.at(i);
        if (i == 0) {
            // "Usage: /path/to/mcfund [options] file": the program's path becomes the command.
            const int options = line.indexOf(QLatin1String("[options]"));
            usage = QStringLiteral("mcfund ") + command.name +
                    (options >= 0 ? QLatin1Char(' ') + line.mid(options) : QString());
            roff += QStringLiteral(".PP\n") + term(usage) + QLatin1Char('\n');
            continue;
        }
        if (line.isEmpty()) {
            paragraph = false;
            continue;
        }
        if (!line.startsWith(QLatin1Char(' '))) {
            if (line.trimmed().endsWith(QLatin1Char(':')) && !inList &&
                (i + 1 < lines.size() && lines.at(i + 1).startsWith(QLatin1String("  ")))) {
                inList = true;
                roff += QStringLiteral(".PP\n") + ManPage::escape(line.trimmed()) + QLatin1Char('\n');
                continue;
            }
            if (line.trimmed().endsWith(QLatin1Char(':')) && inList) {
                roff += QStringLiteral(".PP\n") + ManPage::escape(line.trimmed()) + QLatin1Char('\n');
                continue;
            }
            if (!paragraph)
                roff += QStringLiteral(".PP\n");
            paragraph = true;
            roff += ManPage::escape(line.trimmed()) + QLatin1Char('\n');
            continue;
        }
        const auto m = item.match(line);
        if (m.hasMatch() && !line.startsWith(QLatin1String("   "))) {
            roff += QStringLiteral(".TP\n") + term(m.captured(1)) + QLatin1Char('\n');
            if (!m.captured(2).isEmpty())
                roff += ManPage::escape(m.captured(2)) + QLatin1Char('\n');
        } else {
            roff += ManPage::escape(line.trimmed()) + QLatin1Char('\n');
        }
    }
    return roff;
}

} // namespace

QString ManPage::escape(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\e");
        else if (c == QLatin1Char('-'))
            out += QStringLiteral("\\-");
        else
            out += c;
    }
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QStringLiteral("\\&"));
    return out;
}

QString ManPage::render(const QList<Command>& commands, const QString& language, const QString& date)
{
    const auto heading = [](const QString& title) -> QString {
        return QStringLiteral(".SH ") + escape(title.toUpper()) + QLatin1Char('\n');
    };
    const auto para = [](const QString& text) -> QString {
        return QStringLiteral(".PP\n") + escape(text) + QLatin1Char('\n');
    };
    const auto tp = [](const QString& t, const QString& text) -> QString {
        return QStringLiteral(".TP\n") + term(t) + QLatin1Char('\n') + escape(text) + QLatin1Char('\n');
    };
    QString roff =
        QStringLiteral(".\\\" The manual page of mcfund, written by `mcfund --man-page --lang %1`.\n")
            .arg(language);
    roff += QStringLiteral(".TH MCFUND 1 \"%1\" \"mcfund %2\" \"%3\"\n")
                .arg(date, QStringLiteral(MCFUND_VERSION), tr("User Commands"));
    roff += heading(tr("Name")) + QStringLiteral("mcfund \\- ") + escape(Cli::tagline()) + QLatin1Char('\n');
    roff += heading(tr("Synopsis"));
    for (const Cli::Entry& usage : Cli::usages())
        roff += QStringLiteral(".PP\n") + term(usage.term) + QLatin1Char('\n');
    roff += heading(tr("Description"));
    roff += para(tr("mcfund keeps the rounds, institutions, projects and micro-credentials of Ontario's "
                    "Micro-credentials Challenge Fund. Ministry staff review the applications of a round, "
                    "several people at once, decide funding within the round's envelope and print summary "
                    "reports in English or French; institution coordinators keep their institution's "
                    "projects and micro-credentials up to date in a package, offline, and send it back."));
    roff += para(tr("Started without a command, mcfund opens its window. A workspace is an SQLite file for "
                    "one person, or a shared workspace on PostgreSQL where each person connects under their "
                    "own database role."));
    for (const Cli::Entry& usage : Cli::usages())
        roff += tp(usage.term, usage.text);
    roff += heading(tr("Commands"));
    roff += para(tr("Each command runs with no display and prints to the standard output; mcfund COMMAND "
                    "--help prints what follows for that command."));
    for (const Command& c : commands) {
        roff += commandSection(c, helpOf(c, language));
    }
    roff += heading(tr("Options"));
    roff += para(tr("Every command, and the window, takes these options:"));
    for (const Cli::Entry& option : Cli::globalOptions())
        roff += tp(option.term, option.text);
    roff += heading(tr("Exit status"));
    roff += tp(QStringLiteral("0"), tr("Done: every row written or unchanged, the check passed."));
    roff += tp(QStringLiteral("1"), tr("Nothing was written: rows were refused, a check found damage, the "
                                       "workspace could not be opened or written."));
    roff += tp(QStringLiteral("2"), tr("Bad arguments, or a file that cannot be read; nothing was done."));
    roff += tp(QStringLiteral("3"), tr("Partly done: some rows were written and others refused (import), or "
                                       "conflicts were left for a person to settle (package merge)."));
    roff += heading(tr("Files"));
    roff += tp(QStringLiteral("~/.local/share/mcfund/mcfund/workspace.mcfund"),
               tr("the default workspace, created from the official data the first time"));
    roff += tp(QStringLiteral("~/.config/mcfund/mcfund.conf"),
               tr("settings: language, recent workspaces and connections (never a password)"));
    roff += tp(QStringLiteral("~/.cache/mcfund/integrity-checked.tsv"),
               tr("which workspace files were found sound, so that they are not read whole again"));
    roff += heading(tr("Environment"));
    roff += tp(QStringLiteral("PGHOST, PGPORT, PGUSER, PGPASSWORD, PGSERVICE, PGSSLMODE"),
               tr("how to reach a shared workspace on PostgreSQL when its address leaves them out; "
                  "~/.pgpass holds passwords"));
    roff += tp(QStringLiteral("LANG, LC_ALL, LC_MESSAGES"),
               tr("the language when --lang is not given: French for a French locale, else English"));
    roff += heading(tr("See also"));
    roff += QStringLiteral(".BR psql (1),\n.BR sqlite3 (1)\n");
    return roff;
}

} // namespace mcfund
