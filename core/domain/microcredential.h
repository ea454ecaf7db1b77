#pragma once

#include "money.h"
#include "validation.h"

#include <optional>

namespace mcfund {

/** A micro-credential offered by an institution, usually created by a funded project. */
struct MicroCredential
{
    QString uid;
    QString institutionUid;
    QString projectUid;
    QString titleEn;
    QString titleFr;
    QString sectorUid;
    QString delivery = QStringLiteral("online");
    std::optional<qint64> hours;
    std::optional<qint64> weeks;
    std::optional<Money> tuition;
    bool osapApproved = false;
    QString status = QStringLiteral("in_development");
    QString language = QStringLiteral("en");
    std::optional<qint64> learnersEnrolled;
    std::optional<qint64> learnersCompleted;
    QString cipCode;
    QString nocCodes; ///< up to three NOC 2021 codes separated by ';'
    QString outcomesEn;
    QString outcomesFr;
    QString assessment;
    QString url;

    Record toRecord() const;
    static MicroCredential fromRecord(const Record& r);
    FieldErrors validate() const;

    /** OSAP for micro-credentials: under 12 weeks, and 5 to 300 hours per institution guidance. */
    static bool osapEligibleLength(std::optional<qint64> hours, std::optional<qint64> weeks);
};

} // namespace mcfund
