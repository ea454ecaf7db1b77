#pragma once

#include "money.h"
#include "validation.h"

#include <optional>

namespace mcfund {

/** A project application in a round: what an institution asks for and what the ministry decides. */
struct Project
{
    QString uid;
    QString roundUid;
    QString institutionUid;
    QString titleEn;
    QString titleFr;
    QString originalLanguage = QStringLiteral("en");
    QString sectorUid;
    QString sectorAssignedBy = QStringLiteral("user");
    QString status = QStringLiteral("draft");
    QString projectType = QStringLiteral("single");
    std::optional<Money> requested;
    std::optional<Money> approved;
    std::optional<qint64> targetLearners;
    std::optional<qint64> plannedCredentials;
    QString startOn;
    QString endOn;
    QString summaryEn;
    QString summaryFr;

    Record toRecord() const;
    static Project fromRecord(const Record& r);
    FieldErrors validate() const;
};

} // namespace mcfund
