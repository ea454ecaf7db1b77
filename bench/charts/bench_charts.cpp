// Chart refresh on a large workspace: the dashboard's aggregates (GROUP BY in SQL) and the whole dashboard
// refresh (figures + three charts drawn), against the same GROUP BY through the raw SQLite C API.
// Usage: bench_charts [WORKSPACE] (default /tmp/mcfund-bench-1m.sqlite, generated once if missing).
#include "../benchcommon.h"
#include "charts/fundingchart.h"
#include "pages/dashboardpage.h"
#include "workspace.h"

#include "domain/translations.h"
#include "query/fundingaggregates.h"
#include "storage/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>

using namespace mcfund;

namespace {
template <class F> double bestOf(int runs, F&& f)
{
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}
/** The floor: \a sql (one statement or several, separated by semicolons) run to its end through the C API. */
double raw(sqlite3* db, const char* sql)
{
    return bestOf(3, [&] {
        for (const char* next = sql; next && *next;) {
            sqlite3_stmt* st = nullptr;
            if (sqlite3_prepare_v2(db, next, -1, &st, &next) != SQLITE_OK) {
                std::fprintf(stderr, "bench_charts: %s\n", sqlite3_errmsg(db));
                std::exit(1);
            }
            while (st && sqlite3_step(st) == SQLITE_ROW)
                sqlite3_column_int64(st, 0);
            sqlite3_finalize(st);
        }
    });
}
} // namespace

