#pragma once

#include "domain/entityschema.h"
#include "query/filterspec.h"

class QString;
class QWidget;

namespace mcfund {

class TablePage;
class Workspace;

/**
 * What a flow (a report, an import or export, a package, opening a workspace) needs of the window it runs
 * from: a parent for its dialogs, the open workspace, where the user is (to prefill its choices), and a
 * place for its last word. MainWindow is one; a test can provide another, without the whole window.
 */
class WindowContext
{
public:
    virtual ~WindowContext() = default;
    /** The parent of the flow's dialogs and progress. */
    virtual QWidget* dialogParent() = 0;
    /** The open workspace, or nullptr. */
    virtual Workspace* workspace() const = 0;
    /** The table page in front, or nullptr (the dashboard, the reviews). */
    virtual TablePage* currentPage() const = 0;
    /** The table page of \a entity, shown or not, or nullptr when no workspace is open. */
    virtual TablePage* page(Entity entity) const = 0;
    /** The filter of the page in front when it is the dashboard. */
    virtual FilterSpec dashboardFilter() const = 0;
    /** A short message in the status bar. */
    virtual void showMessage(const QString& text) = 0;
    /** Opens \a path as the workspace; false with the reason in \a error. */
    virtual bool openWorkspace(const QString& path, QString* error) = 0;
    /** Closes the workspace (a damaged one, found so after it opened). */
    virtual void closeWorkspace() = 0;
};

} // namespace mcfund
