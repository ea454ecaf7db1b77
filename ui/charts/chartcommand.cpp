#include "chartcommand.h"

#include "fundingchart.h"

#include "query/lookups.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QChart>
#include <QCommandLineParser>
#include <QFileInfo>

#include <memory>

namespace mcfund {

int ChartCommand::run(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Draw a chart of funding to a PNG or SVG file."));
    Cli::addCommonOptions(parser);
    parser.addOption({QStringLiteral("by"),
                      tr("Group by: sector, round, institution-type or round-sector (default sector)."),
                      tr("GROUP")});
    parser.addOption({QStringLiteral("measure"),
                      tr("What to count: approved, requested, projects or learners (default approved)."),
                      tr("MEASURE")});
    parser.addOption({QStringLiteral("round"), tr("Only this round (its number)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("sector"), tr("Only this sector (its code, e.g. health_care)."), tr("CODE")});
    parser.addOption({QStringLiteral("style"),
                      tr("bars, donut or stacked (default: bars; stacked for round-sector)."), tr("STYLE")});
    parser.addOption({QStringLiteral("width"), tr("Width in pixels (default 1600)."), QStringLiteral("W")});
    parser.addOption({QStringLiteral("height"), tr("Height in pixels (default 1000)."), QStringLiteral("H")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The picture to write: FILE.png or FILE.svg."),
                      tr("FILE")});
    if (const int code = Cli::parse(parser, ctx); code >= 0)
        return code;
    auto fail = [&](const QString& why, int code = 2) {
        ctx.err << tr("mcfund chart: %1").arg(why) << Qt::endl;
        return code;
    };
    const QString by = parser.value(QStringLiteral("by")).isEmpty() ? QStringLiteral("sector")
                                                                    : parser.value(QStringLiteral("by"));
    const std::optional<Grouping> grouping = FundingAggregate::groupingFromCode(by);
    if (!grouping)
        return fail(tr("--by must be sector, round, institution-type or round-sector, not “%1”.").arg(by));
    const QString measureText = parser.value(QStringLiteral("measure")).isEmpty()
                                    ? QStringLiteral("approved")
                                    : parser.value(QStringLiteral("measure"));
    const std::optional<Measure> measure = FundingAggregate::measureFromCode(measureText);
    if (!measure)
        return fail(
            tr("--measure must be approved, requested, projects or learners, not “%1”.").arg(measureText));
    ChartStyle style = *grouping == Grouping::RoundBySector ? ChartStyle::Stacked : ChartStyle::Bars;
    const QString styleText = parser.value(QStringLiteral("style"));
    if (styleText == QLatin1String("donut"))
        style = ChartStyle::Donut;
    else if (styleText == QLatin1String("stacked"))
        style = ChartStyle::Stacked;
    else if (!styleText.isEmpty() && styleText != QLatin1String("bars"))
        return fail(tr("--style must be bars, donut or stacked, not “%1”.").arg(styleText));
    if (style == ChartStyle::Stacked && *grouping != Grouping::RoundBySector)
        return fail(tr("--style stacked goes with --by round-sector."));
    auto dimension = [&](const char* name, int fallback, int* out) {
        const QString text = parser.value(QLatin1String(name));
        bool ok = true;
        *out = text.isEmpty() ? fallback : text.toInt(&ok);
        return ok && *out >= 100 && *out <= 10000;
    };
    int width = 0, height = 0;
    if (!dimension("width", 1600, &width) || !dimension("height", 1000, &height))
        return fail(tr("--width and --height must be whole numbers of pixels between 100 and 10000."));
    const QString output = parser.value(QStringLiteral("o"));
    if (output.isEmpty())
        return fail(tr("say where to write the chart with -o FILE.png or -o FILE.svg."));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return fail(tr("“%1”: the file name must end in .png or .svg.").arg(output));

    Database db;
    QString error;
    if (!db.open(Cli::databasePath(parser), &error))
        return fail(error, 1);
    db.useOnePassCache();
    Repository repo(db.connection());
    FilterSpec filter;
    QString scope = tr("All rounds");
    if (parser.isSet(QStringLiteral("round"))) {
        bool ok = false;
        const int number = parser.value(QStringLiteral("round")).toInt(&ok);
        const std::optional<FundingRound> round = ok ? repo.roundByNumber(number, &error) : std::nullopt;
        if (!error.isEmpty())
            return fail(error, 1);
        if (!round)
            return fail(
                tr("there is no round %1 in this workspace.").arg(parser.value(QStringLiteral("round"))), 1);
        filter.roundUids = {round->uid};
        scope =
            ctx.language == QLatin1String("fr") && !round->nameFr.isEmpty() ? round->nameFr : round->nameEn;
    }
    if (parser.isSet(QStringLiteral("sector"))) {
        const QString uid = repo.sectorUid(parser.value(QStringLiteral("sector")), &error);
        if (!error.isEmpty())
            return fail(error, 1);
        if (uid.isEmpty())
            return fail(
                tr("there is no sector with the code “%1”.").arg(parser.value(QStringLiteral("sector"))), 1);
        filter.sectorUids = {uid};
    }
    if (*grouping == Grouping::RoundBySector || *grouping == Grouping::Round)
        filter.roundUids.clear();
    const FundingAggregate a =
        FundingAggregate::compute(db.connection(), filter, *measure, *grouping, &error);
    if (!error.isEmpty())
        return fail(error, 1);
    const FundingAggregate counts = a.projectCounts();
    QString title;
    switch (*grouping) {
    case Grouping::Sector:
        title = tr("%1 by sector — %2").arg(QStringLiteral("%1"), scope);
        break;
    case Grouping::Round:
        title = tr("%1 by round").arg(QStringLiteral("%1"));
        break;
    case Grouping::InstitutionType:
        title = tr("%1 by institution type — %2").arg(QStringLiteral("%1"), scope);
        break;
    case Grouping::RoundBySector:
        title = tr("%1 by round and sector").arg(QStringLiteral("%1"));
        break;
    }
    QString notice;
    std::unique_ptr<QChart> chart(FundingChart::build(a, style, title, &notice, &counts));
    if (!notice.isEmpty()) {
        chart->setTitle(chart->title() + QStringLiteral("<br><small>") + notice.toHtmlEscaped() +
                        QStringLiteral("</small>"));
        ctx.err << tr("mcfund chart: note: %1").arg(notice) << Qt::endl;
    }
    if (!FundingChart::render(chart.get(), output, QSize(width, height), &error))
        return fail(error, 1);
    ctx.out << tr("Wrote %1 (%2×%3).").arg(output).arg(width).arg(height) << Qt::endl;
    return 0;
}

} // namespace mcfund
