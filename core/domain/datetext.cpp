#include "datetext.h"

#include "textkey.h"

#include <QLocale>
#include <QRegularExpression>

namespace mcfund {

namespace {

// 1–12 for a month's name or abbreviation in English or French (accents and case folded), else 0.
int monthFromName(const QString& word)
{
    static const QHash<QString, int> names = [] {
        QHash<QString, int> h;
        for (const char* l : {"en_CA", "fr_CA"}) {
            const QLocale locale{QString::fromLatin1(l)};
            for (int m = 1; m <= 12; ++m)
                for (QLocale::FormatType f : {QLocale::LongFormat, QLocale::ShortFormat}) {
                    QString name = TextKey::of(locale.monthName(m, f));
                    if (name.endsWith(QLatin1Char('.')))
                        name.chop(1);
                    h.insert(name, m);
                    h.insert(TextKey::of(locale.standaloneMonthName(m, f)).remove(QLatin1Char('.')), m);
                }
        }
        // Common abbreviations that the locales write otherwise.
        h.insert(QStringLiteral("sept"), 9);
        h.insert(QStringLiteral("fev"), 2);
        h.insert(QStringLiteral("avr"), 4);
        h.insert(QStringLiteral("juil"), 7);
        return h;
    }();
    QString key = TextKey::of(word);
    if (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    return names.value(key, 0);
}

} // namespace

bool DateText::parse(const QString& input, QDate* out, QString* error)
{
    const QString text = input.trimmed();
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    auto done = [&](const QDate& d) {
        if (!d.isValid())
            return fail(tr("“%1” is not a date: there is no such day.").arg(text));
        if (out)
            *out = d;
        return true;
    };
    if (text.isEmpty())
        return fail(tr("Enter a date as YYYY-MM-DD."));
    // Year first: 2024-01-05, 2024/01/05, 2024.01.05, optionally followed by a midnight time.
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ]00:00(?::00(?:\\.0+)?)?Z?)?$"));
    if (const QRegularExpressionMatch m = yearFirst.match(text); m.hasMatch())
        return done(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    // Day and month as numbers: read as day/month (French, and English in Canada) and month/day (American).
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2,4})$"));
    if (const QRegularExpressionMatch m = numeric.match(text); m.hasMatch()) {
        if (m.captured(3).size() != 4)
            return fail(tr("“%1” has a two-digit year: write the date as YYYY-MM-DD.").arg(text));
        const int a = m.captured(1).toInt(), b = m.captured(2).toInt(), y = m.captured(3).toInt();
        const QDate dayFirst(y, b, a), monthFirst(y, a, b);
        if (dayFirst.isValid() && monthFirst.isValid() && dayFirst != monthFirst)
            return fail(tr("“%1” could be %2 or %3: write the date as YYYY-MM-DD.")
                            .arg(text, dayFirst.toString(Qt::ISODate), monthFirst.toString(Qt::ISODate)));
        return done(dayFirst.isValid() ? dayFirst : monthFirst);
    }
    // With the month's name, in either language: "January 5, 2024", "5 janvier 2024", "le 1er mars 2024".
    static const QRegularExpression words(QStringLiteral("[\\s,]+"));
    QStringList parts = text.split(words, Qt::SkipEmptyParts);
    if (!parts.isEmpty() && TextKey::of(parts.first()) == QLatin1String("le"))
        parts.removeFirst();
    if (parts.size() == 3) {
        int day = 0, month = 0, year = 0;
        bool named = false;
        for (const QString& p : parts) {
            static const QRegularExpression dayWord(QStringLiteral("^(\\d{1,2})(?:er|re|st|nd|rd|th)?$"));
            static const QRegularExpression yearWord(QStringLiteral("^\\d{4}$"));
            if (const int m = monthFromName(p); m > 0 && !named) {
                month = m;
                named = true;
            } else if (yearWord.match(p).hasMatch() && year == 0) {
                year = p.toInt();
            } else if (const QRegularExpressionMatch d = dayWord.match(TextKey::of(p));
                       d.hasMatch() && day == 0) {
                day = d.captured(1).toInt();
            } else {
                break;
            }
        }
        if (named && day > 0 && year > 0)
            return done(QDate(year, month, day));
    }
    return fail(tr("“%1” is not a date: write it as YYYY-MM-DD.").arg(text));
}

} // namespace mcfund
