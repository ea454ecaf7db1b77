#pragma once

#include "command.h"

#include "query/workspacestats.h"

namespace mcfund {

/** mcfund stats [--json]: counts and amounts by round, sector and institution type. */
class StatsCommand
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::StatsCommand)
public:
    static int run(CommandContext& ctx);
    static QString toText(const WorkspaceStats& s, const QString& path, const QString& language,
                          const QLocale& locale);
    static QByteArray toJson(const WorkspaceStats& s);
};

} // namespace mcfund
