#include "mainwindow.h"

#include "backgroundtask.h"

#include "dialogs/conflictdialog.h"
#include "dialogs/connectdialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/mergedialog.h"
#include "dialogs/newworkspacedialog.h"
#include "dialogs/reportdialog.h"
#include "exporter.h"
#include "packages/institutionpackage.h"
#include "pages/dashboardpage.h"
#include "pages/historypanel.h"
#include "pages/reviewspage.h"
#include "pages/tablepage.h"
#include "printing/reportprinter.h"
#include "registryexport.h"
#include "reports/reportbuilder.h"
#include "savefailurebar.h"
#include "settings.h"
#include "tables/filterbar.h"
#include "tables/tablecolumns.h"
#include "tables/tablemodel.h"
#include "threadpriority.h"
#include "workspace.h"

#include "domain/translations.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <cstdio>

namespace mcfund {

namespace {
const QList<Entity>& pageEntities()
{
    static const QList<Entity> e = {Entity::Round, Entity::Institution, Entity::Project, Entity::Credential,
                                    Entity::Partner};
    return e;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(190);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    m_nav->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 8px; }"));
    layout->addWidget(m_nav);
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    // Coordinator mode says so in words at the top of every page, not by colour alone.
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("coordinatorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(
        QStringLiteral("background: #fff4ce; color: #3d2f00; border-bottom: 1px solid #c9a227;"));
    m_banner->hide();
    right->addWidget(m_banner);
    // A change the workspace file could not take (full disk, read-only, locked): Retry, Save a Copy…,
    // Discard.
    m_saveBar = new SaveFailureBar(central);
    right->addWidget(m_saveBar);
    connect(m_saveBar, &SaveFailureBar::message, this, [this](const QString& text) { showMessage(text); });
    connect(m_saveBar, &SaveFailureBar::openCopy, this, [this](const QString& path) {
        QString error;
        if (!openWorkspace(path, &error))
            QMessageBox::warning(this, tr("Cannot open the workspace"), error);
    });
    m_stack = new QStackedWidget(central);
    right->addWidget(m_stack, 1);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    m_empty = new QWidget(m_stack);
    auto* emptyLayout = new QVBoxLayout(m_empty);
    m_emptyLabel = new QLabel(m_empty);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addStretch(1);
    m_stack->addWidget(m_empty);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_missing = new QToolButton(this);
    m_missing->setObjectName(QStringLiteral("missingTranslations"));
    m_missing->setAutoRaise(true);
    m_missing->setAccessibleName(tr("Rows without a translation"));
    connect(m_missing, &QToolButton::clicked, this, [this] {
        if (TablePage* p = currentPage())
            p->filterMissing();
    });
    statusBar()->addPermanentWidget(m_missing);
    statusBar()->addPermanentWidget(m_count);

    createActions();
    createMenus();
    // Row 0 is the dashboard, then one row per table page.
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == 0 && m_dashboard) {
            m_stack->setCurrentWidget(m_dashboard);
            Settings::setValue(Settings::LastPage, QStringLiteral("dashboard"));
        } else if (row >= 1 && row <= m_pages.size()) {
            m_stack->setCurrentWidget(m_pages.at(row - 1));
            Settings::setValue(Settings::LastPage, m_pages.at(row - 1)->key());
        } else if (row == m_pages.size() + 1 && m_reviews) {
            m_stack->setCurrentWidget(m_reviews);
            Settings::setValue(Settings::LastPage, QStringLiteral("reviews"));
        }
        activateShownPage();
        updateHistoryRecord();
        updateStatus();
        updateActions();
    });
    retranslate();
    const QByteArray geometry = Settings::value(Settings::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1360, 860);
    restoreState(Settings::value(Settings::WindowState).toByteArray());
    updateActions();
}

MainWindow::~MainWindow()
{
    closeWorkspace();
}

