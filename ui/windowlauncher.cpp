#include "windowlauncher.h"

#include "dialogs/assigndialog.h"
#include "dialogs/connectdialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/newworkspacedialog.h"
#include "dialogs/reportdialog.h"
#include "mainwindow.h"
#include "settings.h"
#include "workspace.h"

#include "domain/translations.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
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
    if (!parser.parse(args)) {
        fprintf(stderr, "%s\n", qPrintable(tr("mcfund: %1").arg(parser.errorText())));
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
    const QString path = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                                  : Database::defaultPath();
    MainWindow window;
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
