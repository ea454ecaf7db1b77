#pragma once

#include "domain/money.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mcfund {

/** A round's envelope against what it has approved: what a decision and an edited status are checked by. */
namespace RoundEnvelope {

/**
 * The approved total of the other projects of \a projectUid's round plus \a amount, and the round's envelope
 * (none when the round has no envelope). False, with \a error saying why, when the project or its round
 * cannot be read: then whether an approval fits is not known, and it is refused.
 */
bool room(const QSqlDatabase& db, const QString& projectUid, Money amount, Money* afterApproval,
          std::optional<Money>* envelope, QString* error);

} // namespace RoundEnvelope

} // namespace mcfund
