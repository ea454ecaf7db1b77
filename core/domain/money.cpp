#include "money.h"

#include "numbertext.h"

#include <QLocale>

namespace mcfund {

namespace {

/** \a locale with its default number options: digits in groups of thousands. */
QLocale grouping(const QLocale& locale)
{
    QLocale l = locale;
    l.setNumberOptions(QLocale::DefaultNumberOptions);
    return l;
}

QString groupedUnits(qint64 units, const QLocale& locale)
{
    return grouping(locale).toString(units);
}

/** Where \a locale puts the sign and symbol of an amount: the integer 7 (or -7) in its currency form. */
QString currencyPattern(const QLocale& locale, bool negative)
{
    return locale.toCurrencyString(qlonglong(negative ? -7 : 7), QStringLiteral("$"));
}

/** \a cents in \a pattern (currencyPattern() of the same sign), digits grouped by \a digits. */
QString compose(qint64 cents, const QLocale& digits, const QString& decimal, QString pattern)
{
    // Work on the magnitude in unsigned space so that the most negative value does not overflow.
    const quint64 magnitude = cents < 0 ? quint64(-(cents + 1)) + 1 : quint64(cents);
    const quint64 fraction = magnitude % 100;
    QString body = digits.toString(qint64(magnitude / 100)) + decimal;
    body += QLatin1Char(char('0' + fraction / 10));
    body += QLatin1Char(char('0' + fraction % 10));
    const qsizetype at = pattern.indexOf(QLatin1Char('7'));
    return at < 0 ? body : pattern.replace(at, 1, body);
}

} // namespace

QString Money::toPlainString(const QLocale& locale) const
{
    const bool negative = m_cents < 0;
    // Work on the magnitude in unsigned space so that the most negative value does not overflow.
    const quint64 magnitude = negative ? quint64(-(m_cents + 1)) + 1 : quint64(m_cents);
    const QString units = groupedUnits(qint64(magnitude / 100), locale);
    const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    const QString body = units + locale.decimalPoint() + cents;
    return negative ? locale.negativeSign() + body : body;
}

QString Money::toString(const QLocale& locale) const
{
    // One amount: only the pattern of its own sign is asked of the locale.
    return compose(m_cents, grouping(locale), locale.decimalPoint(), currencyPattern(locale, m_cents < 0));
}

Money::Formatter::Formatter(const QLocale& locale)
    : m_digits(grouping(locale))
    , m_decimal(locale.decimalPoint())
    , m_positive(currencyPattern(locale, false))
    , m_negative(currencyPattern(locale, true))
{}

QString Money::Formatter::toString(qint64 cents) const
{
    return compose(cents, m_digits, m_decimal, cents < 0 ? m_negative : m_positive);
}

bool Money::parse(const QString& input, const QLocale& locale, Money* out, QString* error)
{
    Q_UNUSED(locale); // read under the English and French conventions alike, whatever the session
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QString text = input.trimmed();
    const NumberText::Result r = NumberText::read(input, 2, MaxIntegerDigits, true);
    switch (r.outcome) {
    case NumberText::Outcome::Ok:
        if (out)
            *out = Money(r.value);
        return true;
    case NumberText::Outcome::Empty:
        return fail(tr("Enter an amount."));
    case NumberText::Outcome::TooManyDecimals:
        return fail(tr("“%1” has more than two decimals: amounts are in dollars and cents.").arg(text));
    case NumberText::Outcome::TooLarge:
        return fail(tr("“%1” is too large.").arg(text));
    case NumberText::Outcome::Ambiguous:
        return fail(tr("“%1” could be read as %2 or as %3: write the amount with its cents, as 1,234.00 or "
                       "1 234,00.")
                        .arg(text, Money(r.value).toString(QLocale(QStringLiteral("en_CA"))),
                             Money(r.otherValue).toString(QLocale(QStringLiteral("en_CA")))));
    case NumberText::Outcome::NotANumber:
        break;
    }
    if (!r.unexpected.isNull())
        return fail(tr("“%1” is not an amount: unexpected “%2”.").arg(text, QString(r.unexpected)));
    return fail(tr("“%1” is not an amount: write it as $1,234.56, 1 234,56 $ or 1234.56.").arg(text));
}

} // namespace mcfund
