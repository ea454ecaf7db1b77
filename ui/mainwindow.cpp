#include "mainwindow.h"
#include "flows/packageflow.h"
#include "flows/reportflow.h"
#include "flows/transferflow.h"
#include "flows/workspaceflow.h"
#include "mainactions.h"
#include "pagestack.h"

#include "dialogs/connectdialog.h"
#include "pages/dashboardpage.h"
#include "pages/historypanel.h"
#include "pages/reviewspage.h"
#include "pages/tablepage.h"
#include "savefailurebar.h"
#include "settings.h"
#include "storage/packageformat.h"
#include "tables/tablecolumns.h"
#include "tables/tablemodel.h"
#include "workspace.h"

#include "domain/translations.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mcfund {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new PageStack(central, central);
    layout->addWidget(m_pages->list());
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
    right->addWidget(m_pages->stack(), 1);
    layout->addLayout(right, 1);
    setCentralWidget(central);

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
    connect(m_pages, &PageStack::currentChanged, this, [this] {
        updateHistoryRecord();
        updateStatus();
        updateActions();
    });
    connect(m_pages, &PageStack::countChanged, this, &MainWindow::updateStatus);
    connect(m_pages, &PageStack::recordChanged, this, &MainWindow::updateHistoryRecord);
    connect(m_pages, &PageStack::message, this, &MainWindow::showMessage);
    retranslate();
    // The window fits the screen it opens on: the saved geometry only if it still does (a laptop unplugged
    // from a large monitor), else at most nine tenths of the screen's free area, centred on it.
    const QRect screenArea = screen()->availableGeometry();
    const QByteArray geometry = Settings::value(Settings::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry) || !screenArea.contains(frameGeometry())) {
        resize(qMin(1360, screenArea.width() * 9 / 10), qMin(860, screenArea.height() * 9 / 10));
        move(screenArea.center() - QPoint(width() / 2, height() / 2));
    }
    restoreState(Settings::value(Settings::WindowState).toByteArray());
    updateActions();
}

void MainWindow::createActions()
{
    using Id = MainActions::Id;
    m_actions = new MainActions(this, int(PageStack::entities().size()));
    using Flow = void (*)(WindowContext&);
    const QList<QPair<Id, Flow>> flows = {{Id::NewWorkspace, &WorkspaceFlow::newWorkspace},
                                          {Id::Open, &WorkspaceFlow::openDialog},
                                          {Id::SaveCopy, &WorkspaceFlow::saveCopy},
                                          {Id::About, &WorkspaceFlow::about},
                                          {Id::PrintPreview, &ReportFlow::preview},
                                          {Id::Print, &ReportFlow::print},
                                          {Id::ExportPdf, &ReportFlow::exportPdf},
                                          {Id::Import, &TransferFlow::importFile},
                                          {Id::ExportTable, &TransferFlow::exportTable},
                                          {Id::ExportWorkspace, &TransferFlow::exportWorkspace},
                                          {Id::ExportRegistry, &TransferFlow::exportRegistry},
                                          {Id::ExportPackage, &PackageFlow::exportPackage},
                                          {Id::MergePackage, &PackageFlow::mergePackage}};
    for (const auto& [id, flow] : flows)
        m_actions->on(id, [this, run = flow] { run(*this); });
    m_actions->on(Id::Connect, [this] { WorkspaceFlow::connectDialog(*this); });
    m_actions->on(Id::Close, [this] { closeWorkspace(); });
    m_actions->on(Id::Quit, [this] { close(); });
    // The edit actions act on the page in front.
    const QList<QPair<Id, void (TablePage::*)()>> edits = {
        {Id::AddRow, &TablePage::addRow},     {Id::Duplicate, &TablePage::duplicateRows},
        {Id::Delete, &TablePage::deleteRows}, {Id::Copy, &TablePage::copySelection},
        {Id::Paste, &TablePage::paste},       {Id::Find, &TablePage::focusSearch}};
    for (const auto& [id, edit] : edits)
        m_actions->on(id, [this, run = edit] {
            if (TablePage* p = currentPage())
                (p->*run)();
        });
    m_actions->on(Id::Undo, [this] {
        if (m_workspace)
            m_workspace->undoStack()->undo();
    });
    m_actions->on(Id::Redo, [this] {
        if (m_workspace)
            m_workspace->undoStack()->redo();
    });
    m_actions->on(Id::Dashboard, [this] { showDashboard(); });
    m_actions->on(Id::Reviews, [this] { showReviews(); });
    for (int i = 0; i < int(PageStack::entities().size()); ++i)
        connect(m_actions->page(i), &QAction::triggered, this,
                [this, i] { m_pages->showPage(PageStack::entities().at(i)); });
    m_actions->on(Id::English, [this] { setLanguage(QStringLiteral("en")); });
    m_actions->on(Id::French, [this] { setLanguage(QStringLiteral("fr")); });
    connect(m_actions, &MainActions::openRecent, this, [this](const QString& path) {
        QString error;
        if (!openWorkspace(path, &error))
            QMessageBox::warning(this, tr("Cannot open the workspace"), error);
    });
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    QAction* historyToggle = m_historyDock->toggleViewAction();
    historyToggle->setShortcut(QKeySequence(QStringLiteral("Ctrl+H")));
    m_actions->viewMenu()->addAction(historyToggle);
}

FilterSpec MainWindow::dashboardFilter() const
{
    return m_pages->dashboard() ? m_pages->dashboard()->filter() : FilterSpec();
}

