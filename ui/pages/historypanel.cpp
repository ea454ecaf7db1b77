#include "historypanel.h"

#include "tables/auditmodel.h"
#include "tables/fieldeditor.h"
#include "workspace.h"

#include "domain/translations.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace mcfund {

HistoryPanel::HistoryPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("historyPanel"));
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    m_recordOnly = new QCheckBox(this);
    m_recordOnly->setChecked(true);
    m_round = new QComboBox(this);
    m_user = new LazyComboBox(this);
    m_user->setObjectName(QStringLiteral("historyUser"));
    m_export = new QPushButton(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_count->setWordWrap(true);
    bar->addWidget(m_recordOnly);
    bar->addWidget(m_round);
    bar->addWidget(m_user);
    bar->addWidget(m_count, 1);
    bar->addWidget(m_export);
    v->addLayout(bar);
    m_model = new AuditModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    v->addWidget(m_view, 1);
    connect(m_recordOnly, &QCheckBox::toggled, this, &HistoryPanel::refresh);
    connect(m_round, &QComboBox::currentIndexChanged, this, &HistoryPanel::refresh);
    connect(m_user, &QComboBox::currentIndexChanged, this, &HistoryPanel::refresh);
    connect(m_workspace, &Workspace::changed, this, &HistoryPanel::refresh);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export History"), tr("history.csv"),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export History"), error);
    });
    retranslate();
}

void HistoryPanel::retranslate()
{
    m_recordOnly->setText(tr("Selected record only"));
    m_export->setText(tr("Export CSV…"));
    m_round->setAccessibleName(tr("Round of the history"));
    m_user->setAccessibleName(tr("User of the history"));
    const QString round = m_round->currentData().toString();
    const QString user = m_user->currentData().toString();
    const QSignalBlocker a(m_round), b(m_user);
    m_round->clear();
    m_round->addItem(tr("All rounds"), QString());
    for (const LookupItem& r : m_workspace->lookups().items(Entity::Round))
        m_round->addItem(r.name(Translations::current()), r.uid);
    m_round->setCurrentIndex(std::max(0, m_round->findData(round)));
    // Who wrote the log is listed when someone opens the list: it is a search of the whole log's user
    // index, not needed to show the window.
    m_user->clear();
    m_user->addItem(tr("Everyone"), QString());
    if (!user.isEmpty())
        m_user->addItem(user, user);
    m_user->setCurrentIndex(std::max(0, m_user->findData(user)));
    m_user->setFiller([this](QComboBox* box) {
        box->addItem(tr("Everyone"), QString());
        QString unread;
        for (const QString& u : AuditLog::users(m_workspace->database().connection(), &unread))
            box->addItem(u, u);
        if (!unread.isEmpty())
            FieldEditor::addNotice(box, unread); // not a list of nobody: why it is empty, in words
    });
    refresh();
}

void HistoryPanel::setRecord(Entity, const QString& uid, const QString& label)
{
    m_uid = uid;
    m_label = label;
    if (m_recordOnly->isChecked())
        refresh();
}

void HistoryPanel::refresh()
{
    AuditFilter f;
    if (m_recordOnly->isChecked())
        f.uid = m_uid.isEmpty() ? QStringLiteral("-") : m_uid;
    f.roundUid = m_round->currentData().toString();
    f.user = m_user->currentData().toString();
    f.limit = m_recordOnly->isChecked() ? 0 : 5000;
    QString unread;
    m_model->setEntries(AuditLog::read(m_workspace->database().connection(), f, &unread));
    m_view->resizeColumnsToContents();
    m_unread = unread;
    if (!unread.isEmpty()) {
        // A history that cannot be read is not "0 changes", and is not exported as such.
        m_model->setEntries({});
        m_count->setText(tr("The history could not be read: %1").arg(unread));
        return;
    }
    const int n = m_model->rowCount();
    m_count->setText(
        m_recordOnly->isChecked()
            ? tr("%n change(s) to %1", nullptr, n).arg(m_label.isEmpty() ? tr("no record selected") : m_label)
            : tr("%n change(s)", nullptr, n));
}

bool HistoryPanel::exportCsv(const QString& path, QString* error) const
{
    if (!m_unread.isEmpty()) {
        if (error)
            *error = tr("The history could not be read, so nothing was exported: %1").arg(m_unread);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    AuditLog::writeCsv(m_model->entries(), &file);
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mcfund
