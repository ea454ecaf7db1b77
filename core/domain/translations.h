#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace mcfund {

/**
 * Installs the interface language: mcfund's own translations (embedded) and Qt's qtbase translations
 * for standard dialogs and buttons. Lives in core because the command line speaks French too.
 */
class Translations
{
public:
    /** Languages with a translation: "en", "fr". */
    static QStringList available();
    /** Replaces the installed translators with those of \a language; returns false if unknown. */
    static bool install(const QString& language);
    static QString current();
    /** "fr" when the system locale is French, else "en". */
    static QString systemLanguage();
    /**
     * The French text of \a source in \a context, whatever language is installed (empty when it has
     * none): values and headers are read in both languages in every session.
     */
    static QString french(const char* context, const char* source);
};

} // namespace mcfund
