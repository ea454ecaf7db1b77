#include "spreadsheetcommands.h"

#include "exporter.h"
#include "importer.h"
#include "importpresets.h"
#include "registryexport.h"
#include "rowsource.h"

#include "edits/editengine.h"
#include "query/lookups.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace mcfund {

QList<Command> SpreadsheetCommands::commands()
{
    return {
        {QStringLiteral("import"),
         QT_TRANSLATE_NOOP(
             "mcfund::Cli",
             "Import a CSV or XLSX file of projects, micro-credentials, institutions or partners"),
         &SpreadsheetCommands::import},
        {QStringLiteral("export"),
         QT_TRANSLATE_NOOP(
             "mcfund::Cli",
             "Export a table to CSV, XLSX or JSON, or micro-credentials to Open Badges or CTDL"),
         &SpreadsheetCommands::exportData},
    };
}

int SpreadsheetCommands::import(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import a CSV or XLSX file: mcfund import FILE --into "
                                        "projects|credentials|institutions|partners") +
                                     QStringLiteral("\n\n") + exitCodes());
    Cli::addCommonOptions(parser);
    parser.addOption({QStringLiteral("into"),
                      tr("What the rows are: projects, credentials, institutions or partners."),
                      tr("TABLE")});
    parser.addOption(
        {QStringLiteral("sheet"), tr("The sheet of an XLSX workbook (default: the first)."), tr("NAME")});
    parser.addOption({QStringLiteral("mapping"),
                      tr("A saved column mapping (preset) to use instead of guessing from the header."),
                      tr("PRESET")});
    parser.addOption({QStringLiteral("all-or-nothing"), tr("Import nothing if any row has a problem.")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check and report; write nothing.")});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV or XLSX file."));
    if (const int code = Cli::parse(parser, ctx, 1); code >= 0)
        return code;
    auto fail = [&](const QString& why, int code = 2) {
        ctx.err << tr("mcfund import: %1").arg(why) << Qt::endl;
        return code;
    };
    const QString file = parser.positionalArguments().value(0);
    if (file.isEmpty())
        return fail(tr("say which file to import: mcfund import FILE --into TABLE."));
    const std::optional<Entity> entity = Importer::entityFromName(parser.value(QStringLiteral("into")));
    if (!entity)
        return fail(tr("--into must be projects, credentials, institutions or partners, not “%1”.")
                        .arg(parser.value(QStringLiteral("into"))));
    QString error;
    const std::unique_ptr<RowSource> source =
        RowSource::open(file, parser.value(QStringLiteral("sheet")), &error);
    if (!source)
        return fail(error, 2);
    Database db;
    if (!db.open(Cli::databasePath(parser), &error))
        return fail(error, 2);
    ImportOptions options;
    options.entity = *entity;
    options.allOrNothing = parser.isSet(QStringLiteral("all-or-nothing"));
    options.locale = ctx.locale;
    options.language = ctx.language;
    options.description = tr("import of “%1”").arg(QFileInfo(file).fileName());
    if (parser.isSet(QStringLiteral("mapping"))) {
        if (!ImportPresets::load(db.connection(), parser.value(QStringLiteral("mapping")), *entity,
                                 source->header(), &options.mapping, &error))
            return fail(error, 2);
    } else {
        options.mapping = Importer::guessMapping(*entity, source->header());
    }
    Lookups lookups;
    if (!lookups.load(db.connection(), &error))
        return fail(error, 2);
    ImportReport report;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    // The file is read once, a row at a time: checked and, unless this is a dry run, written as it goes in
    // one transaction that is only committed at the end.
    EditEngine engine(db.connection(), qEnvironmentVariable("USER", QStringLiteral("mcfund")));
    options.rowRule = [&engine](const RowEdit& r) { return engine.packageRefusal(r); };
    const bool ok = dryRun ? Importer::check(db.connection(), lookups, *source, options, {}, &report, &error)
                           : Importer::write(engine, db.connection(), lookups, *source, options, &report,
                                             nullptr, &error);
    for (const ImportProblem& p : std::as_const(report.problems))
        ctx.err << tr("%1, line %2%3: %4")
                       .arg(file)
                       .arg(p.line)
                       .arg(p.column.isEmpty() ? QString() : QStringLiteral(", ") + p.column, p.message)
                << Qt::endl;
    if (report.unlisted > 0)
        ctx.err << tr("%1: %n more problem(s) not listed.", nullptr, report.unlisted).arg(file) << Qt::endl;
    if (!ok)
        return fail(error, report.stop == ImportReport::Stop::BadInput ? 2 : 1);
    // 0 only when every row was written or unchanged; 1 when rows were refused and none written; 3 when
    // some were written and some refused. A dry run answers what the import would.
    const int written = report.added + report.updated;
    const int code = report.refused == 0 ? 0 : written == 0 ? 1 : 3;
    if (dryRun) {
        ctx.out << tr("Dry run: %1. Nothing was written.").arg(report.summary()) << Qt::endl;
        return code;
    }
    if (code == 1) {
        ctx.err << tr("mcfund import: nothing was written: %n row(s) refused. Correct the lines listed above "
                      "and import the file again.",
                      nullptr, report.refused)
                << Qt::endl;
        return code;
    }
    ctx.out << tr("Imported %1: %2.").arg(file, report.summary()) << Qt::endl;
    if (code == 3)
        ctx.err << tr("mcfund import: %n row(s) refused and not written; the other rows were imported. "
                      "Use --all-or-nothing to import nothing when a row is refused.",
                      nullptr, report.refused)
                << Qt::endl;
    return code;
}

