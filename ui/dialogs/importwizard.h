#pragma once

#include "domain/entityschema.h"
#include "edits/editbatch.h"
#include "importer.h"
#include "rowsource.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace mcfund {

class Workspace;

/**
 * File ▸ Import: choose a CSV or XLSX file (and sheet) and what its rows are; check or change the column
 * mapping guessed from the headers (English or French), save it as a named preset; see the first rows as
 * they will be stored and every problem with its line and reason; choose "import the valid rows" or "all or
 * nothing". The import is one transaction and one step of Edit ▸ Undo.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    ImportWizard(Workspace* workspace, Entity entity, QWidget* parent = nullptr);

    /**
     * Opens \a path (CSV or XLSX) as if chosen on the first page, reading its header and first row (off the
     * UI thread); false with a message. The rows themselves are read as they are checked and imported.
     */
    bool loadFile(const QString& path, QString* error);
    void setEntity(Entity entity);
    /** Checks every row with the current mapping (reading the file through); fills the preview and the
     * problems. */
    bool check(QString* error);
    /** Imports the file as checked: read again, written as it is read, one transaction and one undoable step.
     */
    bool importNow(QString* error);
    QTableWidget* mappingTable() const { return m_mapping; }
    const ImportReport& report() const { return m_report; }
    void setAllOrNothing(bool on);

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    void fillMapping();
    bool openFile(const QString& path, const QString& sheetName, QStringList* sheets, QString* error);
    ImportOptions options() const;
    QHash<int, QString> mapping() const;
    Entity entity() const;

    Workspace* m_workspace;
    Sheet m_sheet; ///< the header and the first row, for the mapping page
    QString m_path;
    QString m_sheetName;
    QLineEdit* m_file = nullptr;
    QComboBox* m_entity = nullptr;
    QComboBox* m_sheetBox = nullptr;
    QTableWidget* m_mapping = nullptr;
    QComboBox* m_presets = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_preview = nullptr;
    QTableWidget* m_problems = nullptr;
    QRadioButton* m_valid = nullptr;
    QRadioButton* m_all = nullptr;
    ImportReport m_report;
    QList<RowEdit> m_first; ///< the first rows as they will be stored, for the preview
    bool m_checked = false;
};

} // namespace mcfund
