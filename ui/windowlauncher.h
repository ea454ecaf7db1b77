#pragma once

#include <QCoreApplication>
#include <QStringList>

class QDialog;

namespace mcfund {

class MainWindow;

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

private:
    /** Opens the dialog \a name (--dialog) over \a window, not modal; nullptr when it cannot be made. */
    static QDialog* openDialog(MainWindow& window, const QString& name);
};

} // namespace mcfund
