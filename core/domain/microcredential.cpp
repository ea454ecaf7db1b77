#include "microcredential.h"

#include "recordvalues.h"

namespace mcfund {

Record MicroCredential::toRecord() const
{
    return {{QStringLiteral("institution_uid"), rv::value(institutionUid)},
            {QStringLiteral("project_uid"), rv::value(projectUid)},
            {QStringLiteral("title_en"), rv::value(titleEn)},
            {QStringLiteral("title_fr"), rv::value(titleFr)},
            {QStringLiteral("sector_uid"), rv::value(sectorUid)},
            {QStringLiteral("delivery"), rv::value(delivery)},
            {QStringLiteral("hours"), rv::value(hours)},
            {QStringLiteral("weeks"), rv::value(weeks)},
            {QStringLiteral("tuition_cents"), rv::value(tuition)},
            {QStringLiteral("osap_approved"), osapApproved ? 1 : 0},
            {QStringLiteral("status"), rv::value(status)},
            {QStringLiteral("language"), rv::value(language)},
            {QStringLiteral("learners_enrolled"), rv::value(learnersEnrolled)},
            {QStringLiteral("learners_completed"), rv::value(learnersCompleted)},
            {QStringLiteral("cip_code"), rv::value(cipCode)},
            {QStringLiteral("noc_codes"), rv::value(nocCodes)},
            {QStringLiteral("outcomes_en"), rv::value(outcomesEn)},
            {QStringLiteral("outcomes_fr"), rv::value(outcomesFr)},
            {QStringLiteral("assessment"), rv::value(assessment)},
            {QStringLiteral("url"), rv::value(url)}};
}

MicroCredential MicroCredential::fromRecord(const Record& r)
{
    MicroCredential c;
    c.uid = rv::text(r, "uid");
    c.institutionUid = rv::text(r, "institution_uid");
    c.projectUid = rv::text(r, "project_uid");
    c.titleEn = rv::text(r, "title_en");
    c.titleFr = rv::text(r, "title_fr");
    c.sectorUid = rv::text(r, "sector_uid");
    c.delivery = rv::text(r, "delivery");
    c.hours = rv::integer(r, "hours");
    c.weeks = rv::integer(r, "weeks");
    c.tuition = rv::money(r, "tuition_cents");
    c.osapApproved = rv::integer(r, "osap_approved").value_or(0) != 0;
    c.status = rv::text(r, "status");
    c.language = rv::text(r, "language");
    c.learnersEnrolled = rv::integer(r, "learners_enrolled");
    c.learnersCompleted = rv::integer(r, "learners_completed");
    c.cipCode = rv::text(r, "cip_code");
    c.nocCodes = rv::text(r, "noc_codes");
    c.outcomesEn = rv::text(r, "outcomes_en");
    c.outcomesFr = rv::text(r, "outcomes_fr");
    c.assessment = rv::text(r, "assessment");
    c.url = rv::text(r, "url");
    return c;
}

FieldErrors MicroCredential::validate() const
{
    Record r = toRecord();
    return Validation::validate(Entity::Credential, r);
}

bool MicroCredential::osapEligibleLength(std::optional<qint64> hours, std::optional<qint64> weeks)
{
    return hours && weeks && *weeks < 12 && *hours >= 5 && *hours <= 300;
}

} // namespace mcfund
