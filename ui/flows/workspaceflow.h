#pragma once

#include <QCoreApplication>
#include <QString>

namespace mcfund {

class WindowContext;

/** File ▸ New, Open, Connect to Shared Workspace and Save a Copy; Help ▸ About. */
class WorkspaceFlow
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::WorkspaceFlow)
public:
    static void newWorkspace(WindowContext& window);
    static void openDialog(WindowContext& window);
    /** Asks for a shared workspace's address and password (\a uri prefilled) and opens it. */
    static void connectDialog(WindowContext& window, const QString& uri = QString());
    /** Writes a copy of the open workspace, with any edit the file could not take. */
    static void saveCopy(WindowContext& window);
    static void about(WindowContext& window);
};

} // namespace mcfund
