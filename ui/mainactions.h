#pragma once

#include <QHash>
#include <QObject>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoStack;

namespace mcfund {

/**
 * The main window's actions, registered once by id (as Tiled's ActionManager does), with their shortcuts,
 * icons and texts in the current language, and the menus and toolbar built from them. The window connects
 * an id to what it does and says what state it is in; which action is then enabled, and why not, is
 * decided here.
 */
class MainActions : public QObject
{
    Q_OBJECT
public:
    enum class Id
    {
        NewWorkspace,
        Open,
        Connect,
        SaveCopy,
        Close,
        PrintPreview,
        Print,
        ExportPdf,
        Import,
        ExportTable,
        ExportWorkspace,
        ExportRegistry,
        ExportPackage,
        MergePackage,
        Quit,
        Undo,
        Redo,
        Copy,
        Paste,
        AddRow,
        Duplicate,
        Delete,
        Find,
        Dashboard,
        Reviews,
        About,
        English,
        French,
    };

    /** What the window is showing, for enabling the actions. */
    struct State
    {
        bool open = false;      ///< a workspace is open
        bool tablePage = false; ///< a table page is in front
        bool package = false;   ///< the workspace is an institution package
        bool writable = false;  ///< the workspace can be changed
        bool reviews = false;   ///< the Reviews page exists
        bool server = false;    ///< a shared workspace
        bool ministry = false;  ///< on a shared workspace: the person is an owner, admin or officer
        bool reviewer = false;  ///< on a shared workspace: the person is a reviewer
        QString refusal;        ///< why the person's role may not change the page in front, or ""
        QUndoStack* undo = nullptr;
    };

    /** Creates the actions, menus and toolbar of \a window, with View ▸ one entry for each of \a pages. */
    MainActions(QMainWindow* window, int pages);

    QAction* get(Id id) const { return m_actions.value(id); }
    /** View ▸ the table page \a i (Ctrl+1…). */
    QAction* page(int i) const { return m_pages.value(i); }
    QMenu* viewMenu() const { return m_view; }
    QToolBar* toolbar() const { return m_toolbar; }
    /** Runs \a handler when \a id is triggered. */
    void on(Id id, const std::function<void()>& handler);

    /** The texts of the actions and menus in the current language; \a pageNames for View's pages. */
    void retranslate(const QStringList& pageNames);
    void update(const State& state);

signals:
    /** File ▸ Open Recent ▸ a workspace. */
    void openRecent(const QString& path);

private:
    QAction* make(Id id, const QKeySequence& key, int icon);
    void fillRecentMenu();

    QMainWindow* m_window;
    QHash<Id, QAction*> m_actions;
    QList<QAction*> m_pages;
    QMenu* m_file = nullptr;
    QMenu* m_recent = nullptr;
    QMenu* m_edit = nullptr;
    QMenu* m_view = nullptr;
    QMenu* m_language = nullptr;
    QMenu* m_help = nullptr;
    QToolBar* m_toolbar = nullptr;
};

} // namespace mcfund
