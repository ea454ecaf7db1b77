#include "decisions.h"

#include "domain/projectlifecycle.h"

#include "query/roundenvelope.h"
#include "storage/recordstore.h"

#include <QLocale>
#include <QSqlQuery>

namespace mcfund {

bool Decisions::prepare(const QSqlDatabase& db, const DecisionRequest& r, const QString& user,
                        EditBatch* batch, QString* error, Refusal* refusal)
{
    auto fail = [&](Refusal why, const QString& message) {
        if (refusal)
            *refusal = why;
        if (error)
            *error = message;
        return false;
    };
    RecordStore store(db, {});
    const std::optional<Record> p = store.get(Entity::Project, r.projectUid);
    if (!p && store.lastError().isValid())
        return fail(
            Refusal::Unknown,
            tr("Nothing was decided: the application could not be read (%1).").arg(store.lastError().text()));
    if (!p)
        return fail(Refusal::Unknown, tr("The application no longer exists."));
    const QString fromCode = p->value(QStringLiteral("status")).toString();
    bool ok = false;
    const ProjectStatus from = projectStatusFromCode(fromCode, &ok);
    if (!ok || !ProjectLifecycle::allowed(from, r.to))
        return fail(Refusal::NotAllowed,
                    tr("An application cannot go from %1 to %2.")
                        .arg(Codes::label(CodeList::ProjectStatus, fromCode),
                             Codes::label(CodeList::ProjectStatus, projectStatusCode(r.to))));
    const QLocale locale;
    RowEdit project;
    project.op = RowEdit::Op::Update;
    project.entity = Entity::Project;
    project.uid = r.projectUid;
    project.before.insert(QStringLiteral("status"), fromCode);
    project.after.insert(QStringLiteral("status"), projectStatusCode(r.to));
    QString overrideReason;
    if (r.to == ProjectStatus::Approved) {
        if (!r.approved || r.approved->cents() <= 0)
            return fail(Refusal::AmountMissing,
                        tr("An approved amount is required to approve an application."));
        const QVariant requested = p->value(QStringLiteral("requested_cents"));
        if (requested.isNull())
            return fail(Refusal::RequestedMissing, tr("Record the requested amount before approving."));
        if (r.approved->cents() > requested.toLongLong())
            return fail(
                Refusal::AboveRequested,
                tr("The approved amount (%1) cannot be above the requested amount (%2).")
                    .arg(r.approved->toString(locale), Money(requested.toLongLong()).toString(locale)));
        Money after;
        std::optional<Money> envelope;
        QString unread;
        if (!RoundEnvelope::room(db, r.projectUid, *r.approved, &after, &envelope, &unread))
            return fail(
                Refusal::Unknown,
                tr("Nothing was decided: the round's envelope and approved total could not be read (%1).")
                    .arg(unread));
        if (envelope && after > *envelope) {
            if (r.overrideReason.trimmed().isEmpty())
                return fail(Refusal::EnvelopeExceeded,
                            tr("Approving %1 brings the round's approved total to %2, beyond its envelope of "
                               "%3. Give a reason to "
                               "approve beyond the envelope.")
                                .arg(r.approved->toString(locale), after.toString(locale),
                                     envelope->toString(locale)));
            overrideReason = r.overrideReason.trimmed();
        }
        project.before.insert(QStringLiteral("approved_cents"), p->value(QStringLiteral("approved_cents")));
        project.after.insert(QStringLiteral("approved_cents"), r.approved->cents());
    }
    RowEdit decision;
    decision.op = RowEdit::Op::Insert;
    decision.entity = Entity::Decision;
    decision.uid = RecordStore::newUid();
    decision.after = {
        {QStringLiteral("project_uid"), r.projectUid},
        {QStringLiteral("outcome"), projectStatusCode(r.to)},
        {QStringLiteral("approved_cents"),
         r.to == ProjectStatus::Approved ? QVariant(r.approved->cents()) : QVariant()},
        {QStringLiteral("decided_by"), user},
        {QStringLiteral("decided_at"), RecordStore::now()},
        {QStringLiteral("reason"), r.reason.trimmed().isEmpty() ? QVariant() : QVariant(r.reason.trimmed())},
        {QStringLiteral("override_reason"),
         overrideReason.isEmpty() ? QVariant() : QVariant(overrideReason)}};
    const QString title = p->value(QStringLiteral("title_en")).toString().isEmpty()
                              ? p->value(QStringLiteral("title_fr")).toString()
                              : p->value(QStringLiteral("title_en")).toString();
    batch->description =
        tr("%1 of “%2”").arg(ProjectLifecycle::actionName(r.to).remove(QStringLiteral("…")), title);
    batch->rows = {project, decision};
    if (refusal)
        *refusal = Refusal::None;
    return true;
}

} // namespace mcfund
