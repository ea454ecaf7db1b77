#pragma once

#include "domain/money.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mcfund {

class Database;

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
    Q_DECLARE_TR_FUNCTIONS(mcfund::WorkspaceStats)

public:
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

    /**
     * Every figure, read by \a db alone. When a statement fails, empty statistics and \a error says why:
     * a figure is never given as 0 because it could not be read.
     */
    static WorkspaceStats compute(const QSqlDatabase& db, QString* error = nullptr);
    /**
     * The same figures, the longest pass read on a second connection to the workspace in the same snapshot
     * (SnapshotReader) when one can be had, else as compute(db.connection()).
     */
    static WorkspaceStats compute(const Database& db, QString* error = nullptr);
};

} // namespace mcfund
