#include "statscommand.h"

#include "domain/codes.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mcfund {

namespace {

QString pick(const QString& language, const QString& en, const QString& fr)
{
    if (language == QLatin1String("fr"))
        return fr.isEmpty() ? en : fr;
    return en.isEmpty() ? fr : en;
}

QJsonObject groupJson(const GroupTotals& g)
{
    QJsonObject o{{QStringLiteral("key"), g.key},
                  {QStringLiteral("projects"), g.projects},
                  {QStringLiteral("institutions"), g.institutions},
                  {QStringLiteral("credentials"), g.credentials},
                  {QStringLiteral("target_learners"), g.targetLearners},
                  {QStringLiteral("projects_with_requested"), g.projectsWithRequested},
                  {QStringLiteral("projects_with_approved"), g.projectsWithApproved},
                  {QStringLiteral("requested_cents"), g.requested.cents()},
                  {QStringLiteral("approved_cents"), g.approved.cents()}};
    if (!g.nameEn.isEmpty() || !g.nameFr.isEmpty()) {
        o.insert(QStringLiteral("name_en"), g.nameEn);
        o.insert(QStringLiteral("name_fr"), g.nameFr);
    }
    if (g.envelope)
        o.insert(QStringLiteral("envelope_cents"), g.envelope->cents());
    if (!g.fiscalYear.isEmpty())
        o.insert(QStringLiteral("fiscal_year"), g.fiscalYear);
    if (g.target)
        o.insert(QStringLiteral("target_projects"), *g.target);
    return o;
}

} // namespace

QByteArray StatsCommand::toJson(const WorkspaceStats& s)
{
    QJsonArray rounds, sectors, types;
    for (const GroupTotals& g : s.byRound)
        rounds << groupJson(g);
    for (const GroupTotals& g : s.bySector)
        sectors << groupJson(g);
    for (const GroupTotals& g : s.byInstitutionType)
        types << groupJson(g);
    const QJsonObject o{{QStringLiteral("kind"), s.kind},
                        {QStringLiteral("edited"), s.edited},
                        {QStringLiteral("rounds"), s.rounds},
                        {QStringLiteral("institutions"), s.institutions},
                        {QStringLiteral("projects"), s.projects},
                        {QStringLiteral("credentials"), s.credentials},
                        {QStringLiteral("partners"), s.partners},
                        {QStringLiteral("sectors"), s.sectors},
                        {QStringLiteral("by_round"), rounds},
                        {QStringLiteral("by_sector"), sectors},
                        {QStringLiteral("by_institution_type"), types}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString StatsCommand::toText(const WorkspaceStats& s, const QString& path, const QString& language,
                             const QLocale& locale)
{
    QString kind;
    if (s.kind == QLatin1String("synthetic"))
        kind = tr("synthetic data, generated for demos and tests");
    else if (s.kind == QLatin1String("empty"))
        kind = tr("empty workspace");
    else
        kind = tr("official data");
    if (s.edited)
        kind += tr(", edited");
    auto num = [&](qint64 n) { return locale.toString(n); };
    auto amount = [&](const Money& m, qint64 recorded) {
        return recorded == 0 ? tr("not recorded") : m.toString(locale);
    };
    QString t;
    t += tr("Workspace: %1 (%2)").arg(path, kind) + QLatin1Char('\n');
    t += tr("%1 rounds, %2 institutions, %3 projects, %4 micro-credentials, %5 partners")
             .arg(num(s.rounds), num(s.institutions), num(s.projects), num(s.credentials), num(s.partners)) +
         QStringLiteral("\n\n");
    t += tr("By round") + QLatin1Char('\n');
    for (const GroupTotals& g : s.byRound) {
        t += QStringLiteral("  %1 (%2)\n").arg(pick(language, g.nameEn, g.nameFr), g.fiscalYear);
        t += QStringLiteral("    ") +
             tr("Envelope: %1").arg(g.envelope ? g.envelope->toString(locale) : tr("not set")) +
             QLatin1Char('\n');
        t += QStringLiteral("    ") +
             tr("%1 projects at %2 institutions, %3 micro-credentials")
                 .arg(num(g.projects), num(g.institutions), num(g.credentials)) +
             QLatin1Char('\n');
        t += QStringLiteral("    ") +
             tr("Requested: %1; approved: %2")
                 .arg(amount(g.requested, g.projectsWithRequested),
                      amount(g.approved, g.projectsWithApproved)) +
             QLatin1Char('\n');
        if (g.envelope && g.projectsWithApproved > 0)
            t += QStringLiteral("    ") +
                 tr("Remaining: %1").arg((*g.envelope - g.approved).toString(locale)) + QLatin1Char('\n');
    }
    t += QLatin1Char('\n') + tr("By sector") + QLatin1Char('\n');
    for (const GroupTotals& g : s.bySector)
        t += QStringLiteral("  %1  %2\n")
                 .arg(pick(language, g.nameEn, g.nameFr), -40)
                 .arg(tr("%1 projects, %2 micro-credentials, approved %3")
                          .arg(num(g.projects), num(g.credentials),
                               amount(g.approved, g.projectsWithApproved)));
    t += QLatin1Char('\n') + tr("By institution type") + QLatin1Char('\n');
    for (const GroupTotals& g : s.byInstitutionType)
        t += QStringLiteral("  %1  %2\n")
                 .arg(Codes::label(CodeList::InstitutionType, g.key), -40)
                 .arg(tr("%1 institutions, %2 projects, approved %3")
                          .arg(num(g.institutions), num(g.projects),
                               amount(g.approved, g.projectsWithApproved)));
    return t;
}

int StatsCommand::run(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Counts and amounts of a workspace by round, sector and institution type."));
    Cli::addCommonOptions(parser);
    parser.addOption({QStringLiteral("json"), tr("Write JSON (amounts in cents) instead of text.")});
    if (const int code = Cli::parse(parser, ctx); code >= 0)
        return code;
    const QString path = Cli::databasePath(parser);
    Database db;
    QString error;
    if (!db.open(path, &error)) {
        ctx.err << tr("mcfund stats: %1").arg(error) << Qt::endl;
        return 1;
    }
    db.useOnePassCache();
    const WorkspaceStats s = WorkspaceStats::compute(db, &error);
    if (!error.isEmpty()) {
        ctx.err << tr("mcfund stats: %1").arg(error) << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("json")))
        ctx.out << QString::fromUtf8(toJson(s));
    else
        ctx.out << toText(s, db.path(), ctx.language, ctx.locale);
    return 0;
}

} // namespace mcfund
