#include "projectlifecycle.h"

namespace mcfund {

QList<ProjectStatus> ProjectLifecycle::next(ProjectStatus from)
{
    switch (from) {
    case ProjectStatus::Draft:
        return {ProjectStatus::Submitted, ProjectStatus::Withdrawn};
    case ProjectStatus::Submitted:
        return {ProjectStatus::InReview, ProjectStatus::Withdrawn};
    case ProjectStatus::InReview:
        return {ProjectStatus::Approved, ProjectStatus::Declined, ProjectStatus::Withdrawn};
    case ProjectStatus::Approved:
        return {ProjectStatus::Completed, ProjectStatus::Withdrawn};
    case ProjectStatus::Declined:
    case ProjectStatus::Withdrawn:
    case ProjectStatus::Completed:
        return {};
    }
    return {};
}

bool ProjectLifecycle::allowed(ProjectStatus from, ProjectStatus to)
{
    return next(from).contains(to);
}

QString ProjectLifecycle::actionName(ProjectStatus to)
{
    switch (to) {
    case ProjectStatus::Submitted:
        return tr("Submit");
    case ProjectStatus::InReview:
        return tr("Start review");
    case ProjectStatus::Approved:
        return tr("Approve…");
    case ProjectStatus::Declined:
        return tr("Decline…");
    case ProjectStatus::Withdrawn:
        return tr("Withdraw…");
    case ProjectStatus::Completed:
        return tr("Mark completed");
    case ProjectStatus::Draft:
        return tr("Back to draft");
    }
    return QString();
}

} // namespace mcfund
