#pragma once

#include "command.h"

namespace mcfund {

/** mcfund ranking --round N [--format text|csv] and mcfund audit [--round N] [--user NAME] [--since DATE] -o
 * FILE.csv */
class ReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::ReviewCommands)
public:
    static int ranking(CommandContext& ctx);
    static int audit(CommandContext& ctx);
    /**
     * mcfund review assign --round N --per-application K [--reviewers a,b,c]
     * mcfund review assignments --round N [--format text|csv]
     * mcfund review conflict --project ID --reason TEXT [--reviewer NAME]
     */
    static int review(CommandContext& ctx);
};

} // namespace mcfund
