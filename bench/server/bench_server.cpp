// Measures the window and the headless figures on a shared workspace (PostgreSQL over a local Unix socket)
// with 1,000,000 micro-credentials, against psql running the same queries in the same run (psql's own
// \timing: server time plus the transfer of the rows, without psql's start-up); `stats`, which runs dozens
// of statements on two connections, against the server's own time for the same statements run one after
// another (pg_stat_statements, which the cluster started here loads).
//
// Usage: bench_server [URI]. Without a URI it starts a throwaway cluster (as tests do), and generates the
// 100,000-project, 1,000,000-credential workspace (seed 11) into it: several minutes. With a URI of a
// workspace generated that way (mcfund generate --projects 100000 --credentials 1000000 --seed 11 -o URI)
// it measures that one. Warm cache: each figure is the median of 5 runs after one unmeasured run; the
// window's, to first paint and to completion (every row's order known), against psql's first 200 rows and
// every row's key in the same order.
#include "../../tests/support/pgcluster.h"
#include "../benchcommon.h"
#include "../benchwindow.h"
#include "mainwindow.h"
#include "pages/tablepage.h"
#include "tables/tablemodel.h"
#include "workspace.h"

#include "domain/translations.h"
#include "query/fundingaggregates.h"
#include "query/workspacestats.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

using namespace mcfund;
using bench::settle;
using bench::viewMs;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

template <class F> double timed(F&& f, int runs = 5)
{
    f(); // warm
    QList<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer e;
        e.start();
        f();
        t << double(e.nsecsElapsed()) / 1e6;
    }
    return median(t);
}

/** psql's \timing of \a sql (median of 5 after one warm run), connected as the URI says. */
double psqlMs(const QString& uri, const QString& sql)
{
    const QUrl url(uri);
    const QUrlQuery q(url);
    QStringList args = {QStringLiteral("-X"), QStringLiteral("-q"),
                        QStringLiteral("-A"), QStringLiteral("-t"),
                        QStringLiteral("-h"), q.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded),
                        QStringLiteral("-p"), q.queryItemValue(QStringLiteral("port")),
                        QStringLiteral("-U"), url.userName(),
                        QStringLiteral("-d"), url.path().mid(1),
                        QStringLiteral("-c"), QStringLiteral("\\timing on")};
    for (int i = 0; i < 6; ++i)
        args << QStringLiteral("-c") << sql;
    QProcess p;
    p.start(QStringLiteral("psql"), args);
    p.waitForFinished(600000);
    static const QRegularExpression time(QStringLiteral("Time: ([0-9.]+) ms"));
    QList<double> all;
    auto it = time.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
    while (it.hasNext())
        all << it.next().captured(1).toDouble();
    if (all.size() < 2)
        return -1;
    all.removeFirst(); // warm
    return median(all);
}

struct Row
{
    QString what;
    double mcfund;
    double psql;            ///< the reference's time
    QString reference = {}; ///< what the reference is, with its time; empty: psql running the same query
};

} // namespace

