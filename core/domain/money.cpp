#include "money.h"

#include "numbertext.h"

#include <QLocale>

namespace mcfund {

namespace {

QString groupedUnits(qint64 units, const QLocale& locale)
{
    QLocale l = locale;
    l.setNumberOptions(QLocale::DefaultNumberOptions);
    return l.toString(units);
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
    return Formatter(locale).toString(m_cents);
}

Money::Formatter::Formatter(const QLocale& locale)
    : m_digits(locale)
    , m_decimal(locale.decimalPoint())
    // Ask the locale where its sign and symbol go by formatting the integer 7: our digits go there.
    , m_positive(locale.toCurrencyString(qlonglong(7), QStringLiteral("$")))
    , m_negative(locale.toCurrencyString(qlonglong(-7), QStringLiteral("$")))
{
    m_digits.setNumberOptions(QLocale::DefaultNumberOptions);
    m_positiveAt = m_positive.indexOf(QLatin1Char('7'));
    m_negativeAt = m_negative.indexOf(QLatin1Char('7'));
}

QString Money::Formatter::toString(qint64 cents) const
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    const quint64 fraction = magnitude % 100;
    QString body = m_digits.toString(qint64(magnitude / 100)) + m_decimal;
    body += QLatin1Char(char('0' + fraction / 10));
    body += QLatin1Char(char('0' + fraction % 10));
    const qsizetype at = negative ? m_negativeAt : m_positiveAt;
    if (at < 0)
        return body;
    QString out = negative ? m_negative : m_positive;
    return out.replace(at, 1, body);
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
