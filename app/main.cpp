// The mcfund executable: a headless subcommand, or the main window.
#include "cli/command.h"
#include "cli/manpage.h"
#include "domain/translations.h"
#include "spreadsheetcommands.h"
#include "storage/database.h"
#include "uicommands.h"
#include "version.h"
#include "windowlauncher.h"

#include <QApplication>
#include <QFontDatabase>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <thread>

namespace {

QtMessageHandler previousHandler = nullptr;

// A drawing command run outside a desktop session (from cron, or a server's shell) has no XDG_RUNTIME_DIR,
// and Qt says so on stderr as off-screen drawing starts, though nothing of the command lives there. A
// script reads the command's errors on stderr: that notice is left out; every other message passes on.
void withoutRuntimeDirNotice(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    mcfund::Database::configureLibrary();
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setOrganizationName(QStringLiteral("mcfund"));
    QCoreApplication::setApplicationName(QStringLiteral("mcfund"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MCFUND_VERSION));

    const QString command = mcfund::Cli::subcommand(args);
    const QList<mcfund::Command> commands = mcfund::Cli::coreCommands() +
                                            mcfund::SpreadsheetCommands::commands() +
                                            mcfund::UiCommands::commands();
    const bool isCommand = std::any_of(commands.begin(), commands.end(),
                                       [&command](const mcfund::Command& c) { return c.name == command; });
    // mcfund FILE (what a file manager runs) opens the file in the window; an unknown word is an error.
    const bool opensFile = !command.isEmpty() && !isCommand && mcfund::Cli::isWorkspaceArgument(command);
    const bool manPage = args.contains(QStringLiteral("--man-page"));
    const bool headless = (!command.isEmpty() && !opensFile) || manPage ||
                          args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")) ||
                          args.contains(QStringLiteral("--version"));
    if (headless) {
        // Commands that draw (charts, reports) render off screen: no display is needed or used.
        const bool draws = mcfund::UiCommands::needsGui(command);
        if (draws) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            previousHandler = qInstallMessageHandler(withoutRuntimeDirNotice);
        }
        std::unique_ptr<QCoreApplication> app(draws ? new QApplication(argc, argv)
                                                    : new QCoreApplication(argc, argv));
        // A drawing command reads the system's fonts (fontconfig's configuration and font list) on a
        // second thread while the first opens the workspace and runs its queries; QFontDatabase is
        // thread-safe, and the drawing waits for it if it gets there first. Joined before the
        // application goes, whatever the command returns.
        struct Joined
        {
            std::thread thread;
            ~Joined()
            {
                if (thread.joinable())
                    thread.join();
            }
        } fonts;
        if (draws)
            fonts.thread = std::thread([] { QFontDatabase::families(); });
        QString language, error;
        QTextStream out(stdout), err(stderr);
        if (!mcfund::Cli::languageFrom(args, &language, &error)) {
            err << error << Qt::endl;
            return 2;
        }
        mcfund::Translations::install(language);
        if (manPage) {
            // The build writes the installed manual pages with this (not listed in --help: not for people).
            out << mcfund::ManPage::render(commands, language, QStringLiteral(MCFUND_RELEASE_DATE));
            return 0;
        }
        return mcfund::Cli::run(args, commands, out, err);
    }

    QApplication app(argc, argv);
    // The installed theme's icon when there is one; the drawing built in otherwise. The desktop file's
    // name ties the windows to the menu entry (Wayland's app_id, the taskbar's grouping).
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("ca.on.mcfund"), QIcon(QStringLiteral(":/mcfund/icons/mcfund.svg"))));
    QGuiApplication::setDesktopFileName(QStringLiteral("ca.on.mcfund"));
    return mcfund::WindowLauncher::run(args);
}
