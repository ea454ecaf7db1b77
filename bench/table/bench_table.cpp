// Measures the workspace table on a large workspace against two references in the same run:
//  - the floor: the same query through the raw SQLite C API;
//  - what a typical Qt application does: QSqlTableModel fully fetched behind a QSortFilterProxyModel.
// Prints times in milliseconds and the ratios. Usage: bench_table [WORKSPACE] (default: generates
// 100,000 projects and 1,000,000 micro-credentials into /tmp/mcfund-bench-1m.sqlite once).
#include "../benchcommon.h"
#include "../benchwindow.h"
#include "mainwindow.h"
#include "pages/tablepage.h"
#include "tables/tablemodel.h"
#include "workspace.h"

#include "domain/translations.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "synthetic/generator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QSqlTableModel>
#include <QTableView>
#include <QTextStream>

#include <sqlite3.h>

#include <cstdio>
#include <unistd.h>

using namespace mcfund;
using bench::settle;
using bench::viewMs;

namespace {

double msSinceProcessStart()
{
    // /proc/self/stat field 22 is the start time in clock ticks since boot; /proc/uptime is seconds since
    // boot.
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double start = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return (up - start) * 1000.0;
}

double rawMs(sqlite3* db, const char* sql, int* rows = nullptr)
{
    QElapsedTimer t;
    t.start();
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(st); ++c)
            sqlite3_column_text(st, c);
        ++n;
    }
    sqlite3_finalize(st);
    if (rows)
        *rows = n;
    return double(t.nsecsElapsed()) / 1e6;
}

struct Row
{
    const char* what;
    double mcfund;
    double raw;
    double qt;
};

} // namespace

