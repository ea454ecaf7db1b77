#include "reviewcommands.h"

#include "edits/editengine.h"
#include "io/csvwriter.h"
#include "review/assignments.h"
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
    parser.setApplicationDescription(tr(
        "Rank a round's applications by weighted review score, with the line where the envelope runs out."));
    Cli::addCommonOptions(parser);
    parser.addOption({QStringLiteral("round"), tr("The round, by its number."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("format"), tr("text (default) or csv."), tr("FORMAT")});
    if (const int code = Cli::parse(parser, ctx); code >= 0)
        return code;
    auto fail = [&](const QString& why, int code = 2) {
        ctx.err << tr("mcfund ranking: %1").arg(why) << Qt::endl;
        return code;
    };
    const QString format = parser.value(QStringLiteral("format")).isEmpty()
                               ? QStringLiteral("text")
                               : parser.value(QStringLiteral("format"));
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
    db.useOnePassCache(); // a round's applications and reviews, read once
    const std::optional<FundingRound> round = Repository(db.connection()).roundByNumber(roundNumber, &error);
    if (!error.isEmpty())
        return fail(error, 1);
    if (!round)
        return fail(tr("there is no round %1 in this workspace.").arg(roundNumber), 1);
    const RoundRules rules = RoundRules::load(db.connection(), round->uid, &error);
    if (!error.isEmpty())
        return fail(error, 1);
    std::optional<Money> envelope;
    const QList<RankedApplication> rows =
        ReviewScores::ranking(db.connection(), round->uid, rules.disagreementPoints, &envelope, &error);
    if (!error.isEmpty())
        return fail(error, 1);
    const bool fr = ctx.language == QLatin1String("fr");
    auto pick = [fr](const QString& en, const QString& frText) {
        return fr ? (frText.isEmpty() ? en : frText) : (en.isEmpty() ? frText : en);
    };
    const QLocale& l = ctx.locale;
    auto score = [&](const RankedApplication& r) {
        return r.score ? l.toString(*r.score, 'f', 1) : tr("not scored");
    };
    if (format == QLatin1String("csv")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer, false);
        csv.writeRow({tr("rank"), tr("project"), tr("institution"), tr("status"), tr("reviewers"),
                      tr("score"), tr("spread"), tr("disagreement"), tr("requested_cents"),
                      tr("approved_cents"), tr("cumulative_cents"), tr("within_envelope"),
                      tr("reviews_complete")});
        for (const RankedApplication& r : rows)
            csv.writeRow({QString::number(r.rank), pick(r.titleEn, r.titleFr),
                          pick(r.institutionEn, r.institutionFr), r.status, QString::number(r.reviewers),
                          r.score ? QString::number(*r.score, 'f', 2) : QString(),
                          QString::number(r.spread, 'f', 2),
                          r.disagreement ? QStringLiteral("yes") : QStringLiteral("no"),
                          r.requested ? QString::number(r.requested->cents()) : QString(),
                          r.approved ? QString::number(r.approved->cents()) : QString(),
                          QString::number(r.cumulative.cents()),
                          r.withinEnvelope ? QStringLiteral("yes") : QStringLiteral("no"),
                          r.incomplete ? QStringLiteral("no") : QStringLiteral("yes")});
        ctx.out << QString::fromUtf8(buffer.data());
        return 0;
    }
    ctx.out << tr("Ranking of %1 (%2): %n application(s), envelope %3", nullptr, int(rows.size()))
                   .arg(pick(round->nameEn, round->nameFr), round->fiscalYear,
                        envelope ? envelope->toString(l) : tr("not set"))
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
            ctx.out << QStringLiteral("------ ")
                    << tr("The envelope of %1 runs out here: the applications below do not fit.")
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
                            (r.disagreement ? tr(" [reviewers disagree]") : QString()) +
                                (r.incomplete
                                     ? tr(" [reviews incomplete: %1 of %2]").arg(r.complete).arg(r.assigned)
                                     : QString()));
    }
    if (!lineDrawn)
        ctx.out << QStringLiteral("------ ")
                << tr("Every ranked application fits within the envelope of %1.")
                       .arg(envelope ? envelope->toString(l) : tr("not set"))
                << QStringLiteral(" ------\n");
    return 0;
}

