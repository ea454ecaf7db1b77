#pragma once

#include "command.h"

namespace mcfund {

/** mcfund package export --institution NAME|ID [--round N] -o FILE.mcfpkg; mcfund package merge FILE
 * [--dry-run] [--prefer ministry|package] */
class PackageCommand
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::PackageCommand)
public:
    static int run(CommandContext& ctx);
};

} // namespace mcfund
