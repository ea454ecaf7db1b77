#pragma once

#include "domain/codes.h"
#include "domain/money.h"
#include "edits/editbatch.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace mcfund {

/** What a reviewer asks for: move an application to a new status, with the amount and reasons. */
struct DecisionRequest
{
    QString projectUid;
    ProjectStatus to = ProjectStatus::Submitted;
    std::optional<Money> approved; ///< required to approve
    QString reason;                ///< why (declined, withdrawn); kept with the decision
    QString overrideReason;        ///< required when an approval goes beyond the round's envelope
};

/**
 * Turns a decision into one edit batch after checking the fund's rules: only allowed transitions; an
 * approved amount is required for approval and may not exceed the requested amount; approving beyond
 * the round's envelope needs an explicit override with a reason. The batch changes the project and adds a
 * decision record (who, when, outcome, amount, reasons), so the change log shows it and undo reverses it.
 */
class Decisions
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::Decisions)
public:
    enum class Refusal
    {
        None,
        NotAllowed,
        AmountMissing,
        AboveRequested,
        RequestedMissing,
        EnvelopeExceeded,
        Unknown
    };

    static bool prepare(const QSqlDatabase& db, const DecisionRequest& request, const QString& user,
                        EditBatch* batch, QString* error, Refusal* refusal = nullptr);
};

} // namespace mcfund
