#include "workspaceflow.h"
#include "version.h"

#include "windowcontext.h"

#include "backgroundtask.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/connectdialog.h"
#include "dialogs/newworkspacedialog.h"
#include "platform/platform.h"
#include "workspace.h"

#include "storage/database.h"
#include "storage/server.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QUrl>

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
        QMessageBox::warning(window.dialogParent(), tr("Cannot save a copy"),
                             tr("“%1” cannot be replaced.").arg(path));
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
           "Per-project amounts are not published; primary sectors are assigned by mcfund.</p>"
           "<p>Version %1, released %3. Licensed under the Apache License, version 2.0: free to use, "
           "change and share, with no warranty.</p>")
            .arg(QStringLiteral(MCFUND_VERSION), source,
                 QLocale().toString(QDate::fromString(QStringLiteral(MCFUND_RELEASE_DATE), Qt::ISODate),
                                    QLocale::LongFormat)));
}

void WorkspaceFlow::openRequested(WindowContext& window, const QString& target)
{
    QWidget* w = window.dialogParent();
    if (w->isMinimized())
        w->showNormal();
    w->raise();
    w->activateWindow();
    const auto same = [](const QString& a, const QString& b) {
        if (a == b)
            return true;
        const QString ca = QFileInfo(a).canonicalFilePath(), cb = QFileInfo(b).canonicalFilePath();
        return !ca.isEmpty() && ca == cb;
    };
    if (window.workspace() && same(window.workspace()->database().path(), target))
        return;
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        // Never from under an open dialog (it works on the workspace that is open): when it closes.
        auto* wait = w->findChild<QTimer*>(QStringLiteral("mcfund-requested-open"));
        if (!wait) {
            wait = new QTimer(w);
            wait->setObjectName(QStringLiteral("mcfund-requested-open"));
            wait->setInterval(300);
            QObject::connect(wait, &QTimer::timeout, w, [&window, wait] {
                if (QApplication::activeModalWidget() || QApplication::activePopupWidget())
                    return;
                const QString next = wait->property("target").toString();
                wait->deleteLater();
                openRequested(window, next);
            });
        }
        wait->setProperty("target", target);
        window.showMessage(tr("Close the dialog to open %1.").arg(QDir::toNativeSeparators(target)));
        wait->start();
        return;
    }
    QString error;
    if (!window.openWorkspace(target, &error))
        QMessageBox::warning(w, tr("Cannot open the workspace"), error);
}

bool WorkspaceFlow::prepareToOpen(WindowContext& window, const QString& path, QString* error)
{
    // A million-row file takes seconds to copy: the progress dialog says how far it has got.
    if (Database::needsUpgrade(path) &&
        !BackgroundTask::run(
            window.dialogParent(),
            tr("Updating “%1” for this version of mcfund; a copy of it as it was is kept beside it…")
                .arg(QDir::toNativeSeparators(path)),
            [path](const BackgroundTask::Progress& progress, QString* why) {
                return Database::upgrade(path, progress, why);
            },
            error))
        return false;
    // The first connection also checks that the database is a workspace mcfund can read; the window's own
    // connection follows, quick once the server has answered. No Cancel: libpq cannot stop a connection
    // half-made, and the wait is bounded by its timeout.
    return !Server::isLocation(path) ||
           BackgroundTask::run(
               window.dialogParent(), tr("Connecting to %1…").arg(Server::displayName(path)),
               [path](const BackgroundTask::Progress&, QString* why) {
                   int version = 0;
                   return Database::inspect(path, &version, why, Database::Check::Structure);
               },
               error, false);
}

void WorkspaceFlow::askAboutOthersChanges(WindowContext& window)
{
    Workspace* workspace = window.workspace();
    if (!workspace)
        return;
    QWidget* parent = window.dialogParent();
    // Someone else saved the same field first: what it was, theirs and mine side by side; the person chooses.
    workspace->setConflictResolver([parent](const EditBatch& batch, const QList<EditProblem>& problems) {
        ConflictDialog dialog(batch, problems, parent);
        return dialog.exec() == QDialog::Accepted ? Workspace::Resolution::UseMine
                                                  : Workspace::Resolution::KeepTheirs;
    });
    // Someone else deleted the record being edited: said so, and put back with the edit if wanted.
    workspace->setRestoreResolver([parent](const QString& label) {
        return QMessageBox::question(
                   parent, tr("Deleted by Someone Else"),
                   tr("“%1” was deleted by someone else while you were editing it. Put it back, "
                      "with your change?")
                       .arg(label),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    });
}

void WorkspaceFlow::checkInBackground(WindowContext& window)
{
    Workspace* workspace = window.workspace();
    if (!workspace)
        return;
    // A file found sound at an earlier check and unchanged since is not read whole again (IntegrityStamps).
    if (workspace->database().isCheckedSound()) {
        window.showMessage(tr("Workspace opened: sound at its last check, and unchanged since."));
        return;
    }
    QPointer<QWidget> parent(window.dialogParent());
    QPointer<Workspace> ws(workspace);
    WindowContext* context = &window;
    const QString checked = workspace->database().path();
    window.showMessage(tr("Checking the workspace…"));
    QThread* check = QThread::create([parent, ws, context, checked] {
        Platform::yieldToInterface();
        QString why;
        const bool ok = Database::checkIntegrity(checked, &why);
        QMetaObject::invokeMethod(qApp, [parent, ws, context, ok, why] {
            // The window and the same workspace still there: the window is the context, and lives as long.
            if (!parent || !ws || context->workspace() != ws)
                return;
            if (ok) {
                ws->database().setCheckedSound();
                context->showMessage(tr("Workspace checked: no damage found."));
                return;
            }
            context->closeWorkspace();
            QMessageBox::critical(parent, tr("The workspace is damaged"), why);
        });
    });
    QObject::connect(check, &QThread::finished, check, &QObject::deleteLater);
    check->start();
}

QString WorkspaceFlow::title(const Workspace* workspace)
{
    if (!workspace)
        return tr("mcfund");
    const Database& db = workspace->database();
    QString kind;
    switch (db.kind()) {
    case WorkspaceKind::Synthetic:
        kind = tr("synthetic data");
        break;
    case WorkspaceKind::Empty:
        kind = tr("new workspace");
        break;
    case WorkspaceKind::Official:
        kind = tr("official data");
        break;
    case WorkspaceKind::Package:
        kind = tr("institution package");
        break;
    }
    if (db.isEdited())
        kind = tr("%1, edited").arg(kind);
    if (db.isServer()) {
        // Where, as whom, and with which role: what the database lets this person do.
        const QUrl url(db.displayName());
        return tr("%1 as %2, %3 (%4) — mcfund")
            .arg(url.path().mid(1), Workspace::userName(), Server::roleName(workspace->role()), kind);
    }
    return (workspace->isReadOnly() ? tr("%1 (%2) [read-only] — mcfund") : tr("%1 (%2) — mcfund"))
        .arg(QFileInfo(db.path()).fileName(), kind);
}

} // namespace mcfund
