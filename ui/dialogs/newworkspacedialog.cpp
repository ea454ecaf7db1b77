#include "newworkspacedialog.h"

#include "storage/database.h"
#include "synthetic/generator.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace mcfund {

NewWorkspaceDialog::NewWorkspaceDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New Workspace"));
    auto* layout = new QVBoxLayout(this);
    m_official = new QRadioButton(
        tr("From the &official data of the fund (2 rounds, 36 institutions, 88 projects)"), this);
    m_empty = new QRadioButton(tr("&Empty (sectors, rounds and institutions to be entered)"), this);
    m_synthetic = new QRadioButton(tr("&Synthetic data for demonstrations and tests"), this);
    m_official->setChecked(true);
    layout->addWidget(m_official);
    layout->addWidget(m_empty);
    layout->addWidget(m_synthetic);
    auto* sizes = new QFormLayout;
    m_projects = new QSpinBox(this);
    m_projects->setRange(1, 10000000);
    m_projects->setValue(2000);
    m_projects->setGroupSeparatorShown(true);
    m_projects->setAccessibleName(tr("Number of projects"));
    m_credentials = new QSpinBox(this);
    m_credentials->setRange(0, 50000000);
    m_credentials->setValue(10000);
    m_credentials->setGroupSeparatorShown(true);
    m_credentials->setAccessibleName(tr("Number of micro-credentials"));
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1000000);
    m_seed->setValue(1);
    m_seed->setAccessibleName(tr("Random seed"));
    sizes->addRow(tr("&Projects:"), m_projects);
    sizes->addRow(tr("&Micro-credentials:"), m_credentials);
    sizes->addRow(tr("S&eed:"), m_seed);
    sizes->setContentsMargins(24, 0, 0, 0);
    layout->addLayout(sizes);

    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setAccessibleName(tr("Workspace file"));
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(docs.isEmpty() ? QDir::homePath() : docs).filePath(tr("mcfund-workspace.mcfund")));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* fileForm = new QFormLayout;
    // A label of a layout has no buddy of its own: without one its "&" would show instead of Alt+F.
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    fileForm->addRow(fileLabel, fileRow);
    layout->addLayout(fileForm);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewWorkspaceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &NewWorkspaceDialog::browse);
    connect(m_synthetic, &QRadioButton::toggled, this, &NewWorkspaceDialog::updateEnabled);
    updateEnabled();
}

void NewWorkspaceDialog::updateEnabled()
{
    for (QWidget* w : {static_cast<QWidget*>(m_projects), static_cast<QWidget*>(m_credentials),
                       static_cast<QWidget*>(m_seed)})
        w->setEnabled(m_synthetic->isChecked());
}

void NewWorkspaceDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), m_path->text(),
                                                      tr("mcfund workspaces (*.mcfund *.sqlite)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void NewWorkspaceDialog::accept()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("New Workspace"), tr("Choose a file for the new workspace."));
        return;
    }
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Workspace"),
                             tr("“%1” already exists. Choose another name.").arg(path));
        return;
    }
    QString error;
    if (!m_synthetic->isChecked()) {
        Database db;
        if (!db.create(path, m_official->isChecked() ? WorkspaceKind::Official : WorkspaceKind::Empty,
                       &error)) {
            QMessageBox::warning(this, tr("New Workspace"), error);
            return;
        }
        m_created = path;
        QDialog::accept();
        return;
    }
    GeneratorOptions options;
    options.projects = m_projects->value();
    options.credentials = m_credentials->value();
    options.seed = quint64(m_seed->value());
    auto progress = std::make_shared<std::atomic<int>>(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    options.progress = [progress, cancelled](int pct) {
        progress->store(pct);
        return !cancelled->load();
    };
    QProgressDialog dialog(tr("Generating the synthetic workspace…"), tr("Cancel"), 0, 100, this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    bool ok = false;
    QThread* worker = QThread::create([&] { ok = Generator::generate(path, options, &error); });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    connect(&poll, &QTimer::timeout, &dialog, [&] {
        dialog.setValue(progress->load());
        if (dialog.wasCanceled())
            cancelled->store(true);
    });
    poll.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    dialog.close();
    if (!ok) {
        if (!cancelled->load())
            QMessageBox::warning(this, tr("New Workspace"), error);
        return;
    }
    m_created = path;
    QDialog::accept();
}

} // namespace mcfund
