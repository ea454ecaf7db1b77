#include "decisiondialog.h"

#include "commands/batchcommand.h"
#include "workspace.h"

#include "domain/money.h"
#include "domain/projectlifecycle.h"
#include "review/decisions.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace mcfund {

DecisionDialog::DecisionDialog(Workspace* workspace, const QString& projectUid, ProjectStatus to,
                               QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_project(projectUid)
    , m_to(to)
{
    const std::optional<Record> p =
        RecordStore(workspace->database().connection(), {}).get(Entity::Project, projectUid);
    const QString title = p ? (p->value(QStringLiteral("title_en")).toString().isEmpty()
                                   ? p->value(QStringLiteral("title_fr")).toString()
                                   : p->value(QStringLiteral("title_en")).toString())
                            : QString();
    setWindowTitle(ProjectLifecycle::actionName(to).remove(QStringLiteral("…")));
    auto* form = new QFormLayout(this);
    auto* heading = new QLabel(title, this);
    heading->setWordWrap(true);
    form->addRow(heading);
    const QLocale l;
    if (to == ProjectStatus::Approved) {
        m_amount = new QLineEdit(this);
        m_amount->setObjectName(QStringLiteral("approvedAmount"));
        m_amount->setAlignment(Qt::AlignRight);
        const QVariant requested = p ? p->value(QStringLiteral("requested_cents")) : QVariant();
        if (!requested.isNull())
            m_amount->setText(Money(requested.toLongLong()).toPlainString(l));
        m_amount->setAccessibleName(tr("Approved amount"));
        form->addRow(tr("&Approved amount:"), m_amount);
        form->addRow(new QLabel(requested.isNull()
                                    ? tr("No requested amount is recorded.")
                                    : tr("Requested: %1").arg(Money(requested.toLongLong()).toString(l)),
                                this));
    }
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    m_reason->setAccessibleName(tr("Reason"));
    form->addRow(tr("&Reason:"), m_reason);
    m_override = new QPlainTextEdit(this);
    m_override->setObjectName(QStringLiteral("overrideReason"));
    m_override->setTabChangesFocus(true);
    m_override->setMaximumHeight(80);
    m_override->setAccessibleName(tr("Reason for approving beyond the envelope"));
    m_overrideLabel = new QLabel(tr("&Envelope override:"), this);
    m_overrideLabel->setBuddy(m_override);
    form->addRow(m_overrideLabel, m_override);
    m_override->setVisible(false);
    m_overrideLabel->setVisible(false);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(ProjectLifecycle::actionName(to).remove(QStringLiteral("…")));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString DecisionDialog::problem() const
{
    return m_problem->text();
}

void DecisionDialog::accept()
{
    DecisionRequest request;
    request.projectUid = m_project;
    request.to = m_to;
    request.reason = m_reason->toPlainText();
    request.overrideReason = m_override->toPlainText();
    if ((m_to == ProjectStatus::Declined || m_to == ProjectStatus::Withdrawn) &&
        request.reason.trimmed().isEmpty()) {
        m_problem->setText(QStringLiteral("⚠ ") +
                           tr("Give the reason: it stays with the application's history."));
        m_reason->setFocus();
        return;
    }
    if (m_amount) {
        Money amount;
        QString why;
        if (!Money::parse(m_amount->text(), QLocale(), &amount, &why)) {
            m_problem->setText(QStringLiteral("⚠ ") + tr("Approved amount: %1").arg(why));
            m_amount->setFocus();
            return;
        }
        request.approved = amount;
    }
    EditBatch batch;
    QString error;
    Decisions::Refusal refusal = Decisions::Refusal::None;
    if (!Decisions::prepare(m_workspace->database().connection(), request, Workspace::userName(), &batch,
                            &error, &refusal)) {
        m_problem->setText(QStringLiteral("⚠ ") + error);
        if (refusal == Decisions::Refusal::EnvelopeExceeded) {
            m_override->setVisible(true);
            m_overrideLabel->setVisible(true);
            m_override->setFocus();
        }
        return;
    }
    if (!m_workspace->push(new DecisionCommand(m_workspace, batch), &error)) {
        m_problem->setText(QStringLiteral("⚠ ") + error);
        return;
    }
    QDialog::accept();
}

} // namespace mcfund
