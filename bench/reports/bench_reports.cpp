// Report speed and memory: the Round 2 summary of the official workspace, and round summaries of 5,000- and
// 10,000-project synthetic workspaces, each compared in the same run with a reference: the same tables
// written as HTML into a QTextDocument and printed to PDF (what a typical Qt application does). The
// workspaces are made before anything is measured, by the mcfund program in a process of its own. Memory is
// the peak resident size (VmHWM) of each report, mcfund's and the reference's apart: the peak is reset
// (/proc/self/clear_refs) before each.
#include "../benchcommon.h"
#include "printing/reportprinter.h"

#include "domain/translations.h"
#include "reports/reportbuilder.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

#include <functional>

using namespace mcfund;

namespace {
/** Starts a new peak: VmHWM reads the largest resident size from now on (Linux 4.0 and later). */
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// The reference: every table of the report as HTML, laid out and printed by QTextDocument.
double referenceMs(const Report& r, const QString& path)
{
    QElapsedTimer t;
    t.start();
    QString html = QStringLiteral("<h1>%1</h1>").arg(r.title.toHtmlEscaped());
    for (const ReportBlock& b : r.blocks) {
        if (b.kind == ReportBlock::Kind::Heading)
            html += QStringLiteral("<h2>%1</h2>").arg(b.text.toHtmlEscaped());
        if (b.kind != ReportBlock::Kind::Table)
            continue;
        html += QStringLiteral("<table border=1 cellspacing=0><tr>");
        for (const QString& h : b.table.headers)
            html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
        html += QStringLiteral("</tr>");
        for (const QStringList& row : b.table.rows) {
            html += QStringLiteral("<tr>");
            for (const QString& c : row)
                html += QStringLiteral("<td>%1</td>").arg(c.toHtmlEscaped());
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    QTextDocument doc;
    doc.setHtml(html);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setResolution(300);
    doc.print(&writer);
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char** argv)
{
    // SQLite set up as mcfund sets it up (app/main.cpp), for mcfund and the references alike.
    Database::configureLibrary();
    QApplication app(argc, argv);
    Translations::install(QStringLiteral("en"));
    QTemporaryDir dir;
    QTextStream out(stdout);
    QString error;
    struct Case
    {
        QString name;
        QString workspace;
        int round;
    };
    Database official;
    official.open(dir.filePath(QStringLiteral("official.sqlite")), &error);
    official.close();
    const QString mcfund = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../mcfund"));
    for (int projects : {5000, 10000}) {
        QProcess generate;
        generate.start(mcfund,
                       {QStringLiteral("generate"), QStringLiteral("--projects"), QString::number(projects),
                        QStringLiteral("--credentials"), QString::number(projects * 2),
                        QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("-o"),
                        dir.filePath(QStringLiteral("g%1.sqlite").arg(projects))});
        if (!generate.waitForFinished(600000) || generate.exitCode() != 0) {
            std::fprintf(stderr, "bench_reports: %s generate failed: %s\n", qPrintable(mcfund),
                         generate.readAllStandardError().constData());
            return 1;
        }
    }
    const QList<Case> cases = {{QStringLiteral("official workspace, Round 2 summary (88 projects)"),
                                dir.filePath(QStringLiteral("official.sqlite")), 2},
                               {QStringLiteral("5,000-project workspace, Round 1 summary"),
                                dir.filePath(QStringLiteral("g5000.sqlite")), 1},
                               {QStringLiteral("10,000-project workspace, Round 1 summary"),
                                dir.filePath(QStringLiteral("g10000.sqlite")), 1},
                               {QStringLiteral("10,000-project workspace, Round 3 summary"),
                                dir.filePath(QStringLiteral("g10000.sqlite")), 3}};
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("report"), -46)
               .arg(QStringLiteral("projects"), 9)
               .arg(QStringLiteral("pages"), 6)
               .arg(QStringLiteral("mcfund ms"), 10)
               .arg(QStringLiteral("QTextDocument ms"), 17)
               .arg(QStringLiteral("ratio"), 6)
               .arg(QStringLiteral("peak MB"), 8)
               .arg(QStringLiteral("ref. peak MB"), 13);
    QList<std::function<void()>> rows;
    for (const Case& c : cases) {
        Database db;
        if (!db.open(c.workspace, &error, false)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        resetPeak();
        QElapsedTimer t;
        t.start();
        Report report;
        ReportBuilder(db.connection(), QStringLiteral("en"))
            .roundSummary(c.round, FilterSpec(), &report, &error);
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        ReportPrinter::writePdf(report, pdf, QPageSize::Letter, &error);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        const long peakKb = bench::procStatusKb("VmHWM:");
        int projects = 0;
        for (const ReportBlock& b : report.blocks)
            if (b.kind == ReportBlock::Kind::Table && b.table.headers.first() == QStringLiteral("Project"))
                for (ReportTable::RowKind k : b.table.kinds)
                    projects += k == ReportTable::RowKind::Normal;
        QPdfWriter probe(dir.filePath(QStringLiteral("probe.pdf")));
        probe.setPageSize(QPageSize(QPageSize::Letter));
        probe.setResolution(300);
        const int pages = ReportPrinter::paint(report, &probe);
        resetPeak();
        const double ref = referenceMs(report, dir.filePath(QStringLiteral("ref.pdf")));
        const long referencePeakKb = bench::procStatusKb("VmHWM:");
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(c.name, -46)
                   .arg(projects, 9)
                   .arg(pages, 6)
                   .arg(ms, 10, 'f', 0)
                   .arg(ref, 17, 'f', 0)
                   .arg(ms / ref, 6, 'f', 2)
                   .arg(peakKb / 1024, 8)
                   .arg(referencePeakKb / 1024, 13);
        rows << [=, &out] {
            bench::row(
                out, QStringLiteral("reports, one run each, peak reset before each"),
                QStringLiteral("%1 → PDF (%2 projects, %3 pages)").arg(c.name).arg(projects).arg(pages),
                QStringLiteral("%1, peak %2 MB").arg(bench::ms(ms)).arg(peakKb / 1024),
                QStringLiteral("QTextDocument → PDF %1, peak %2 MB")
                    .arg(bench::ms(ref))
                    .arg(referencePeakKb / 1024),
                bench::ratio(ms, ref), c.round == 2 ? QStringLiteral("< 1 s") : QStringLiteral("< 15 s"));
        };
    }
    out << "\n";
    for (const auto& r : rows)
        r();
    return 0;
}