void MainWindow::createActions()
{
    auto make = [this](QAction** slot, QKeySequence key, QStyle::StandardPixmap icon, auto&& slotFn) {
        *slot = new QAction(this);
        if (!key.isEmpty())
            (*slot)->setShortcut(key);
        if (icon != QStyle::SP_CustomBase)
            (*slot)->setIcon(style()->standardIcon(icon));
        connect(*slot, &QAction::triggered, this, slotFn);
    };
    make(&m_new, QKeySequence(QStringLiteral("Ctrl+Shift+N")), QStyle::SP_FileIcon,
         [this] { newWorkspace(); });
    make(&m_open, QKeySequence::Open, QStyle::SP_DialogOpenButton, [this] { openDialog(); });
    make(&m_connect, QKeySequence(QStringLiteral("Ctrl+Shift+O")), QStyle::SP_DriveNetIcon,
         [this] { connectDialog(); });
    make(&m_saveCopy, QKeySequence(QStringLiteral("Ctrl+Shift+S")), QStyle::SP_DialogSaveButton,
         [this] { saveCopy(); });
    make(&m_close, QKeySequence::Close, QStyle::SP_CustomBase, [this] { closeWorkspace(); });
    make(&m_preview, QKeySequence(QStringLiteral("Ctrl+Shift+P")), QStyle::SP_FileDialogContentsView,
         [this] { printPreview(); });
    make(&m_print, QKeySequence::Print, QStyle::SP_CustomBase, [this] { printReport(); });
    make(&m_exportPdf, QKeySequence(QStringLiteral("Ctrl+E")), QStyle::SP_DialogSaveButton,
         [this] { exportPdf(); });
    make(&m_exportPackage, QKeySequence(), QStyle::SP_CustomBase, [this] { exportPackage(); });
    make(&m_import, QKeySequence(QStringLiteral("Ctrl+I")), QStyle::SP_ArrowDown, [this] { importFile(); });
    make(&m_exportTable, QKeySequence(QStringLiteral("Ctrl+Shift+E")), QStyle::SP_ArrowUp,
         [this] { exportTable(); });
    make(&m_exportWorkspace, QKeySequence(), QStyle::SP_CustomBase, [this] { exportWorkspace(); });
    make(&m_exportRegistry, QKeySequence(), QStyle::SP_CustomBase, [this] { exportRegistry(); });
    make(&m_mergePackage, QKeySequence(), QStyle::SP_CustomBase, [this] { mergePackage(); });
    make(&m_quit, QKeySequence::Quit, QStyle::SP_CustomBase, [this] { close(); });
    // The edit actions act on the page in front.
    const auto onPage = [this](void (TablePage::*action)()) {
        return [this, action] {
            if (TablePage* p = currentPage())
                (p->*action)();
        };
    };
    make(&m_add, QKeySequence::New, QStyle::SP_FileDialogNewFolder, onPage(&TablePage::addRow));
    make(&m_duplicate, QKeySequence(QStringLiteral("Ctrl+D")), QStyle::SP_FileDialogDetailedView,
         onPage(&TablePage::duplicateRows));
    make(&m_delete, QKeySequence::Delete, QStyle::SP_TrashIcon, onPage(&TablePage::deleteRows));
    make(&m_copy, QKeySequence::Copy, QStyle::SP_CustomBase, onPage(&TablePage::copySelection));
    make(&m_paste, QKeySequence::Paste, QStyle::SP_CustomBase, onPage(&TablePage::paste));
    make(&m_find, QKeySequence::Find, QStyle::SP_FileDialogContentsView, onPage(&TablePage::focusSearch));
    make(&m_about, QKeySequence(), QStyle::SP_MessageBoxInformation, [this] { about(); });
    m_undo = new QAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redo = new QAction(this);
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(QStringLiteral("Ctrl+Shift+Z"))});
    m_redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->undoStack()->redo();
    });
    m_dashboardAction = new QAction(this);
    m_dashboardAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+0")));
    connect(m_dashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);
    m_reviewsAction = new QAction(this);
    m_reviewsAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+6")));
    connect(m_reviewsAction, &QAction::triggered, this, &MainWindow::showReviews);
    for (int i = 0; i < pageEntities().size(); ++i) {
        auto* a = new QAction(this);
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        connect(a, &QAction::triggered, this, [this, i] { m_nav->setCurrentRow(i + 1); });
        m_pageActions << a;
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_fileMenu->addAction(m_connect);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveCopy);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_preview);
    m_fileMenu->addAction(m_print);
    m_fileMenu->addAction(m_exportPdf);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_import);
    m_fileMenu->addAction(m_exportTable);
    m_fileMenu->addAction(m_exportWorkspace);
    m_fileMenu->addAction(m_exportRegistry);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportPackage);
    m_fileMenu->addAction(m_mergePackage);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_close);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_copy);
    m_editMenu->addAction(m_paste);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_add);
    m_editMenu->addAction(m_duplicate);
    m_editMenu->addAction(m_delete);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_dashboardAction);
    for (QAction* a : std::as_const(m_pageActions))
        m_viewMenu->addAction(a);
    m_viewMenu->addAction(m_reviewsAction);
    m_viewMenu->addSeparator();
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    QAction* historyToggle = m_historyDock->toggleViewAction();
    historyToggle->setShortcut(QKeySequence(QStringLiteral("Ctrl+H")));
    m_viewMenu->addAction(historyToggle);

    // Each language is named in itself, so that anyone can find their own.
    m_languageMenu = menuBar()->addMenu(QString());
    auto* languages = new QActionGroup(this);
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    m_french = m_languageMenu->addAction(QStringLiteral("Français"));
    for (QAction* a : {m_english, m_french}) {
        a->setCheckable(true);
        a->setActionGroup(languages);
    }
    connect(m_english, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    connect(m_french, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("fr")); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);

    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addAction(m_add);
    m_toolbar->addAction(m_duplicate);
    m_toolbar->addAction(m_delete);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_undo);
    m_toolbar->addAction(m_redo);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_find);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_english->setChecked(Translations::current() == QLatin1String("en"));
    m_french->setChecked(Translations::current() == QLatin1String("fr"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolbar->setWindowTitle(tr("Main toolbar"));
    // The button a narrow window shows for the toolbar's hidden actions.
    if (auto* more = m_toolbar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More toolbar buttons"));
    m_new->setText(tr("&New Workspace…"));
    m_open->setText(tr("&Open Workspace…"));
    m_connect->setText(tr("Connect to &Shared Workspace…"));
    m_saveCopy->setText(tr("Save a &Copy…"));
    m_close->setText(tr("&Close Workspace"));
    m_preview->setText(tr("Print Pre&view…"));
    m_print->setText(tr("&Print…"));
    m_exportPdf->setText(tr("&Export Report as PDF…"));
    m_exportPackage->setText(tr("Export &Institution Package…"));
    m_import->setText(tr("I&mport…"));
    m_exportTable->setText(tr("Export &Table…"));
    m_exportWorkspace->setText(tr("Export &Whole Workspace…"));
    m_exportRegistry->setText(tr("Export Micro-credentials for a &Registry…"));
    m_mergePackage->setText(tr("&Merge Institution Package…"));
    if (m_workspace) {
        if (const std::optional<PackageInfo> info =
                InstitutionPackage::infoOf(m_workspace->database().connection()))
            m_banner->setText(tr("Package for %1 — coordinator mode. Only this institution's records can be "
                                 "changed; amounts "
                                 "approved, reviews and decisions stay with the ministry. Send this file "
                                 "back to the ministry when "
                                 "your changes are done.")
                                  .arg(info->institutionName));
    }
    m_quit->setText(tr("&Quit"));
    m_add->setText(tr("&Add Row"));
    m_duplicate->setText(tr("D&uplicate"));
    m_delete->setText(tr("&Delete…"));
    m_copy->setText(tr("&Copy"));
    m_paste->setText(tr("&Paste"));
    m_find->setText(tr("&Find…"));
    m_about->setText(tr("&About mcfund"));
    m_nav->setAccessibleName(tr("Pages"));
    m_dashboardAction->setText(tr("&Dashboard"));
    m_reviewsAction->setText(tr("&Reviews"));
    m_historyDock->setWindowTitle(tr("History"));
    m_historyDock->toggleViewAction()->setText(tr("&History"));
    if (QListWidgetItem* item = m_nav->item(0))
        item->setText(tr("Dashboard"));
    if (QListWidgetItem* item = m_nav->item(int(m_pages.size()) + 1))
        item->setText(tr("Reviews"));
    for (int i = 0; i < m_pageActions.size(); ++i) {
        const QString p = Schema::entity(pageEntities().at(i)).displayPlural();
        m_pageActions.at(i)->setText(p.left(1).toUpper() + p.mid(1));
        if (QListWidgetItem* item = m_nav->item(i + 1))
            item->setText(m_pageActions.at(i)->text());
    }
    m_emptyLabel->setText(
        tr("No workspace is open.\n\nUse File ▸ New Workspace… to start from the official data of the "
           "fund, or File ▸ Open Workspace… to open one."));
    for (TablePage* p : std::as_const(m_pages))
        p->retranslate();
    if (m_dashboard)
        m_dashboard->retranslate();
    if (m_reviews)
        m_reviews->retranslate();
    if (m_history)
        m_history->retranslate();
    updateActions();
    updateTitle();
    updateStatus();
}

void MainWindow::activateShownPage()
{
    // Only the page in front works in the background: five tables of a million rows ordered at once, on
    // two cores or one database server, kept the window from painting its first rows.
    if (m_dashboard)
        m_dashboard->setActive(m_stack->currentWidget() == m_dashboard);
    for (TablePage* p : std::as_const(m_pages))
        p->setActive(m_stack->currentWidget() == p);
}

TablePage* MainWindow::page(Entity entity) const
{
    for (TablePage* p : m_pages)
        if (p->entity() == entity)
            return p;
    return nullptr;
}

TablePage* MainWindow::currentPage() const
{
    return qobject_cast<TablePage*>(m_stack->currentWidget());
}

void MainWindow::showPage(Entity entity)
{
    const int i = int(pageEntities().indexOf(entity));
    if (i >= 0)
        m_nav->setCurrentRow(i + 1);
}

void MainWindow::showDashboard()
{
    m_nav->setCurrentRow(0);
}

void MainWindow::showReviews()
{
    if (m_reviews)
        m_nav->setCurrentRow(int(m_pages.size()) + 1);
}

void MainWindow::updateHistoryRecord()
{
    if (!m_history)
        return;
    if (TablePage* p = currentPage()) {
        const QModelIndex i = p->table()->currentIndex();
        m_history->setRecord(p->entity(), i.isValid() ? p->model()->uidAt(i.row()) : QString(),
                             i.isValid() ? p->model()->index(i.row(), 0).data().toString() : QString());
    } else if (m_reviews && m_stack->currentWidget() == m_reviews) {
        m_history->setRecord(Entity::Project, m_reviews->currentApplication(), QString());
    }
}

bool MainWindow::openWorkspace(const QString& path, QString* error)
{
    auto db = std::make_unique<Database>();
    // The integrity check of a large workspace takes seconds: it runs in the background below.
    if (!db->open(path, error, false))
        return false;
    closeWorkspace();
    m_workspace = new Workspace(std::move(db), this);
    connect(m_workspace, &Workspace::problem, this, &MainWindow::showMessage);
    connect(m_workspace, &Workspace::changedElsewhere, this, &MainWindow::showMessage);
    // Someone else saved the same field first: what it was, theirs and mine side by side; the person chooses.
    m_workspace->setConflictResolver([this](const EditBatch& batch, const QList<EditProblem>& problems) {
        ConflictDialog dialog(batch, problems, this);
        return dialog.exec() == QDialog::Accepted ? Workspace::Resolution::UseMine
                                                  : Workspace::Resolution::KeepTheirs;
    });
    // Someone else deleted the record being edited: said so, and put back with the edit if wanted.
    m_workspace->setRestoreResolver([this](const QString& label) {
        return QMessageBox::question(
                   this, tr("Deleted by Someone Else"),
                   tr("“%1” was deleted by someone else while you were editing it. Put it back, "
                      "with your change?")
                       .arg(label),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    });
    connect(m_workspace, &Workspace::changed, this, [this] { updateTitle(); });
    m_saveBar->setWorkspace(m_workspace);
    connect(m_workspace->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_workspace->undoStack(), &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
    connect(m_workspace->undoStack(), &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);
    const QString lastPage = Settings::value(Settings::LastPage).toString();
    int showIndex = 0;
    // Only the page in front works in the background (see activateShownPage): the one shown last time.
    m_dashboard =
        new DashboardPage(m_workspace, m_stack, lastPage.isEmpty() || lastPage == QLatin1String("dashboard"));
    m_stack->addWidget(m_dashboard);
    new QListWidgetItem(tr("Dashboard"), m_nav);
    connect(m_dashboard, &DashboardPage::openProjects, this, [this](const FilterSpec& f) {
        if (TablePage* p = page(Entity::Project)) {
            p->setFilter(f);
            showPage(Entity::Project);
        }
    });
    for (Entity e : pageEntities()) {
        auto* p = new TablePage(m_workspace, e, m_stack, TableColumns::pageKey(e) == lastPage);
        m_stack->addWidget(p);
        m_pages << p;
        auto* item = new QListWidgetItem(m_nav);
        item->setText(p->title());
        if (p->key() == lastPage)
            showIndex = int(m_pages.size());
        connect(p, &TablePage::countChanged, this, &MainWindow::updateStatus);
        connect(p->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainWindow::updateHistoryRecord);
        connect(p, &TablePage::message, this, &MainWindow::showMessage);
        connect(p, &TablePage::showSectorElsewhere, this, [this](Entity target, const QString& sector) {
            if (TablePage* t = page(target)) {
                FilterSpec f = t->model()->filter();
                f.sectorUids = {sector};
                t->setFilter(f);
                showPage(target);
            }
        });
    }
    // Reviews and decisions belong to the ministry: a coordinator's package, or a coordinator on a shared
    // workspace, has no Reviews page.
    if (m_workspace->database().kind() != WorkspaceKind::Package &&
        m_workspace->role() != Server::Role::Coordinator) {
        m_reviews = new ReviewsPage(m_workspace, m_stack);
        m_stack->addWidget(m_reviews);
        new QListWidgetItem(tr("Reviews"), m_nav);
        connect(m_reviews, &ReviewsPage::message, this, &MainWindow::showMessage);
        connect(m_reviews->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainWindow::updateHistoryRecord);
        if (lastPage == QLatin1String("reviews"))
            showIndex = int(m_pages.size()) + 1;
    }
    m_history = new HistoryPanel(m_workspace, m_historyDock);
    m_historyDock->setWidget(m_history);
    m_nav->setCurrentRow(showIndex);
    activateShownPage();
    if (m_workspace->database().isServer()) {
        // Never the password: the recent connections keep the address only.
        ConnectDialog::remember(m_workspace->database().path());
    } else {
        Settings::addRecent(m_workspace->database().path());
        Settings::setValue(Settings::LastWorkspace, m_workspace->database().path());
    }
    m_banner->setVisible(m_workspace->database().kind() == WorkspaceKind::Package);
    retranslate();

    // SQLite's quick_check on its own connection and thread; a damaged file is closed with a message. A
    // file found sound at an earlier check and unchanged since is not read whole again (IntegrityStamps).
    if (m_workspace->database().isCheckedSound()) {
        showMessage(tr("Workspace opened: sound at its last check, and unchanged since."));
        return true;
    }
    QPointer<MainWindow> self(this);
    QPointer<Workspace> ws(m_workspace);
    const QString checked = m_workspace->database().path();
    showMessage(tr("Checking the workspace…"));
    QThread* check = QThread::create([self, ws, checked] {
        yieldToInterface();
        QString why;
        const bool ok = Database::checkIntegrity(checked, &why);
        QMetaObject::invokeMethod(qApp, [self, ws, ok, why] {
            if (!self || !ws || self->m_workspace != ws)
                return;
            if (ok) {
                ws->database().setCheckedSound();
                self->showMessage(tr("Workspace checked: no damage found."));
                return;
            }
            self->closeWorkspace();
            QMessageBox::critical(self, tr("The workspace is damaged"), why);
        });
    });
    connect(check, &QThread::finished, check, &QObject::deleteLater);
    check->start();
    return true;
}

void MainWindow::closeWorkspace()
{
    for (TablePage* p : std::as_const(m_pages)) {
        p->saveState();
        m_stack->removeWidget(p);
        delete p;
    }
    m_pages.clear();
    if (m_reviews) {
        m_stack->removeWidget(m_reviews);
        delete m_reviews;
        m_reviews = nullptr;
    }
    if (m_history) {
        m_historyDock->setWidget(nullptr);
        delete m_history;
        m_history = nullptr;
    }
    if (m_dashboard) {
        m_dashboard->saveState();
        m_stack->removeWidget(m_dashboard);
        delete m_dashboard;
        m_dashboard = nullptr;
    }
    m_nav->clear();
    m_saveBar->setWorkspace(nullptr);
    delete m_workspace;
    m_workspace = nullptr;
    m_stack->setCurrentWidget(m_empty);
    m_banner->hide();
    updateTitle();
    updateStatus();
    updateActions();
}

void MainWindow::setLanguage(const QString& language)
{
    if (!Translations::install(language))
        return;
    Settings::setValue(Settings::Language, language);
    // Installing translators sends LanguageChange to every widget; ours answer in changeEvent/retranslate.
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings::setValue(Settings::WindowGeometry, saveGeometry());
    Settings::setValue(Settings::WindowState, saveState());
    for (TablePage* p : std::as_const(m_pages))
        p->saveState();
    if (m_dashboard)
        m_dashboard->saveState();
    event->accept();
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("mcfund"));
        return;
    }
    const Database& db = m_workspace->database();
    QString kind;
    switch (db.kind()) {
    case WorkspaceKind::Synthetic:
        kind = tr("synthetic data");
        break;
    case WorkspaceKind::Empty:
        kind = tr("new workspace");
        break;
    case WorkspaceKind::Official:
        kind = tr("official data");
        break;
    case WorkspaceKind::Package:
        kind = tr("institution package");
        break;
    }
    if (db.isEdited())
        kind = tr("%1, edited").arg(kind);
    if (db.isServer()) {
        // Where, as whom, and with which role: what the database lets this person do.
        const QUrl url(db.displayName());
        setWindowTitle(
            tr("%1 as %2, %3 (%4) — mcfund")
                .arg(url.path().mid(1), Workspace::userName(), Server::roleName(m_workspace->role()), kind));
        return;
    }
    setWindowTitle((m_workspace->isReadOnly() ? tr("%1 (%2) [read-only] — mcfund") : tr("%1 (%2) — mcfund"))
                       .arg(QFileInfo(db.path()).fileName(), kind));
}

void MainWindow::updateStatus()
{
    TablePage* p = currentPage();
    m_count->setText(p ? p->countText() : QString());
    const QString missing = p ? p->missingText() : QString();
    m_missing->setText(missing);
    m_missing->setVisible(!missing.isEmpty());
    m_missing->setToolTip(tr("Show only these rows"));
    m_missing->setAccessibleName(missing.isEmpty() ? tr("Rows without a translation") : missing);
}

void MainWindow::updateActions()
{
    const bool open = m_workspace != nullptr;
    for (QAction* a : {m_saveCopy, m_close, m_add, m_duplicate, m_delete, m_copy, m_paste, m_find})
        a->setEnabled(open && (a == m_saveCopy || a == m_close || currentPage()));
    for (QAction* a : {m_preview, m_print, m_exportPdf, m_import, m_exportWorkspace, m_exportRegistry})
        a->setEnabled(open);
    m_exportTable->setEnabled(open && currentPage());
    const bool package = open && m_workspace->database().kind() == WorkspaceKind::Package;
    m_exportPackage->setEnabled(open && !package);
    m_mergePackage->setEnabled(open && !package);
    QUndoStack* stack = open ? m_workspace->undoStack() : nullptr;
    // A read-only workspace can be read, exported and copied, not changed.
    const bool writable = open && !m_workspace->isReadOnly();
    for (QAction* a : {m_add, m_duplicate, m_delete, m_paste, m_import, m_mergePackage})
        a->setEnabled(a->isEnabled() && writable);
    // On a shared workspace, what the person's role may not change is greyed out, and says why.
    const QString refusal =
        open && currentPage() ? m_workspace->roleRefusal(currentPage()->entity()) : QString();
    for (QAction* a : {m_add, m_duplicate, m_delete, m_paste}) {
        if (!refusal.isEmpty())
            a->setEnabled(false);
        a->setToolTip(refusal.isEmpty() ? a->text().remove(QLatin1Char('&')) : refusal);
    }
    if (open && m_workspace->database().isServer()) {
        const Server::Role role = m_workspace->role();
        const bool ministry =
            role == Server::Role::Owner || role == Server::Role::Admin || role == Server::Role::Officer;
        m_mergePackage->setEnabled(m_mergePackage->isEnabled() && ministry);
        m_mergePackage->setToolTip(ministry ? QString() : tr("Packages are merged by program officers."));
        m_import->setEnabled(m_import->isEnabled() && role != Server::Role::Reviewer);
    }
    m_undo->setEnabled(writable && stack->canUndo());
    m_redo->setEnabled(writable && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    for (QAction* a : std::as_const(m_pageActions))
        a->setEnabled(open);
    m_dashboardAction->setEnabled(open);
    m_reviewsAction->setEnabled(open && m_reviews);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::value(Settings::RecentWorkspaces).toStringList();
    for (const QString& path : recent) {
        QAction* a = m_recentMenu->addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") +
                                             QFileInfo(path).absolutePath());
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] {
            QString error;
            if (!openWorkspace(path, &error))
                QMessageBox::warning(this, tr("Cannot open the workspace"), error);
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void MainWindow::showMessage(const QString& text)
{
    statusBar()->showMessage(text.section(QLatin1Char('\n'), 0, 0), 8000);
}

void MainWindow::newWorkspace()
{
    NewWorkspaceDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!openWorkspace(dialog.createdPath(), &error))
        QMessageBox::warning(this, tr("Cannot open the workspace"), error);
}

void MainWindow::connectDialog(const QString& uri)
{
    ConnectDialog dialog(this, uri);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!openWorkspace(dialog.uri(), &error))
        QMessageBox::warning(this, tr("Cannot open the shared workspace"), error);
}

void MainWindow::openDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workspace"), QString(),
                                     tr("mcfund workspaces (*.mcfund *.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openWorkspace(path, &error))
        QMessageBox::warning(this, tr("Cannot open the workspace"), error);
}

void MainWindow::saveCopy()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy"), QString(),
                                                      tr("mcfund workspaces (*.mcfund *.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("Cannot save a copy"), tr("“%1” cannot be replaced.").arg(path));
        return;
    }
    QString error;
    // Edits the file could not take go into the copy too.
    if (!m_workspace->saveCopyWithPending(path, &error))
        QMessageBox::warning(this, tr("Cannot save a copy"), error);
    else
        showMessage(tr("Saved a copy to %1").arg(path));
}

void MainWindow::about()
{
    QString source = tr("the official data of the fund");
    if (m_workspace && m_workspace->database().kind() == WorkspaceKind::Synthetic)
        source = tr("synthetic data generated for demonstrations and tests");
    QMessageBox::about(
        this, tr("About mcfund"),
        tr("<h3>mcfund %1</h3><p>Administering Ontario's Micro-credentials Challenge Fund: rounds, "
           "institutions, projects and micro-credentials.</p><p>This workspace holds %2.</p>"
           "<p>Data source: the public Ontario page on micro-credentials (Ontario Micro-credentials "
           "Challenge Fund, Round 2 funding recipients) and the announcements of each round. "
           "Per-project amounts are not published; primary sectors are assigned by mcfund.</p>")
            .arg(QStringLiteral(MCFUND_VERSION), source));
}

bool MainWindow::prepareReport(Report* report, int* paper)
{
    if (!m_workspace)
        return false;
    // Prefill from where the user is: the page's filters, its round, its sector, the selected institution.
    ReportRequest initial;
    if (TablePage* p = currentPage()) {
        initial.filter = p->model()->filter();
        if (p->entity() == Entity::Institution && p->table()->currentIndex().isValid()) {
            initial.type = ReportRequest::Type::Institution;
            initial.institutionUid = p->model()->uidAt(p->table()->currentIndex().row());
        }
    } else if (m_dashboard) {
        initial.filter = m_dashboard->filter();
    }
    if (!initial.filter.roundUids.isEmpty())
        if (const LookupItem* r =
                m_workspace->lookups().find(Entity::Round, initial.filter.roundUids.first()))
            initial.round = r->code.toInt();
    if (initial.filter.institutionUids.size() == 1 && initial.type == ReportRequest::Type::Round &&
        initial.round == 0) {
        initial.type = ReportRequest::Type::Institution;
        initial.institutionUid = initial.filter.institutionUids.first();
    }
    if (initial.filter.sectorUids.size() == 1)
        if (const LookupItem* s =
                m_workspace->lookups().find(Entity::Sector, initial.filter.sectorUids.first())) {
            initial.sectorCode = s->code;
            if (initial.type == ReportRequest::Type::Round && initial.round == 0)
                initial.type = ReportRequest::Type::Sector;
        }
    initial.paper = QLocale().territory() == QLocale::Canada || QLocale().territory() == QLocale::UnitedStates
                        ? QPageSize::Letter
                        : QPageSize::A4;
    ReportDialog dialog(m_workspace, initial, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ReportRequest r = dialog.request();
    const QString language = Translations::current();
    QString error;
    // Built on a read-only connection of its own: a report over thousands of projects takes a few hundred ms.
    const bool ok = BackgroundTask::run(
        this, m_workspace->database(), true, tr("Preparing the report…"),
        [&](const QSqlDatabase& db, const BackgroundTask::Progress&, QString* why) {
            const ReportBuilder builder(db, language);
            // The scope chosen in the dialog replaces the page's own choice of round, institution or sector.
            FilterSpec f = r.filter;
            switch (r.type) {
            case ReportRequest::Type::Round:
                f.roundUids.clear();
                return builder.roundSummary(r.round, f, report, why);
            case ReportRequest::Type::Institution:
                f.institutionUids.clear();
                return builder.institutionReport(r.institutionUid, f, report, why);
            case ReportRequest::Type::Sector:
                f.sectorUids.clear();
                return builder.sectorReport(r.sectorCode, f, report, why);
            }
            return false;
        },
        &error, false);
    if (!ok) {
        QMessageBox::warning(this, tr("Report"), error);
        return false;
    }
    *paper = int(r.paper);
    return true;
}

namespace {
// The report lays out its own margins, so the printer's are zero.
void setUpPrinter(QPrinter* printer, const Report& report, int paper)
{
    printer->setPageSize(QPageSize(QPageSize::PageSizeId(paper)));
    printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    printer->setDocName(report.title);
}
} // namespace

void MainWindow::printPreview()
{
    Report report;
    int paper = 0;
    if (!prepareReport(&report, &paper))
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, report, paper);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Preview — %1").arg(report.title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter* p) { ReportPrinter::paint(report, p); });
    preview.resize(1000, 800);
    preview.exec();
}

void MainWindow::printReport()
{
    Report report;
    int paper = 0;
    if (!prepareReport(&report, &paper))
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, report, paper);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportPrinter::paint(report, &printer);
}

