#pragma once

#include "domain/entityschema.h"
#include "domain/validation.h"
#include "query/filterspec.h"

#include <QWidget>

class QSplitter;
class QTableView;
class QLabel;

namespace mcfund {

class DetailForm;
class FieldDelegate;
class FilterBar;
class TableModel;
class Workspace;

/**
 * One page of the workspace: a filter bar, a lazy table of one entity and the detail form of the
 * selected row. Adding, duplicating, deleting, copying and pasting rows all go through the workspace's
 * single command path, so each is one undoable step. The layout, columns, sort and filters are
 * remembered per page.
 */
class TablePage : public QWidget
{
    Q_OBJECT
public:
    /** \a active: whether the table's background pass may start now (see TableModel::setActive). */
    TablePage(Workspace* workspace, Entity entity, QWidget* parent = nullptr, bool active = true);
    ~TablePage() override;

    Entity entity() const { return m_entity; }
    QString key() const;
    QString title() const;
    TableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    FilterBar* filterBar() const { return m_filterBar; }
    DetailForm* form() const { return m_form; }

    /** "12 of 88 projects" */
    QString countText() const;
    /** "85 without French text" for the interface language, or "" when every row has its text. */
    QString missingText() const;
    /** Shows only the rows missing text in the interface language. */
    void filterMissing();
    void setFilter(const FilterSpec& filter);
    void focusSearch();
    void saveState() const;
    void retranslate();
    /** Selects the row of \a uid, if it is in the filtered rows. */
    bool selectUid(const QString& uid);
    /** The page is in front (or not): only then does its table work in the background. */
    void setActive(bool active);

public slots:
    void addRow();
    void duplicateRows();
    void deleteRows();
    void copySelection();
    void paste();
    /** Pastes tab-separated \a text at the current cell; returns false with problems listed in \a message. */
    bool pasteText(const QString& text, QString* message);

signals:
    void countChanged();
    void message(const QString& text);
    /** Ask the window to show another page with a sector filter (carrying a sector across pages). */
    void showSectorElsewhere(mcfund::Entity target, const QString& sectorUid);

private:
    QList<int> selectedRows() const;
    void restoreState();
    void updateForm();
    /** Shows what to do when the table has no rows: add or import, or clear the filters. */
    void updateEmptyHint();
    Record newRecordDefaults() const;

    Workspace* m_workspace;
    Entity m_entity;
    FilterBar* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
    TableModel* m_model = nullptr;
    FieldDelegate* m_delegate = nullptr;
    DetailForm* m_form = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_emptyHint = nullptr;
};

} // namespace mcfund
