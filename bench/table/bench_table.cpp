// Measures the workspace table on the million-row workspace against two references in the same run, each
// change timed twice: to its first paint (the view repainted with its new first rows) and to its
// completion (the ordered set of every matching row, the count and the facet counts final):
//  - the floor: the best queries SQLite can run for the same answers on the same file, through its C API,
//    with the same indexes (the first rows: the query with LIMIT 200; completion: every row id in order,
//    or for the open, whose keys run without a gap, the first and last keys and the count, as mcfund; and
//    the same facet counts);
//  - what a typical Qt application does: QSqlTableModel behind a QSortFilterProxyModel (first paint: the
//    lazily fetched first rows; completion: every row fetched, which its filter and sort need).
// Every change runs three times for mcfund and the floor (once for the Qt reference, which takes 30 to
// 100 s a change), warm cache (the file was read by the open); min, median and max are printed, then a
// row of the README's table for each (bench::row).
// The start of the program (process start to the first rows painted, and to the whole table counted) is
// timed in three processes of its own, started one after the other (bench_table --start-only WORKSPACE),
// and given as their median: one process's start moves by hundreds of milliseconds with the machine.
// Usage: bench_table [WORKSPACE] (default /tmp/mcfund-bench-1m.sqlite; see ensureLargeWorkspace).
#include "../benchcommon.h"
#include "../benchwindow.h"
#include "mainwindow.h"
#include "pages/tablepage.h"
#include "tables/tablemodel.h"
#include "workspace.h"

#include "domain/translations.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
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

namespace {

constexpr int kRuns = 3;

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

double msOf(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/** Runs \a sql to its end through the C API, reading every column of every row; its row count in \a rows. */
void runRaw(sqlite3* db, const QByteArray& sql, int* rows = nullptr)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "bench_table: %s: %s\n", sql.constData(), sqlite3_errmsg(db));
        std::exit(1);
    }
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        // Each column read as what it holds, as mcfund reads it: a row id as an integer, not as text.
        for (int c = 0; c < sqlite3_column_count(st); ++c) {
            if (sqlite3_column_type(st, c) == SQLITE_INTEGER)
                sqlite3_column_int64(st, c);
            else
                sqlite3_column_text(st, c);
        }
        ++n;
    }
    sqlite3_finalize(st);
    if (rows)
        *rows = n;
}

/** Times of one measure, one list per side and stage. */
struct Measure
{
    QString what;
    std::vector<double> first, done, rawFirst, rawDone, qtFirst, qtDone;
};

/** Time from a change to the view repainted (first) and to the model's whole answer (done). */
template <class F> void timeView(QTableView* view, TableModel* model, Measure& m, F&& change)
{
    QElapsedTimer t;
    t.start();
    change();
    view->viewport()->repaint();
    m.first.push_back(msOf(t));
    if (!settle(model)) {
        std::fprintf(stderr, "bench_table: %s never completed\n", qPrintable(m.what));
        std::exit(1);
    }
    m.done.push_back(msOf(t));
}

/** The floor: the first page, then every ordered row id and the facets, by the best queries there are. */
void timeRaw(sqlite3* db, Measure& m, const QByteArray& firstPage, const QList<QByteArray>& whole)
{
    QElapsedTimer t;
    t.start();
    runRaw(db, firstPage);
    m.rawFirst.push_back(msOf(t));
    t.restart();
    for (const QByteArray& sql : whole)
        runRaw(db, sql);
    m.rawDone.push_back(msOf(t));
}

QString cell(std::vector<double> v)
{
    if (v.empty())
        return QStringLiteral("–");
    const double mid = bench::median(v);
    return QStringLiteral("%1 (%2–%3)")
        .arg(mid, 0, 'f', mid < 10 ? 1 : 0)
        .arg(v.front(), 0, 'f', v.front() < 10 ? 1 : 0)
        .arg(v.back(), 0, 'f', v.back() < 10 ? 1 : 0);
}

} // namespace

