#include "reportcommand.h"

#include "reportprinter.h"

#include "reports/reportbuilder.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace mcfund {

int ReportCommand::run(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a summary report to a PDF file."));
    Cli::addCommonOptions(parser);
    parser.addOption(
        {QStringLiteral("type"), tr("round (a round's summary), institution or sector."), tr("TYPE")});
    parser.addOption({QStringLiteral("round"), tr("The round, by its number (required for --type round)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("institution"),
                      tr("The institution, by its name as published or its id."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("sector"), tr("The sector, by its code (e.g. health_care)."), tr("CODE")});
    parser.addOption({QStringLiteral("paper"), tr("a4 or letter (default: letter)."), tr("PAPER")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF file to write."), tr("FILE")});
    if (const int code = Cli::parse(parser, ctx); code >= 0)
        return code;
    auto fail = [&](const QString& why, int code = 2) {
        ctx.err << tr("mcfund report: %1").arg(why) << Qt::endl;
        return code;
    };
    const QString type = parser.value(QStringLiteral("type")).isEmpty()
                             ? QStringLiteral("round")
                             : parser.value(QStringLiteral("type"));
    if (type != QLatin1String("round") && type != QLatin1String("institution") &&
        type != QLatin1String("sector"))
        return fail(tr("--type must be round, institution or sector, not “%1”.").arg(type));
    const QString paperText = parser.value(QStringLiteral("paper")).toLower();
    if (!paperText.isEmpty() && paperText != QLatin1String("a4") && paperText != QLatin1String("letter"))
        return fail(tr("--paper must be a4 or letter, not “%1”.").arg(parser.value(QStringLiteral("paper"))));
    const QPageSize::PageSizeId paper = paperText == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter;
    const QString output = parser.value(QStringLiteral("o"));
    if (output.isEmpty())
        return fail(tr("say where to write the report with -o FILE.pdf."));
    if (QFileInfo(output).suffix().toLower() != QLatin1String("pdf"))
        return fail(tr("“%1”: the file name must end in .pdf.").arg(output));
    Database db;
    QString error;
    if (!db.open(Cli::databasePath(parser), &error))
        return fail(error, 1);
    db.useOnePassCache();
    const ReportBuilder builder(db.connection(), ctx.language);
    Report report;
    bool ok = false;
    if (type == QLatin1String("round")) {
        bool number = false;
        const int round = parser.value(QStringLiteral("round")).toInt(&number);
        if (!number)
            return fail(tr("--type round needs --round N, the round's number."));
        ok = builder.roundSummary(round, FilterSpec(), &report, &error);
    } else if (type == QLatin1String("institution")) {
        if (parser.value(QStringLiteral("institution")).isEmpty())
            return fail(
                tr("--type institution needs --institution NAME (as published, e.g. “Fleming College”)."));
        ok = builder.institutionReport(parser.value(QStringLiteral("institution")), FilterSpec(), &report,
                                       &error);
    } else {
        if (parser.value(QStringLiteral("sector")).isEmpty())
            return fail(tr("--type sector needs --sector CODE (e.g. health_care)."));
        ok = builder.sectorReport(parser.value(QStringLiteral("sector")), FilterSpec(), &report, &error);
    }
    if (!ok)
        return fail(error, 1);
    if (!ReportPrinter::writePdf(report, output, paper, &error))
        return fail(error, 1);
    ctx.out << tr("Wrote %1.").arg(output) << Qt::endl;
    return 0;
}

} // namespace mcfund
