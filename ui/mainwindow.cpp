#include "mainwindow.h"
#include "flows/packageflow.h"
#include "flows/reportflow.h"
#include "flows/transferflow.h"
#include "flows/workspaceflow.h"
#include "mainactions.h"

#include "dialogs/connectdialog.h"
#include "packages/institutionpackage.h"
#include "pages/dashboardpage.h"
#include "pages/historypanel.h"
#include "pages/reviewspage.h"
#include "pages/tablepage.h"
#include "savefailurebar.h"
#include "settings.h"
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
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

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

void MainWindow::createActions()
{
    using Id = MainActions::Id;
    m_actions = new MainActions(this, int(pageEntities().size()));
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
    for (int i = 0; i < int(pageEntities().size()); ++i)
        connect(m_actions->page(i), &QAction::triggered, this, [this, i] { m_nav->setCurrentRow(i + 1); });
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
    return m_dashboard ? m_dashboard->filter() : FilterSpec();
}

MainWindow::~MainWindow()
{
    closeWorkspace();
}

void MainWindow::retranslate()
{
    QStringList pageNames;
    for (Entity e : pageEntities()) {
        const QString p = Schema::entity(e).displayPlural();
        pageNames << p.left(1).toUpper() + p.mid(1);
    }
    m_actions->retranslate(pageNames);
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
    m_nav->setAccessibleName(tr("Pages"));
    m_historyDock->setWindowTitle(tr("History"));
    m_historyDock->toggleViewAction()->setText(tr("&History"));
    if (QListWidgetItem* item = m_nav->item(0))
        item->setText(tr("Dashboard"));
    if (QListWidgetItem* item = m_nav->item(int(m_pages.size()) + 1))
        item->setText(tr("Reviews"));
    for (int i = 0; i < pageNames.size(); ++i)
        if (QListWidgetItem* item = m_nav->item(i + 1))
            item->setText(pageNames.at(i));
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
    WorkspaceFlow::askAboutOthersChanges(*this);
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

    WorkspaceFlow::checkInBackground(*this);
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
    state.reviews = m_reviews != nullptr;
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
