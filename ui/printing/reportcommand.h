#pragma once

#include "cli/command.h"

namespace mcfund {

/** mcfund report --type round|institution|sector --round N [--institution NAME|ID] [--sector CODE] -o
 * FILE.pdf */
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::ReportCommand)
public:
    static int run(CommandContext& ctx);
};

} // namespace mcfund
