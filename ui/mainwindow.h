#pragma once

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
class TablePage;
class Workspace;

/**
 * The main window. It only wires: the navigation between pages, menus, toolbar, status bar and the
 * workspace's undo stack. Each page, dialog and model lives in its own file.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Opens \a path as the workspace (closing any other); false with a message in \a error. */
    bool openWorkspace(const QString& path, QString* error);
    void closeWorkspace();
    Workspace* workspace() const { return m_workspace; }
    TablePage* page(Entity entity) const;
    TablePage* currentPage() const;
    void showPage(Entity entity);
    DashboardPage* dashboard() const { return m_dashboard; }
    ReviewsPage* reviews() const { return m_reviews; }
    HistoryPanel* history() const { return m_history; }
    SaveFailureBar* saveFailureBar() const { return m_saveBar; }
    void showDashboard();
    void showReviews();

    /** Parses the window's command line (--database, --lang, --screenshot) and runs the event loop. */
    static int runApplication(const QStringList& args);

    /** Switches the whole running interface to "en" or "fr" and remembers the choice. */
    void setLanguage(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void updateTitle();
    void updateStatus();
    void updateActions();
    void activateShownPage();
    void updateRecentMenu();
    void showMessage(const QString& text);
    void updateHistoryRecord();
    void newWorkspace();
    void openDialog();
    void connectDialog(const QString& uri = QString());
    void saveCopy();
    void about();
    /** Asks which report (prefilled from the current page) and builds its content; false if cancelled. */
    bool prepareReport(Report* report, int* paper);
    void printPreview();
    void printReport();
    void exportPdf();
    void exportPackage();
    void mergePackage();
    void importFile();
    void exportTable();
    void exportWorkspace();
    void exportRegistry();

    Workspace* m_workspace = nullptr;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_empty = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QList<TablePage*> m_pages;
    DashboardPage* m_dashboard = nullptr;
    ReviewsPage* m_reviews = nullptr;
    HistoryPanel* m_history = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QAction* m_dashboardAction = nullptr;
    QAction* m_reviewsAction = nullptr;
    QLabel* m_count = nullptr;
    QToolButton* m_missing = nullptr;
    QMenu* m_languageMenu = nullptr;
    QAction* m_english = nullptr;
    QAction* m_french = nullptr;
    QToolBar* m_toolbar = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_connect = nullptr;
    QAction* m_saveCopy = nullptr;
    QAction* m_preview = nullptr;
    QAction* m_print = nullptr;
    QAction* m_exportPdf = nullptr;
    QAction* m_exportPackage = nullptr;
    QAction* m_import = nullptr;
    QAction* m_exportTable = nullptr;
    QAction* m_exportWorkspace = nullptr;
    QAction* m_exportRegistry = nullptr;
    QAction* m_mergePackage = nullptr;
    QLabel* m_banner = nullptr;
    SaveFailureBar* m_saveBar = nullptr;
    QAction* m_close = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_add = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_paste = nullptr;
    QAction* m_find = nullptr;
    QAction* m_about = nullptr;
    QList<QAction*> m_pageActions;
};

} // namespace mcfund