int ReviewCommands::audit(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export the change log (who changed what, and when) to CSV."));
    Cli::addCommonOptions(parser);
    parser.addOption(
        {QStringLiteral("round"), tr("Only the records of this round (its number)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("user"), tr("Only the changes made by this user."), tr("NAME")});
    parser.addOption({QStringLiteral("since"),
                      tr("Only the changes made on or after this date (YYYY-MM-DD)."), tr("DATE")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The CSV file to write."), tr("FILE")});
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
            return fail(tr("--since must be a date written YYYY-MM-DD, not “%1”.")
                            .arg(parser.value(QStringLiteral("since"))));
        filter.since = since.toString(Qt::ISODate);
    }
    const QString output = parser.value(QStringLiteral("o"));
    if (output.isEmpty())
        return fail(tr("say where to write the CSV with -o FILE.csv."));
    Database db;
    QString error;
    if (!db.open(Cli::databasePath(parser), &error))
        return fail(error, 1);
    db.useOnePassCache(); // the change log, read once
    if (parser.isSet(QStringLiteral("round"))) {
        bool number = false;
        const int n = parser.value(QStringLiteral("round")).toInt(&number);
        const std::optional<FundingRound> round =
            number ? Repository(db.connection()).roundByNumber(n, &error) : std::nullopt;
        if (!error.isEmpty())
            return fail(error, 1);
        if (!round)
            return fail(
                tr("there is no round %1 in this workspace.").arg(parser.value(QStringLiteral("round"))), 1);
        filter.roundUid = round->uid;
    }
    // Written as it is read: the file appears under its name only once whole (QSaveFile).
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write “%1”: %2").arg(output, file.errorString()), 1);
    const qint64 written = AuditLog::writeCsv(db.connection(), filter, &file, &error);
    if (written < 0) {
        file.cancelWriting();
        return fail(error, 1);
    }
    if (!file.commit())
        return fail(tr("cannot write “%1”: %2").arg(output, file.errorString()), 1);
    ctx.out << tr("Wrote %n change(s) to %1.", nullptr, int(written)).arg(output) << Qt::endl;
    return 0;
}

int ReviewCommands::review(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Review a round as a team:\n"
        "  mcfund review assign --round N --per-application K [--reviewers a,b,c]\n"
        "      gives every application of the round K reviewers, the least loaded first, never one with a "
        "conflict of interest; assignments already made stay, only the gaps are filled\n"
        "  mcfund review assignments --round N [--format text|csv]\n"
        "      lists who reviews what (CSV: project_id,project_title,reviewer,state; state is assigned, "
        "scored or conflict)\n"
        "  mcfund review conflict --project ID --reason TEXT [--reviewer NAME]\n"
        "      declares a conflict of interest: the reviewer is taken off the application and their scores "
        "on it are removed\n"
        "On a shared workspace the reviewers are its reviewer accounts and you act as your database user.\n"
        "Exit codes: 0 done, 1 refused or failed (nothing written), 2 bad arguments, 3 assigned but some "
        "places could not be filled."));
    Cli::addCommonOptions(parser);
    parser.addOption({QStringLiteral("round"), tr("The round, by its number."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("per-application"), tr("assign: reviewers per application."), QStringLiteral("K")});
    parser.addOption({QStringLiteral("reviewers"),
                      tr("assign: the reviewers, separated by commas (default: every reviewer of the shared "
                         "workspace)."),
                      tr("NAMES")});
    parser.addOption({QStringLiteral("format"), tr("assignments: text (default) or csv."), tr("FORMAT")});
    parser.addOption({QStringLiteral("project"), tr("conflict: the application, by its id."), tr("ID")});
    parser.addOption(
        {QStringLiteral("reason"), tr("conflict: why there is a conflict of interest."), tr("TEXT")});
    parser.addOption({QStringLiteral("reviewer"),
                      tr("conflict: who declares it, on a SQLite workspace (default: your login name); on a "
                         "shared workspace, always your database user."),
                      tr("NAME")});
    if (const int code = Cli::parse(parser, ctx, 1); code >= 0)
        return code;
    auto fail = [&](const QString& why, int code = 2) {
        ctx.err << tr("mcfund review: %1").arg(why) << Qt::endl;
        return code;
    };
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(tr("say what to do: assign, assignments or conflict (mcfund review --help)."));
    const QString action = args.first();
    if (action != QLatin1String("assign") && action != QLatin1String("assignments") &&
        action != QLatin1String("conflict"))
        return fail(tr("“%1” is not a review action: say assign, assignments or conflict.").arg(action));
    const QString format = parser.value(QStringLiteral("format")).isEmpty()
                               ? QStringLiteral("text")
                               : parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return fail(tr("--format must be text or csv, not “%1”.").arg(format));
    int roundNumber = 0, perApplication = 0;
    if (action != QLatin1String("conflict")) {
        bool number = false;
        roundNumber = parser.value(QStringLiteral("round")).toInt(&number);
        if (!number || roundNumber <= 0)
            return fail(parser.isSet(QStringLiteral("round"))
                            ? tr("--round takes a round's number, not “%1”.")
                                  .arg(parser.value(QStringLiteral("round")))
                            : tr("say which round with --round N."));
    }
    if (action == QLatin1String("assign")) {
        bool number = false;
        perApplication = parser.value(QStringLiteral("per-application")).toInt(&number);
        if (!number || perApplication < 1 || perApplication > 20)
            return fail(parser.isSet(QStringLiteral("per-application"))
                            ? tr("--per-application takes a number of reviewers from 1 to 20, not “%1”.")
                                  .arg(parser.value(QStringLiteral("per-application")))
                            : tr("say how many reviewers each application gets with --per-application K."));
    }
    if (action == QLatin1String("conflict")) {
        if (parser.value(QStringLiteral("project")).trimmed().isEmpty())
            return fail(tr("say which application with --project ID."));
        if (parser.value(QStringLiteral("reason")).trimmed().isEmpty())
            return fail(
                tr("say why with --reason TEXT: the reason of a conflict of interest is kept on record."));
    }

    Database db;
    QString error;
    if (!db.open(Cli::databasePath(parser), &error))
        return fail(error, 1);
    QSqlDatabase connection = db.connection();
    const bool fr = ctx.language == QLatin1String("fr");
    auto pick = [fr](const QString& en, const QString& frText) {
        return fr ? (frText.isEmpty() ? en : frText) : (en.isEmpty() ? frText : en);
    };
    const QString me = db.isServer() || !parser.isSet(QStringLiteral("reviewer"))
                           ? Assignments::currentUser(connection)
                           : parser.value(QStringLiteral("reviewer")).trimmed();
    auto apply = [&](EditBatch& batch) {
        EditEngine engine(connection, me.isEmpty() ? QStringLiteral("mcfund") : me);
        QList<EditProblem> problems;
        if (!engine.apply(batch, QStringLiteral("review"), &problems)) {
            ctx.err << tr("mcfund review: nothing was written: %1")
                           .arg(problems.isEmpty() ? tr("the workspace refused the change.")
                                                   : EditEngine::describe(batch, problems))
                    << Qt::endl;
            return false;
        }
        return true;
    };

    if (action == QLatin1String("conflict")) {
        if (me.isEmpty())
            return fail(tr("who you are is not known: say it with --reviewer NAME."));
        EditBatch batch;
        if (!Assignments::planConflict(connection, parser.value(QStringLiteral("project")).trimmed(), me,
                                       parser.value(QStringLiteral("reason")), &batch, &error))
            return fail(error, 1);
        if (!apply(batch))
            return 1;
        ctx.out << tr("Conflict of interest recorded for %1: %2.").arg(me, batch.description) << Qt::endl;
        return 0;
    }

    QString unread;
    const std::optional<FundingRound> round = Repository(connection).roundByNumber(roundNumber, &unread);
    if (!unread.isEmpty())
        return fail(unread, 1);
    if (!round)
        return fail(tr("there is no round %1 in this workspace.").arg(roundNumber), 1);

    if (action == QLatin1String("assign")) {
        QStringList reviewers;
        if (parser.isSet(QStringLiteral("reviewers"))) {
            for (const QString& r : parser.value(QStringLiteral("reviewers")).split(QLatin1Char(',')))
                if (!r.trimmed().isEmpty())
                    reviewers << r.trimmed();
            if (reviewers.isEmpty())
                return fail(tr("--reviewers names no one."));
            if (db.isServer()) {
                const QStringList known = Assignments::reviewers(connection, &error);
                if (!error.isEmpty())
                    return fail(error, 1);
                for (const QString& r : std::as_const(reviewers))
                    if (!known.contains(r))
                        return fail(
                            tr("“%1” is not a reviewer of this shared workspace (mcfund server add-user "
                               "%1 --role reviewer).")
                                .arg(r),
                            1);
            }
        } else {
            reviewers = Assignments::reviewers(connection, &error);
            if (!error.isEmpty())
                return fail(error, 1);
            if (reviewers.isEmpty())
                return fail(db.isServer()
                                ? tr("this shared workspace has no reviewer accounts yet (mcfund server "
                                     "add-user NAME --role reviewer).")
                                : tr("name the reviewers with --reviewers a,b,c."),
                            1);
        }
        EditBatch batch;
        int missing = 0;
        if (!Assignments::planAutomatic(connection, round->uid, perApplication, reviewers, &batch, &missing,
                                        &error))
            return fail(error, 1);
        if (!batch.isEmpty() && !apply(batch))
            return 1;
        const QStringList apps = Assignments::applications(connection, round->uid, &error);
        if (!error.isEmpty())
            return fail(error, 1);
        ctx.out << tr("%n new assignment(s) in %1; %2 application(s) to review, %3 reviewer(s).", nullptr,
                      int(batch.rows.size()))
                       .arg(pick(round->nameEn, round->nameFr))
                       .arg(apps.size())
                       .arg(reviewers.size())
                << Qt::endl;
        if (missing > 0) {
            ctx.err
                << tr("mcfund review: %n place(s) could not be filled: too few reviewers without a conflict "
                      "of interest.",
                      nullptr, missing)
                << Qt::endl;
            return 3;
        }
        return 0;
    }

    // assignments
    const QList<AssignmentRow> rows = Assignments::list(connection, round->uid, ctx.language, &error);
    if (!error.isEmpty())
        return fail(error, 1);
    if (format == QLatin1String("csv")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer, false);
        csv.writeRow({QStringLiteral("project_id"), QStringLiteral("project_title"),
                      QStringLiteral("reviewer"), QStringLiteral("state")});
        for (const AssignmentRow& r : rows)
            csv.writeRow(
                {r.projectUid, pick(r.titleEn, r.titleFr), r.reviewer, Assignments::stateCode(r.state)});
        ctx.out << QString::fromUtf8(buffer.data());
        return 0;
    }
    const QStringList apps = Assignments::applications(connection, round->uid, &error);
    if (!error.isEmpty())
        return fail(error, 1);
    const QHash<QString, ReviewProgress> byApp = Assignments::progressByApplication(rows);
    const QHash<QString, ReviewProgress> byReviewer = Assignments::progressByReviewer(rows);
    ctx.out << tr("Assignments of %1: %n application(s) to review", nullptr, int(apps.size()))
                   .arg(pick(round->nameEn, round->nameFr))
            << "\n\n";
    QString current;
    for (const AssignmentRow& r : rows) {
        if (r.projectUid != current) {
            current = r.projectUid;
            const ReviewProgress p = byApp.value(r.projectUid);
            ctx.out << tr("%1 — %2 of %n review(s) done", nullptr, p.assigned)
                           .arg(pick(r.titleEn, r.titleFr))
                           .arg(p.scored)
                    << "\n";
        }
        ctx.out << QStringLiteral("    %1: %2").arg(r.reviewer, Assignments::stateName(r.state));
        if (r.state == AssignmentState::Conflict && !r.reason.isEmpty())
            ctx.out << QStringLiteral(" (%1)").arg(r.reason);
        ctx.out << "\n";
    }
    const int unassigned = int(std::count_if(apps.cbegin(), apps.cend(),
                                             [&](const QString& a) { return byApp.value(a).assigned == 0; }));
    if (unassigned > 0)
        ctx.out << "\n" << tr("%n application(s) have no reviewer yet.", nullptr, unassigned) << "\n";
    QStringList names = byReviewer.keys();
    std::sort(names.begin(), names.end());
    if (!names.isEmpty())
        ctx.out << "\n" << tr("Reviewers:") << "\n";
    for (const QString& n : std::as_const(names))
        ctx.out << QStringLiteral("    ")
                << tr("%1: %2 of %3 scored")
                       .arg(n)
                       .arg(byReviewer.value(n).scored)
                       .arg(byReviewer.value(n).assigned)
                << "\n";
    return 0;
}

} // namespace mcfund
