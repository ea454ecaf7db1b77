#include "numbertext.h"

namespace mcfund {

namespace {

enum class Convention
{
    English,
    French
};

enum class Failure
{
    None,
    NotANumber,
    TooManyDecimals,
    FractionNotAllowed,
    TooLarge
};

struct Reading
{
    Failure failure = Failure::NotANumber;
    qint64 value = 0;
    QChar unexpected;
};

// Spaces people and spreadsheets put between groups of digits: ordinary, no-break, narrow no-break, thin.
bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// The kind of a group separator: all separators of one number must be of one kind.
int separatorKind(QChar c, Convention conv)
{
    if (isSpace(c))
        return 1;
    if (conv == Convention::English && c == QLatin1Char(','))
        return 2;
    return 0;
}

Reading readUnder(QStringView body, Convention conv, int decimals, int maxIntegerDigits)
{
    Reading r;
    const QChar mark = conv == Convention::English ? QLatin1Char('.') : QLatin1Char(',');
    qsizetype markAt = -1;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) == mark) {
            if (markAt >= 0)
                return r; // two decimal marks
            markAt = i;
        }
    }
    const QStringView whole = markAt < 0 ? body : body.left(markAt);
    const QStringView fraction = markAt < 0 ? QStringView() : body.mid(markAt + 1);
    for (const QChar c : fraction) {
        if (!isAsciiDigit(c)) {
            if (!isSpace(c) && c != QLatin1Char(',') && c != QLatin1Char('.'))
                r.unexpected = c;
            return r;
        }
    }
    // The whole part: digits, or groups of three digits after a first group of one to three, all separated
    // by separators of one kind.
    QString digits;
    int kind = 0;
    int groupLength = 0;
    bool grouped = false;
    bool firstGroup = true;
    for (const QChar c : whole) {
        if (isAsciiDigit(c)) {
            digits.append(c);
            ++groupLength;
            continue;
        }
        const int k = separatorKind(c, conv);
        if (k == 0) {
            if (!isSpace(c) && c != QLatin1Char(',') && c != QLatin1Char('.'))
                r.unexpected = c;
            return r;
        }
        if ((kind != 0 && k != kind) || groupLength == 0 || groupLength > 3 ||
            (!firstGroup && groupLength != 3))
            return r;
        kind = k;
        grouped = true;
        firstGroup = false;
        groupLength = 0;
    }
    if (grouped && groupLength != 3)
        return r;
    if (digits.isEmpty() && fraction.isEmpty())
        return r; // "", "." or ","
    if (markAt >= 0 && decimals == 0) {
        r.failure = Failure::FractionNotAllowed;
        return r;
    }
    if (fraction.size() > decimals) {
        r.failure = Failure::TooManyDecimals;
        return r;
    }
    qsizetype first = 0;
    while (first < digits.size() - 1 && digits.at(first) == QLatin1Char('0'))
        ++first;
    const QStringView significant = QStringView(digits).mid(first);
    if (significant.size() > maxIntegerDigits) {
        r.failure = Failure::TooLarge;
        return r;
    }
    qint64 value = 0;
    for (const QChar c : significant)
        value = value * 10 + (c.unicode() - '0');
    for (int i = 0; i < decimals; ++i)
        value = value * 10 + (i < fraction.size() ? fraction.at(i).unicode() - '0' : 0);
    r.failure = Failure::None;
    r.value = value;
    return r;
}

} // namespace

NumberText::Result NumberText::read(const QString& text, int decimals, int maxIntegerDigits, bool currency)
{
    Q_ASSERT(decimals >= 0 && decimals <= 4 && maxIntegerDigits + decimals <= 18);
    Result result;
    QString body = text;
    if (currency)
        body.remove(QLatin1Char('$'));
    auto trim = [](QString& s) {
        qsizetype b = 0, e = s.size();
        while (b < e && (s.at(b).isSpace() || isSpace(s.at(b))))
            ++b;
        while (e > b && (s.at(e - 1).isSpace() || isSpace(s.at(e - 1))))
            --e;
        s = s.mid(b, e - b);
    };
    trim(body);
    if (body.isEmpty()) {
        result.outcome = Outcome::Empty;
        return result;
    }
    bool negative = false;
    if (currency && body.startsWith(QLatin1Char('(')) && body.endsWith(QLatin1Char(')'))) {
        negative = true;
        body = body.mid(1, body.size() - 2);
        trim(body);
    }
    if (!negative && !body.isEmpty() && (body.at(0) == QLatin1Char('-') || body.at(0) == QChar(0x2212))) {
        negative = true;
        body = body.mid(1);
        trim(body);
    }
    if (!negative && !body.isEmpty() && body.at(0) == QLatin1Char('+')) {
        body = body.mid(1);
        trim(body);
    }
    const Reading en = readUnder(body, Convention::English, decimals, maxIntegerDigits);
    const Reading fr = readUnder(body, Convention::French, decimals, maxIntegerDigits);
    const bool enOk = en.failure == Failure::None;
    const bool frOk = fr.failure == Failure::None;
    const qint64 sign = negative ? -1 : 1;
    if (enOk && frOk && en.value != fr.value) {
        result.outcome = Outcome::Ambiguous;
        result.value = sign * en.value;
        result.otherValue = sign * fr.value;
        return result;
    }
    if (enOk || frOk) {
        result.outcome = Outcome::Ok;
        result.value = sign * (enOk ? en.value : fr.value);
        return result;
    }
    auto either = [&](Failure f) { return en.failure == f || fr.failure == f; };
    if (either(Failure::TooLarge))
        result.outcome = Outcome::TooLarge;
    else if (either(Failure::TooManyDecimals) || either(Failure::FractionNotAllowed))
        result.outcome = Outcome::TooManyDecimals;
    else
        result.outcome = Outcome::NotANumber;
    result.unexpected = !en.unexpected.isNull() ? en.unexpected : fr.unexpected;
    return result;
}

bool NumberText::parseWhole(const QString& text, qint64* out, QString* error)
{
    const Result r = read(text, 0, 18, false);
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    switch (r.outcome) {
    case Outcome::Ok:
        if (out)
            *out = r.value;
        return true;
    case Outcome::Empty:
        return fail(tr("Enter a whole number."));
    case Outcome::TooManyDecimals:
        return fail(tr("“%1” is not a whole number: it has a decimal part.").arg(text.trimmed()));
    case Outcome::TooLarge:
        return fail(tr("“%1” is too large.").arg(text.trimmed()));
    case Outcome::Ambiguous:
        return fail(tr("“%1” could be read as %2 or as %3: write it without separators.")
                        .arg(text.trimmed())
                        .arg(r.value)
                        .arg(r.otherValue));
    case Outcome::NotANumber:
        break;
    }
    if (!r.unexpected.isNull())
        return fail(
            tr("“%1” is not a whole number: unexpected “%2”.").arg(text.trimmed(), QString(r.unexpected)));
    return fail(tr("“%1” is not a whole number: write it as 1234, 1,234 or 1 234.").arg(text.trimmed()));
}

} // namespace mcfund
