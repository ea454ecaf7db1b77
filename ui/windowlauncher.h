#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mcfund {

/**
 * mcfund with no command: the window's own command line (--database, --lang, --page, --screenshot), the
 * language, the workspace opened, and the event loop. Exit code 0 when the window closes, 1 when the
 * workspace cannot be opened, 2 for a bad command line.
 */
class WindowLauncher
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::WindowLauncher)
public:
    static int run(const QStringList& args);
};

} // namespace mcfund
