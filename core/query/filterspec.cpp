#include "filterspec.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace mcfund {

bool FilterSpec::isEmpty() const
{
    return sectorUids.isEmpty() && roundUids.isEmpty() && institutionUids.isEmpty() &&
           institutionTypes.isEmpty() && statuses.isEmpty() && languages.isEmpty() && !osapApproved &&
           !missing && ftsQuery(text).isEmpty();
}

namespace {
QJsonArray array(const QStringList& l)
{
    return QJsonArray::fromStringList(l);
}
QStringList list(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& e : v.toArray())
        out << e.toString();
    return out;
}
} // namespace

QJsonObject FilterSpec::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("sectors"), array(sectorUids));
    o.insert(QStringLiteral("rounds"), array(roundUids));
    o.insert(QStringLiteral("institutions"), array(institutionUids));
    o.insert(QStringLiteral("institution_types"), array(institutionTypes));
    o.insert(QStringLiteral("statuses"), array(statuses));
    o.insert(QStringLiteral("languages"), array(languages));
    if (osapApproved)
        o.insert(QStringLiteral("osap"), *osapApproved);
    if (missing)
        o.insert(QStringLiteral("missing"), int(*missing));
    o.insert(QStringLiteral("text"), text);
    return o;
}

FilterSpec FilterSpec::fromJson(const QJsonObject& o)
{
    FilterSpec f;
    f.sectorUids = list(o.value(QStringLiteral("sectors")));
    f.roundUids = list(o.value(QStringLiteral("rounds")));
    f.institutionUids = list(o.value(QStringLiteral("institutions")));
    f.institutionTypes = list(o.value(QStringLiteral("institution_types")));
    f.statuses = list(o.value(QStringLiteral("statuses")));
    f.languages = list(o.value(QStringLiteral("languages")));
    if (o.contains(QStringLiteral("osap")))
        f.osapApproved = o.value(QStringLiteral("osap")).toBool();
    if (o.contains(QStringLiteral("missing"))) {
        const int m = o.value(QStringLiteral("missing")).toInt();
        if (m >= 0 && m <= 2)
            f.missing = MissingText(m);
    }
    f.text = o.value(QStringLiteral("text")).toString();
    return f;
}

QString FilterSpec::ftsQuery(const QString& text)
{
    // Words only: FTS5 syntax characters in user text must never reach the query parser.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        terms << QLatin1Char('"') + it.next().captured() + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

QString FilterSpec::tsQuery(const QString& text)
{
    // The same words, each a prefix, all required: PostgreSQL's tsquery syntax.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        terms << it.next().captured() + QStringLiteral(":*");
    return terms.join(QStringLiteral(" & "));
}

} // namespace mcfund