int main(int argc, char** argv)
{
    const double atMain = msSinceProcessStart();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("mcfund-bench"));
    // Its own settings, emptied: the window opens as on first use (no page, sort or filter of an earlier
    // run).
    QSettings().clear();
    Translations::install(QStringLiteral("en"));
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/mcfund-bench-1m.sqlite");
    if (!bench::ensureLargeWorkspace(path))
        return 1;

    // 1. The window: process start to the credentials table painted with its first rows.
    const long rssBefore = bench::procStatusKb();
    MainWindow window;
    QString error;
    QElapsedTimer open;
    open.start();
    if (!window.openWorkspace(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    window.showPage(Entity::Credential);
    TablePage* page = window.page(Entity::Credential);
    QTableView* view = page->table();
    TableModel* model = page->model();
    window.resize(1400, 900);
    window.show();
    view->viewport()->repaint();
    const double firstPaint = msSinceProcessStart();
    const double openMs = double(open.nsecsElapsed()) / 1e6;
    const bool firstRowsShown = model->rowCount() > 0 && !model->index(0, 0).data().toString().isEmpty();
    settle(model);
    const qint64 total = model->rowCount();

    // The raw floor and the Qt reference work on their own connections to the same file.
    sqlite3* raw = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const QString health =
        Repository(window.workspace()->database().connection()).sectorUid(QStringLiteral("health_care"));
    const QByteArray healthSql = health.toUtf8();
    const QByteArray cols =
        "rowid, uid, title_en, title_fr, institution_uid, sector_uid, delivery, hours, weeks, "
        "tuition_cents, osap_approved, status, language";
    QList<Row> rows;

    const double rawFirst = rawMs(
        raw, QByteArray("SELECT " + cols + " FROM micro_credential ORDER BY rowid LIMIT 200").constData());
    rows << Row{"first rows (open to painted)", openMs, rawFirst, 0};

    // 2. Text filter, sector filter, sorts, jump to the last row: change → repainted view.
    FilterSpec text;
    text.text = QStringLiteral("battery");
    const double filterText = viewMs(view, [&] { page->setFilter(text); });
    const double rawText = rawMs(
        raw, QByteArray("SELECT " + cols +
                        " FROM micro_credential WHERE rowid IN (SELECT rowid FROM "
                        "credential_fts WHERE credential_fts MATCH '\"battery\"*') ORDER BY rowid LIMIT 200")
                 .constData());
    settle(model);
    const qint64 textRows = model->rowCount();
    rows << Row{"text filter \"battery\"", filterText, rawText, 0};
    FilterSpec sector;
    sector.sectorUids = {health};
    const double filterSector = viewMs(view, [&] { page->setFilter(sector); });
    const double rawSector =
        rawMs(raw, QByteArray("SELECT " + cols + " FROM micro_credential WHERE sector_uid = '" + healthSql +
                              "' ORDER BY rowid LIMIT 200")
                       .constData());
    settle(model);
    rows << Row{"sector filter (health care)", filterSector, rawSector, 0};
    page->setFilter(FilterSpec());
    settle(model);
    const int titleCol = model->columnOf(QStringLiteral("title"));
    const int hoursCol = model->columnOf(QStringLiteral("hours"));
    const int instCol = model->columnOf(QStringLiteral("institution_uid"));
    const double sortTitle = viewMs(view, [&] { view->sortByColumn(titleCol, Qt::AscendingOrder); });
    const double rawSortTitle =
        rawMs(raw, QByteArray("SELECT " + cols + " FROM micro_credential ORDER BY sort_en, rowid LIMIT 200")
                       .constData()); // the accent-folded key the view sorts titles by, through its index
    rows << Row{"sort by title", sortTitle, rawSortTitle, 0};
    settle(model);
    const double sortHours = viewMs(view, [&] { view->sortByColumn(hoursCol, Qt::DescendingOrder); });
    const double rawSortHours = rawMs(
        raw, QByteArray("SELECT " + cols + " FROM micro_credential ORDER BY hours DESC, rowid DESC LIMIT 200")
                 .constData());
    rows << Row{"sort by hours (descending)", sortHours, rawSortHours, 0};
    settle(model);
    const double sortInst = viewMs(view, [&] { view->sortByColumn(instCol, Qt::AscendingOrder); });
    const double rawSortInst = rawMs(
        raw, QByteArray("SELECT m.rowid, m.uid, m.title_en FROM micro_credential m JOIN institution i ON "
                        "i.uid = m.institution_uid ORDER BY i.name_en, m.rowid LIMIT 200")
                 .constData());
    rows << Row{"sort by institution (name)", sortInst, rawSortInst, 0};
    settle(model);
    const double jump = viewMs(view, [&] { view->scrollToBottom(); });
    const double rawJump = rawMs(
        raw,
        QByteArray("SELECT " + cols + " FROM micro_credential ORDER BY rowid DESC LIMIT 200").constData());
    const double rawOffset = rawMs(
        raw, QByteArray("SELECT " + cols + " FROM micro_credential ORDER BY rowid LIMIT 200 OFFSET 999800")
                 .constData());
    rows << Row{"jump to the last row", jump, rawJump, 0};
    const long windowPeakKb = bench::procStatusKb("VmHWM:");
    const long windowKb = bench::procStatusKb() - rssBefore;

    // 3. The typical Qt way: QSqlTableModel, fully fetched, behind a QSortFilterProxyModel.
    double qtLoad = 0, qtFilter = 0, qtSort = 0, qtJump = 0;
    long qtKb = 0;
    {
        const long before = bench::procStatusKb();
        QSqlDatabase qdb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reference"));
        qdb.setDatabaseName(path);
        qdb.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        qdb.open();
        {
            QSqlTableModel table(nullptr, qdb);
            table.setTable(QStringLiteral("micro_credential"));
            QSortFilterProxyModel proxy;
            proxy.setSourceModel(&table);
            QTableView qview;
            qview.setModel(&proxy);
            qview.resize(1200, 800);
            qview.show();
            QElapsedTimer t;
            t.start();
            table.select();
            while (table.canFetchMore())
                table.fetchMore();
            qview.viewport()->repaint();
            qtLoad = double(t.nsecsElapsed()) / 1e6;
            const int titleColumn = table.fieldIndex(QStringLiteral("title_en"));
            proxy.setFilterKeyColumn(titleColumn);
            proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
            qtFilter = viewMs(&qview, [&] { proxy.setFilterFixedString(QStringLiteral("battery")); });
            proxy.setFilterFixedString(QString());
            qtSort = viewMs(&qview, [&] { proxy.sort(titleColumn); });
            qtJump = viewMs(&qview, [&] { qview.scrollToBottom(); });
            qtKb = bench::procStatusKb() - before;
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reference"));
    }
    rows[0].qt = qtLoad;
    rows[1].qt = qtFilter;
    rows[3].qt = qtSort;
    rows[6].qt = qtJump;
    sqlite3_close(raw);

    QTextStream out(stdout);
    out << "mcfund table benchmark on " << path << " (" << QLocale(QStringLiteral("en_CA")).toString(total)
        << " micro-credentials; \"battery\" matches " << QLocale(QStringLiteral("en_CA")).toString(textRows)
        << ")\n";
    out << "process start to first rows painted: " << QString::number(firstPaint, 'f', 0)
        << " ms (main() entered at " << QString::number(atMain, 'f', 0)
        << " ms); first rows shown: " << (firstRowsShown ? "yes" : "no") << "\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("measure"), -30)
               .arg(QStringLiteral("mcfund ms"), 11)
               .arg(QStringLiteral("raw SQLite"), 11)
               .arg(QStringLiteral("mcfund/raw"), 11)
               .arg(QStringLiteral("QSqlTable+proxy"), 16)
               .arg(QStringLiteral("proxy/mcfund"), 13);
    for (const Row& r : rows) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QString::fromLatin1(r.what), -30)
                   .arg(r.mcfund, 11, 'f', 1)
                   .arg(r.raw, 11, 'f', 2)
                   .arg(r.raw > 0 ? r.mcfund / r.raw : 0, 11, 'f', 1)
                   .arg(r.qt > 0 ? QString::number(r.qt, 'f', 1) : QStringLiteral("-"), 16)
                   .arg(r.qt > 0 ? QString::number(r.qt / r.mcfund, 'f', 1) : QStringLiteral("-"), 13);
    }
    out << "\nraw SQLite OFFSET 999,800 (what key paging avoids): " << QString::number(rawOffset, 'f', 1)
        << " ms\n";
    out << "memory: mcfund window " << windowKb / 1024 << " MB above the empty process, peak RSS "
        << windowPeakKb / 1024 << " MB; QSqlTableModel+proxy fully fetched: " << qtKb / 1024
        << " MB more (ratio " << QString::number(double(qtKb) / double(qMax(1L, windowKb)), 'f', 1) << "x)\n";
    return 0;
}
