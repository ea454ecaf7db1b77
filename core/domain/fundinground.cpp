#include "fundinground.h"

#include "recordvalues.h"

namespace mcfund {

Record FundingRound::toRecord() const
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("name_en"), rv::value(nameEn)},
            {QStringLiteral("name_fr"), rv::value(nameFr)},
            {QStringLiteral("fiscal_year"), rv::value(fiscalYear)},
            {QStringLiteral("announced_on"), rv::value(announcedOn)},
            {QStringLiteral("intake_opens"), rv::value(intakeOpens)},
            {QStringLiteral("intake_closes"), rv::value(intakeCloses)},
            {QStringLiteral("envelope_cents"), rv::value(envelope)},
            {QStringLiteral("target_projects"), rv::value(targetProjects)},
            {QStringLiteral("target_credentials"), rv::value(targetCredentials)},
            {QStringLiteral("target_learners"), rv::value(targetLearners)},
            {QStringLiteral("target_institutions"), rv::value(targetInstitutions)},
            {QStringLiteral("status"), rv::value(status)},
            {QStringLiteral("outcome_en"), rv::value(outcomeEn)},
            {QStringLiteral("outcome_fr"), rv::value(outcomeFr)}};
}

FundingRound FundingRound::fromRecord(const Record& r)
{
    FundingRound f;
    f.uid = rv::text(r, "uid");
    f.number = int(rv::integer(r, "number").value_or(0));
    f.nameEn = rv::text(r, "name_en");
    f.nameFr = rv::text(r, "name_fr");
    f.fiscalYear = rv::text(r, "fiscal_year");
    f.announcedOn = rv::text(r, "announced_on");
    f.intakeOpens = rv::text(r, "intake_opens");
    f.intakeCloses = rv::text(r, "intake_closes");
    f.envelope = rv::money(r, "envelope_cents");
    f.targetProjects = rv::integer(r, "target_projects");
    f.targetCredentials = rv::integer(r, "target_credentials");
    f.targetLearners = rv::integer(r, "target_learners");
    f.targetInstitutions = rv::integer(r, "target_institutions");
    f.status = rv::text(r, "status");
    f.outcomeEn = rv::text(r, "outcome_en");
    f.outcomeFr = rv::text(r, "outcome_fr");
    return f;
}

FieldErrors FundingRound::validate() const
{
    Record r = toRecord();
    return Validation::validate(Entity::Round, r);
}

} // namespace mcfund
