#include "reportdialog.h"

#include "workspace.h"

#include "domain/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace mcfund {

ReportDialog::ReportDialog(Workspace* workspace, const ReportRequest& initial, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_initial(initial)
{
    setWindowTitle(tr("Report"));
    auto* form = new QFormLayout(this);
    const QString lang = Translations::current();
    m_type = new QComboBox(this);
    m_type->addItem(tr("Round summary"), int(ReportRequest::Type::Round));
    m_type->addItem(tr("Institution report"), int(ReportRequest::Type::Institution));
    m_type->addItem(tr("Sector report"), int(ReportRequest::Type::Sector));
    m_type->setCurrentIndex(m_type->findData(int(initial.type)));
    m_round = new QComboBox(this);
    for (const LookupItem& r : workspace->lookups().items(Entity::Round))
        m_round->addItem(QStringLiteral("%1 (%2)").arg(r.name(lang), r.extra), r.code.toInt());
    const int roundIndex = m_round->findData(initial.round);
    m_round->setCurrentIndex(roundIndex >= 0 ? roundIndex : m_round->count() - 1);
    m_institution = new QComboBox(this);
    for (const LookupItem& i : workspace->lookups().sorted(Entity::Institution, lang))
        m_institution->addItem(i.name(lang), i.uid);
    m_institution->setCurrentIndex(std::max(0, m_institution->findData(initial.institutionUid)));
    m_sector = new QComboBox(this);
    for (const LookupItem& s : workspace->lookups().items(Entity::Sector))
        m_sector->addItem(s.name(lang), s.code);
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(initial.sectorCode)));
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("Letter (8.5 × 11 in)"), int(QPageSize::Letter));
    m_paper->addItem(tr("A4 (210 × 297 mm)"), int(QPageSize::A4));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(initial.paper))));
    m_filters = new QLabel(this);
    m_filters->setWordWrap(true);
    m_filters->setText(initial.filter.isEmpty()
                           ? tr("No filters: every project of the chosen scope.")
                           : tr("The filters of the current page apply (shown on the report's title page)."));
    form->addRow(tr("&Report:"), m_type);
    form->addRow(tr("R&ound:"), m_round);
    form->addRow(tr("&Institution:"), m_institution);
    form->addRow(tr("&Sector:"), m_sector);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(m_filters);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ReportDialog::updateEnabled);
    updateEnabled();
}

void ReportDialog::updateEnabled()
{
    const auto type = ReportRequest::Type(m_type->currentData().toInt());
    m_round->setEnabled(type == ReportRequest::Type::Round);
    m_institution->setEnabled(type == ReportRequest::Type::Institution);
    m_sector->setEnabled(type == ReportRequest::Type::Sector);
}

ReportRequest ReportDialog::request() const
{
    ReportRequest r = m_initial;
    r.type = ReportRequest::Type(m_type->currentData().toInt());
    r.round = m_round->currentData().toInt();
    r.institutionUid = m_institution->currentData().toString();
    r.sectorCode = m_sector->currentData().toString();
    r.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    return r;
}

} // namespace mcfund
