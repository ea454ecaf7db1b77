#include "roundenvelope.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace mcfund::RoundEnvelope {

bool room(const QSqlDatabase& db, const QString& projectUid, Money amount, Money* afterApproval,
          std::optional<Money>* envelope, QString* error)
{
    QSqlQuery q(db);
    const bool prepared = q.prepare(
        QStringLiteral("SELECT r.envelope_cents, (SELECT COALESCE(SUM(o.approved_cents), 0) FROM "
                       "project o WHERE o.round_uid = p.round_uid "
                       "AND o.uid <> p.uid AND o.status IN ('approved', 'completed')) FROM project p "
                       "JOIN funding_round r ON r.uid = p.round_uid "
                       "WHERE p.uid = ?"));
    q.addBindValue(projectUid);
    if (!prepared || !q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().isValid()
                         ? q.lastError().text()
                         : QCoreApplication::translate("mcfund::RoundEnvelope",
                                                       "the application or its round is gone");
        return false;
    }
    *envelope = q.value(0).isNull() ? std::nullopt : std::optional<Money>(Money(q.value(0).toLongLong()));
    *afterApproval = Money(q.value(1).toLongLong()) + amount;
    return true;
}

} // namespace mcfund::RoundEnvelope
