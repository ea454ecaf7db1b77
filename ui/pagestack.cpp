#include "pagestack.h"

#include "pages/dashboardpage.h"
#include "pages/reviewspage.h"
#include "pages/tablepage.h"
#include "settings.h"
#include "tables/tablecolumns.h"
#include "tables/tablemodel.h"
#include "workspace.h"

#include "storage/database.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mcfund {

const QList<Entity>& PageStack::entities()
{
    static const QList<Entity> e = {Entity::Round, Entity::Institution, Entity::Project, Entity::Credential,
                                    Entity::Partner};
    return e;
}

QStringList PageStack::pageNames()
{
    QStringList names;
    for (Entity e : entities()) {
        const QString p = Schema::entity(e).displayPlural();
        names << p.left(1).toUpper() + p.mid(1);
    }
    return names;
}

PageStack::PageStack(QWidget* listParent, QWidget* stackParent)
    : QObject(stackParent)
    , m_list(new QListWidget(listParent))
    , m_stack(new QStackedWidget(stackParent))
    , m_empty(new QWidget(m_stack))
    , m_emptyLabel(new QLabel(m_empty))
{
    m_list->setObjectName(QStringLiteral("navigation"));
    m_list->setFixedWidth(190);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setIconSize(QSize(20, 20));
    m_list->setSpacing(2);
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 8px; }"));
    auto* emptyLayout = new QVBoxLayout(m_empty);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addStretch(1);
    m_stack->addWidget(m_empty);
    // Row 0 is the dashboard, then one row per table page, then the Reviews page.
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
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
        activateShown();
        emit currentChanged();
    });
}

void PageStack::build(Workspace* workspace)
{
    const QString lastPage = Settings::value(Settings::LastPage).toString();
    int showIndex = 0;
    // Only the page in front works in the background (see activateShown): the one shown last time.
    m_dashboard =
        new DashboardPage(workspace, m_stack, lastPage.isEmpty() || lastPage == QLatin1String("dashboard"));
    m_stack->addWidget(m_dashboard);
    new QListWidgetItem(m_list);
    connect(m_dashboard, &DashboardPage::openProjects, this, [this](const FilterSpec& f) {
        if (TablePage* p = page(Entity::Project)) {
            p->setFilter(f);
            showPage(Entity::Project);
        }
    });
    for (Entity e : entities()) {
        auto* p = new TablePage(workspace, e, m_stack, TableColumns::pageKey(e) == lastPage);
        m_stack->addWidget(p);
        m_pages << p;
        new QListWidgetItem(p->title(), m_list);
        if (p->key() == lastPage)
            showIndex = int(m_pages.size());
        connect(p, &TablePage::countChanged, this, &PageStack::countChanged);
        connect(p->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &PageStack::recordChanged);
        connect(p, &TablePage::message, this, &PageStack::message);
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
    if (workspace->database().kind() != WorkspaceKind::Package &&
        workspace->role() != Server::Role::Coordinator) {
        m_reviews = new ReviewsPage(workspace, m_stack);
        m_stack->addWidget(m_reviews);
        new QListWidgetItem(m_list);
        connect(m_reviews, &ReviewsPage::message, this, &PageStack::message);
        connect(m_reviews->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &PageStack::recordChanged);
        if (lastPage == QLatin1String("reviews"))
            showIndex = int(m_pages.size()) + 1;
    }
    m_list->setCurrentRow(showIndex);
    activateShown();
}

void PageStack::saveState()
{
    for (TablePage* p : std::as_const(m_pages))
        p->saveState();
    if (m_dashboard)
        m_dashboard->saveState();
}

void PageStack::clear()
{
    saveState();
    qDeleteAll(m_pages);
    m_pages.clear();
    delete m_reviews;
    m_reviews = nullptr;
    delete m_dashboard;
    m_dashboard = nullptr;
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    m_stack->setCurrentWidget(m_empty);
}

void PageStack::retranslate()
{
    m_list->setAccessibleName(tr("Pages"));
    if (QListWidgetItem* item = m_list->item(0))
        item->setText(tr("Dashboard"));
    const QStringList names = pageNames();
    for (int i = 0; i < names.size(); ++i)
        if (QListWidgetItem* item = m_list->item(i + 1))
            item->setText(names.at(i));
    if (QListWidgetItem* item = m_list->item(int(m_pages.size()) + 1))
        item->setText(tr("Reviews"));
    m_emptyLabel->setText(
        tr("No workspace is open.\n\nUse File ▸ New Workspace… to start from the official data of the "
           "fund, or File ▸ Open Workspace… to open one."));
    for (TablePage* p : std::as_const(m_pages))
        p->retranslate();
    if (m_dashboard)
        m_dashboard->retranslate();
    if (m_reviews)
        m_reviews->retranslate();
}

void PageStack::activateShown()
{
    // Only the page in front works in the background: five tables of a million rows ordered at once, on
    // two cores or one database server, kept the window from painting its first rows.
    if (m_dashboard)
        m_dashboard->setActive(m_stack->currentWidget() == m_dashboard);
    for (TablePage* p : std::as_const(m_pages))
        p->setActive(m_stack->currentWidget() == p);
}

TablePage* PageStack::page(Entity entity) const
{
    for (TablePage* p : m_pages)
        if (p->entity() == entity)
            return p;
    return nullptr;
}

TablePage* PageStack::currentPage() const
{
    return qobject_cast<TablePage*>(m_stack->currentWidget());
}

bool PageStack::reviewsInFront() const
{
    return m_reviews && m_stack->currentWidget() == m_reviews;
}

void PageStack::showPage(Entity entity)
{
    const int i = int(entities().indexOf(entity));
    if (i >= 0)
        m_list->setCurrentRow(i + 1);
}

void PageStack::showDashboard()
{
    m_list->setCurrentRow(0);
}

void PageStack::showReviews()
{
    if (m_reviews)
        m_list->setCurrentRow(int(m_pages.size()) + 1);
}

} // namespace mcfund