QString SpreadsheetCommands::exitCodes()
{
    return tr("Exit codes: 0 every row was written or was already there; 1 nothing was written because rows "
              "were refused (or, with --all-or-nothing, any row was refused) or the workspace refused the "
              "write; 2 bad arguments, or a file or workspace that cannot be read; 3 some rows were written "
              "and some refused.");
}

int SpreadsheetCommands::exportData(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a table (mcfund export --table NAME --format csv|xlsx|json -o FILE) or micro-credentials "
           "for a "
           "registry (mcfund export --credentials --format openbadges|ctdl -o FILE)."));
    Cli::addCommonOptions(parser);
    parser.addOption({QStringLiteral("table"), tr("projects, credentials, institutions, partners or rounds."),
                      tr("NAME")});
    parser.addOption({QStringLiteral("credentials"), tr("Export micro-credentials in a registry format.")});
    parser.addOption({QStringLiteral("format"),
                      tr("csv, xlsx or json for a table; openbadges or ctdl for --credentials."),
                      tr("FORMAT")});
    parser.addOption(
        {QStringLiteral("filter"),
         tr("KEY=VALUE: sector=CODE, round=N, institution=NAME, status=CODE, text=WORDS (repeatable)."),
         tr("FILTER")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."), tr("FILE")});
    if (const int code = Cli::parse(parser, ctx); code >= 0)
        return code;
    auto fail = [&](const QString& why, int code = 2) {
        ctx.err << tr("mcfund export: %1").arg(why) << Qt::endl;
        return code;
    };
    const QString output = parser.value(QStringLiteral("o"));
    if (output.isEmpty())
        return fail(tr("say where to write with -o FILE."));
    Database db;
    QString error;
    if (!db.open(Cli::databasePath(parser), &error))
        return fail(error, 1);
    db.useOnePassCache(); // every row is read once, page by page
    Lookups lookups;
    if (!lookups.load(db.connection(), &error))
        return fail(error, 1);
    const Repository repo(db.connection());
    FilterSpec filter;
    for (const QString& f : parser.values(QStringLiteral("filter"))) {
        const QString key = f.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = f.section(QLatin1Char('='), 1).trimmed();
        if (key == QLatin1String("sector")) {
            const QString uid = repo.sectorUid(value, &error);
            if (!error.isEmpty())
                return fail(error, 1);
            if (uid.isEmpty())
                return fail(tr("--filter sector=%1: there is no sector with that code.").arg(value));
            filter.sectorUids << uid;
        } else if (key == QLatin1String("round")) {
            const std::optional<FundingRound> r = repo.roundByNumber(value.toInt(), &error);
            if (!error.isEmpty())
                return fail(error, 1);
            if (!r)
                return fail(tr("--filter round=%1: there is no such round.").arg(value));
            filter.roundUids << r->uid;
        } else if (key == QLatin1String("institution")) {
            const std::optional<Institution> i = repo.findInstitution(value, &error);
            if (!error.isEmpty())
                return fail(error, 1);
            if (!i)
                return fail(tr("--filter institution=%1: there is no such institution.").arg(value));
            filter.institutionUids << i->uid;
        } else if (key == QLatin1String("status")) {
            filter.statuses << value;
        } else if (key == QLatin1String("text")) {
            filter.text = value;
        } else {
            return fail(tr("--filter “%1”: use sector=, round=, institution=, status= or text=.").arg(f));
        }
    }
    const QString format = parser.value(QStringLiteral("format"));
    int written = 0;
    if (parser.isSet(QStringLiteral("credentials"))) {
        if (format != QLatin1String("openbadges") && format != QLatin1String("ctdl"))
            return fail(tr("--credentials needs --format openbadges or ctdl, not “%1”.").arg(format));
        if (!RegistryExport::write(db.connection(), lookups, filter,
                                   format == QLatin1String("ctdl") ? RegistryExport::Format::Ctdl
                                                                   : RegistryExport::Format::OpenBadges,
                                   output, &error, &written))
            return fail(error, 1);
    } else {
        const QString table = parser.value(QStringLiteral("table"));
        std::optional<Entity> entity = Importer::entityFromName(table);
        if (!entity && table == QLatin1String("rounds"))
            entity = Entity::Round;
        if (!entity)
            return fail(
                tr("--table must be projects, credentials, institutions, partners or rounds, not “%1”.")
                    .arg(table));
        const std::optional<Exporter::Format> f = Exporter::formatFromName(format);
        if (!f)
            return fail(tr("--format must be csv, xlsx or json, not “%1”.").arg(format));
        if (!Exporter::write(db.connection(), lookups, *entity, filter, SortSpec(),
                             Exporter::allColumns(*entity), ctx.locale, ctx.language, *f, output, &error,
                             &written))
            return fail(error, 1);
    }
    ctx.out << tr("Wrote %n record(s) to %1.", nullptr, written).arg(output) << Qt::endl;
    return 0;
}

} // namespace mcfund
