#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace mcfund {

/**
 * Reads a number that a person wrote, in English or French, whatever the language of the session.
 *
 * The text is read twice: under the English convention (1,234.56 — a comma or a space between groups of
 * three digits, a point before the decimals) and under the French one (1 234,56 — a space, no-break space
 * or narrow no-break space between groups, a comma before the decimals). When exactly one reading is valid,
 * or both give the same value, that value is the answer; when both are valid and differ, or neither is,
 * the text is refused and the reason says why. Group separators must stand between groups of exactly three
 * digits, so "12,5" and "5,00" are never read as 125 and 500. This is the one reader behind amounts
 * (Money::parse) and whole numbers (hours, weeks, counts), for import, paste, typing and the command line.
 */
class NumberText
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::NumberText)
public:
    enum class Outcome
    {
        Ok,
        Empty,           ///< nothing but spaces (and a currency sign)
        NotANumber,      ///< neither convention reads it
        TooManyDecimals, ///< a reading failed only because of its decimals
        Ambiguous,       ///< both conventions read it, with different values
        TooLarge,        ///< more digits than the field can hold
    };
    struct Result
    {
        Outcome outcome = Outcome::NotANumber;
        qint64 value = 0;      ///< the value times 10^decimals, when Ok; the English reading when Ambiguous
        qint64 otherValue = 0; ///< the French reading when Ambiguous
        QChar unexpected;      ///< the first character neither convention allows, if any
    };

    /**
     * Reads \a text as a number with at most \a decimals decimals, scaled to an integer (2 for cents).
     * \a maxIntegerDigits bounds the whole part so that sums stay far inside 64 bits. A currency sign ($)
     * on either side and a minus sign or accounting parentheses are accepted when \a currency is true; a
     * minus sign alone otherwise.
     */
    static Result read(const QString& text, int decimals, int maxIntegerDigits, bool currency);

    /**
     * A whole number (hours, weeks, learners, years). On failure returns false and sets \a error to a
     * translated reason that quotes the text.
     */
    static bool parseWhole(const QString& text, qint64* out, QString* error = nullptr);
};

} // namespace mcfund
