#include "uicommands.h"

#include "charts/chartcommand.h"
#include "printing/reportcommand.h"

namespace mcfund {

QList<Command> UiCommands::commands()
{
    return {
        {QStringLiteral("chart"),
         QT_TRANSLATE_NOOP("mcfund::Cli",
                           "Draw a chart of funding by sector, round or institution type to PNG or SVG"),
         &ChartCommand::run},
        {QStringLiteral("report"),
         QT_TRANSLATE_NOOP("mcfund::Cli", "Write a round, institution or sector report to PDF"),
         &ReportCommand::run},
    };
}

bool UiCommands::needsGui(const QString& command)
{
    for (const Command& c : commands())
        if (c.name == command)
            return true;
    return false;
}

} // namespace mcfund
