#pragma once

#include "command.h"

namespace mcfund {

/**
 * mcfund server init|add-user: sets up a shared workspace on PostgreSQL and the people who use it.
 *   server init --database URI [--from FILE | --empty]
 *   server add-user NAME --role admin|officer|reviewer|coordinator [--institution NAME|ID]
 *                   [--password-file FILE] --database URI
 */
class ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::ServerCommand)
public:
    static int run(CommandContext& ctx);
};

} // namespace mcfund
