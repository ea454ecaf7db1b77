#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace mcfund {

/**
 * Reads a date that a person wrote, in English or French, whatever the language of the session: ISO
 * (2024-01-05, also 2024/01/05 and with a midnight time), with the month's name in either language
 * ("January 5, 2024", "5 Jan 2024", "5 janvier 2024", "1er mars 2024"), or day and month as numbers
 * (05/01/2024), which is read both ways and refused when the two readings are different dates. Two-digit
 * years are refused. One reader for import, paste, typing and the command line.
 */
class DateText
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::DateText)
public:
    /** On failure returns false and sets \a error to a translated reason that quotes the text. */
    static bool parse(const QString& text, QDate* out, QString* error = nullptr);
};

} // namespace mcfund
