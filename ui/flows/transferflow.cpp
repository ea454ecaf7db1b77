#include "transferflow.h"

#include "windowcontext.h"

#include "backgroundtask.h"
#include "dialogs/importwizard.h"
#include "exporter.h"
#include "pages/tablepage.h"
#include "registryexport.h"
#include "tables/tablecolumns.h"
#include "tables/tablemodel.h"
#include "workspace.h"

#include "domain/translations.h"
#include "storage/database.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>

namespace mcfund {

void TransferFlow::importFile(WindowContext& window)
{
    Workspace* workspace = window.workspace();
    if (!workspace)
        return;
    Entity entity = Entity::Credential;
    if (TablePage* p = window.currentPage())
        if (p->entity() == Entity::Project || p->entity() == Entity::Institution ||
            p->entity() == Entity::Partner)
            entity = p->entity();
    ImportWizard wizard(workspace, entity, window.dialogParent());
    if (wizard.exec() == QDialog::Accepted)
        window.showMessage(tr("Imported: %1").arg(wizard.report().summary()));
}

void TransferFlow::exportTable(WindowContext& window)
{
    Workspace* workspace = window.workspace();
    TablePage* p = window.currentPage();
    if (!workspace || !p)
        return;
    const QString path = QFileDialog::getSaveFileName(window.dialogParent(), tr("Export Table"),
                                                      p->key() + QStringLiteral(".xlsx"),
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
    const Lookups lookups = workspace->lookups();
    const Entity entity = p->entity();
    const FilterSpec filter = p->model()->filter();
    const SortSpec sort = p->model()->sortSpec();
    const QString language = Translations::current();
    const bool ok = BackgroundTask::run(
        window.dialogParent(), workspace->database(), true,
        tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
        [&](const QSqlDatabase& db, const BackgroundTask::Progress& progress, QString* why) {
            return Exporter::write(db, lookups, entity, filter, sort, columns, QLocale(), language, format,
                                   path, why, &written, progress);
        },
        &error);
    if (!ok)
        QMessageBox::warning(window.dialogParent(), tr("Export Table"), error);
    else
        window.showMessage(tr("Exported %n row(s) to %1", nullptr, written).arg(path));
}

void TransferFlow::exportWorkspace(WindowContext& window)
{
    Workspace* workspace = window.workspace();
    if (!workspace)
        return;
    const QString folder = QFileDialog::getExistingDirectory(window.dialogParent(),
                                                             tr("Export the Whole Workspace to a Folder"));
    if (folder.isEmpty())
        return;
    QString error;
    QStringList files;
    const Lookups lookups = workspace->lookups();
    const QString language = Translations::current();
    const QList<QPair<Entity, QString>> tables{{Entity::Round, QStringLiteral("rounds")},
                                               {Entity::Institution, QStringLiteral("institutions")},
                                               {Entity::Project, QStringLiteral("projects")},
                                               {Entity::Credential, QStringLiteral("credentials")},
                                               {Entity::Partner, QStringLiteral("partners")}};
    BackgroundTask::run(
        window.dialogParent(), workspace->database(), true, tr("Exporting the whole workspace…"),
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
        QMessageBox::warning(window.dialogParent(), tr("Export the Whole Workspace"), error);
    else
        window.showMessage(tr("Exported %1 to %2").arg(files.join(QStringLiteral(", ")), folder));
}

void TransferFlow::exportRegistry(WindowContext& window)
{
    Workspace* workspace = window.workspace();
    if (!workspace)
        return;
    const QString path = QFileDialog::getSaveFileName(
        window.dialogParent(), tr("Export Micro-credentials for a Registry"),
        QStringLiteral("micro-credentials.json"),
        tr("Open Badges 3.0 achievements (*.json);;Credential Engine CTDL JSON-LD (*.jsonld)"));
    if (path.isEmpty())
        return;
    FilterSpec filter;
    if (TablePage* p = window.page(Entity::Credential))
        filter = p->model()->filter();
    const auto format = path.endsWith(QLatin1String(".jsonld"), Qt::CaseInsensitive)
                            ? RegistryExport::Format::Ctdl
                            : RegistryExport::Format::OpenBadges;
    QString error;
    int written = 0;
    const Lookups lookups = workspace->lookups();
    const bool ok = BackgroundTask::run(
        window.dialogParent(), workspace->database(), true,
        tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
        [&](const QSqlDatabase& db, const BackgroundTask::Progress& progress, QString* why) {
            return RegistryExport::write(db, lookups, filter, format, path, why, &written, progress);
        },
        &error);
    if (!ok)
        QMessageBox::warning(window.dialogParent(), tr("Export Micro-credentials for a Registry"), error);
    else
        window.showMessage(tr("Exported %n micro-credential(s) to %1", nullptr, written).arg(path));
}

} // namespace mcfund
