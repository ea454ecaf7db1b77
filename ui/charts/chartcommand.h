#pragma once

#include "cli/command.h"

namespace mcfund {

/** mcfund chart --by sector --measure approved [--round N] -o FILE.png|FILE.svg */
class ChartCommand
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::ChartCommand)
public:
    static int run(CommandContext& ctx);
};

} // namespace mcfund
