#include "reportflow.h"

#include "windowcontext.h"

#include "backgroundtask.h"
#include "dialogs/reportdialog.h"
#include "pages/tablepage.h"
#include "printing/reportprinter.h"
#include "tables/tablemodel.h"
#include "workspace.h"

#include "domain/translations.h"
#include "reports/reportbuilder.h"
#include "storage/database.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QTableView>

namespace mcfund {

bool ReportFlow::prepare(WindowContext& window, Report* report, int* paper)
{
    Workspace* workspace = window.workspace();
    if (!workspace)
        return false;
    // Prefill from where the user is: the page's filters, its round, its sector, the selected institution.
    ReportRequest initial;
    if (TablePage* p = window.currentPage()) {
        initial.filter = p->model()->filter();
        if (p->entity() == Entity::Institution && p->table()->currentIndex().isValid()) {
            initial.type = ReportRequest::Type::Institution;
            initial.institutionUid = p->model()->uidAt(p->table()->currentIndex().row());
        }
    } else {
        initial.filter = window.dashboardFilter();
    }
    if (!initial.filter.roundUids.isEmpty())
        if (const LookupItem* r = workspace->lookups().find(Entity::Round, initial.filter.roundUids.first()))
            initial.round = r->code.toInt();
    if (initial.filter.institutionUids.size() == 1 && initial.type == ReportRequest::Type::Round &&
        initial.round == 0) {
        initial.type = ReportRequest::Type::Institution;
        initial.institutionUid = initial.filter.institutionUids.first();
    }
    if (initial.filter.sectorUids.size() == 1)
        if (const LookupItem* s =
                workspace->lookups().find(Entity::Sector, initial.filter.sectorUids.first())) {
            initial.sectorCode = s->code;
            if (initial.type == ReportRequest::Type::Round && initial.round == 0)
                initial.type = ReportRequest::Type::Sector;
        }
    initial.paper = QLocale().territory() == QLocale::Canada || QLocale().territory() == QLocale::UnitedStates
                        ? QPageSize::Letter
                        : QPageSize::A4;
    ReportDialog dialog(workspace, initial, window.dialogParent());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ReportRequest r = dialog.request();
    const QString language = Translations::current();
    QString error;
    // Built on a read-only connection of its own: a report over thousands of projects takes a few hundred ms.
    const bool ok = BackgroundTask::run(
        window.dialogParent(), workspace->database(), true, tr("Preparing the report…"),
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
        QMessageBox::warning(window.dialogParent(), tr("Report"), error);
        return false;
    }
    *paper = int(r.paper);
    return true;
}

void ReportFlow::preview(WindowContext& window)
{
    Report report;
    QPrinter printer(QPrinter::HighResolution);
    if (!prepareForPrinter(window, &report, &printer))
        return;
    QPrintPreviewDialog preview(&printer, window.dialogParent());
    preview.setWindowTitle(tr("Print Preview — %1").arg(report.title));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&report](QPrinter* p) { ReportPrinter::paint(report, p); });
    preview.resize(1000, 800);
    preview.exec();
}

bool ReportFlow::prepareForPrinter(WindowContext& window, Report* report, QPrinter* printer)
{
    int paper = 0;
    if (!prepare(window, report, &paper))
        return false;
    // The report lays out its own margins, so the printer's are zero.
    printer->setPageSize(QPageSize(QPageSize::PageSizeId(paper)));
    printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    printer->setDocName(report->title);
    return true;
}

void ReportFlow::print(WindowContext& window)
{
    Report report;
    QPrinter printer(QPrinter::HighResolution);
    if (!prepareForPrinter(window, &report, &printer))
        return;
    QPrintDialog dialog(&printer, window.dialogParent());
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportPrinter::paint(report, &printer);
}

void ReportFlow::exportPdf(WindowContext& window)
{
    Report report;
    int paper = 0;
    if (!prepare(window, &report, &paper))
        return;
    const QString path =
        QFileDialog::getSaveFileName(window.dialogParent(), tr("Export Report as PDF"),
                                     report.title + QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    // Qt Charts draws on this thread only: the charts are drawn here, and the pages written in the
    // background.
    const ReportPrinter::DrawnCharts charts = ReportPrinter::drawCharts(report, QPageSize::PageSizeId(paper));
    const bool ok = BackgroundTask::run(
        window.dialogParent(), window.workspace()->database(), true,
        tr("Writing %1…").arg(QFileInfo(path).fileName()),
        [&](const QSqlDatabase&, const BackgroundTask::Progress&, QString* why) {
            return ReportPrinter::writePdf(report, path, QPageSize::PageSizeId(paper), why, &charts);
        },
        &error, false);
    if (!ok)
        QMessageBox::warning(window.dialogParent(), tr("Export Report as PDF"), error);
    else
        window.showMessage(tr("Saved the report to %1").arg(path));
}

} // namespace mcfund
