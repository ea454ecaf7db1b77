#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace mcfund {

/**
 * An amount of Canadian dollars held as integer cents. Never converted through floating point:
 * parsing and formatting work on the digits so that $5,000,000.00 stays exact.
 */
class Money
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::Money)
public:
    constexpr Money() = default;
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    {}
    static constexpr Money fromDollars(qint64 dollars) { return Money(dollars * 100); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money& operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

    /** "$5,000,000.00" in en_CA, "5 000 000,00 $" in fr_CA; negative amounts as the locale writes them. */
    QString toString(const QLocale& locale) const;
    /** Digits with the locale's separators but no currency sign ("5 000 000,00"), for editors. */
    QString toPlainString(const QLocale& locale) const;

    /**
     * toString() for many amounts in one locale: where the locale puts its sign and currency symbol is
     * worked out once, not for every amount (an export writes millions).
     */
    class Formatter
    {
    public:
        explicit Formatter(const QLocale& locale);
        /** Money(cents).toString(locale), exactly. */
        QString toString(qint64 cents) const;

    private:
        QLocale m_digits;               ///< the locale with its default number options: groups of thousands
        QString m_decimal;              ///< the locale's decimal point
        QString m_positive, m_negative; ///< the locale's currency form of 7 and −7
    };

    /**
     * Parses an amount written in English or French, whatever \a locale (NumberText says how): an optional
     * currency sign, group separators between groups of three digits (a comma, or a plain, no-break or narrow
     * no-break space), at most two decimals, a leading minus or parentheses. "$1,234.56", "1 234,56 $" and
     * "1234.56" are all 123,456 cents; "12,5" is $12.50 and "5,00" is $5.00; an amount that the two
     * conventions read differently is refused. On failure returns false, leaves \a out unchanged and sets
     * \a error to a translated reason.
     */
    static bool parse(const QString& text, const QLocale& locale, Money* out, QString* error = nullptr);

    /** Whole dollars beyond this many digits are refused, so that sums of amounts never overflow. */
    static constexpr int MaxIntegerDigits = 15;

private:
    qint64 m_cents = 0;
};

} // namespace mcfund
