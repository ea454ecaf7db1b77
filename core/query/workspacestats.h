#pragma once

#include "domain/money.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mcfund {

/** Totals for one group of projects (a round, a sector, an institution type). */
struct GroupTotals
{
    QString key;    ///< round number, sector code or institution type code
    QString nameEn; ///< display names in both languages (codes are translated by the caller)
    QString nameFr;
    qint64 projects = 0;
    qint64 institutions = 0;
    qint64 credentials = 0;
    qint64 targetLearners = 0;
    qint64 projectsWithRequested = 0;
    qint64 projectsWithApproved = 0;
    Money requested;
    Money approved;
    std::optional<Money> envelope; ///< rounds only
    QString fiscalYear;            ///< rounds only
    std::optional<qint64> target;  ///< rounds only: published target number of projects
};

/** Counts and amounts of a workspace by round, sector and institution type, all computed in SQL. */
struct WorkspaceStats
{
    QString kind; ///< official, empty, synthetic
    bool edited = false;
    qint64 rounds = 0;
    qint64 institutions = 0;
    qint64 projects = 0;
    qint64 credentials = 0;
    qint64 partners = 0;
    qint64 sectors = 0;
    QList<GroupTotals> byRound;
    QList<GroupTotals> bySector;
    QList<GroupTotals> byInstitutionType;

    static WorkspaceStats compute(const QSqlDatabase& db, QString* error = nullptr);
};

} // namespace mcfund
