#include "reviewcommands.h"

#include "io/csvwriter.h"
#include "review/auditlog.h"
#include "review/reviewscores.h"
#include "review/roundrules.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QSaveFile>

namespace mcfund {

int ReviewCommands::ranking(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Rank a round's applications by weighted review score, with the line where the envelope runs out."));
    Cli::addCommonOptions(parser);
    parser.addOption({QStringLiteral("round"), tr("The round, by its number."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("format"), tr("text (default) or csv."), tr("FORMAT")});
    if (const int code = Cli::parse(parser, ctx); code >= 0)
        return code;
    auto fail = [&](const QString& why, int code = 2) {
        ctx.err << tr("mcfund ranking: %1").arg(why) << Qt::endl;
        return code;
    };
    const QString format = parser.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("text") : parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return fail(tr("--format must be text or csv, not “%1”.").arg(format));
    bool number = false;
    const int roundNumber = parser.value(QStringLiteral("round")).toInt(&number);
    if (!number)
        return fail(tr("say which round with --round N."));
    Database db;
    QString error;
    if (!db.open(Cli::databasePath(parser), &error))
        return fail(error, 1);
    const std::optional<FundingRound> round = Repository(db.connection()).roundByNumber(roundNumber);
    if (!round)
        return fail(tr("there is no round %1 in this workspace.").arg(roundNumber), 1);
    const RoundRules rules = RoundRules::load(db.connection(), round->uid);
    std::optional<Money> envelope;
    const QList<RankedApplication> rows = ReviewScores::ranking(db.connection(), round->uid, rules.disagreementPoints, &envelope);
    const bool fr = ctx.language == QLatin1String("fr");
    auto pick = [fr](const QString& en, const QString& frText) { return fr ? (frText.isEmpty() ? en : frText) : (en.isEmpty() ? frText : en); };
    const QLocale& l = ctx.locale;
    auto score = [&](const RankedApplication& r) { return r.score ? l.toString(*r.score, 'f', 1) : tr("not scored"); };
    if (format == QLatin1String("csv")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer, false);
        csv.writeRow({tr("rank"), tr("project"), tr("institution"), tr("status"), tr("reviewers"), tr("score"), tr("spread"),
                      tr("disagreement"), tr("requested_cents"), tr("approved_cents"), tr("cumulative_cents"), tr("within_envelope")});
        for (const RankedApplication& r : rows)
            csv.writeRow({QString::number(r.rank), pick(r.titleEn, r.titleFr), pick(r.institutionEn, r.institutionFr), r.status,
                          QString::number(r.reviewers), r.score ? QString::number(*r.score, 'f', 2) : QString(), QString::number(r.spread, 'f', 2),
                          r.disagreement ? QStringLiteral("yes") : QStringLiteral("no"),
                          r.requested ? QString::number(r.requested->cents()) : QString(),
                          r.approved ? QString::number(r.approved->cents()) : QString(), QString::number(r.cumulative.cents()),
                          r.withinEnvelope ? QStringLiteral("yes") : QStringLiteral("no")});
        ctx.out << QString::fromUtf8(buffer.data());
        return 0;
    }
    ctx.out << tr("Ranking of %1 (%2): %n application(s), envelope %3", nullptr, int(rows.size()))
                   .arg(pick(round->nameEn, round->nameFr), round->fiscalYear, envelope ? envelope->toString(l) : tr("not set"))
            << "\n\n";
    ctx.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(tr("Rank"), 4)
                   .arg(tr("Score"), 10)
                   .arg(tr("Amount"), 16)
                   .arg(tr("Cumulative"), 18)
                   .arg(tr("Application"));
    bool lineDrawn = false;
    for (const RankedApplication& r : rows) {
        if (!r.withinEnvelope && !lineDrawn) {
            ctx.out << QStringLiteral("------ ") << tr("The envelope of %1 runs out here: the applications below do not fit.")
                                                      .arg(envelope ? envelope->toString(l) : QString())
                    << QStringLiteral(" ------\n");
            lineDrawn = true;
        }
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5 — %6%7\n")
                       .arg(r.rank, 4)
                       .arg(score(r), 10)
                       .arg(r.amount.toString(l), 16)
                       .arg(r.cumulative.toString(l), 18)
                       .arg(pick(r.titleEn, r.titleFr), pick(r.institutionEn, r.institutionFr),
                            r.disagreement ? tr(" [reviewers disagree]") : QString());
    }
    if (!lineDrawn)
        ctx.out << QStringLiteral("------ ") << tr("Every ranked application fits within the envelope of %1.").arg(envelope ? envelope->toString(l) : tr("not set"))
                << QStringLiteral(" ------\n");
    return 0;
}

int ReviewCommands::audit(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export the change log (who changed what, and when) to CSV."));
    Cli::addCommonOptions(parser);
    parser.addOption({QStringLiteral("round"), tr("Only the records of this round (its number)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("user"), tr("Only the changes made by this user."), tr("NAME")});
    parser.addOption({QStringLiteral("since"), tr("Only the changes made on or after this date (YYYY-MM-DD)."), tr("DATE")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The CSV file to write."), tr("FILE")});
    if (const int code = Cli::parse(parser, ctx); code >= 0)
        return code;
    auto fail = [&](const QString& why, int code = 2) {
        ctx.err << tr("mcfund audit: %1").arg(why) << Qt::endl;
        return code;
    };
    AuditFilter filter;
    filter.user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("since"))) {
        const QDate since = QDate::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
        if (!since.isValid())
            return fail(tr("--since must be a date written YYYY-MM-DD, not “%1”.").arg(parser.value(QStringLiteral("since"))));
        filter.since = since.toString(Qt::ISODate);
    }
    const QString output = parser.value(QStringLiteral("o"));
    if (output.isEmpty())
        return fail(tr("say where to write the CSV with -o FILE.csv."));
    Database db;
    QString error;
    if (!db.open(Cli::databasePath(parser), &error))
        return fail(error, 1);
    if (parser.isSet(QStringLiteral("round"))) {
        bool number = false;
        const int n = parser.value(QStringLiteral("round")).toInt(&number);
        const std::optional<FundingRound> round = number ? Repository(db.connection()).roundByNumber(n) : std::nullopt;
        if (!round)
            return fail(tr("there is no round %1 in this workspace.").arg(parser.value(QStringLiteral("round"))), 1);
        filter.roundUid = round->uid;
    }
    const QList<AuditEntry> entries = AuditLog::read(db.connection(), filter, &error);
    if (!error.isEmpty())
        return fail(error, 1);
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write “%1”: %2").arg(output, file.errorString()), 1);
    AuditLog::writeCsv(entries, &file);
    if (!file.commit())
        return fail(tr("cannot write “%1”: %2").arg(output, file.errorString()), 1);
    ctx.out << tr("Wrote %n change(s) to %1.", nullptr, int(entries.size())).arg(output) << Qt::endl;
    return 0;
}

} // namespace mcfund
