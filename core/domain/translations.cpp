#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace mcfund {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed& installed()
{
    static Installed i;
    return i;
}

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString Translations::current()
{
    return installed().language;
}

QString Translations::systemLanguage()
{
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QString Translations::french(const char* context, const char* source)
{
    // Loaded once, read-only afterwards: safe to use from loader and import threads.
    static const std::unique_ptr<QTranslator> fr = [] {
        auto t = std::make_unique<QTranslator>();
        if (!t->load(QStringLiteral(":/mcfund/i18n/mcfund_fr.qm")))
            t.reset();
        return t;
    }();
    return fr ? fr->translate(context, source) : QString();
}

bool Translations::install(const QString& language)
{
    if (!available().contains(language))
        return false;
    Installed& i = installed();
    if (i.app)
        QCoreApplication::removeTranslator(i.app.get());
    if (i.qt)
        QCoreApplication::removeTranslator(i.qt.get());
    i.app = std::make_unique<QTranslator>();
    i.qt = std::make_unique<QTranslator>();
    // The English file carries the plural forms ("1 project", "2 projects").
    if (i.app->load(QStringLiteral(":/mcfund/i18n/mcfund_%1.qm").arg(language)))
        QCoreApplication::installTranslator(i.app.get());
    if (language != QLatin1String("en") && i.qt->load(QStringLiteral("qtbase_%1").arg(language),
                                                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(i.qt.get());
    i.language = language;
    QLocale::setDefault(
        QLocale(language == QLatin1String("fr") ? QStringLiteral("fr_CA") : QStringLiteral("en_CA")));
    return true;
}

} // namespace mcfund
