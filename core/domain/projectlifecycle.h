#pragma once

#include "domain/codes.h"

#include <QCoreApplication>
#include <QList>

namespace mcfund {

/**
 * The life of an application: draft → submitted → in review → approved or declined; withdrawn from any
 * open state (draft, submitted, in review, approved); approved → completed. Nothing else is offered.
 */
class ProjectLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::ProjectLifecycle)
public:
    static QList<ProjectStatus> next(ProjectStatus from);
    static bool allowed(ProjectStatus from, ProjectStatus to);
    /** "Submit", "Start review", "Approve…", … for a move to \a to. */
    static QString actionName(ProjectStatus to);
};

} // namespace mcfund