void MainWindow::exportPdf()
{
    Report report;
    int paper = 0;
    if (!prepareReport(&report, &paper))
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report as PDF"), report.title + QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = BackgroundTask::run(
        this, m_workspace->database(), true, tr("Writing %1…").arg(QFileInfo(path).fileName()),
        [&](const QSqlDatabase&, const BackgroundTask::Progress&, QString* why) {
            return ReportPrinter::writePdf(report, path, QPageSize::PageSizeId(paper), why);
        },
        &error, false);
    if (!ok)
        QMessageBox::warning(this, tr("Export Report as PDF"), error);
    else
        showMessage(tr("Saved the report to %1").arg(path));
}

void MainWindow::exportPackage()
{
    if (!m_workspace)
        return;
    const QString lang = Translations::current();
    QStringList names;
    QStringList uids;
    for (const LookupItem& i : m_workspace->lookups().sorted(Entity::Institution, lang)) {
        names << i.name(lang);
        uids << i.uid;
    }
    int preselect = 0;
    if (TablePage* p = currentPage())
        if (p->entity() == Entity::Institution && p->table()->currentIndex().isValid())
            preselect = std::max(0, int(uids.indexOf(p->model()->uidAt(p->table()->currentIndex().row()))));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Export Institution Package"), tr("Institution:"),
                                                 names, preselect, false, &ok);
    if (!ok)
        return;
    const QString uid = uids.value(names.indexOf(chosen));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Institution Package"),
                                                      chosen + QStringLiteral(".mcfpkg"),
                                                      tr("Institution packages (*.mcfpkg)"));
    if (path.isEmpty())
        return;
    QFile::remove(path); // the file dialog has asked before replacing it
    QString error;
    PackageInfo info;
    if (!InstitutionPackage::exportTo(m_workspace->database(), uid, 0, path, Workspace::userName(), &info,
                                      &error))
        QMessageBox::warning(this, tr("Export Institution Package"), error);
    else
        showMessage(tr("Wrote the package of %1 to %2").arg(info.institutionName, path));
}

