#include "uicommands.h"

namespace mcfund {

QList<Command> UiCommands::commands()
{
    return {};
}

bool UiCommands::needsGui(const QString& command)
{
    for (const Command& c : commands())
        if (c.name == command)
            return true;
    return false;
}

} // namespace mcfund
