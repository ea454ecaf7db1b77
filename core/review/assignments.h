#pragma once

#include "edits/editbatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace mcfund {

/** Where one reviewer stands on one application. */
enum class AssignmentState
{
    Assigned, ///< to review, not every criterion scored yet
    Scored,   ///< every criterion of the round scored
    Conflict, ///< a conflict of interest, declared or of the reviewer's own institution
};

/** One row of a round's assignments. */
struct AssignmentRow
{
    QString uid; ///< empty for a conflict that comes from the reviewer's institution (not stored)
    QString projectUid;
    QString titleEn, titleFr;
    QString reviewer;
    AssignmentState state = AssignmentState::Assigned;
    QString reason; ///< why there is a conflict
};

/** How far one reviewer, or one application, has come. */
struct ReviewProgress
{
    int assigned = 0; ///< live assignments (not conflicts)
    int scored = 0;   ///< of those, every criterion scored
};

/**
 * A round reviewed by a team: which reviewer reviews which application, the conflicts of interest they
 * declare, and how far each has come. Writes come back as edit batches (one transaction, in the change log,
 * undoable); what a reviewer may see and write is enforced by the database on a shared workspace (the
 * review and assignment policies of Server) and by the interface on a SQLite one.
 */
class Assignments
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::Assignments)
public:
    static QString stateCode(AssignmentState state); ///< assigned, scored, conflict
    static QString stateName(AssignmentState state); ///< translated

    /** The applications of a round that are reviewed (the ranking's: submitted to completed). */
    static QStringList applications(const QSqlDatabase& db, const QString& roundUid,
                                    QString* error = nullptr);
    /**
     * Everyone who reviews: on a shared workspace the reviewer accounts (workspace_user), elsewhere the names
     * that already have an assignment or a score. Sorted. A read that fails sets \a error.
     */
    static QStringList reviewers(const QSqlDatabase& db, QString* error = nullptr);
    /** The institution of each reviewer that has one (shared workspace only): a conflict with its
     * applications. A read that fails sets \a error (never an empty answer taken for "none"). */
    static QHash<QString, QString> reviewerInstitutions(const QSqlDatabase& db, QString* error = nullptr);
    /** The person this connection writes as: the database role on a server, else the login name (or empty).
     */
    static QString currentUser(const QSqlDatabase& db);

    /** Every assignment and conflict of a round's applications, by title then reviewer. */
    static QList<AssignmentRow> list(const QSqlDatabase& db, const QString& roundUid, const QString& language,
                                     QString* error = nullptr);
    /** Per reviewer ("12 of 30 scored") and per application ("1 of 2 reviews") for a round. */
    static QHash<QString, ReviewProgress> progressByReviewer(const QList<AssignmentRow>& rows);
    static QHash<QString, ReviewProgress> progressByApplication(const QList<AssignmentRow>& rows);

    /**
     * Fills every application of the round up to \a perApplication reviewers taken from \a reviewers: the
     * least loaded eligible reviewer first (loads end within one of each other whenever the conflicts allow),
     * never one with a conflict, never twice; the assignments already made stay. The most constrained
     * applications are filled first. \a short_ counts the places that could not be filled (too few
     * eligible reviewers). An empty batch means nothing was missing.
     */
    static bool planAutomatic(const QSqlDatabase& db, const QString& roundUid, int perApplication,
                              const QStringList& reviewers, EditBatch* batch, int* short_, QString* error);
    /** Assigns each of \a reviewers to each of \a projectUids by hand; conflicts and existing ones are
     * skipped. */
    static bool planAssign(const QSqlDatabase& db, const QStringList& projectUids,
                           const QStringList& reviewers, EditBatch* batch, QString* error);
    /** Removes the assignment of \a reviewer to \a projectUid (not a declared conflict, not once scored). */
    static bool planUnassign(const QSqlDatabase& db, const QString& projectUid, const QString& reviewer,
                             EditBatch* batch, QString* error);
    /**
     * \a reviewer declares a conflict of interest on \a projectUid with \a reason: their assignment becomes a
     * conflict (or one is recorded), and any score they saved on it is removed, all in one batch.
     */
    static bool planConflict(const QSqlDatabase& db, const QString& projectUid, const QString& reviewer,
                             const QString& reason, EditBatch* batch, QString* error);
};

} // namespace mcfund