int main(int argc, char** argv)
{
    // SQLite set up as mcfund sets it up (app/main.cpp), for mcfund and the references alike.
    Database::configureLibrary();
    QApplication app(argc, argv);
    // Its own settings, emptied: the window opens as on first use (no sort or filter of an earlier run).
    QCoreApplication::setOrganizationName(QStringLiteral("mcfund-bench-server"));
    QSettings().clear();
    Translations::install(QStringLiteral("en"));
    QString uri = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QString ownDatabase; // the database of the cluster this program started, if it did
    if (uri.isEmpty()) {
        // pg_stat_statements: the server's own time for the statements of stats, as its reference.
        qputenv("MCFUND_PG_SERVER_OPTIONS", "-c shared_preload_libraries=pg_stat_statements");
        test::PgCluster& pg = test::PgCluster::instance();
        if (!pg.isRunning()) {
            std::fprintf(stderr, "bench_server: the cluster did not start: %s\n", qPrintable(pg.error()));
            return 1;
        }
        const QString name = pg.newDatabase(false);
        uri = pg.uri(name);
        ownDatabase = name;
        std::printf("generating 100,000 projects and 1,000,000 micro-credentials into %s...\n",
                    qPrintable(uri));
        std::fflush(stdout);
        QElapsedTimer t;
        t.start();
        // By the program people run, in a process of its own: the measured process never makes its input
        // (its peak memory would be the generator's).
        QProcess generate;
        generate.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        generate.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../mcfund")),
                       {QStringLiteral("generate"), QStringLiteral("--projects"), QStringLiteral("100000"),
                        QStringLiteral("--credentials"), QStringLiteral("1000000"), QStringLiteral("--seed"),
                        QStringLiteral("11"), QStringLiteral("-o"), uri});
        if (!generate.waitForFinished(-1) || generate.exitStatus() != QProcess::NormalExit ||
            generate.exitCode() != 0) {
            std::fprintf(stderr, "bench_server: generate failed\n");
            return 1;
        }
        std::printf("generated in %.0f s\n", double(t.elapsed()) / 1000.0);
    }

    // 1. The window. Each figure is the median of 5 runs after one unmeasured run, taken twice: to the
    // first rows painted, and to completion (the order of every row known, the count final). psql's
    // references are the same two ways: the first 200 rows, and every row's key in order.
    struct Timing
    {
        double paint = 0;
        double complete = 0;
    };
    const auto msSince = [](const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; };
    const auto medianOf = [](auto&& once) {
        once(); // warm
        QList<double> paint, complete;
        for (int i = 0; i < 5; ++i) {
            const Timing t = once();
            paint << t.paint;
            complete << t.complete;
        }
        return Timing{median(paint), median(complete)};
    };
    QString error;
    bool opened = true, firstRowsShown = true;
    qint64 total = 0;
    // Process start is not in it (the window is made here, in this process): open, show and paint.
    const Timing open = medianOf([&] {
        MainWindow w;
        QElapsedTimer t;
        t.start();
        if (!w.openWorkspace(uri, &error)) {
            opened = false;
            return Timing{};
        }
        w.showPage(Entity::Credential);
        TablePage* p = w.page(Entity::Credential);
        w.resize(1400, 900);
        w.show();
        p->table()->viewport()->repaint();
        const double paint = msSince(t);
        firstRowsShown = firstRowsShown && p->model()->rowCount() > 0 &&
                         !p->model()->index(0, 0).data().toString().isEmpty();
        settle(p->model());
        total = p->model()->rowCount();
        return Timing{paint, msSince(t)};
    });
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MainWindow window;
    if (!window.openWorkspace(uri, &error)) {
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
    settle(model);
    // A change from a settled view: \a reset puts the view back (not timed), \a apply is timed.
    const auto change = [&](auto&& reset, auto&& apply) {
        return medianOf([&] {
            reset();
            settle(model);
            view->viewport()->repaint();
            QElapsedTimer t;
            t.start();
            const double paint = viewMs(view, apply);
            settle(model);
            return Timing{paint, msSince(t)};
        });
    };

    const QString health =
        Repository(window.workspace()->database().connection()).sectorUid(QStringLiteral("health_care"));
    const QString cols =
        QStringLiteral("rowid, uid, title_en, title_fr, institution_uid, sector_uid, delivery, hours, weeks, "
                       "tuition_cents, osap_approved, status, language");
    QList<Row> rows;
    // Each measure: its timing, the query of its first rows, and the query of every row's key in order.
    const auto add = [&](const QString& what, Timing t, const QString& from) {
        rows << Row{
            what + QStringLiteral(": first rows"), t.paint,
            psqlMs(uri, QStringLiteral("SELECT %1 FROM micro_credential %2 LIMIT 200").arg(cols, from))};
        rows << Row{what + QStringLiteral(": complete"), t.complete,
                    psqlMs(uri, QStringLiteral("SELECT rowid FROM micro_credential %1").arg(from))};
    };
    add(QStringLiteral("open"), open, QStringLiteral("ORDER BY rowid"));

    FilterSpec text;
    text.text = QStringLiteral("battery");
    const Timing filterText = change([&] { page->setFilter(FilterSpec()); }, [&] { page->setFilter(text); });
    const qint64 textRows = model->rowCount();
    add(QStringLiteral("text filter \"battery\""), filterText,
        QStringLiteral(
            "WHERE search_words @@ to_tsquery('simple', mcfund_fold('battery:*')) ORDER BY rowid"));
    FilterSpec sector;
    sector.sectorUids = {health};
    const Timing filterSector =
        change([&] { page->setFilter(FilterSpec()); }, [&] { page->setFilter(sector); });
    add(QStringLiteral("sector filter (health care)"), filterSector,
        QStringLiteral("WHERE sector_uid = '%1' ORDER BY rowid").arg(health));
    page->setFilter(FilterSpec());
    settle(model);
    const int titleCol = model->columnOf(QStringLiteral("title"));
    const int hoursCol = model->columnOf(QStringLiteral("hours"));
    const Timing sortTitle = change([&] { view->sortByColumn(hoursCol, Qt::DescendingOrder); },
                                    [&] { view->sortByColumn(titleCol, Qt::AscendingOrder); });
    add(QStringLiteral("sort by title"), sortTitle,
        QStringLiteral("ORDER BY sort_en COLLATE \"C\" NULLS FIRST, rowid"));
    const Timing sortHours = change([&] { view->sortByColumn(titleCol, Qt::AscendingOrder); },
                                    [&] { view->sortByColumn(hoursCol, Qt::DescendingOrder); });
    add(QStringLiteral("sort by hours (descending)"), sortHours,
        QStringLiteral("ORDER BY hours DESC NULLS LAST, rowid DESC"));
    const Timing jump = change([&] { view->scrollToTop(); }, [&] { view->scrollToBottom(); });
    rows << Row{QStringLiteral("jump to the last row"), jump.paint,
                psqlMs(uri, QStringLiteral(
                                "SELECT %1 FROM micro_credential ORDER BY hours DESC NULLS LAST, rowid DESC "
                                "OFFSET 999800 LIMIT 200")
                                .arg(cols))};
    const long windowPeakKb = bench::procStatusKb("VmHWM:");

    // 2. The figures of the dashboard, charts and reports.
    Database db;
    if (!db.open(uri, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QSqlDatabase c = db.connection();
    // As `mcfund stats` reads: its longest pass on a second connection in the same snapshot.
    const double stats = timed([&] { WorkspaceStats::compute(db, &error); });
    // Its reference: PostgreSQL's own execution time of the same statements run one after another on one
    // connection, summed, with no client at all (pg_stat_statements: what the workspace's role ran between
    // two readings of it); median of 5 after one warm run. mcfund, which runs its longest pass beside the
    // others, can take less. On the cluster this program starts, which loads the extension; on a given
    // workspace, when its server loads it and the database has it.
    double statsServer = -1;
    qint64 statsStatements = 0;
    if (!ownDatabase.isEmpty())
        test::PgCluster::instance().exec(QStringLiteral("postgres"), ownDatabase,
                                         QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
    const auto serverSoFar = [&c](qint64* calls) {
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral(
                "SELECT COALESCE(sum(total_exec_time), 0), COALESCE(sum(calls), 0) FROM pg_stat_statements "
                "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "AND userid = (SELECT oid FROM pg_roles WHERE rolname = current_user) "
                "AND query NOT LIKE '%pg_stat_statements%'")) ||
            !q.next())
            return -1.0;
        *calls = q.value(1).toLongLong();
        return q.value(0).toDouble();
    };
    qint64 callsBefore = 0;
    if (serverSoFar(&callsBefore) >= 0) {
        QList<double> runs;
        for (int i = 0; i < 6; ++i) { // the first one warm
            qint64 callsAfter = 0;
            const double before = serverSoFar(&callsBefore);
            WorkspaceStats::compute(c, &error); // the same statements, one after another

            const double after = serverSoFar(&callsAfter);
            statsStatements = callsAfter - callsBefore;
            if (i > 0)
                runs << after - before;
        }
        statsServer = median(runs);
    }
    const double chart = timed(
        [&] { FundingAggregate::compute(c, FilterSpec(), Measure::Requested, Grouping::Sector, &error); });
    rows << Row{QStringLiteral("stats (every figure)"), stats, statsServer,
                QStringLiteral("PostgreSQL's own execution of the same %1 statements one after another "
                               "(pg_stat_statements, summed) %2")
                    .arg(statsStatements)
                    .arg(bench::ms(statsServer))};
    rows << Row{
        QStringLiteral("chart: requested by sector"), chart,
        psqlMs(uri,
               QStringLiteral(
                   "SELECT p.round_uid, p.sector_uid, COALESCE(SUM(p.requested_cents), 0), "
                   "COUNT(p.requested_cents), COUNT(*) FROM project p GROUP BY p.round_uid, p.sector_uid"))};

    QTextStream out(stdout);
    out << "mcfund shared-workspace benchmark on " << Server::displayName(uri) << " ("
        << QLocale(QStringLiteral("en_CA")).toString(total) << " micro-credentials; \"battery\" matches "
        << QLocale(QStringLiteral("en_CA")).toString(textRows) << "); local Unix socket, warm cache\n";
    out << "first rows shown: " << (firstRowsShown ? "yes" : "no") << "\n\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("measure"), -30)
               .arg(QStringLiteral("mcfund ms"), 11)
               .arg(QStringLiteral("psql ms"), 11)
               .arg(QStringLiteral("mcfund/psql"), 12);
    for (const Row& r : rows)
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(r.what, -30)
                   .arg(r.mcfund, 11, 'f', 1)
                   .arg(r.psql, 11, 'f', 2)
                   .arg(r.psql > 0 ? r.mcfund / r.psql : 0, 12, 'f', 1);
    out << "\n(psql's jump row is OFFSET 999,800: what key paging avoids; \"complete\" is psql fetching "
           "every row's key in the same order; stats' reference is the server's own time for the same "
        << statsStatements << " statements, from pg_stat_statements)\n";
    out << "memory: peak RSS of the window process (VmHWM) " << windowPeakKb / 1024 << " MB\n\n";
    const QString where = QStringLiteral("PostgreSQL 15, 1M credentials, Unix socket, warm, median of 5");
    for (const Row& r : rows)
        bench::row(out, where, r.what, bench::ms(r.mcfund),
                   r.psql <= 0             ? QString()
                   : r.reference.isEmpty() ? QStringLiteral("psql, same query %1").arg(bench::ms(r.psql))
                                           : r.reference,
                   bench::ratio(r.mcfund, r.psql),
                   r.what.startsWith(QLatin1String("stats")) || r.what.startsWith(QLatin1String("chart")) ||
                           r.what.endsWith(QLatin1String(": complete"))
                       ? QStringLiteral("< 1 s")
                       : QStringLiteral("< 150 ms"));
    bench::row(out, where, QStringLiteral("peak memory of the window process (VmHWM)"),
               QStringLiteral("%1 MB").arg(windowPeakKb / 1024));
    return 0;
}