void MainWindow::mergePackage()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Merge Institution Package"), QString(),
                                                      tr("Institution packages (*.mcfpkg);;All files (*)"));
    if (path.isEmpty())
        return;
    MergePlan plan;
    QString error;
    if (!PackageMerger::plan(m_workspace->database().connection(), path, &plan, &error)) {
        QMessageBox::warning(this, tr("Merge Institution Package"), error);
        return;
    }
    MergeDialog dialog(m_workspace, plan, this);
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(this, tr("Merge Institution Package"), dialog.report());
}

void MainWindow::importFile()
{
    if (!m_workspace)
        return;
    Entity entity = Entity::Credential;
    if (TablePage* p = currentPage())
        if (p->entity() == Entity::Project || p->entity() == Entity::Institution ||
            p->entity() == Entity::Partner)
            entity = p->entity();
    ImportWizard wizard(m_workspace, entity, this);
    if (wizard.exec() == QDialog::Accepted)
        showMessage(tr("Imported: %1").arg(wizard.report().summary()));
}

void MainWindow::exportTable()
{
    TablePage* p = currentPage();
    if (!m_workspace || !p)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Table"), p->key() + QStringLiteral(".xlsx"),
                                     tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    // The table as shown: its filter, its sort, its visible columns in their order, in the interface
    // language.
    QList<ExportColumn> columns{{QStringLiteral("uid"), QStringLiteral("ID")}};
    const QHeaderView* header = p->table()->horizontalHeader();
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        if (header->isSectionHidden(logical))
            continue;
        const TableColumn& c = p->model()->columns().at(logical);
        if (c.editable())
            columns << ExportColumn{c.field(Translations::current()), c.header(p->entity())};
        else if (c.derived == TableColumn::Derived::ProjectTitle)
            columns << ExportColumn{Exporter::ProjectTitle, c.header(p->entity())};
        else if (c.derived == TableColumn::Derived::OsapEligibleLength)
            columns << ExportColumn{Exporter::OsapEligibleLength, c.header(p->entity())};
    }
    QString error;
    int written = 0;
    const auto format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? Exporter::Format::Csv
                                                                                  : Exporter::Format::Xlsx;
    const Lookups lookups = m_workspace->lookups();
    const Entity entity = p->entity();
    const FilterSpec filter = p->model()->filter();
    const SortSpec sort = p->model()->sortSpec();
    const QString language = Translations::current();
    const bool ok = BackgroundTask::run(
        this, m_workspace->database(), true, tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
        [&](const QSqlDatabase& db, const BackgroundTask::Progress& progress, QString* why) {
            return Exporter::write(db, lookups, entity, filter, sort, columns, QLocale(), language, format,
                                   path, why, &written, progress);
        },
        &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export Table"), error);
    else
        showMessage(tr("Exported %n row(s) to %1", nullptr, written).arg(path));
}

