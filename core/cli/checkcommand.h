#pragma once

#include "command.h"

namespace mcfund {

/**
 * mcfund check [--full]: whether a workspace file is sound, read only. Exit 0 when it is, 1 when it is
 * damaged or not an mcfund workspace (the message says which and where), 2 for a bad command line or a
 * file that does not exist.
 */
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::CheckCommand)
public:
    static int run(CommandContext& ctx);
};

} // namespace mcfund
