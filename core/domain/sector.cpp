#include "sector.h"

#include "recordvalues.h"

namespace mcfund {

Record Sector::toRecord() const
{
    return {{QStringLiteral("code"), rv::value(code)},
            {QStringLiteral("name_en"), rv::value(nameEn)},
            {QStringLiteral("name_fr"), rv::value(nameFr)},
            {QStringLiteral("sort_order"), sortOrder}};
}

Sector Sector::fromRecord(const Record& r)
{
    Sector s;
    s.uid = rv::text(r, "uid");
    s.code = rv::text(r, "code");
    s.nameEn = rv::text(r, "name_en");
    s.nameFr = rv::text(r, "name_fr");
    s.sortOrder = int(rv::integer(r, "sort_order").value_or(0));
    return s;
}

FieldErrors Sector::validate() const
{
    Record r = toRecord();
    return Validation::validate(Entity::Sector, r);
}

} // namespace mcfund
