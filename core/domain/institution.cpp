#include "institution.h"

#include "recordvalues.h"

namespace mcfund {

Record Institution::toRecord() const
{
    return {{QStringLiteral("name_en"), rv::value(nameEn)},
            {QStringLiteral("name_fr"), rv::value(nameFr)},
            {QStringLiteral("short_name"), rv::value(shortName)},
            {QStringLiteral("type"), rv::value(type)},
            {QStringLiteral("region"), rv::value(region)},
            {QStringLiteral("language"), rv::value(language)}};
}

Institution Institution::fromRecord(const Record& r)
{
    Institution i;
    i.uid = rv::text(r, "uid");
    i.nameEn = rv::text(r, "name_en");
    i.nameFr = rv::text(r, "name_fr");
    i.shortName = rv::text(r, "short_name");
    i.type = rv::text(r, "type");
    i.region = rv::text(r, "region");
    i.language = rv::text(r, "language");
    return i;
}

FieldErrors Institution::validate() const
{
    Record r = toRecord();
    return Validation::validate(Entity::Institution, r);
}

} // namespace mcfund
