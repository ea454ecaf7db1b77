#include "money.h"

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
    const bool negative = m_cents < 0;
    const quint64 magnitude = negative ? quint64(-(m_cents + 1)) + 1 : quint64(m_cents);
    const QString body = groupedUnits(qint64(magnitude / 100), locale) + locale.decimalPoint() +
                         QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    // Ask the locale where its sign and symbol go by formatting the integer 7, then put our digits there.
    QString pattern = locale.toCurrencyString(qlonglong(negative ? -7 : 7), QStringLiteral("$"));
    const qsizetype at = pattern.indexOf(QLatin1Char('7'));
    if (at < 0)
        return body;
    return pattern.replace(at, 1, body);
}

bool Money::parse(const QString& input, const QLocale& locale, Money* out, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    // The currency sign may stand on either side, with any kind of space: drop it first.
    QString text = QString(input).remove(QLatin1Char('$')).trimmed();
    if (input.trimmed().isEmpty())
        return fail(tr("Enter an amount."));

    bool negative = false;
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        negative = true;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    const QString minusSigns = locale.negativeSign() + QStringLiteral("-\u2212");
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    bool seenDecimal = false;
    int decimals = 0;
    QString intDigits;
    QString fracDigits;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            (seenDecimal ? fracDigits : intDigits).append(QChar(u'0' + c.digitValue()));
            if (seenDecimal)
                ++decimals;
        } else if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || QString(c) == group) {
            if (seenDecimal)
                return fail(tr("“%1” has a separator after the decimal mark.").arg(input));
            continue;
        } else if (QString(c) == decimal) {
            if (seenDecimal)
                return fail(tr("“%1” has more than one decimal mark.").arg(input));
            seenDecimal = true;
        } else if (minusSigns.contains(c) && intDigits.isEmpty() && !seenDecimal && !negative) {
            negative = true;
        } else {
            return fail(tr("“%1” is not an amount: unexpected “%2”.").arg(input, QString(c)));
        }
    }
    if (intDigits.isEmpty() && fracDigits.isEmpty())
        return fail(tr("“%1” has no digits.").arg(input));
    if (decimals > 2)
        return fail(tr("“%1” has more than two decimals: amounts are in dollars and cents.").arg(input));
    while (fracDigits.size() < 2)
        fracDigits.append(QLatin1Char('0'));
    // 15 integer digits keep us far inside qint64 cents.
    const QString stripped = intDigits.isEmpty() ? QStringLiteral("0") : intDigits;
    if (stripped.size() > 15)
        return fail(tr("“%1” is too large.").arg(input));
    bool ok = false;
    const qint64 units = stripped.toLongLong(&ok);
    const qint64 cents = fracDigits.toLongLong();
    if (!ok)
        return fail(tr("“%1” is not an amount.").arg(input));
    qint64 value = units * 100 + cents;
    if (negative)
        value = -value;
    if (out)
        *out = Money(value);
    return true;
}

} // namespace mcfund
