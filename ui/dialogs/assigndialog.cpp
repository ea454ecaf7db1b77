#include "assigndialog.h"

#include "commands/batchcommand.h"
#include "workspace.h"

#include "review/assignments.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mcfund {

AssignDialog::AssignDialog(Workspace* workspace, const QString& roundUid, const QString& roundName,
                           const QString& projectUid, const QString& projectTitle, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_round(roundUid)
    , m_project(projectUid)
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(tr("Assign Reviewers — %1").arg(roundName));
    auto* v = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Check the reviewers who take part. Filling the round gives every application "
                      "the number of reviewers below, the least loaded first, never one with a "
                      "conflict of interest; what is assigned already stays."),
                   this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto* listLabel = new QLabel(tr("&Reviewers:"), this);
    v->addWidget(listLabel);
    m_reviewers = new QListWidget(this);
    m_reviewers->setObjectName(QStringLiteral("reviewers"));
    m_reviewers->setAccessibleName(tr("Reviewers taking part"));
    listLabel->setBuddy(m_reviewers);
    const QSqlDatabase db = workspace->database().connection();
    QString unread;
    const QStringList known = Assignments::reviewers(db, &unread);
    if (!unread.isEmpty()) {
        // Said in words above the list, not left as an empty list that reads as "no reviewers".
        auto* why = new QLabel(unread, this);
        why->setObjectName(QStringLiteral("reviewersUnread"));
        why->setWordWrap(true);
        why->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        why->setAccessibleName(unread);
        v->addWidget(why);
    }
    for (const QString& r : known) {
        auto* item = new QListWidgetItem(r, m_reviewers);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    v->addWidget(m_reviewers, 1);
    if (!workspace->database().isServer()) {
        // On a shared workspace the reviewers are its accounts (mcfund server add-user); here, names.
        auto* add = new QHBoxLayout;
        m_newReviewer = new QLineEdit(this);
        m_newReviewer->setObjectName(QStringLiteral("newReviewer"));
        m_newReviewer->setPlaceholderText(tr("Name of another reviewer"));
        m_newReviewer->setAccessibleName(tr("Name of another reviewer"));
        auto* addButton = new QPushButton(tr("A&dd"), this);
        addButton->setAccessibleName(tr("Add the reviewer"));
        connect(addButton, &QPushButton::clicked, this, &AssignDialog::addReviewer);
        connect(m_newReviewer, &QLineEdit::returnPressed, this, &AssignDialog::addReviewer);
        add->addWidget(m_newReviewer, 1);
        add->addWidget(addButton);
        v->addLayout(add);
    }
    auto* form = new QFormLayout;
    m_per = new QSpinBox(this);
    m_per->setObjectName(QStringLiteral("perApplication"));
    m_per->setRange(1, 20);
    m_per->setValue(2);
    m_per->setAccessibleName(tr("Reviewers per application"));
    form->addRow(tr("Reviewers per &application:"), m_per);
    v->addLayout(form);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("assignResult"));
    m_result->setWordWrap(true);
    v->addWidget(m_result);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_fill = buttons->addButton(tr("&Fill the Round"), QDialogButtonBox::ActionRole);
    m_fill->setObjectName(QStringLiteral("fillRound"));
    m_one = buttons->addButton(tr("Assign to &This Application"), QDialogButtonBox::ActionRole);
    m_one->setObjectName(QStringLiteral("assignOne"));
    m_one->setEnabled(!projectUid.isEmpty());
    m_one->setToolTip(projectUid.isEmpty() ? tr("Select an application in the ranking first.")
                                           : tr("The checked reviewers review “%1”.").arg(projectTitle));
    connect(m_fill, &QPushButton::clicked, this, [this] { assignRound(); });
    connect(m_one, &QPushButton::clicked, this, [this] { assignApplication(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    resize(460, 480);
}

QStringList AssignDialog::checked() const
{
    QStringList out;
    for (int i = 0; i < m_reviewers->count(); ++i)
        if (m_reviewers->item(i)->checkState() == Qt::Checked)
            out << m_reviewers->item(i)->text();
    return out;
}

void AssignDialog::addReviewer()
{
    const QString name = m_newReviewer ? m_newReviewer->text().trimmed() : QString();
    if (name.isEmpty())
        return;
    if (m_reviewers->findItems(name, Qt::MatchFixedString).isEmpty()) {
        auto* item = new QListWidgetItem(name, m_reviewers);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_newReviewer->clear();
}

bool AssignDialog::assignRound()
{
    EditBatch batch;
    int missing = 0;
    QString error;
    if (!Assignments::planAutomatic(m_workspace->database().connection(), m_round, m_per->value(), checked(),
                                    &batch, &missing, &error)) {
        m_result->setText(error);
        return false;
    }
    if (!batch.isEmpty() && !m_workspace->push(new ReviewCommand(m_workspace, batch), &error)) {
        m_result->setText(tr("Nothing was assigned: %1").arg(error));
        return false;
    }
    QString text = batch.isEmpty() ? tr("Every application already has its reviewers: nothing to add.")
                                   : tr("%n new assignment(s).", nullptr, int(batch.rows.size()));
    if (missing > 0)
        text +=
            QLatin1Char(' ') + tr("%n place(s) could not be filled: too few reviewers without a conflict of "
                                  "interest.",
                                  nullptr, missing);
    m_result->setText(text);
    return true;
}

bool AssignDialog::assignApplication()
{
    EditBatch batch;
    QString error;
    if (!Assignments::planAssign(m_workspace->database().connection(), {m_project}, checked(), &batch,
                                 &error)) {
        m_result->setText(error);
        return false;
    }
    if (batch.isEmpty()) {
        m_result->setText(tr("The checked reviewers are already on this application, or have a conflict of "
                             "interest with it."));
        return true;
    }
    if (!m_workspace->push(new ReviewCommand(m_workspace, batch), &error)) {
        m_result->setText(tr("Nothing was assigned: %1").arg(error));
        return false;
    }
    m_result->setText(tr("%n reviewer(s) assigned to this application.", nullptr, int(batch.rows.size())));
    return true;
}

QString AssignDialog::result() const
{
    return m_result->text();
}

} // namespace mcfund
