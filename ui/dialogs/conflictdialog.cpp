#include "conflictdialog.h"

#include "domain/entityschema.h"
#include "storage/recordstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mcfund {

ConflictDialog::ConflictDialog(const EditBatch& batch, const QList<EditProblem>& problems, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));
    auto* v = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Someone else saved a change to the same field while you were editing it. Keep "
                      "their value, or write yours over it knowingly."),
                   this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("conflicts"));
    m_table->setAccessibleName(tr("Fields changed by someone else"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("It was"), tr("Theirs"), tr("Yours")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    auto text = [](const QVariant& v) {
        const QString t = RecordStore::toLogText(v);
        return t.isEmpty() ? tr("(empty)") : t;
    };
    for (const EditProblem& p : problems) {
        if (p.row < 0 || p.row >= batch.rows.size() || !p.theirs)
            continue;
        const RowEdit& r = batch.rows.at(p.row);
        const FieldDef* f = Schema::entity(r.entity).field(p.field);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(f ? f->displayName() : p.field));
        m_table->setItem(row, 1, new QTableWidgetItem(text(r.before.value(p.field))));
        m_table->setItem(row, 2, new QTableWidgetItem(text(*p.theirs)));
        m_table->setItem(row, 3, new QTableWidgetItem(text(r.after.value(p.field))));
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    v->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* mine = buttons->addButton(tr("Use &Mine"), QDialogButtonBox::AcceptRole);
    QPushButton* theirs = buttons->addButton(tr("Keep &Theirs"), QDialogButtonBox::RejectRole);
    mine->setObjectName(QStringLiteral("useMine"));
    theirs->setObjectName(QStringLiteral("keepTheirs"));
    theirs->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    resize(620, 260);
}

} // namespace mcfund
