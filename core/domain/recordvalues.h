#pragma once

#include "money.h"
#include "validation.h"

#include <optional>

namespace mcfund::rv {

/** Small helpers that move typed values in and out of a Record; null stays null. */
inline QString text(const Record& r, const char* c)
{
    return r.value(QString::fromLatin1(c)).toString();
}
inline std::optional<qint64> integer(const Record& r, const char* c)
{
    const QVariant v = r.value(QString::fromLatin1(c));
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
inline std::optional<Money> money(const Record& r, const char* c)
{
    const QVariant v = r.value(QString::fromLatin1(c));
    return v.isNull() ? std::nullopt : std::optional<Money>(Money(v.toLongLong()));
}
inline QVariant value(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
inline QVariant value(const std::optional<qint64>& n)
{
    return n ? QVariant(*n) : QVariant();
}
inline QVariant value(const std::optional<Money>& m)
{
    return m ? QVariant(m->cents()) : QVariant();
}

} // namespace mcfund::rv
