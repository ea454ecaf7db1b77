#pragma once

#include "domain/entityschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mcfund {

/** A row of a small reference table (sector, round, institution) with its names in both languages. */
struct LookupItem
{
    QString uid;
    QString nameEn;
    QString nameFr;
    QString code;  ///< sector code, round number, institution type
    QString extra; ///< institution short name
    /** The name in \a language, or the other one when missing (\a fallback is then set). */
    QString name(const QString& language, bool* fallback = nullptr) const;
};

/**
 * The small reference tables held in memory for display, combo boxes and parsing typed names:
 * sectors, rounds and institutions (dozens to a few hundred rows). Reloaded after edits to them.
 */
class Lookups
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::Lookups)
public:
    /**
     * Reads the three tables again. A read that fails, at once or part-way, leaves the lookups empty and says
     * why in \a error: never a shorter list taken for the whole (an institution missing from it would make
     * an import refuse its rows, and a report leave its name out).
     */
    bool load(const QSqlDatabase& db, QString* error = nullptr);
    const QList<LookupItem>& items(Entity entity) const;
    const LookupItem* find(Entity entity, const QString& uid) const;
    /** Finds by uid, code, or English, French or short name (case-insensitive). */
    const LookupItem* match(Entity entity, const QString& text) const;
    /** Items ordered by their name in \a language, case- and accent-insensitively. */
    QList<LookupItem> sorted(Entity entity, const QString& language) const;
    /** The projects of one institution (for choosing a credential's project), by title in \a language. A
     *  read that fails sets \a error to the database's reason (never an institution without projects). */
    static QList<LookupItem> projectsOf(const QSqlDatabase& db, const QString& institutionUid,
                                        const QString& language, QString* error = nullptr);
    /** One project by uid, as projectsOf lists it; nullopt when there is none. */
    static std::optional<LookupItem> project(const QSqlDatabase& db, const QString& uid);

private:
    QHash<int, QList<LookupItem>> m_items;
    QHash<int, QHash<QString, int>> m_index;
    QHash<int, QHash<QString, int>> m_byKey; ///< folded names, codes and short names → item
};

} // namespace mcfund
