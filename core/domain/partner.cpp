#include "partner.h"

#include "recordvalues.h"

namespace mcfund {

Record Partner::toRecord() const
{
    return {{QStringLiteral("name"), rv::value(name)},
            {QStringLiteral("kind"), rv::value(kind)},
            {QStringLiteral("sector_uid"), rv::value(sectorUid)},
            {QStringLiteral("institution_uid"), rv::value(institutionUid)}};
}

Partner Partner::fromRecord(const Record& r)
{
    Partner p;
    p.uid = rv::text(r, "uid");
    p.name = rv::text(r, "name");
    p.kind = rv::text(r, "kind");
    p.sectorUid = rv::text(r, "sector_uid");
    p.institutionUid = rv::text(r, "institution_uid");
    return p;
}

FieldErrors Partner::validate() const
{
    Record r = toRecord();
    return Validation::validate(Entity::Partner, r);
}

} // namespace mcfund
