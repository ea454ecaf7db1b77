#include "windowlauncher.h"

#include "dialogs/assigndialog.h"
#include "dialogs/connectdialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/newworkspacedialog.h"
#include "dialogs/reportdialog.h"
#include "instancechannel.h"
#include "mainwindow.h"
#include "settings.h"
#include "workspace.h"

#include "domain/translations.h"
#include "storage/database.h"
#include "storage/server.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace mcfund {

QDialog* WindowLauncher::openDialog(MainWindow& window, const QString& name)
{
    Workspace* workspace = window.workspace();
    QDialog* dialog = nullptr;
    if (name == QLatin1String("new"))
        dialog = new NewWorkspaceDialog(&window);
    else if (name == QLatin1String("connect"))
        dialog = new ConnectDialog(&window);
    else if (name == QLatin1String("report"))
        dialog = new ReportDialog(workspace, ReportRequest(), &window);
    else if (name == QLatin1String("import"))
        dialog = new ImportWizard(workspace, Entity::Credential, &window);
    else if (name == QLatin1String("assign")) {
        const QList<LookupItem>& rounds = workspace->lookups().items(Entity::Round);
        if (!rounds.isEmpty())
            dialog =
                new AssignDialog(workspace, rounds.last().uid, rounds.last().name(Translations::current()),
                                 QString(), QString(), &window);
    }
    if (dialog) {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
    return dialog;
}

int WindowLauncher::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), tr("The workspace file."), tr("FILE")});
    parser.addOption({QStringLiteral("lang"), tr("Interface language: en or fr."), QStringLiteral("en|fr")});
    parser.addOption(
        {QStringLiteral("screenshot"), tr("Save a picture of the window to FILE and quit."), tr("FILE")});
    parser.addOption({QStringLiteral("page"), tr("The page to show first."),
                      QStringLiteral("dashboard|rounds|institutions|projects|credentials|partners|reviews")});
    parser.addOption({QStringLiteral("dialog"),
                      tr("Open a dialog over the window (with --screenshot, the picture is of the dialog)."),
                      QStringLiteral("new|connect|report|import|assign")});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("A workspace (.mcfund), an institution package (.mcfpkg) or a shared "
                                    "workspace's address to open."),
                                 QStringLiteral("[FILE|URI]"));
    if (!parser.parse(args)) {
        fprintf(stderr, "%s\n", qPrintable(tr("mcfund: %1").arg(parser.errorText())));
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        fprintf(stderr, "%s\n",
                qPrintable(tr("mcfund: one file at a time, not %1: %2")
                               .arg(files.size())
                               .arg(files.join(QStringLiteral(", ")))));
        return 2;
    }
    if (!files.isEmpty() && parser.isSet(QStringLiteral("database"))) {
        fprintf(stderr, "%s\n",
                qPrintable(tr("mcfund: give the workspace either with --database or as FILE, not both.")));
        return 2;
    }
    QString language = Settings::value(Settings::Language).toString();
    if (language.isEmpty())
        language = Translations::systemLanguage();
    if (parser.isSet(QStringLiteral("lang")))
        language = parser.value(QStringLiteral("lang"));
    if (!Translations::install(language)) {
        fprintf(stderr, "%s\n", qPrintable(tr("mcfund: --lang must be en or fr, not “%1”.").arg(language)));
        return 2;
    }
    const QString dialogName = parser.value(QStringLiteral("dialog"));
    static const QStringList dialogs = {QStringLiteral("new"), QStringLiteral("connect"),
                                        QStringLiteral("report"), QStringLiteral("import"),
                                        QStringLiteral("assign")};
    if (parser.isSet(QStringLiteral("dialog")) && !dialogs.contains(dialogName)) {
        fprintf(stderr, "%s\n",
                qPrintable(tr("mcfund: --dialog must be one of %1, not “%2”.")
                               .arg(dialogs.join(QStringLiteral(", ")), dialogName)));
        return 2;
    }
    if (parser.isSet(QStringLiteral("page")))
        Settings::setValue(Settings::LastPage, parser.value(QStringLiteral("page")));
    QString path = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                            : Database::defaultPath();
    // Pictures and dialogs are asked of this start alone; a file given as FILE goes to the window already
    // open, if there is one, rather than being opened twice.
    const bool ownWindow =
        parser.isSet(QStringLiteral("screenshot")) || parser.isSet(QStringLiteral("dialog"));
    if (!files.isEmpty()) {
        path = files.first();
        if (!Server::isLocation(path))
            path = QFileInfo(path).absoluteFilePath();
        if (!ownWindow && InstanceChannel::handOver(path))
            return 0;
    }
    MainWindow window;
    InstanceChannel channel;
    if (!ownWindow && channel.listen())
        QObject::connect(&channel, &InstanceChannel::openRequested, &window, &MainWindow::openRequested);
    QString error;
    if (!window.openWorkspace(path, &error)) {
        fprintf(stderr, "%s\n", qPrintable(tr("mcfund: %1").arg(error)));
        if (QGuiApplication::platformName() != QLatin1String("offscreen"))
            QMessageBox::critical(nullptr, tr("Cannot open the workspace"), error);
        return 1;
    }
    window.show();
    QDialog* dialog = dialogName.isEmpty() ? nullptr : openDialog(window, dialogName);
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(1500, &window, [&window, dialog, file] {
            (dialog ? dialog->grab() : window.grab()).save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace mcfund
