#pragma once

#include "domain/codes.h"
#include "domain/entityschema.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QVariant>

#include <array>

namespace mcfund {

class Lookups;

/**
 * Turns what a person typed or pasted into a stored value, and a stored value into the text they would
 * type. Reading never depends on the session's language: amounts and numbers in English or French form
 * (Money::parse, NumberText — a number the two conventions read differently is refused), dates as
 * DateText reads them, codes by their code or their English or French label, references by name in either
 * language, yes/no/oui/non. Formatting follows the session's locale. Used by import, paste, typing in a
 * cell or the form, and package merge, so that every path accepts the same input.
 */
class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::ValueParser)
public:
    ValueParser(const QLocale& locale, const QString& language, const Lookups* lookups);

    /** Parses \a text for \a field; returns false with a message saying what was wrong. Empty text is null.
     */
    bool parse(const FieldDef& field, const QString& text, QVariant* value, QString* error) const;
    /** The text a user would type for a stored value (the inverse of parse). */
    QString format(const FieldDef& field, const QVariant& value) const;

private:
    QLocale m_locale;
    QString m_language;
    const Lookups* m_lookups;
    // What format() writes again and again, worked out once: amounts' form, yes and no, every code's label.
    Money::Formatter m_money;
    QString m_yes, m_no;
    std::array<QHash<QString, QString>, size_t(CodeList::DecisionOutcome) + 1> m_codeLabels;
};

} // namespace mcfund
