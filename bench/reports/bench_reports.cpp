// Report speed and memory: the Round 2 summary of the official workspace, and round summaries of a
// 10,000-project synthetic workspace, each compared in the same run with a reference: the same tables
// written as HTML into a QTextDocument and printed to PDF (what a typical Qt application does).
#include "../benchcommon.h"
#include "printing/reportprinter.h"

#include "domain/translations.h"
#include "reports/reportbuilder.h"
#include "storage/database.h"
#include "synthetic/generator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

using namespace mcfund;

namespace {
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
    for (int projects : {5000, 10000}) {
        GeneratorOptions o;
        o.projects = projects;
        o.credentials = projects * 2;
        o.seed = 3;
        if (!Generator::generate(dir.filePath(QStringLiteral("g%1.sqlite").arg(projects)), o, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
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
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("report"), -46)
               .arg(QStringLiteral("projects"), 9)
               .arg(QStringLiteral("pages"), 6)
               .arg(QStringLiteral("mcfund ms"), 10)
               .arg(QStringLiteral("QTextDocument ms"), 17)
               .arg(QStringLiteral("ratio"), 6)
               .arg(QStringLiteral("RSS MB"), 7);
    for (const Case& c : cases) {
        Database db;
        if (!db.open(c.workspace, &error, false)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        Report report;
        ReportBuilder(db.connection(), QStringLiteral("en"))
            .roundSummary(c.round, FilterSpec(), &report, &error);
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        ReportPrinter::writePdf(report, pdf, QPageSize::Letter, &error);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        int projects = 0;
        for (const ReportBlock& b : report.blocks)
            if (b.kind == ReportBlock::Kind::Table && b.table.headers.first() == QStringLiteral("Project"))
                for (ReportTable::RowKind k : b.table.kinds)
                    projects += k == ReportTable::RowKind::Normal;
        QPdfWriter probe(dir.filePath(QStringLiteral("probe.pdf")));
        probe.setPageSize(QPageSize(QPageSize::Letter));
        probe.setResolution(300);
        const int pages = ReportPrinter::paint(report, &probe);
        const double ref = referenceMs(report, dir.filePath(QStringLiteral("ref.pdf")));
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(c.name, -46)
                   .arg(projects, 9)
                   .arg(pages, 6)
                   .arg(ms, 10, 'f', 0)
                   .arg(ref, 17, 'f', 0)
                   .arg(ms / ref, 6, 'f', 2)
                   .arg(bench::procStatusKb() / 1024, 7);
    }
    out << "\npeak RSS of the whole run: " << bench::procStatusKb("VmHWM:") / 1024 << " MB\n";
    return 0;
}
