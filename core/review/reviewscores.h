#pragma once

#include "domain/money.h"
#include "edits/editbatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace mcfund {

/** One criterion of a round's rubric. */
struct ReviewCriterion
{
    QString uid;
    QString nameEn, nameFr;
    int weight = 0;
    int maxScore = 5;
};

/** One reviewer's scores for one application, and their weighted total out of 100. */
struct ReviewerScores
{
    QString reviewer;
    QHash<QString, int> scores; ///< criterion uid → score
    QHash<QString, QString> comments;
    bool complete = false; ///< every criterion scored
    double total = 0;      ///< Σ weight × score / max, over Σ weight, × 100
};

/** The consensus of an application's reviewers. */
struct Consensus
{
    QList<ReviewerScores> reviewers;
    std::optional<double> mean;   ///< of complete reviewers' totals
    double spread = 0;            ///< highest minus lowest total
    bool disagreement = false;    ///< spread above the round's threshold
    QStringList disputedCriteria; ///< criteria where reviewers differ by more than half the scale
};

/** A row of the ranking of a round. */
struct RankedApplication
{
    int rank = 0; ///< equal scores share a rank
    QString uid;
    QString titleEn, titleFr;
    QString institutionEn, institutionFr;
    QString status;
    int reviewers = 0;
    int assigned = 0;        ///< reviewers assigned (conflicts aside); 0 when the round has no assignments
    int complete = 0;        ///< reviewers who scored every criterion
    bool incomplete = false; ///< fewer complete reviews than assigned reviewers: ranked after the complete
    std::optional<double> score;
    double spread = 0;
    bool disagreement = false;
    std::optional<Money> requested;
    std::optional<Money> approved;
    Money amount;     ///< approved if decided, else requested: what funding in rank order would take
    Money cumulative; ///< running total of amount in rank order
    bool withinEnvelope = true;
};

/** What a reviewer gives one criterion of an application: a score (none: -1) and a comment. */
struct ScoreEntry
{
    QString criterionUid;
    int score = -1;
    QString comment;
};

/** Weighted scores, consensus and ranking, computed from the review table. */
class ReviewScores
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::ReviewScores)
public:
    /** The rubric of a round, in order; empty with \a error set (if given) when it cannot be read. */
    static QList<ReviewCriterion> criteria(const QSqlDatabase& db, const QString& roundUid,
                                           QString* error = nullptr);
    /**
     * Each reviewer's scores of \a projectUid against its round's rubric, and their agreement. When the
     * application, the rubric or the reviews cannot be read: an empty consensus with \a error set, never
     * "no review yet".
     */
    static Consensus consensus(const QSqlDatabase& db, const QString& projectUid, int disagreementPoints,
                               QString* error = nullptr);
    /**
     * Applications of a round that are submitted, in review, approved or completed, ranked by mean weighted
     * score (unscored last; ties share a rank and are ordered by smaller amount, then title), with the
     * cumulative amount and whether it still fits the round's envelope. An application whose assigned
     * reviewers have not all scored it is marked incomplete and ranked after every complete one, never as if
     * its partial score were final. When the round's applications, rubric, reviews or assignments cannot
     * be read, nothing: an empty list with \a error set, never a ranking of what could be read.
     */
    static QList<RankedApplication> ranking(const QSqlDatabase& db, const QString& roundUid,
                                            int disagreementPoints, std::optional<Money>* envelope,
                                            QString* error);
    /**
     * The edits that make \a reviewer's scores of \a projectUid what \a entries say: a new review row for a
     * newly scored criterion, a change where the score or comment differs, a removal where the score was
     * cleared; nothing for what is unchanged. Empty when nothing changes; \a error set (and empty) when the
     * reviews cannot be read.
     */
    static EditBatch scoreBatch(const QSqlDatabase& db, const QString& projectUid, const QString& reviewer,
                                const QList<ScoreEntry>& entries, const QString& description, QString* error);
    /** The weighted total (0–100) of \a scores under \a criteria; false when a criterion is unscored. */
    static bool weightedTotal(const QList<ReviewCriterion>& criteria, const QHash<QString, int>& scores,
                              double* total);
};

} // namespace mcfund
