// The mcfund executable: a headless subcommand, or the main window.
#include "cli/command.h"
#include "domain/translations.h"
#include "spreadsheetcommands.h"
#include "uicommands.h"
#include "windowlauncher.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setOrganizationName(QStringLiteral("mcfund"));
    QCoreApplication::setApplicationName(QStringLiteral("mcfund"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MCFUND_VERSION));

    const QString command = mcfund::Cli::subcommand(args);
    const bool headless = !command.isEmpty() || args.contains(QStringLiteral("--help")) ||
                          args.contains(QStringLiteral("-h")) || args.contains(QStringLiteral("--version"));
    if (headless) {
        // Commands that draw (charts, reports) render off screen: no display is needed or used.
        const bool draws = mcfund::UiCommands::needsGui(command);
        if (draws)
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app(draws ? new QApplication(argc, argv)
                                                    : new QCoreApplication(argc, argv));
        QString language, error;
        QTextStream out(stdout), err(stderr);
        if (!mcfund::Cli::languageFrom(args, &language, &error)) {
            err << error << Qt::endl;
            return 2;
        }
        mcfund::Translations::install(language);
        return mcfund::Cli::run(args,
                                mcfund::Cli::coreCommands() + mcfund::SpreadsheetCommands::commands() +
                                    mcfund::UiCommands::commands(),
                                out, err);
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/mcfund/icons/mcfund.svg")));
    return mcfund::WindowLauncher::run(args);
}