int main(int argc, char** argv)
{
    // SQLite set up as mcfund sets it up (app/main.cpp), for mcfund and the references alike.
    Database::configureLibrary();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("mcfund-bench"));
    Translations::install(QStringLiteral("en"));
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/mcfund-bench-1m.sqlite");
    if (!bench::ensureLargeWorkspace(path))
        return 2;
    auto db = std::make_unique<Database>();
    QString error;
    if (!db->open(path, &error, false)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Workspace workspace(std::move(db));
    const QSqlDatabase c = workspace.database().connection();
    FilterSpec round2;
    round2.roundUids = {workspace.lookups().items(Entity::Round).at(1).uid};
    QTextStream out(stdout);
    sqlite3* r = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &r, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_exec(r, "PRAGMA cache_size = -16000", nullptr, nullptr, nullptr); // as mcfund's connections
    const QByteArray roundUid = round2.roundUids.first().toUtf8();
    struct Line
    {
        const char* what;
        double mcfund;
        double raw;
    };
    QList<Line> lines;
    lines << Line{
        "by sector, approved, round 2",
        bestOf(3, [&] { FundingAggregate::compute(c, round2, Measure::Approved, Grouping::Sector); }),
        raw(r, QByteArray("SELECT sector_uid, SUM(approved_cents), COUNT(approved_cents) FROM project WHERE "
                          "round_uid = '" +
                          roundUid + "' GROUP BY sector_uid")
                   .constData())};
    lines << Line{
        "by round and sector, approved",
        bestOf(
            3,
            [&] { FundingAggregate::compute(c, FilterSpec(), Measure::Approved, Grouping::RoundBySector); }),
        raw(r,
            "SELECT round_uid, sector_uid, SUM(approved_cents) FROM project GROUP BY round_uid, sector_uid")};
    lines << Line{
        "by institution type, approved",
        bestOf(3,
               [&] { FundingAggregate::compute(c, round2, Measure::Approved, Grouping::InstitutionType); }),
        raw(r, QByteArray("SELECT i.type, SUM(p.approved_cents) FROM project p JOIN institution i ON i.uid = "
                          "p.institution_uid "
                          "WHERE p.round_uid = '" +
                          roundUid + "' GROUP BY i.type")
                   .constData())};
    lines << Line{
        "by sector, approved, all rounds",
        bestOf(3, [&] { FundingAggregate::compute(c, FilterSpec(), Measure::Approved, Grouping::Sector); }),
        // The best SQLite can do: one pass over the covering index in its order (round, sector), rolled up.
        raw(r, "SELECT sector_uid, SUM(s), SUM(n) FROM (SELECT round_uid, sector_uid, SUM(approved_cents) s, "
               "COUNT(approved_cents) n FROM project GROUP BY round_uid, sector_uid) GROUP BY sector_uid")};
    lines << Line{
        "by institution type, approved, all rounds",
        bestOf(3,
               [&] {
                   FundingAggregate::compute(c, FilterSpec(), Measure::Approved, Grouping::InstitutionType);
               }),
        // One pass over the covering index by institution, then the institutions' types.
        raw(r, "SELECT i.type, SUM(g.s) FROM (SELECT institution_uid, SUM(approved_cents) s FROM "
               "project GROUP BY institution_uid) g JOIN institution i ON i.uid = g.institution_uid "
               "GROUP BY i.type")};
    lines << Line{
        "summary figures, round 2", bestOf(3, [&] { FundingSummary::compute(c, round2); }),
        // The same figures: the projects' sums and counts, their credentials, the envelope.
        raw(r, QByteArray("SELECT SUM(approved_cents), COUNT(approved_cents), SUM(requested_cents), "
                          "COUNT(requested_cents), COUNT(*), COUNT(DISTINCT institution_uid), "
                          "SUM(target_learners), COUNT(target_learners) FROM project WHERE round_uid = '" +
                          roundUid +
                          "'; SELECT COUNT(*) FROM micro_credential WHERE project_uid IN (SELECT uid FROM "
                          "project WHERE round_uid = '" +
                          roundUid +
                          "'); SELECT SUM(envelope_cents), COUNT(envelope_cents) FROM funding_round "
                          "WHERE uid = '" +
                          roundUid + "'")
                   .constData())};
    lines << Line{
        "summary figures, all rounds", bestOf(3, [&] { FundingSummary::compute(c, FilterSpec()); }),
        raw(r, "SELECT SUM(approved_cents), COUNT(approved_cents), SUM(requested_cents), "
               "COUNT(requested_cents), "
               "COUNT(*), COUNT(DISTINCT institution_uid), SUM(target_learners), COUNT(target_learners) FROM "
               "project; SELECT COUNT(*) FROM micro_credential WHERE project_uid IS NOT NULL; SELECT "
               "SUM(envelope_cents), COUNT(envelope_cents) FROM funding_round")};
    {
        FundingChart chart;
        chart.resize(900, 400);
        chart.show();
        const FundingAggregate rs =
            FundingAggregate::compute(c, FilterSpec(), Measure::Approved, Grouping::RoundBySector);
        const FundingAggregate sec =
            FundingAggregate::compute(c, FilterSpec(), Measure::Approved, Grouping::Sector);
        lines << Line{"draw stacked chart (22 rounds x 7 sectors)",
                      bestOf(3,
                             [&] {
                                 chart.setData(rs, ChartStyle::Stacked, QStringLiteral("%1"));
                                 chart.repaint();
                             }),
                      0};
        lines << Line{"draw bar chart (7 sectors)",
                      bestOf(3,
                             [&] {
                                 chart.setData(sec, ChartStyle::Bars, QStringLiteral("%1"));
                                 chart.repaint();
                             }),
                      0};
    }
    DashboardPage page(&workspace);
    page.resize(1400, 900);
    page.show();
    page.setFilter(round2);
    auto refreshed = [&] {
        QSignalSpy spy(&page, &DashboardPage::refreshed);
        page.refresh();
        spy.wait(60000);
        page.repaint();
    };
    lines << Line{"whole dashboard refresh (figures + 3 charts drawn)", bestOf(3, refreshed), 0};
    FilterSpec all;
    page.setFilter(all);
    lines << Line{"whole dashboard refresh, all rounds", bestOf(3, refreshed), 0};
    // The UI thread only draws: the longest it is busy in one go during a refresh.
    double longest = 0;
    {
        QElapsedTimer t;
        QSignalSpy spy(&page, &DashboardPage::refreshed);
        page.refresh();
        while (spy.isEmpty()) {
            t.start();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            longest = std::max(longest, double(t.nsecsElapsed()) / 1e6);
        }
    }
    lines << Line{"longest UI-thread step during an all-rounds refresh", longest, 0};
    sqlite3_close(r);
    out << "chart refresh on " << path
        << " (100,000 projects, 1,000,000 micro-credentials); best of 3 runs\n\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("measure"), -52)
               .arg(QStringLiteral("mcfund ms"), 10)
               .arg(QStringLiteral("raw SQLite"), 11)
               .arg(QStringLiteral("ratio"), 7);
    for (const Line& l : lines)
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(QString::fromLatin1(l.what), -52)
                   .arg(l.mcfund, 10, 'f', 1)
                   .arg(l.raw > 0 ? QString::number(l.raw, 'f', 1) : QStringLiteral("-"), 11)
                   .arg(l.raw > 0 ? QString::number(l.mcfund / l.raw, 'f', 1) : QStringLiteral("-"), 7);
    out << "\n";
    const QString where = QStringLiteral("charts, 1M credentials, warm, best of 3");
    for (const Line& l : lines) {
        const QString what = QString::fromLatin1(l.what);
        const bool dashboard = what.startsWith(QLatin1String("whole dashboard refresh ("));
        bench::row(out, where, what, bench::ms(l.mcfund),
                   l.raw > 0 ? QStringLiteral("raw SQLite, same answer %1").arg(bench::ms(l.raw)) : QString(),
                   bench::ratio(l.mcfund, l.raw), dashboard ? QStringLiteral("< 100 ms") : QString());
    }
    return 0;
}
