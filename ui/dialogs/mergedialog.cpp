#include "mergedialog.h"

#include "commands/batchcommand.h"
#include "workspace.h"

#include "storage/recordstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mcfund {

namespace {
QString fieldName(Entity e, const QString& f)
{
    const FieldDef* d = Schema::entity(e).field(f);
    return d ? d->displayName() : f;
}
QTableWidget* table(QWidget* parent, const QStringList& headers)
{
    auto* t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    return t;
}
// A table of records to act on or not: a yes/no check box (unchecked: nothing is done), the record, its kind.
QTableWidget* choiceTable(QWidget* parent, const QString& action,
                          const QList<std::pair<QString, Entity>>& records)
{
    QTableWidget* t = table(parent, {action, MergeDialog::tr("Record"), MergeDialog::tr("Kind")});
    t->setRowCount(int(records.size()));
    for (int i = 0; i < records.size(); ++i) {
        auto* check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        check->setCheckState(Qt::Unchecked);
        check->setText(MergeDialog::tr("no")); // the state in words too, not only the box
        t->setItem(i, 0, check);
        t->setItem(i, 1, new QTableWidgetItem(records.at(i).first));
        t->setItem(i, 2, new QTableWidgetItem(Schema::entity(records.at(i).second).displaySingular()));
    }
    QObject::connect(t, &QTableWidget::itemChanged, t, [](QTableWidgetItem* item) {
        if (item->column() == 0) {
            const QSignalBlocker block(item->tableWidget());
            item->setText(item->checkState() == Qt::Checked ? MergeDialog::tr("yes") : MergeDialog::tr("no"));
        }
    });
    t->setAccessibleName(action);
    t->resizeColumnsToContents();
    return t;
}
} // namespace

