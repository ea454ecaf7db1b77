#include "windowlauncher.h"

#include "mainwindow.h"
#include "settings.h"

#include "domain/translations.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace mcfund {

int WindowLauncher::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), tr("The workspace file."), tr("FILE")});
    parser.addOption({QStringLiteral("lang"), tr("Interface language: en or fr."), QStringLiteral("en|fr")});
    parser.addOption(
        {QStringLiteral("screenshot"), tr("Save a picture of the window to FILE and quit."), tr("FILE")});
    parser.addOption({QStringLiteral("page"), tr("The page to show first."),
                      QStringLiteral("rounds|institutions|projects|credentials|partners")});
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
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(1500, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace mcfund