MainWindow::~MainWindow()
{
    closeWorkspace();
}

void MainWindow::retranslate()
{
    m_actions->retranslate(PageStack::pageNames());
    if (m_workspace) {
        QString unreadable;
        if (const std::optional<PackageInfo> info =
                PackageFormat::infoOf(m_workspace->database().connection(), &unreadable))
            m_banner->setText(tr("Package for %1 — coordinator mode. Only this institution's records can be "
                                 "changed; amounts "
                                 "approved, reviews and decisions stay with the ministry. Send this file "
                                 "back to the ministry when "
                                 "your changes are done.")
                                  .arg(info->institutionName));
        else if (!unreadable.isEmpty())
            m_banner->setText(
                tr("Institution package — coordinator mode. What this package says about itself "
                   "cannot be read (%1), so nothing can be changed in it.")
                    .arg(unreadable));
    }
    m_historyDock->setWindowTitle(tr("History"));
    m_historyDock->toggleViewAction()->setText(tr("&History"));
    m_pages->retranslate();
    if (m_history)
        m_history->retranslate();
    updateActions();
    updateTitle();
    updateStatus();
}

TablePage* MainWindow::page(Entity entity) const
{
    return m_pages->page(entity);
}

TablePage* MainWindow::currentPage() const
{
    return m_pages->currentPage();
}

DashboardPage* MainWindow::dashboard() const
{
    return m_pages->dashboard();
}

ReviewsPage* MainWindow::reviews() const
{
    return m_pages->reviews();
}

void MainWindow::showPage(Entity entity)
{
    m_pages->showPage(entity);
}

void MainWindow::showDashboard()
{
    m_pages->showDashboard();
}

void MainWindow::showReviews()
{
    m_pages->showReviews();
}

void MainWindow::updateHistoryRecord()
{
    if (!m_history)
        return;
    if (TablePage* p = currentPage()) {
        const QModelIndex i = p->table()->currentIndex();
        m_history->setRecord(p->entity(), i.isValid() ? p->model()->uidAt(i.row()) : QString(),
                             i.isValid() ? p->model()->index(i.row(), 0).data().toString() : QString());
    } else if (m_pages->reviewsInFront()) {
        m_history->setRecord(Entity::Project, m_pages->reviews()->currentApplication(), QString());
    }
}

bool MainWindow::openWorkspace(const QString& path, QString* error)
{
    if (!WorkspaceFlow::prepareToOpen(*this, path, error))
        return false;
    auto db = std::make_unique<Database>();
    // The integrity check of a large workspace takes seconds: it runs in the background below.
    if (!db->open(path, error, false))
        return false;
    closeWorkspace();
    m_workspace = new Workspace(std::move(db), this);
    connect(m_workspace, &Workspace::problem, this, &MainWindow::showMessage);
    connect(m_workspace, &Workspace::changedElsewhere, this, &MainWindow::showMessage);
    WorkspaceFlow::askAboutOthersChanges(*this);
    connect(m_workspace, &Workspace::changed, this, [this] { updateTitle(); });
    m_saveBar->setWorkspace(m_workspace);
    connect(m_workspace->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_workspace->undoStack(), &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
    connect(m_workspace->undoStack(), &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);
    m_pages->build(m_workspace);
    m_history = new HistoryPanel(m_workspace, m_historyDock);
    m_historyDock->setWidget(m_history);
    if (m_workspace->database().isServer()) {
        // Never the password: the recent connections keep the address only.
        ConnectDialog::remember(m_workspace->database().path());
    } else {
        Settings::addRecent(m_workspace->database().path());
        Settings::setValue(Settings::LastWorkspace, m_workspace->database().path());
    }
    m_banner->setVisible(m_workspace->database().kind() == WorkspaceKind::Package);
    retranslate();

    WorkspaceFlow::checkInBackground(*this);
    return true;
}

void MainWindow::openRequested(const QString& target)
{
    WorkspaceFlow::openRequested(*this, target);
}

void MainWindow::closeWorkspace()
{
    m_pages->clear();
    if (m_history) {
        m_historyDock->setWidget(nullptr);
        delete m_history;
        m_history = nullptr;
    }
    m_saveBar->setWorkspace(nullptr);
    delete m_workspace;
    m_workspace = nullptr;
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
    m_pages->saveState();
    event->accept();
}

void MainWindow::updateTitle()
{
    setWindowTitle(WorkspaceFlow::title(m_workspace));
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
    MainActions::State state;
    state.open = m_workspace != nullptr;
    state.tablePage = currentPage() != nullptr;
    state.reviews = m_pages->reviews() != nullptr;
    if (m_workspace) {
        state.package = m_workspace->database().kind() == WorkspaceKind::Package;
        state.writable = !m_workspace->isReadOnly();
        state.undo = m_workspace->undoStack();
        if (TablePage* p = currentPage())
            state.refusal = m_workspace->roleRefusal(p->entity());
        state.server = m_workspace->database().isServer();
        const Server::Role role = m_workspace->role();
        state.ministry =
            role == Server::Role::Owner || role == Server::Role::Admin || role == Server::Role::Officer;
        state.reviewer = role == Server::Role::Reviewer;
    }
    m_actions->update(state);
}

void MainWindow::showMessage(const QString& text)
{
    statusBar()->showMessage(text.section(QLatin1Char('\n'), 0, 0), 8000);
}

} // namespace mcfund