int main(int argc, char** argv)
{
    // SQLite set up as mcfund sets it up (app/main.cpp), for mcfund and the references alike.
    Database::configureLibrary();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("mcfund-bench"));
    // Its own settings, emptied: the window opens as on first use (no page, sort or filter of an earlier
    // run).
    QSettings().clear();
    Translations::install(QStringLiteral("en"));
    const bool startOnly = argc > 2 && qstrcmp(argv[1], "--start-only") == 0;
    const QString path = startOnly  ? QString::fromLocal8Bit(argv[2])
                         : argc > 1 ? QString::fromLocal8Bit(argv[1])
                                    : QStringLiteral("/tmp/mcfund-bench-1m.sqlite");
    if (!bench::ensureLargeWorkspace(path))
        return 2;
    // 0. The start of the program, in three processes of its own (each runs step 1 below and stops).
    std::vector<double> starts, counted;
    bool startsShown = true;
    for (int run = 0; run < kRuns && !startOnly; ++run) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--start-only"), path});
        if (!child.waitForFinished(120000) || child.exitCode() != 0) {
            std::fprintf(stderr, "bench_table: the start run failed: %s\n",
                         child.readAllStandardError().constData());
            return 1;
        }
        const QList<QByteArray> v = child.readAllStandardOutput().trimmed().split(' ');
        if (v.size() != 3) {
            std::fprintf(stderr, "bench_table: the start run printed no times\n");
            return 1;
        }
        starts.push_back(v.at(0).toDouble());
        counted.push_back(v.at(1).toDouble());
        startsShown = startsShown && v.at(2) == "1";
    }

    // 1. The window: process start to the credentials table painted with its first rows, then complete.
    const long rssBefore = bench::procStatusKb();
    MainWindow window;
    QString error;
    Measure open{QStringLiteral("open → first rows"), {}, {}, {}, {}, {}, {}};
    QElapsedTimer openTimer;
    openTimer.start();
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
    open.first.push_back(msOf(openTimer));
    const bool firstRowsShown = model->rowCount() > 0 && !model->index(0, 0).data().toString().isEmpty();
    settle(model);
    open.done.push_back(msOf(openTimer));
    const double completePaint = msSinceProcessStart();
    if (startOnly) {
        std::printf("%.1f %.1f %d\n", firstPaint, completePaint, firstRowsShown ? 1 : 0);
        return 0;
    }
    const qint64 total = model->rowCount();

    // The floor and the Qt reference work on their own connections to the same file.
    sqlite3* raw = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    // The same page cache as mcfund's connections (Database::open): the floor is not made slower by a
    // smaller one.
    sqlite3_exec(raw, "PRAGMA cache_size = -16000", nullptr, nullptr, nullptr);
    const QByteArray health = Repository(window.workspace()->database().connection())
                                  .sectorUid(QStringLiteral("health_care"))
                                  .toUtf8();
    const QByteArray cols = "rowid, uid, title_en, title_fr, institution_uid, sector_uid, delivery, hours, "
                            "weeks, tuition_cents, osap_approved, status, language";
    // What the window's background pass answers besides the order: the facet counts and the rows without
    // English text, for the same filter, by the best queries: with a filter that narrows the rows, the
    // statuses and the missing texts in one pass over them (as mcfund does); without, the status index
    // counts the statuses alone.
    const auto facets = [](const QByteArray& where, const QByteArray& whereButSector) {
        const QByteArray sectors = "SELECT sector_uid, count(*) FROM micro_credential WHERE " +
                                   whereButSector + " GROUP BY sector_uid";
        if (where != "1")
            return QList<QByteArray>{sectors, "SELECT status, count(*), sum(title_en IS NULL) FROM "
                                              "micro_credential WHERE " +
                                                  where + " GROUP BY +status"};
        return QList<QByteArray>{sectors, "SELECT status, count(*) FROM micro_credential GROUP BY status",
                                 "SELECT count(*) FROM micro_credential WHERE title_en IS NULL"};
    };
    {
        // The open's floor: the first page, then the order of every row and the facets of the whole table.
        // The generated workspace's keys run without a gap, so the order is known from the first and last
        // keys and the count, as mcfund reads it (a workspace with gaps reads every row id instead).
        timeRaw(raw, open, "SELECT " + cols + " FROM micro_credential ORDER BY rowid LIMIT 200",
                QList<QByteArray>{"SELECT (SELECT min(rowid) FROM micro_credential), (SELECT max(rowid) FROM "
                                  "micro_credential), (SELECT count(*) FROM micro_credential)"} +
                    facets("1", "1"));
    }

    const QByteArray fts =
        "rowid IN (SELECT rowid FROM credential_fts WHERE credential_fts MATCH '\"battery\"*')";
    const QByteArray inHealth = "sector_uid = '" + health + "'";
    FilterSpec text;
    text.text = QStringLiteral("battery");
    FilterSpec sector;
    sector.sectorUids = {QString::fromUtf8(health)};
    const int titleCol = model->columnOf(QStringLiteral("title"));
    const int hoursCol = model->columnOf(QStringLiteral("hours"));
    const int instCol = model->columnOf(QStringLiteral("institution_uid"));
    QList<QByteArray> institutionsByName;
    {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(raw, "SELECT uid FROM institution ORDER BY sort_en, rowid", -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW)
            institutionsByName << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
    }
    Measure textFilter{QStringLiteral("text filter \"battery\""), {}, {}, {}, {}, {}, {}};
    Measure sectorFilter{QStringLiteral("sector filter (health care)"), {}, {}, {}, {}, {}, {}};
    Measure sortTitle{QStringLiteral("sort by title"), {}, {}, {}, {}, {}, {}};
    Measure sortHours{QStringLiteral("sort by hours, descending"), {}, {}, {}, {}, {}, {}};
    Measure sortInst{QStringLiteral("sort by institution (name)"), {}, {}, {}, {}, {}, {}};
    Measure jump{QStringLiteral("jump to the last row"), {}, {}, {}, {}, {}, {}};
    qint64 textRows = 0;
    for (int run = 0; run < kRuns; ++run) {
        // 2. Filters and sorts, each from the unfiltered, unsorted table.
        timeView(view, model, textFilter, [&] { page->setFilter(text); });
        textRows = model->rowCount();
        timeRaw(raw, textFilter,
                "SELECT " + cols + " FROM micro_credential WHERE " + fts + " ORDER BY rowid LIMIT 200",
                QList<QByteArray>{"SELECT rowid FROM micro_credential WHERE " + fts + " ORDER BY rowid"} +
                    facets(fts, fts));
        page->setFilter(FilterSpec());
        settle(model);
        timeView(view, model, sectorFilter, [&] { page->setFilter(sector); });
        timeRaw(
            raw, sectorFilter,
            "SELECT " + cols + " FROM micro_credential WHERE " + inHealth + " ORDER BY rowid LIMIT 200",
            QList<QByteArray>{"SELECT rowid FROM micro_credential WHERE " + inHealth + " ORDER BY rowid"} +
                facets(inHealth, "1"));
        page->setFilter(FilterSpec());
        settle(model);
        // A new order of the same rows: their counts are already known, to mcfund and to the floor alike.
        timeView(view, model, sortTitle, [&] { view->sortByColumn(titleCol, Qt::AscendingOrder); });
        // The accent-folded key the view sorts titles by, through its index.
        timeRaw(raw, sortTitle, "SELECT " + cols + " FROM micro_credential ORDER BY sort_en, rowid LIMIT 200",
                QList<QByteArray>{"SELECT rowid FROM micro_credential ORDER BY sort_en, rowid"});
        timeView(view, model, sortHours, [&] { view->sortByColumn(hoursCol, Qt::DescendingOrder); });
        timeRaw(raw, sortHours,
                "SELECT " + cols + " FROM micro_credential ORDER BY hours DESC, rowid DESC LIMIT 200",
                QList<QByteArray>{"SELECT rowid FROM micro_credential ORDER BY hours DESC, rowid DESC"});
        timeView(view, model, sortInst, [&] { view->sortByColumn(instCol, Qt::AscendingOrder); });
        {
            // The best SQLite can do: institutions in name order, each one's rows from its index.
            QList<QByteArray> whole;
            for (const QByteArray& uid : institutionsByName)
                whole << "SELECT rowid FROM micro_credential WHERE institution_uid = '" + uid +
                             "' ORDER BY rowid";
            timeRaw(raw, sortInst,
                    "SELECT " + cols + " FROM micro_credential WHERE institution_uid = '" +
                        institutionsByName.value(0) + "' ORDER BY rowid LIMIT 200",
                    whole);
        }
        timeView(view, model, jump, [&] { view->scrollToBottom(); });
        timeRaw(raw, jump, "SELECT " + cols + " FROM micro_credential ORDER BY rowid DESC LIMIT 200", {});
        jump.rawDone.clear();
        view->sortByColumn(-1, Qt::AscendingOrder);
        model->sort(-1);
        settle(model);
        view->scrollToTop();
    }
    const long windowPeakKb = bench::procStatusKb("VmHWM:");
    const long windowKb = bench::procStatusKb() - rssBefore;

    // 3. The typical Qt way: QSqlTableModel behind a QSortFilterProxyModel. Its first paint is its first
    // lazily fetched rows; its filter and sort need every row, so each of those is complete when painted.
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
            qview.viewport()->repaint();
            open.qtFirst.push_back(msOf(t));
            while (table.canFetchMore())
                table.fetchMore();
            qview.viewport()->repaint();
            open.qtDone.push_back(msOf(t));
            const int titleColumn = table.fieldIndex(QStringLiteral("title_en"));
            const int hoursColumn = table.fieldIndex(QStringLiteral("hours"));
            proxy.setFilterKeyColumn(titleColumn);
            proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
            for (int run = 0; run < 1; ++run) { // once: a change takes this reference 30 to 100 s
                const double f =
                    bench::viewMs(&qview, [&] { proxy.setFilterFixedString(QStringLiteral("battery")); });
                textFilter.qtFirst.push_back(f);
                textFilter.qtDone.push_back(f);
                proxy.setFilterFixedString(QString());
                const double s1 = bench::viewMs(&qview, [&] { proxy.sort(titleColumn); });
                sortTitle.qtFirst.push_back(s1);
                sortTitle.qtDone.push_back(s1);
                const double s2 =
                    bench::viewMs(&qview, [&] { proxy.sort(hoursColumn, Qt::DescendingOrder); });
                sortHours.qtFirst.push_back(s2);
                sortHours.qtDone.push_back(s2);
                const double j = bench::viewMs(&qview, [&] { qview.scrollToBottom(); });
                jump.qtFirst.push_back(j);
                jump.qtDone.push_back(j);
                qview.scrollToTop();
                proxy.sort(-1);
            }
            qtKb = bench::procStatusKb() - before;
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reference"));
    }
    sqlite3_close(raw);

    const QList<Measure*> all = {&open, &textFilter, &sectorFilter, &sortTitle, &sortHours, &sortInst, &jump};
    QTextStream out(stdout);
    const QLocale en(QStringLiteral("en_CA"));
    out << "mcfund table benchmark on " << path << " (" << en.toString(total)
        << " micro-credentials; \"battery\" matches " << en.toString(textRows) << "); warm cache, " << kRuns
        << " runs of each change, ms as median (min–max)\n";
    out << "process start to first rows painted, " << kRuns << " processes: " << cell(starts)
        << " ms; to the whole table counted: " << cell(counted)
        << " ms; first rows shown: " << (startsShown && firstRowsShown ? "yes" : "no") << "\n\n";
    for (Measure* m : all)
        out << m->what << "\n  mcfund: first paint " << cell(m->first) << ", complete " << cell(m->done)
            << "\n  SQLite floor: first page " << cell(m->rawFirst) << ", complete " << cell(m->rawDone)
            << "\n  QSqlTableModel + proxy: first paint " << cell(m->qtFirst) << ", complete "
            << cell(m->qtDone) << "\n";
    out << "\nmemory: mcfund window " << windowKb / 1024 << " MB above the empty process, peak (VmHWM) "
        << windowPeakKb / 1024 << " MB; QSqlTableModel + proxy fully fetched: " << qtKb / 1024
        << " MB more\n\n";
    // The rows of the README's table (see bench::row): medians of the runs, warm cache.
    const QString where = QStringLiteral("table, 1M credentials, warm, median of %1").arg(kRuns);
    const auto mid = [](std::vector<double> v) { return v.empty() ? 0.0 : bench::median(v); };
    const auto msOrDash = [](double v) { return v > 0 ? bench::ms(v) : QStringLiteral("—"); };
    bench::row(out, where, QStringLiteral("process start → first rows painted"), bench::ms(mid(starts)),
               QString(), QString(), QStringLiteral("< 300 ms"));
    bench::row(out, where, QStringLiteral("process start → whole table counted"), bench::ms(mid(counted)));
    for (Measure* m : all) {
        const bool change = m != &open;
        const auto qt = [&](const std::vector<double>& v) {
            return v.empty() ? QString()
                             : QStringLiteral("; QSqlTableModel + proxy %1 (one run)").arg(msOrDash(mid(v)));
        };
        const QString what = m->what + (m->first.size() == 1 ? QStringLiteral(" (one run)") : QString());
        bench::row(out, where, what + QStringLiteral(": first paint"), bench::ms(mid(m->first)),
                   QStringLiteral("SQLite floor %1").arg(msOrDash(mid(m->rawFirst))) + qt(m->qtFirst),
                   bench::ratio(mid(m->first), mid(m->rawFirst)),
                   change ? QStringLiteral("< 50 ms") : QString());
        if (!m->rawDone.empty())
            bench::row(out, where, what + QStringLiteral(": complete"), bench::ms(mid(m->done)),
                       QStringLiteral("SQLite floor %1").arg(msOrDash(mid(m->rawDone))) + qt(m->qtDone),
                       bench::ratio(mid(m->done), mid(m->rawDone)), QStringLiteral("< 1 s"));
    }
    bench::row(out, where, QStringLiteral("peak memory of the window (VmHWM)"),
               QStringLiteral("%1 MB").arg(windowPeakKb / 1024),
               QStringLiteral("QSqlTableModel + proxy, fully fetched: %1 MB more").arg(qtKb / 1024));
    return 0;
}
