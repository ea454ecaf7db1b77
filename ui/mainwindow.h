#pragma once

#include "flows/windowcontext.h"

#include "domain/entityschema.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace mcfund {

struct Report;
class DashboardPage;
class HistoryPanel;
class ReviewsPage;
class SaveFailureBar;
class MainActions;
class PageStack;
class TablePage;
class Workspace;

/**
 * The main window. It only wires: the navigation between pages, the actions (MainActions, by id) to the
 * flows that do the work (ui/flows: workspaces, reports, imports and exports, packages), the status bar and
 * the workspace's undo stack. Each page, dialog, flow and model lives in a file of its own; the window's
 * command line is WindowLauncher's.
 */
class MainWindow : public QMainWindow, public WindowContext
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Opens \a path as the workspace (closing any other); false with a message in \a error. */
    bool openWorkspace(const QString& path, QString* error) override;
    void closeWorkspace() override;
    Workspace* workspace() const override { return m_workspace; }
    TablePage* page(Entity entity) const override;
    TablePage* currentPage() const override;
    QWidget* dialogParent() override { return this; }
    FilterSpec dashboardFilter() const override;
    void showMessage(const QString& text) override;
    MainActions* actions() const { return m_actions; }
    void showPage(Entity entity);
    DashboardPage* dashboard() const;
    ReviewsPage* reviews() const;
    HistoryPanel* history() const { return m_history; }
    SaveFailureBar* saveFailureBar() const { return m_saveBar; }
    void showDashboard();
    void showReviews();

    /** Switches the whole running interface to "en" or "fr" and remembers the choice. */
    void setLanguage(const QString& language);
    /**
     * Another start of mcfund asked for \a target (a file, or a shared workspace's address): the window comes
     * forward and opens it, unless it is the one open. While a dialog is open the request waits for it to
     * close; a target that cannot be opened is said so, and the open workspace stays.
     */
    void openRequested(const QString& target);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void retranslate();
    void updateTitle();
    void updateStatus();
    void updateActions();
    void updateHistoryRecord();

    Workspace* m_workspace = nullptr;
    PageStack* m_pages = nullptr;
    HistoryPanel* m_history = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QLabel* m_count = nullptr;
    QToolButton* m_missing = nullptr;
    MainActions* m_actions = nullptr;
    QLabel* m_banner = nullptr;
    SaveFailureBar* m_saveBar = nullptr;
};

} // namespace mcfund
