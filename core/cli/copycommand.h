#pragma once

#include "command.h"

namespace mcfund {

/**
 * mcfund copy --database SOURCE -o FILE [--force]: a consistent copy of a workspace, made with SQLite's
 * online backup API (safe while the workspace is in use) into a temporary file beside FILE, checked, and
 * only then renamed to FILE: a copy that is interrupted never leaves half a workspace under that name.
 */
class CopyCommand
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::CopyCommand)
public:
    static int run(CommandContext& ctx);
    /** Copies the workspace \a source to \a target as described above; \a force replaces an existing \a
     * target. */
    static bool copy(const QString& source, const QString& target, bool force, QString* error);
};

} // namespace mcfund
