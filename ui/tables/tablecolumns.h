#pragma once

#include "domain/entityschema.h"

#include <QCoreApplication>
#include <QList>

namespace mcfund {

/**
 * A column of a table page: one stored field, a bilingual pair shown in the current language
 * (title_en/title_fr as "Title"), or a derived, read-only value.
 */
struct TableColumn
{
    enum class Derived
    {
        None,
        OsapEligibleLength,
        ProjectTitle
    };
    QString id;
    const char* label = nullptr; ///< untranslated, context mcfund::TableColumns
    QString fieldEn;             ///< the stored field (English one of a pair)
    QString fieldFr;             ///< the French one of a pair, else empty
    Derived derived = Derived::None;

    bool bilingual() const { return !fieldFr.isEmpty(); }
    bool editable() const { return derived == Derived::None; }
    /** The stored field shown in \a language. */
    QString field(const QString& language) const
    {
        return bilingual() && language == QLatin1String("fr") ? fieldFr : fieldEn;
    }
    QString header(Entity entity) const;
};

class TableColumns
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::TableColumns)
public:
    /** The columns of \a entity's table, in their default order. */
    static const QList<TableColumn>& of(Entity entity);
    /** A page key for settings: "projects", "credentials", … */
    static QString pageKey(Entity entity);
};

} // namespace mcfund
