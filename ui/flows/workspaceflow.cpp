#include "workspaceflow.h"

#include "windowcontext.h"

#include "dialogs/connectdialog.h"
#include "dialogs/newworkspacedialog.h"
#include "workspace.h"

#include "storage/database.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace mcfund {

void WorkspaceFlow::newWorkspace(WindowContext& window)
{
    NewWorkspaceDialog dialog(window.dialogParent());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!window.openWorkspace(dialog.createdPath(), &error))
        QMessageBox::warning(window.dialogParent(), tr("Cannot open the workspace"), error);
}

void WorkspaceFlow::openDialog(WindowContext& window)
{
    const QString path =
        QFileDialog::getOpenFileName(window.dialogParent(), tr("Open Workspace"), QString(),
                                     tr("mcfund workspaces (*.mcfund *.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!window.openWorkspace(path, &error))
        QMessageBox::warning(window.dialogParent(), tr("Cannot open the workspace"), error);
}

void WorkspaceFlow::connectDialog(WindowContext& window, const QString& uri)
{
    ConnectDialog dialog(window.dialogParent(), uri);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!window.openWorkspace(dialog.uri(), &error))
        QMessageBox::warning(window.dialogParent(), tr("Cannot open the shared workspace"), error);
}

void WorkspaceFlow::saveCopy(WindowContext& window)
{
    Workspace* workspace = window.workspace();
    if (!workspace)
        return;
    const QString path = QFileDialog::getSaveFileName(window.dialogParent(), tr("Save a Copy"), QString(),
                                                      tr("mcfund workspaces (*.mcfund *.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(window.dialogParent(), tr("Cannot save a copy"), tr("“%1” cannot be replaced.").arg(path));
        return;
    }
    QString error;
    // Edits the file could not take go into the copy too.
    if (!workspace->saveCopyWithPending(path, &error))
        QMessageBox::warning(window.dialogParent(), tr("Cannot save a copy"), error);
    else
        window.showMessage(tr("Saved a copy to %1").arg(path));
}

void WorkspaceFlow::about(WindowContext& window)
{
    Workspace* workspace = window.workspace();
    QString source = tr("the official data of the fund");
    if (workspace && workspace->database().kind() == WorkspaceKind::Synthetic)
        source = tr("synthetic data generated for demonstrations and tests");
    QMessageBox::about(
        window.dialogParent(), tr("About mcfund"),
        tr("<h3>mcfund %1</h3><p>Administering Ontario's Micro-credentials Challenge Fund: rounds, "
           "institutions, projects and micro-credentials.</p><p>This workspace holds %2.</p>"
           "<p>Data source: the public Ontario page on micro-credentials (Ontario Micro-credentials "
           "Challenge Fund, Round 2 funding recipients) and the announcements of each round. "
           "Per-project amounts are not published; primary sectors are assigned by mcfund.</p>")
            .arg(QStringLiteral(MCFUND_VERSION), source));
}

} // namespace mcfund
