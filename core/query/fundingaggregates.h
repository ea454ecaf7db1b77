#pragma once

#include "filterspec.h"

#include "domain/money.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mcfund {

/** What a chart counts. Money measures are in cents. */
enum class Measure
{
    Approved,
    Requested,
    Projects,
    Learners
};
/** How a chart groups projects. BySectorAndRound stacks sectors within each round. */
enum class Grouping
{
    Sector,
    Round,
    InstitutionType,
    RoundBySector
};

/** One bar (or one segment of a stacked bar). */
struct AggregateRow
{
    QString key;    ///< sector code, round number or institution type code
    QString uid;    ///< sector or round uid, for drilling down
    QString nameEn; ///< display names (codes are translated by the caller)
    QString nameFr;
    QString series; ///< RoundBySector: the sector code; otherwise empty
    QString seriesUid;
    QString seriesEn;
    QString seriesFr;
    qint64 value = 0;    ///< cents for money measures, else a count
    qint64 recorded = 0; ///< projects whose measure is recorded (not null)
    qint64 expected = 0; ///< projects that should have it (approved amounts: approved or completed ones)
    qint64 projects = 0; ///< projects in the group
};

/**
 * Funding by sector, round and institution type, computed with GROUP BY in SQL over the projects that
 * match a filter (round, sector, institution type, status). Reports how many projects have the measure
 * recorded, so that a chart can say "no approved amounts recorded" instead of drawing zeros.
 */
struct FundingAggregate
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::FundingAggregate)
public:
    Measure measure = Measure::Approved;
    Grouping grouping = Grouping::Sector;
    QList<AggregateRow> rows;
    qint64 projects = 0; ///< projects in scope
    qint64 recorded = 0; ///< of which with the measure recorded
    qint64 expected = 0; ///< of which should have it recorded (only approved projects have approved amounts)

    /** True when at least one project in scope has the measure recorded. */
    bool hasData() const { return measure == Measure::Projects || recorded > 0; }
    qint64 total() const;

    static FundingAggregate compute(const QSqlDatabase& db, const FilterSpec& filter, Measure measure,
                                    Grouping grouping, QString* error = nullptr);
    /**
     * The number of projects in each group, as compute() gives for Measure::Projects, taken from this
     * aggregate's own counts: the fallback of a chart whose measure is not recorded, without a second query.
     */
    FundingAggregate projectCounts() const;
    static QString measureCode(Measure m);
    static std::optional<Measure> measureFromCode(const QString& code);
    static QString groupingCode(Grouping g);
    static std::optional<Grouping> groupingFromCode(const QString& code);
    static bool isMoney(Measure m) { return m == Measure::Approved || m == Measure::Requested; }
    /** Translated name of a measure: "approved amount", "number of projects". */
    static QString measureName(Measure m);
};

/** The figures at the top of the dashboard for the projects matching a filter. */
struct FundingSummary
{
    std::optional<Money>
        envelope; ///< sum of the envelopes of the rounds in scope (all rounds when none chosen)
    Money approved;
    Money requested;
    qint64 projectsWithApproved = 0;
    qint64 projectsWithRequested = 0;
    qint64 projects = 0;
    qint64 institutions = 0;
    qint64 credentials = 0;
    qint64 targetLearners = 0;
    qint64 projectsWithLearners = 0;

    static FundingSummary compute(const QSqlDatabase& db, const FilterSpec& filter, QString* error = nullptr);
};

} // namespace mcfund
