#pragma once

#include <QCoreApplication>
#include <QString>

namespace mcfund {

class WindowContext;
class Workspace;

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
    /**
     * Another start of mcfund asked for \a target (a file, or a shared workspace's address): the window
     * comes forward and opens it, unless it is the one open. While a dialog is open the request waits for
     * it to close (the last request wins); a target that cannot be opened is said so, and the open
     * workspace stays.
     */
    static void openRequested(WindowContext& window, const QString& target);
    /**
     * What comes before the window opens \a path, on a thread of its own while the window keeps painting:
     * a workspace file of an older schema is copied and migrated (with progress and Cancel), and a shared
     * workspace is reached over the network for the first time (up to the connection's timeout). False,
     * with \a error, when the workspace is not to be opened.
     */
    static bool prepareToOpen(WindowContext& window, const QString& path, QString* error);

    /**
     * For the workspace just opened: what to ask the person when someone else saved the same field first
     * (what it was, theirs and mine side by side) or deleted the record being edited (put it back?).
     */
    static void askAboutOthersChanges(WindowContext& window);
    /**
     * Reads the workspace just opened whole, on its own connection and thread, unless it is stamped sound
     * as it is; a damaged file is closed with a message.
     */
    static void checkInBackground(WindowContext& window);
    /** The window's title: the workspace, what it holds, and on a shared one who is working as what. */
    static QString title(const Workspace* workspace);
};

} // namespace mcfund
