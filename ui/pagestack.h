#pragma once

#include "domain/entityschema.h"

#include <QObject>
#include <QStringList>

class QLabel;
class QListWidget;
class QStackedWidget;
class QWidget;

namespace mcfund {

class DashboardPage;
class ReviewsPage;
class TablePage;
class Workspace;

/**
 * The pages of the open workspace and the list that switches between them: the dashboard, one table page
 * for each kind of record, and the Reviews page (not for a coordinator); a page that says so when no
 * workspace is open. Only the page in front works in the background. The window places the list and the
 * stack and listens to what the pages say.
 */
class PageStack : public QObject
{
    Q_OBJECT
public:
    /** The list and the stack are made as children of \a listParent and \a stackParent. */
    PageStack(QWidget* listParent, QWidget* stackParent);

    /** The kinds of record that have a table page, in the list's order. */
    static const QList<Entity>& entities();
    /** Their names as the list and View menu show them, in the current language. */
    static QStringList pageNames();

    QListWidget* list() const { return m_list; }
    QStackedWidget* stack() const { return m_stack; }

    /** The pages of \a workspace, with the page shown last time in front. */
    void build(Workspace* workspace);
    /** Saves each page's state and removes every page. */
    void clear();
    void saveState();
    void retranslate();

    TablePage* page(Entity entity) const;
    /** The table page in front, or nullptr. */
    TablePage* currentPage() const;
    DashboardPage* dashboard() const { return m_dashboard; }
    ReviewsPage* reviews() const { return m_reviews; }
    bool reviewsInFront() const;
    void showPage(Entity entity);
    void showDashboard();
    void showReviews();

signals:
    /** Another page came to the front. */
    void currentChanged();
    /** The count of rows of a page changed. */
    void countChanged();
    /** The selected record of the page in front changed. */
    void recordChanged();
    void message(const QString& text);

private:
    void activateShown();

    QListWidget* m_list;
    QStackedWidget* m_stack;
    QWidget* m_empty;
    QLabel* m_emptyLabel;
    QList<TablePage*> m_pages;
    DashboardPage* m_dashboard = nullptr;
    ReviewsPage* m_reviews = nullptr;
};

} // namespace mcfund
