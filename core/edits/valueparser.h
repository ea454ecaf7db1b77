#pragma once

#include "domain/entityschema.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariant>

namespace mcfund {

class Lookups;

/**
 * Turns what a person typed or pasted into a stored value, and a stored value into the text they would
 * type: amounts in the locale ("5 000,00 $"), codes by code or by their English or French label,
 * references by name, dates as YYYY-MM-DD or in the locale's short format, yes/no in either language.
 * Used by paste, the form and (later) import, so that every path accepts the same input.
 */
class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::ValueParser)
public:
    ValueParser(const QLocale& locale, const QString& language, const Lookups* lookups);

    /** Parses \a text for \a field; returns false with a message saying what was wrong. Empty text is null. */
    bool parse(const FieldDef& field, const QString& text, QVariant* value, QString* error) const;
    /** The text a user would type for a stored value (the inverse of parse). */
    QString format(const FieldDef& field, const QVariant& value) const;

private:
    QLocale m_locale;
    QString m_language;
    const Lookups* m_lookups;
};

} // namespace mcfund
