#pragma once

#include "cli/command.h"

namespace mcfund {

/** Headless commands that draw (charts, reports) and so need Qt Gui; main() adds them to core's. */
class UiCommands
{
public:
    static QList<Command> commands();
    /** True when \a command renders pictures or pages and needs a (offscreen) QGuiApplication. */
    static bool needsGui(const QString& command);
};

} // namespace mcfund
