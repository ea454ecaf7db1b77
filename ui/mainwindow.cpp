#include "mainwindow.h"

#include "domain/translations.h"
#include "storage/database.h"
#include "tables/projectlistmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace mcfund {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Projects"));
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    setCentralWidget(m_table);
    m_count = new QLabel(this);
    statusBar()->addPermanentWidget(m_count);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About mcfund"), this, [this] {
        QMessageBox::about(this, tr("About mcfund"),
                           tr("<b>mcfund %1</b><p>Administering Ontario's Micro-credentials Challenge Fund.</p>"
                              "<p>Official data: the public Ontario page on micro-credentials (Round 2 funding "
                              "recipients). Per-project amounts are not published.</p>")
                               .arg(QStringLiteral(MCFUND_VERSION)));
    });
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openWorkspace(const QString& path, QString* error)
{
    auto db = std::make_unique<Database>();
    if (!db->open(path, error))
        return false;
    m_db = std::move(db);
    m_model = new ProjectListModel(m_db->connection(), this);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->resizeSection(ProjectListModel::Title, 520);
    m_table->horizontalHeader()->resizeSection(ProjectListModel::Institution, 300);
    updateTitle();
    updateStatus();
    return true;
}

void MainWindow::updateTitle()
{
    QString kind;
    switch (m_db->kind()) {
    case WorkspaceKind::Synthetic: kind = tr("synthetic data"); break;
    case WorkspaceKind::Empty: kind = tr("empty"); break;
    case WorkspaceKind::Official: kind = m_db->isEdited() ? tr("official data, edited") : tr("official data"); break;
    }
    setWindowTitle(tr("%1 (%2) — mcfund").arg(QFileInfo(m_db->path()).fileName(), kind));
}

void MainWindow::updateStatus()
{
    m_count->setText(tr("%n project(s)", nullptr, int(m_model->totalCount())));
}

int MainWindow::runApplication(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), tr("The workspace file."), tr("FILE")});
    parser.addOption({QStringLiteral("lang"), tr("Interface language: en or fr."), QStringLiteral("en|fr")});
    parser.addOption({QStringLiteral("screenshot"), tr("Save a picture of the window to FILE and quit."), tr("FILE")});
    if (!parser.parse(args)) {
        fprintf(stderr, "%s\n", qPrintable(tr("mcfund: %1").arg(parser.errorText())));
        return 2;
    }
    QString language = Translations::systemLanguage();
    if (parser.isSet(QStringLiteral("lang")))
        language = parser.value(QStringLiteral("lang"));
    if (!Translations::install(language)) {
        fprintf(stderr, "%s\n", qPrintable(tr("mcfund: --lang must be en or fr, not “%1”.").arg(language)));
        return 2;
    }
    const QString path =
        parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database")) : Database::defaultPath();
    MainWindow window;
    QString error;
    if (!window.openWorkspace(path, &error)) {
        fprintf(stderr, "%s\n", qPrintable(tr("mcfund: %1").arg(error)));
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qgetenv("QT_QPA_PLATFORM") != "offscreen")
            QMessageBox::critical(nullptr, tr("Cannot open the workspace"), error);
        return 1;
    }
    window.show();
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(600, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace mcfund
