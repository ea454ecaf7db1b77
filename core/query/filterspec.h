#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace mcfund {

/** Rows missing a translation of their title or name. */
enum class MissingText
{
    Any,
    French,
    English
};

/**
 * What a user filters a table by. Every criterion narrows the rows (AND); values inside one criterion
 * widen them (OR). Turned into SQL with bound values by TableQuery; saved per page as JSON.
 */
struct FilterSpec
{
    QStringList sectorUids;
    QStringList roundUids;
    QStringList institutionUids;
    QStringList institutionTypes; ///< codes
    QStringList statuses;         ///< codes
    QStringList languages;        ///< codes
    std::optional<bool> osapApproved;
    std::optional<MissingText> missing;
    QString text; ///< words searched in titles and descriptions of both languages, accent-insensitive

    bool isEmpty() const;
    bool operator==(const FilterSpec&) const = default;
    QJsonObject toJson() const;
    static FilterSpec fromJson(const QJsonObject& o);
    /** The text as an FTS5 query: each word quoted and prefix-matched, all required. "" if no word. */
    static QString ftsQuery(const QString& text);
    /** The same words as a PostgreSQL tsquery (prefixes, all required), for a shared workspace. */
    static QString tsQuery(const QString& text);
};

} // namespace mcfund

Q_DECLARE_METATYPE(mcfund::FilterSpec)