void MainWindow::exportWorkspace()
{
    if (!m_workspace)
        return;
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export the Whole Workspace to a Folder"));
    if (folder.isEmpty())
        return;
    QString error;
    QStringList files;
    const Lookups lookups = m_workspace->lookups();
    const QString language = Translations::current();
    const QList<QPair<Entity, QString>> tables{{Entity::Round, QStringLiteral("rounds")},
                                               {Entity::Institution, QStringLiteral("institutions")},
                                               {Entity::Project, QStringLiteral("projects")},
                                               {Entity::Credential, QStringLiteral("credentials")},
                                               {Entity::Partner, QStringLiteral("partners")}};
    BackgroundTask::run(
        this, m_workspace->database(), true, tr("Exporting the whole workspace…"),
        [&](const QSqlDatabase& db, const BackgroundTask::Progress& progress, QString* why) {
            for (int i = 0; i < tables.size(); ++i) {
                const auto& [entity, name] = tables.at(i);
                const QString path = QDir(folder).filePath(name + QStringLiteral(".xlsx"));
                // Each table is a fifth of the bar.
                const auto share = [&](int pct) { return progress((i * 100 + pct) / int(tables.size())); };
                if (!Exporter::write(db, lookups, entity, FilterSpec(), SortSpec(),
                                     Exporter::allColumns(entity), QLocale(), language,
                                     Exporter::Format::Xlsx, path, why, nullptr, share))
                    return false;
                files << QFileInfo(path).fileName();
            }
            return true;
        },
        &error);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export the Whole Workspace"), error);
    else
        showMessage(tr("Exported %1 to %2").arg(files.join(QStringLiteral(", ")), folder));
}

