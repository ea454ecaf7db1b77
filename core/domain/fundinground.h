#pragma once

#include "money.h"
#include "validation.h"

#include <optional>

namespace mcfund {

/** A round of the Challenge Fund: its envelope, dates, targets and status. */
struct FundingRound
{
    QString uid;
    int number = 0;
    QString nameEn;
    QString nameFr;
    QString fiscalYear; ///< "2024–25"
    QString announcedOn;
    QString intakeOpens;
    QString intakeCloses;
    std::optional<Money> envelope;
    std::optional<qint64> targetProjects;
    std::optional<qint64> targetCredentials;
    std::optional<qint64> targetLearners;
    std::optional<qint64> targetInstitutions;
    QString status = QStringLiteral("planning");
    QString outcomeEn;
    QString outcomeFr;

    Record toRecord() const;
    static FundingRound fromRecord(const Record& r);
    FieldErrors validate() const;
};

} // namespace mcfund