MergeDialog::MergeDialog(Workspace* workspace, MergePlan plan, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_plan(std::move(plan))
{
    setWindowTitle(tr("Merge the package of %1").arg(m_plan.info.institutionName));
    resize(980, 600);
    auto* v = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Package made %1 by %2. Before merging: %3.")
                               .arg(m_plan.info.createdAt, m_plan.info.createdBy, m_plan.summary()),
                           this);
    m_summary->setWordWrap(true);
    v->addWidget(m_summary);
    auto* tabs = new QTabWidget(this);
    v->addWidget(tabs, 1);

    m_conflicts = table(tabs, {tr("Record"), tr("Field"), tr("Base (when exported)"), tr("Ministry"),
                               tr("Package"), tr("Keep")});
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_conflicts->setRowCount(int(m_plan.conflicts.size()));
    for (int i = 0; i < m_plan.conflicts.size(); ++i) {
        const MergeConflict& c = m_plan.conflicts.at(i);
        m_conflicts->setItem(i, 0, new QTableWidgetItem(c.label));
        m_conflicts->setItem(i, 1, new QTableWidgetItem(fieldName(c.entity, c.field)));
        m_conflicts->setItem(i, 2, new QTableWidgetItem(RecordStore::toLogText(c.base)));
        m_conflicts->setItem(i, 3, new QTableWidgetItem(RecordStore::toLogText(c.ministry)));
        m_conflicts->setItem(i, 4, new QTableWidgetItem(RecordStore::toLogText(c.package)));
        auto* choice = new QComboBox(m_conflicts);
        choice->addItem(tr("Choose…"), int(MergeConflict::Choice::Undecided));
        choice->addItem(tr("The ministry's value"), int(MergeConflict::Choice::Ministry));
        choice->addItem(tr("The package's value"), int(MergeConflict::Choice::Package));
        choice->setAccessibleName(tr("Value to keep for %1").arg(fieldName(c.entity, c.field)));
        m_conflicts->setCellWidget(i, 5, choice);
    }
    m_conflicts->resizeColumnsToContents();
    tabs->addTab(m_conflicts, tr("Conflicts (%1)").arg(m_plan.conflicts.size()));

    m_changes = table(tabs, {tr("Change"), tr("Record"), tr("Field"), tr("From"), tr("To")});
    for (const MergeChange& c : m_plan.additions) {
        const int r = m_changes->rowCount();
        m_changes->insertRow(r);
        m_changes->setItem(r, 0, new QTableWidgetItem(tr("Added")));
        m_changes->setItem(r, 1, new QTableWidgetItem(c.label));
        m_changes->setItem(r, 2, new QTableWidgetItem(Schema::entity(c.entity).displaySingular()));
    }
    for (const MergeChange& c : m_plan.updates)
        for (auto it = c.after.cbegin(); it != c.after.cend(); ++it) {
            const int r = m_changes->rowCount();
            m_changes->insertRow(r);
            m_changes->setItem(r, 0, new QTableWidgetItem(tr("Updated")));
            m_changes->setItem(r, 1, new QTableWidgetItem(c.label));
            m_changes->setItem(r, 2, new QTableWidgetItem(fieldName(c.entity, it.key())));
            m_changes->setItem(r, 3, new QTableWidgetItem(RecordStore::toLogText(c.before.value(it.key()))));
            m_changes->setItem(r, 4, new QTableWidgetItem(RecordStore::toLogText(it.value())));
        }
    m_changes->resizeColumnsToContents();
    tabs->addTab(m_changes, tr("Changes (%1)").arg(m_changes->rowCount()));

    QList<std::pair<QString, Entity>> deleted, restorable;
    for (const MergeDeletion& d : m_plan.deletions)
        deleted << std::pair{d.label, d.entity};
    for (const MergeRestoration& r : m_plan.restorations)
        restorable << std::pair{r.label, r.entity};
    m_deletions = choiceTable(tabs, tr("Delete too"), deleted);
    m_deletions->setObjectName(QStringLiteral("deletions"));
    tabs->addTab(m_deletions, tr("Deleted in the package (%1)").arg(m_plan.deletions.size()));
    // Deleted here after the package was made, but the institution changed them since: the deletion stands
    // unless the record is put back with the package's values.
    m_restorations = choiceTable(tabs, tr("Put back"), restorable);
    m_restorations->setObjectName(QStringLiteral("restorations"));
    tabs->addTab(m_restorations,
                 tr("Deleted here, changed in the package (%1)").arg(m_plan.restorations.size()));

    QTableWidget* rejected = table(tabs, {tr("Record"), tr("Field"), tr("Why it is refused")});
    rejected->setRowCount(int(m_plan.rejected.size()));
    for (int i = 0; i < m_plan.rejected.size(); ++i) {
        const MergeRejection& r = m_plan.rejected.at(i);
        rejected->setItem(i, 0, new QTableWidgetItem(r.label));
        rejected->setItem(i, 1,
                          new QTableWidgetItem(r.field.isEmpty() ? QString() : fieldName(r.entity, r.field)));
        rejected->setItem(i, 2, new QTableWidgetItem(r.reason));
    }
    rejected->resizeColumnsToContents();
    tabs->addTab(rejected, tr("Rejected (%1)").arg(m_plan.rejected.size()));

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    v->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MergePlan MergeDialog::plan() const
{
    MergePlan p = m_plan;
    for (int i = 0; i < p.conflicts.size(); ++i)
        if (auto* box = qobject_cast<QComboBox*>(m_conflicts->cellWidget(i, 5)))
            p.conflicts[i].choice = MergeConflict::Choice(box->currentData().toInt());
    for (int i = 0; i < p.deletions.size(); ++i)
        p.deletions[i].accept = m_deletions->item(i, 0)->checkState() == Qt::Checked;
    for (int i = 0; i < p.restorations.size(); ++i)
        p.restorations[i].accept = m_restorations->item(i, 0)->checkState() == Qt::Checked;
    return p;
}

void MergeDialog::accept()
{
    const MergePlan p = plan();
    EditBatch batch;
    QString error;
    if (!PackageMerger::batch(p, &batch, &error)) {
        m_problem->setText(QStringLiteral("⚠ ") + error);
        return;
    }
    if (!batch.rows.isEmpty() && !m_workspace->push(new MergeCommand(m_workspace, batch), &error)) {
        m_problem->setText(QStringLiteral("⚠ ") + tr("Nothing was merged: %1").arg(error));
        return;
    }
    m_report = batch.rows.isEmpty()
                   ? tr("Nothing to merge: the workspace already has every change of this package.")
                   : tr("Merged the package of %1: %2.").arg(p.info.institutionName, p.summary());
    QDialog::accept();
}

} // namespace mcfund
