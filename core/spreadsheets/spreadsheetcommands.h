#pragma once

#include "cli/command.h"

namespace mcfund {

/** mcfund import and mcfund export: spreadsheets and registry formats, with no display. */
class SpreadsheetCommands
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::SpreadsheetCommands)
public:
    static QList<Command> commands();
    static int import(CommandContext& ctx);
    static int exportData(CommandContext& ctx);
    /** What mcfund import's exit codes mean, for --help and scripts. */
    static QString exitCodes();
};

} // namespace mcfund
