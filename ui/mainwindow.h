#pragma once

#include <QMainWindow>

#include <memory>

class QTableView;
class QLabel;

namespace mcfund {

class Database;
class ProjectListModel;

/** The main window: wires the workspace's pages, menus and status bar; holds no business logic. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Opens \a path as the workspace; false with a message in \a error. */
    bool openWorkspace(const QString& path, QString* error);

    /** Parses the window's command line (--database, --lang, --screenshot) and runs the event loop. */
    static int runApplication(const QStringList& args);

private:
    void updateTitle();
    void updateStatus();

    std::unique_ptr<Database> m_db;
    QTableView* m_table = nullptr;
    ProjectListModel* m_model = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace mcfund
