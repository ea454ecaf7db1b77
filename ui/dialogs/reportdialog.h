#pragma once

#include "query/filterspec.h"

#include <QDialog>
#include <QPageSize>

class QComboBox;
class QLabel;

namespace mcfund {

class Workspace;

/** What to print: the kind of report, which round, institution or sector, and the paper size. */
struct ReportRequest
{
    enum class Type
    {
        Round,
        Institution,
        Sector
    };
    Type type = Type::Round;
    int round = 0;
    QString institutionUid;
    QString sectorCode;
    QPageSize::PageSizeId paper = QPageSize::Letter;
    FilterSpec filter; ///< the page's filters, followed by the report
};

/** Chooses a report, prefilled from the current page (its round, sector and selected institution). */
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(Workspace* workspace, const ReportRequest& initial, QWidget* parent = nullptr);
    ReportRequest request() const;

private:
    void updateEnabled();

    Workspace* m_workspace;
    ReportRequest m_initial;
    QComboBox* m_type = nullptr;
    QComboBox* m_round = nullptr;
    QComboBox* m_institution = nullptr;
    QComboBox* m_sector = nullptr;
    QComboBox* m_paper = nullptr;
    QLabel* m_filters = nullptr;
};

} // namespace mcfund
