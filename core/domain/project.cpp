#include "project.h"

#include "recordvalues.h"

namespace mcfund {

Record Project::toRecord() const
{
    return {{QStringLiteral("round_uid"), rv::value(roundUid)},
            {QStringLiteral("institution_uid"), rv::value(institutionUid)},
            {QStringLiteral("title_en"), rv::value(titleEn)},
            {QStringLiteral("title_fr"), rv::value(titleFr)},
            {QStringLiteral("original_language"), rv::value(originalLanguage)},
            {QStringLiteral("sector_uid"), rv::value(sectorUid)},
            {QStringLiteral("sector_assigned_by"), rv::value(sectorAssignedBy)},
            {QStringLiteral("status"), rv::value(status)},
            {QStringLiteral("project_type"), rv::value(projectType)},
            {QStringLiteral("requested_cents"), rv::value(requested)},
            {QStringLiteral("approved_cents"), rv::value(approved)},
            {QStringLiteral("target_learners"), rv::value(targetLearners)},
            {QStringLiteral("planned_credentials"), rv::value(plannedCredentials)},
            {QStringLiteral("start_on"), rv::value(startOn)},
            {QStringLiteral("end_on"), rv::value(endOn)},
            {QStringLiteral("summary_en"), rv::value(summaryEn)},
            {QStringLiteral("summary_fr"), rv::value(summaryFr)}};
}

Project Project::fromRecord(const Record& r)
{
    Project p;
    p.uid = rv::text(r, "uid");
    p.roundUid = rv::text(r, "round_uid");
    p.institutionUid = rv::text(r, "institution_uid");
    p.titleEn = rv::text(r, "title_en");
    p.titleFr = rv::text(r, "title_fr");
    p.originalLanguage = rv::text(r, "original_language");
    p.sectorUid = rv::text(r, "sector_uid");
    p.sectorAssignedBy = rv::text(r, "sector_assigned_by");
    p.status = rv::text(r, "status");
    p.projectType = rv::text(r, "project_type");
    p.requested = rv::money(r, "requested_cents");
    p.approved = rv::money(r, "approved_cents");
    p.targetLearners = rv::integer(r, "target_learners");
    p.plannedCredentials = rv::integer(r, "planned_credentials");
    p.startOn = rv::text(r, "start_on");
    p.endOn = rv::text(r, "end_on");
    p.summaryEn = rv::text(r, "summary_en");
    p.summaryFr = rv::text(r, "summary_fr");
    return p;
}

FieldErrors Project::validate() const
{
    Record r = toRecord();
    return Validation::validate(Entity::Project, r);
}

} // namespace mcfund