void MainWindow::exportRegistry()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Micro-credentials for a Registry"), QStringLiteral("micro-credentials.json"),
        tr("Open Badges 3.0 achievements (*.json);;Credential Engine CTDL JSON-LD (*.jsonld)"));
    if (path.isEmpty())
        return;
    FilterSpec filter;
    if (TablePage* p = page(Entity::Credential))
        filter = p->model()->filter();
    const auto format = path.endsWith(QLatin1String(".jsonld"), Qt::CaseInsensitive)
                            ? RegistryExport::Format::Ctdl
                            : RegistryExport::Format::OpenBadges;
    QString error;
    int written = 0;
    const Lookups lookups = m_workspace->lookups();
    const bool ok = BackgroundTask::run(
        this, m_workspace->database(), true, tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
        [&](const QSqlDatabase& db, const BackgroundTask::Progress& progress, QString* why) {
            return RegistryExport::write(db, lookups, filter, format, path, why, &written, progress);
        },
        &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export Micro-credentials for a Registry"), error);
    else
        showMessage(tr("Exported %n micro-credential(s) to %1", nullptr, written).arg(path));
}

int MainWindow::runApplication(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), tr("The workspace file."), tr("FILE")});
    parser.addOption({QStringLiteral("lang"), tr("Interface language: en or fr."), QStringLiteral("en|fr")});
    parser.addOption(
        {QStringLiteral("screenshot"), tr("Save a picture of the window to FILE and quit."), tr("FILE")});
    parser.addOption({QStringLiteral("page"), tr("The page to show first."),
                      QStringLiteral("rounds|institutions|projects|credentials|partners")});
    if (!parser.parse(args)) {
        fprintf(stderr, "%s\n", qPrintable(tr("mcfund: %1").arg(parser.errorText())));
        return 2;
    }
    QString language = Settings::value(Settings::Language).toString();
    if (language.isEmpty())
        language = Translations::systemLanguage();
    if (parser.isSet(QStringLiteral("lang")))
        language = parser.value(QStringLiteral("lang"));
    if (!Translations::install(language)) {
        fprintf(stderr, "%s\n", qPrintable(tr("mcfund: --lang must be en or fr, not “%1”.").arg(language)));
        return 2;
    }
    if (parser.isSet(QStringLiteral("page")))
        Settings::setValue(Settings::LastPage, parser.value(QStringLiteral("page")));
    const QString path = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                                  : Database::defaultPath();
    MainWindow window;
    QString error;
    if (!window.openWorkspace(path, &error)) {
        fprintf(stderr, "%s\n", qPrintable(tr("mcfund: %1").arg(error)));
        if (QGuiApplication::platformName() != QLatin1String("offscreen"))
            QMessageBox::critical(nullptr, tr("Cannot open the workspace"), error);
        return 1;
    }
    window.show();
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(1500, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace mcfund
