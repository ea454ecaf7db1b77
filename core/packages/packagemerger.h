#pragma once

#include "institutionpackage.h"

#include "domain/validation.h"
#include "edits/editbatch.h"

#include <QCoreApplication>

namespace mcfund {

/** The same field changed on both sides since the package was made. */
struct MergeConflict
{
    enum class Choice
    {
        Undecided,
        Ministry,
        Package
    };
    Entity entity = Entity::Project;
    QString uid;
    QString label; ///< the record's title or name
    QString field;
    QVariant base, ministry, package;
    Choice choice = Choice::Undecided;
};

/** A change the package makes that is applied as it is. */
struct MergeChange
{
    Entity entity = Entity::Project;
    QString uid;
    QString label;
    Record before; ///< workspace values (updates)
    Record after;  ///< new values (updates: changed fields; additions: the whole record)
};

/** A change of the package that is refused, with the reason. */
struct MergeRejection
{
    Entity entity = Entity::Project;
    QString uid;
    QString label;
    QString field;
    QString reason;
};

/** A record deleted in the package: never deleted in the workspace unless accepted. */
struct MergeDeletion
{
    Entity entity = Entity::Project;
    QString uid;
    QString label;
    bool accept = false;
};

/**
 * A record deleted in the workspace after the package was made but changed in the package: the ministry's
 * deletion stands unless the record is put back, with the package's values, by choice.
 */
struct MergeRestoration
{
    Entity entity = Entity::Project;
    QString uid;
    QString label;
    Record values; ///< the whole record: the package's values, the ministry's for ministry-only fields
    bool accept = false;
};

/** Everything a merge would do, for the user to read (and decide conflicts) before anything is written. */
struct MergePlan
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::MergePlan)
public:
    PackageInfo info;
    QList<MergeChange> updates;
    QList<MergeChange> additions;
    QList<MergeConflict> conflicts;
    QList<MergeRejection> rejected;
    QList<MergeDeletion> deletions;
    QList<MergeRestoration> restorations;

    bool hasUndecidedConflicts() const;
    /** Decides every conflict for one side. */
    void prefer(MergeConflict::Choice side);
    /** "3 updated, 1 added, 1 conflict, 2 rejected, 1 deletion proposed" */
    QString summary() const;
    /** One line per change, conflict, rejection and deletion, for the command line and the report after
     * merging. */
    QStringList details(const QString& language) const;
};

/**
 * The three-way merge of an institution package back into the ministry workspace, field by field against
 * the base values the package carries: a change made only in the package is applied, a change made only in
 * the workspace is kept, the same field changed on both sides is a conflict; records added in the package
 * are added; records deleted in the package are proposed for deletion, and records deleted in the workspace
 * but changed in the package are offered for restoring. Rows of another institution, ministry-only fields, a
 * package from another workspace or schema, a damaged file — all refused with the reason. Applying is one
 * transaction and one change-log entry for the package.
 */
class PackageMerger
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::PackageMerger)
public:
    static bool plan(const QSqlDatabase& workspace, const QString& packagePath, MergePlan* plan,
                     QString* error);
    /** The edit batch that applies \a plan (every conflict must be decided). */
    static bool batch(const MergePlan& plan, EditBatch* batch, QString* error);
};

} // namespace mcfund
