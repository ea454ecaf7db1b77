#include "packagecommand.h"

#include "edits/editengine.h"
#include "packages/packagemerger.h"
#include "storage/database.h"

#include <QCommandLineParser>

namespace mcfund {

int PackageCommand::run(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export an institution package for a coordinator, or merge one back.\n"
           "  mcfund package export --institution NAME [--round N] -o FILE.mcfpkg\n"
           "  mcfund package merge FILE.mcfpkg [--dry-run] [--prefer ministry|package] [--accept-deletions] "
           "[--restore-deleted]") +
        QStringLiteral("\n\n") +
        tr("Exit codes: 0 written (or nothing to do); 1 nothing was written because the workspace refused "
           "the "
           "changes; 2 bad arguments, or a package or workspace that cannot be read or that holds anything "
           "mcfund did not make; 3 conflicts to decide, nothing was written."));
    Cli::addCommonOptions(parser);
    parser.addOption({QStringLiteral("institution"),
                      tr("The institution, by its name as published or its id."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("round"), tr("Only this round's projects (its number)."), QStringLiteral("N")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The package file to write."), tr("FILE")});
    parser.addOption({QStringLiteral("dry-run"), tr("Show what the merge would do; write nothing.")});
    parser.addOption({QStringLiteral("prefer"),
                      tr("Decide every conflict for one side: ministry or package."), tr("SIDE")});
    parser.addOption(
        {QStringLiteral("accept-deletions"), tr("Also delete the records the package deleted.")});
    parser.addOption({QStringLiteral("restore-deleted"),
                      tr("Put back the records deleted in the workspace that the package changed since.")});
    parser.addPositionalArgument(QStringLiteral("action"), tr("export or merge"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("the package to merge"));
    if (const int code = Cli::parse(parser, ctx, 2); code >= 0)
        return code;
    auto fail = [&](const QString& why, int code = 2) {
        ctx.err << tr("mcfund package: %1").arg(why) << Qt::endl;
        return code;
    };
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action != QLatin1String("export") && action != QLatin1String("merge"))
        return fail(tr("say export or merge: mcfund package export … or mcfund package merge FILE."));
    Database db;
    QString error;
    if (!db.open(Cli::databasePath(parser), &error))
        return fail(error, 2);
    const QString user = qEnvironmentVariable("USER", QStringLiteral("mcfund"));
    if (action == QLatin1String("export")) {
        const QString institution = parser.value(QStringLiteral("institution"));
        if (institution.isEmpty())
            return fail(
                tr("say which institution with --institution NAME (as published, e.g. “Fleming College”)."));
        int round = 0;
        if (parser.isSet(QStringLiteral("round"))) {
            bool ok = false;
            round = parser.value(QStringLiteral("round")).toInt(&ok);
            if (!ok || round <= 0)
                return fail(tr("--round must be a round number, not “%1”.")
                                .arg(parser.value(QStringLiteral("round"))));
        }
        const QString output = parser.value(QStringLiteral("o"));
        if (output.isEmpty())
            return fail(tr("say where to write the package with -o FILE.mcfpkg."));
        PackageInfo info;
        if (!InstitutionPackage::exportTo(db, institution, round, output, user, &info, &error))
            return fail(error, 1);
        ctx.out << tr("Wrote the package of %1 to %2 (package %3).")
                       .arg(info.institutionName, output, info.packageId)
                << Qt::endl;
        return 0;
    }
    const QString file = args.value(1);
    if (file.isEmpty())
        return fail(tr("say which package to merge: mcfund package merge FILE.mcfpkg."));
    const QString prefer = parser.value(QStringLiteral("prefer"));
    if (!prefer.isEmpty() && prefer != QLatin1String("ministry") && prefer != QLatin1String("package"))
        return fail(tr("--prefer must be ministry or package, not “%1”.").arg(prefer));
    MergePlan plan;
    if (!PackageMerger::plan(db.connection(), file, &plan, &error))
        return fail(error, 2);
    if (prefer == QLatin1String("ministry"))
        plan.prefer(MergeConflict::Choice::Ministry);
    else if (prefer == QLatin1String("package"))
        plan.prefer(MergeConflict::Choice::Package);
    if (parser.isSet(QStringLiteral("accept-deletions")))
        for (MergeDeletion& d : plan.deletions)
            d.accept = true;
    if (parser.isSet(QStringLiteral("restore-deleted")))
        for (MergeRestoration& r : plan.restorations)
            r.accept = true;
    ctx.out << tr("Package of %1 (made %2 by %3): %4")
                   .arg(plan.info.institutionName, plan.info.createdAt, plan.info.createdBy, plan.summary())
            << Qt::endl;
    for (const QString& line : plan.details(ctx.language))
        ctx.out << QStringLiteral("  ") << line << Qt::endl;
    if (plan.hasUndecidedConflicts()) {
        ctx.err
            << tr("mcfund package: nothing was merged: %n conflict(s) to decide. Merge again with --prefer "
                  "ministry or --prefer "
                  "package, or use File ▸ Merge Institution Package in the window to choose field by field.",
                  nullptr, int(plan.conflicts.size()))
            << Qt::endl;
        return 3;
    }
    if (parser.isSet(QStringLiteral("dry-run"))) {
        ctx.out << tr("Dry run: nothing was written.") << Qt::endl;
        return 0;
    }
    EditBatch batch;
    if (!PackageMerger::batch(plan, &batch, &error))
        return fail(error, 1);
    if (batch.rows.isEmpty()) {
        ctx.out << tr("Nothing to merge: the workspace already has every change of this package.")
                << Qt::endl;
        return 0;
    }
    EditEngine engine(db.connection(), user);
    QList<EditProblem> problems;
    if (!engine.apply(batch, QStringLiteral("merge"), &problems))
        return fail(tr("nothing was merged: %1").arg(EditEngine::describe(batch, problems)), 1);
    ctx.out << tr("Merged: %1.").arg(plan.summary()) << Qt::endl;
    return 0;
}

} // namespace mcfund
