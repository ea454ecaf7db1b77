#pragma once

#include "packages/packagemerger.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace mcfund {

class Workspace;

/**
 * File ▸ Merge Institution Package: the summary before anything is written (updated, added, in conflict,
 * rejected, proposed deletions), each conflict side by side (base, ministry, package) with a choice, each
 * deletion to accept or not, each record deleted here but changed in the package to put back or not, each
 * rejection with its reason; Merge applies it all as one undoable step.
 */
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    MergeDialog(Workspace* workspace, MergePlan plan, QWidget* parent = nullptr);
    void accept() override;
    MergePlan plan() const;
    QTableWidget* conflictTable() const { return m_conflicts; }
    QTableWidget* deletionTable() const { return m_deletions; }
    QTableWidget* restorationTable() const { return m_restorations; }
    /** The report after merging (what was applied). */
    QString report() const { return m_report; }

private:
    Workspace* m_workspace;
    MergePlan m_plan;
    QLabel* m_summary = nullptr;
    QTableWidget* m_conflicts = nullptr;
    QTableWidget* m_deletions = nullptr;
    QTableWidget* m_restorations = nullptr;
    QTableWidget* m_changes = nullptr;
    QLabel* m_problem = nullptr;
    QString m_report;
};

} // namespace mcfund
