#pragma once

#include "command.h"

namespace mcfund {

/** mcfund generate --projects N --credentials M --seed S -o FILE */
class GenerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::GenerateCommand)
public:
    static int run(CommandContext& ctx);
};

} // namespace mcfund
