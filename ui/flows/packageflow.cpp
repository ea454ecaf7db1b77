#include "packageflow.h"

#include "windowcontext.h"

#include "dialogs/mergedialog.h"
#include "pages/tablepage.h"
#include "tables/tablemodel.h"
#include "workspace.h"

#include "domain/translations.h"
#include "packages/institutionpackage.h"
#include "packages/packagemerger.h"
#include "storage/database.h"

#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QTableView>

namespace mcfund {

void PackageFlow::exportPackage(WindowContext& window)
{
    Workspace* workspace = window.workspace();
    if (!workspace)
        return;
    const QString lang = Translations::current();
    QStringList names;
    QStringList uids;
    for (const LookupItem& i : workspace->lookups().sorted(Entity::Institution, lang)) {
        names << i.name(lang);
        uids << i.uid;
    }
    int preselect = 0;
    if (TablePage* p = window.currentPage())
        if (p->entity() == Entity::Institution && p->table()->currentIndex().isValid())
            preselect = std::max(0, int(uids.indexOf(p->model()->uidAt(p->table()->currentIndex().row()))));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(window.dialogParent(), tr("Export Institution Package"),
                                                 tr("Institution:"), names, preselect, false, &ok);
    if (!ok)
        return;
    const QString uid = uids.value(names.indexOf(chosen));
    const QString path = QFileDialog::getSaveFileName(window.dialogParent(), tr("Export Institution Package"),
                                                      chosen + QStringLiteral(".mcfpkg"),
                                                      tr("Institution packages (*.mcfpkg)"));
    if (path.isEmpty())
        return;
    QFile::remove(path); // the file dialog has asked before replacing it
    QString error;
    PackageInfo info;
    if (!InstitutionPackage::exportTo(workspace->database(), uid, 0, path, Workspace::userName(), &info,
                                      &error))
        QMessageBox::warning(window.dialogParent(), tr("Export Institution Package"), error);
    else
        window.showMessage(tr("Wrote the package of %1 to %2").arg(info.institutionName, path));
}

void PackageFlow::mergePackage(WindowContext& window)
{
    Workspace* workspace = window.workspace();
    if (!workspace)
        return;
    const QString path =
        QFileDialog::getOpenFileName(window.dialogParent(), tr("Merge Institution Package"), QString(),
                                     tr("Institution packages (*.mcfpkg);;All files (*)"));
    if (path.isEmpty())
        return;
    MergePlan plan;
    QString error;
    if (!PackageMerger::plan(workspace->database().connection(), path, &plan, &error)) {
        QMessageBox::warning(window.dialogParent(), tr("Merge Institution Package"), error);
        return;
    }
    MergeDialog dialog(workspace, plan, window.dialogParent());
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(window.dialogParent(), tr("Merge Institution Package"), dialog.report());
}

} // namespace mcfund
