#pragma once

#include "domain/validation.h"

#include <utility>

namespace mcfund {

/**
 * The sort_en / sort_fr columns: the title or name as shown in each language (falling back to the other
 * language, as the tables do), folded for case and accents so that an index sorts "École" with the Es.
 * Derived data: written with every insert and update, never edited by users.
 */
class SortKeys
{
public:
    /** True for entities that have sort keys. */
    static bool applies(Entity entity);
    /** Sets sort_en and sort_fr in \a record from its title or name fields. */
    static void fill(Entity entity, Record& record);
    /** The sort_en and sort_fr of \a record, from its title or name fields (nulls for an entity without). */
    static std::pair<QVariant, QVariant> of(Entity entity, const Record& record);
    /** The fields whose change means the keys must be recomputed. */
    static QStringList sources(Entity entity);
};

} // namespace mcfund
