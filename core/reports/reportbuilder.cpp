#include "reportbuilder.h"

#include "storage/database.h"
#include "storage/sqldialect.h"

#include "domain/codes.h"
#include "domain/money.h"
#include "query/lookups.h"
#include "query/tablequery.h"
#include "storage/repository.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

namespace mcfund {

namespace {
const QString kDash = QStringLiteral("—");

QVariantList bindsOf(const QSqlDatabase& db, const FilterSpec& f, QString* where)
{
    Lookups none;
    QVariantList binds;
    *where = TableQuery(Entity::Project, db, &none).where(f, &binds);
    return binds;
}

bool runQuery(QSqlQuery& q, const QVariantList& binds, QString* error)
{
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

/** After a query's last row: true, with \a error set, when its rows stopped because a read failed (a report
 * that showed the rows read before the failure would state figures that are not the workspace's). */
bool streamFailed(const QSqlQuery& q, QString* error)
{
    if (!q.lastError().isValid())
        return false;
    if (error)
        *error = q.lastError().text();
    return true;
}

/** False with \a error set to the first of \a reasons that is not empty: a read that failed. */
bool noneFailed(std::initializer_list<QString> reasons, QString* error)
{
    for (const QString& why : reasons) {
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
    }
    return true;
}
} // namespace

ReportBuilder::ReportBuilder(QSqlDatabase db, QString language)
    : m_db(std::move(db))
    , m_language(std::move(language))
    , m_locale(m_language == QLatin1String("fr") ? QStringLiteral("fr_CA") : QStringLiteral("en_CA"))
{}

QString ReportBuilder::pick(const QString& en, const QString& fr) const
{
    if (m_language == QLatin1String("fr"))
        return fr.isEmpty() ? en : fr;
    return en.isEmpty() ? fr : en;
}

QString ReportBuilder::amount(const QVariant& cents) const
{
    return cents.isNull() ? kDash : Money(cents.toLongLong()).toString(m_locale);
}

QString ReportBuilder::describeFilter(const FilterSpec& f, const Lookups& l) const
{
    QStringList parts;
    auto names = [&](Entity e, const QStringList& uids) {
        QStringList n;
        for (const QString& u : uids)
            if (const LookupItem* i = l.find(e, u))
                n << i->name(m_language);
        return n.join(QStringLiteral(", "));
    };
    if (!f.sectorUids.isEmpty())
        parts << tr("sectors: %1").arg(names(Entity::Sector, f.sectorUids));
    if (!f.institutionUids.isEmpty())
        parts << tr("institutions: %1").arg(names(Entity::Institution, f.institutionUids));
    if (!f.institutionTypes.isEmpty()) {
        QStringList t;
        for (const QString& c : f.institutionTypes)
            t << Codes::label(CodeList::InstitutionType, c);
        parts << tr("institution types: %1").arg(t.join(QStringLiteral(", ")));
    }
    if (!f.statuses.isEmpty()) {
        QStringList t;
        for (const QString& c : f.statuses)
            t << Codes::label(CodeList::ProjectStatus, c);
        parts << tr("statuses: %1").arg(t.join(QStringLiteral(", ")));
    }
    if (!FilterSpec::ftsQuery(f.text).isEmpty())
        parts << tr("text: “%1”").arg(f.text.trimmed());
    return parts.isEmpty() ? tr("none — every project") : parts.join(QStringLiteral("; "));
}

bool ReportBuilder::begin(Report* r, const QString& title, const QString& subtitle, const FilterSpec& filter,
                          const Lookups& lookups, QString* error) const
{
    r->language = m_language;
    r->title = title;
    r->subtitle = subtitle;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral(
        "SELECT key, value FROM meta WHERE key IN ('kind', 'dataset_source_en', 'dataset_source_fr')"));
    QString kind, sourceEn, sourceFr;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("kind"))
            kind = q.value(1).toString();
        else if (q.value(0).toString() == QLatin1String("dataset_source_en"))
            sourceEn = q.value(1).toString();
        else
            sourceFr = q.value(1).toString();
    }
    // What the workspace holds decides the footer ("SYNTHETIC DATA — not real figures"): a report is never
    // made without knowing it.
    if (streamFailed(q, error))
        return false;
    // Nor without knowing whether it was edited since it was made ("Official data" or "…, edited").
    QString unknown;
    const bool edited = Database::isEdited(m_db, &unknown);
    if (!unknown.isEmpty()) {
        if (error)
            *error = unknown;
        return false;
    }
    QString source;
    if (kind == QLatin1String("synthetic")) {
        source = tr("Synthetic data generated for demonstrations and tests — not real figures");
        r->footer = tr("SYNTHETIC DATA — not real figures");
    } else if (kind == QLatin1String("empty")) {
        source = edited ? tr("Data entered in mcfund") : tr("Empty workspace");
        r->footer = source;
    } else {
        source = pick(sourceEn, sourceFr);
        if (source.isEmpty())
            source = tr("Official data of the fund");
        if (edited)
            source = tr("%1, edited in mcfund").arg(source);
        r->footer = edited ? tr("Official data, edited in mcfund") : tr("Official data");
    }
    r->titlePage = {{tr("Fund"), tr("Ontario Micro-credentials Challenge Fund")},
                    {tr("Prepared on"), m_locale.toString(QDate::currentDate(), QLocale::LongFormat)},
                    {tr("Data source"), source},
                    {tr("Filters in force"), describeFilter(filter, lookups)}};
    r->runningHeader = title;
    r->pageOfFormat = tr("Page %1 of %2");
    return true;
}

bool ReportBuilder::roundSummary(int roundNumber, const FilterSpec& given, Report* out, QString* error) const
{
    const Repository repo(m_db);
    QString unread;
    const std::optional<FundingRound> round = repo.roundByNumber(roundNumber, &unread);
    if (!unread.isEmpty()) {
        if (error)
            *error = unread;
        return false;
    }
    if (!round) {
        if (error)
            *error = tr("There is no round %1 in this workspace.").arg(roundNumber);
        return false;
    }
    FilterSpec f = given;
    f.roundUids = {round->uid};
    Report r;
    const QString roundName = pick(round->nameEn, round->nameFr);
    Lookups lookups;
    if (!lookups.load(m_db, error) ||
        !begin(&r, tr("%1 (%2) — summary").arg(roundName, round->fiscalYear),
               tr("Ontario Micro-credentials Challenge Fund"), f, lookups, error))
        return false;

    // Totals.
    // A figure that could not be read ends the report with the reason: a printed 0 would be taken as true.
    QString why;
    const FundingSummary s = FundingSummary::compute(m_db, f, &why);
    if (!noneFailed({why}, error))
        return false;
    ReportBlock totals;
    totals.kind = ReportBlock::Kind::KeyValues;
    auto money = [&](const Money& m, qint64 recorded) {
        return recorded > 0 ? m.toString(m_locale) : tr("not recorded");
    };
    totals.pairs = {{tr("Envelope"), round->envelope ? round->envelope->toString(m_locale) : tr("not set")},
                    {tr("Requested"), money(s.requested, s.projectsWithRequested)},
                    {tr("Approved"), money(s.approved, s.projectsWithApproved)},
                    {tr("Remaining"), round->envelope && s.projectsWithApproved > 0
                                          ? (*round->envelope - s.approved).toString(m_locale)
                                          : tr("not known")},
                    {tr("Projects"), m_locale.toString(s.projects)},
                    {tr("Institutions"), m_locale.toString(s.institutions)},
                    {tr("Micro-credentials"), m_locale.toString(s.credentials)},
                    {tr("Targeted learners"),
                     s.projectsWithLearners > 0 ? m_locale.toString(s.targetLearners) : tr("not recorded")}};
    r.blocks << ReportBlock{ReportBlock::Kind::Heading, tr("Totals"), {}, {}, {}, {}} << totals;
    if (s.projectsWithApproved == 0 && s.projects > 0)
        r.blocks << ReportBlock{
            ReportBlock::Kind::Paragraph,
            tr("Approved amounts per project are not recorded for this round (they are not published); the "
               "tables show the number of projects, and amounts as “—”."),
            {},
            {},
            {},
            {}};

    // Funding by sector: table and chart.
    QString whys[3];
    const FundingAggregate approved =
        FundingAggregate::compute(m_db, f, Measure::Approved, Grouping::Sector, &whys[0]);
    const FundingAggregate requested =
        FundingAggregate::compute(m_db, f, Measure::Requested, Grouping::Sector, &whys[1]);
    const FundingAggregate counts =
        FundingAggregate::compute(m_db, f, Measure::Projects, Grouping::Sector, &whys[2]);
    if (!noneFailed({whys[0], whys[1], whys[2]}, error))
        return false;
    ReportBlock sectors;
    sectors.kind = ReportBlock::Kind::Table;
    sectors.table.headers = {tr("Sector"), tr("Projects"), tr("Requested"), tr("Approved"),
                             tr("Share of approved")};
    sectors.table.widths = {34, 12, 18, 18, 18};
    sectors.table.rightAlign = {false, true, true, true, true};
    const qint64 totalApproved = approved.total();
    for (int i = 0; i < counts.rows.size(); ++i) {
        const AggregateRow& c = counts.rows.at(i);
        const AggregateRow& a = approved.rows.at(i);
        const AggregateRow& q = requested.rows.at(i);
        sectors.table.addRow(
            {pick(c.nameEn, c.nameFr), m_locale.toString(c.projects),
             q.recorded > 0 ? Money(q.value).toString(m_locale) : kDash,
             a.recorded > 0 ? Money(a.value).toString(m_locale) : kDash,
             totalApproved > 0 && a.recorded > 0
                 ? m_locale.toString(100.0 * double(a.value) / double(totalApproved), 'f', 1) +
                       QStringLiteral(" %")
                 : kDash});
    }
    sectors.table.addRow({tr("Total"), m_locale.toString(counts.projects),
                          requested.recorded > 0 ? Money(requested.total()).toString(m_locale) : kDash,
                          approved.recorded > 0 ? Money(totalApproved).toString(m_locale) : kDash,
                          totalApproved > 0 ? QStringLiteral("100 %") : kDash},
                         ReportTable::RowKind::Total);
    r.blocks << ReportBlock{ReportBlock::Kind::Heading, tr("Funding by sector"), {}, {}, {}, {}} << sectors;
    ReportBlock chart;
    chart.kind = ReportBlock::Kind::Chart;
    chart.text = tr("%1 by sector — %2").arg(QStringLiteral("%1"), roundName);
    chart.chart = approved;
    chart.chartFallback = counts;
    r.blocks << chart;

    // Projects by institution: one row per institution with its subtotal, then every project grouped.
    QString where;
    const QVariantList binds = bindsOf(m_db, f, &where);
    ReportBlock institutions;
    institutions.kind = ReportBlock::Kind::Table;
    institutions.table.headers = {tr("Institution"), tr("Type"), tr("Projects"), tr("Requested"),
                                  tr("Approved")};
    institutions.table.widths = {40, 18, 10, 16, 16};
    institutions.table.rightAlign = {false, false, true, true, true};
    {
        QSqlQuery q(m_db);
        Sql::stream(q);
        q.prepare(
            QStringLiteral(
                "SELECT i.name_en, i.name_fr, i.type, COUNT(*), SUM(p.requested_cents), "
                "COUNT(p.requested_cents), "
                "SUM(p.approved_cents), COUNT(p.approved_cents) FROM (SELECT * FROM project WHERE %1) p "
                "JOIN institution i ON i.uid = p.institution_uid GROUP BY i.uid ORDER BY %2")
                .arg(where, m_language == QLatin1String("fr") ? QStringLiteral("i.sort_fr")
                                                              : QStringLiteral("i.sort_en")));
        if (!runQuery(q, binds, error))
            return false;
        while (q.next())
            institutions.table.addRow({pick(q.value(0).toString(), q.value(1).toString()),
                                       Codes::label(CodeList::InstitutionType, q.value(2).toString()),
                                       m_locale.toString(q.value(3).toLongLong()),
                                       q.value(5).toLongLong() > 0 ? amount(q.value(4)) : kDash,
                                       q.value(7).toLongLong() > 0 ? amount(q.value(6)) : kDash});
        if (streamFailed(q, error))
            return false;
        institutions.table.addRow({tr("Total"), QString(), m_locale.toString(s.projects),
                                   s.projectsWithRequested > 0 ? s.requested.toString(m_locale) : kDash,
                                   s.projectsWithApproved > 0 ? s.approved.toString(m_locale) : kDash},
                                  ReportTable::RowKind::Total);
    }
    r.blocks << ReportBlock{ReportBlock::Kind::Heading, tr("Projects by institution"), {}, {}, {}, {}}
             << institutions;

    ReportBlock list;
    list.kind = ReportBlock::Kind::Table;
    list.table.headers = {tr("Project"), tr("Sector"), tr("Status"), tr("Requested"), tr("Approved")};
    list.table.widths = {46, 18, 12, 12, 12};
    list.table.rightAlign = {false, false, false, true, true};
    {
        QSqlQuery q(m_db);
        Sql::stream(q);
        const QString sortKey =
            m_language == QLatin1String("fr") ? QStringLiteral("sort_fr") : QStringLiteral("sort_en");
        q.prepare(QStringLiteral(
                      "SELECT i.name_en, i.name_fr, p.title_en, p.title_fr, p.sector_uid, p.status, "
                      "p.requested_cents, "
                      "p.approved_cents, p.institution_uid FROM (SELECT * FROM project WHERE %1) p "
                      "JOIN institution i ON i.uid = p.institution_uid ORDER BY i.%2, i.uid, p.%2, p.rowid")
                      .arg(where, sortKey));
        if (!runQuery(q, binds, error))
            return false;
        QString current;
        qint64 n = 0, req = 0, reqN = 0, app = 0, appN = 0;
        auto subtotal = [&] {
            if (current.isEmpty())
                return;
            list.table.addRow({tr("Subtotal: %n project(s)", nullptr, int(n)), QString(), QString(),
                               reqN > 0 ? Money(req).toString(m_locale) : kDash,
                               appN > 0 ? Money(app).toString(m_locale) : kDash},
                              ReportTable::RowKind::Subtotal);
        };
        while (q.next()) {
            const QString inst = q.value(8).toString();
            if (inst != current) {
                subtotal();
                current = inst;
                n = req = reqN = app = appN = 0;
                list.table.addRow({pick(q.value(0).toString(), q.value(1).toString()), QString(), QString(),
                                   QString(), QString()},
                                  ReportTable::RowKind::Group);
            }
            const LookupItem* sector = lookups.find(Entity::Sector, q.value(4).toString());
            list.table.addRow({pick(q.value(2).toString(), q.value(3).toString()),
                               sector ? sector->name(m_language) : QString(),
                               Codes::label(CodeList::ProjectStatus, q.value(5).toString()),
                               amount(q.value(6)), amount(q.value(7))});
            ++n;
            if (!q.value(6).isNull()) {
                req += q.value(6).toLongLong();
                ++reqN;
            }
            if (!q.value(7).isNull()) {
                app += q.value(7).toLongLong();
                ++appN;
            }
        }
        if (streamFailed(q, error))
            return false;
        subtotal();
    }
    r.blocks << ReportBlock{ReportBlock::Kind::Heading, tr("List of projects"), {}, {}, {}, {}} << list;
    *out = r;
    return true;
}

bool ReportBuilder::institutionReport(const QString& nameOrUid, const FilterSpec& given, Report* out,
                                      QString* error) const
{
    const Repository repo(m_db);
    QString unread;
    const std::optional<Institution> inst = repo.findInstitution(nameOrUid, &unread);
    if (!unread.isEmpty()) {
        if (error)
            *error = unread;
        return false;
    }
    if (!inst) {
        if (error)
            *error = tr("There is no institution called “%1” in this workspace.").arg(nameOrUid);
        return false;
    }
    FilterSpec f = given;
    f.institutionUids = {inst->uid};
    Report r;
    const QString name = pick(inst->nameEn, inst->nameFr);
    Lookups lookups;
    if (!lookups.load(m_db, error) ||
        !begin(&r, tr("%1 — institution report").arg(name), tr("Ontario Micro-credentials Challenge Fund"), f,
               lookups, error))
        return false;
    ReportBlock about;
    about.kind = ReportBlock::Kind::KeyValues;
    about.pairs = {
        {tr("Institution"), name},
        {tr("Type"), Codes::label(CodeList::InstitutionType, inst->type)},
        {tr("Region"), inst->region.isEmpty() ? kDash : Codes::label(CodeList::Region, inst->region)},
        {tr("Language"), Codes::label(CodeList::Language, inst->language)}};
    r.blocks << ReportBlock{ReportBlock::Kind::Heading, tr("Institution"), {}, {}, {}, {}} << about;

    QString where;
    const QVariantList binds = bindsOf(m_db, f, &where);
    ReportBlock projects;
    projects.kind = ReportBlock::Kind::Table;
    projects.table.headers = {tr("Project"), tr("Round"),     tr("Sector"),
                              tr("Status"),  tr("Requested"), tr("Approved")};
    projects.table.widths = {40, 10, 16, 10, 12, 12};
    projects.table.rightAlign = {false, false, false, false, true, true};
    QSqlQuery q(m_db);
    Sql::stream(q);
    q.prepare(
        QStringLiteral("SELECT p.title_en, p.title_fr, r.number, p.sector_uid, p.status, p.requested_cents, "
                       "p.approved_cents "
                       "FROM (SELECT * FROM project WHERE %1) p JOIN funding_round r ON r.uid = p.round_uid "
                       "ORDER BY r.number, p.%2, p.rowid")
            .arg(where,
                 m_language == QLatin1String("fr") ? QStringLiteral("sort_fr") : QStringLiteral("sort_en")));
    if (!runQuery(q, binds, error))
        return false;
    int count = 0;
    while (q.next()) {
        const LookupItem* sector = lookups.find(Entity::Sector, q.value(3).toString());
        projects.table.addRow({pick(q.value(0).toString(), q.value(1).toString()), q.value(2).toString(),
                               sector ? sector->name(m_language) : QString(),
                               Codes::label(CodeList::ProjectStatus, q.value(4).toString()),
                               amount(q.value(5)), amount(q.value(6))});
        ++count;
    }
    if (streamFailed(q, error))
        return false;
    r.blocks << ReportBlock{ReportBlock::Kind::Heading,
                            tr("Projects (%1)").arg(m_locale.toString(count)),
                            {},
                            {},
                            {},
                            {}}
             << projects;

    ReportBlock credentials;
    credentials.kind = ReportBlock::Kind::Table;
    credentials.table.headers = {
        tr("Micro-credential"), tr("Sector"), tr("Delivery"), tr("Hours"), tr("Weeks"),
        tr("Tuition"),          tr("OSAP"),   tr("Status")};
    credentials.table.widths = {34, 14, 12, 7, 7, 11, 6, 11};
    credentials.table.rightAlign = {false, false, false, true, true, true, false, false};
    QSqlQuery c(m_db);
    Sql::stream(c);
    const bool prepared = c.prepare(
        QStringLiteral("SELECT title_en, title_fr, sector_uid, delivery, hours, weeks, tuition_cents, "
                       "osap_approved, status "
                       "FROM micro_credential WHERE institution_uid = ? ORDER BY %1, rowid")
            .arg(m_language == QLatin1String("fr") ? QStringLiteral("sort_fr") : QStringLiteral("sort_en")));
    int credentialCount = 0;
    // A list that cannot be read is an error, never "No micro-credentials are recorded".
    if (!prepared) {
        if (error)
            *error = c.lastError().text();
        return false;
    }
    if (!runQuery(c, {inst->uid}, error))
        return false;
    while (c.next()) {
        const LookupItem* sector = lookups.find(Entity::Sector, c.value(2).toString());
        credentials.table.addRow({pick(c.value(0).toString(), c.value(1).toString()),
                                  sector ? sector->name(m_language) : QString(),
                                  Codes::label(CodeList::Delivery, c.value(3).toString()),
                                  c.value(4).isNull() ? kDash : m_locale.toString(c.value(4).toLongLong()),
                                  c.value(5).isNull() ? kDash : m_locale.toString(c.value(5).toLongLong()),
                                  amount(c.value(6)), c.value(7).toInt() ? tr("Yes") : tr("No"),
                                  Codes::label(CodeList::CredentialStatus, c.value(8).toString())});
        ++credentialCount;
    }
    if (streamFailed(c, error))
        return false;
    r.blocks << ReportBlock{ReportBlock::Kind::Heading,
                            tr("Micro-credentials (%1)").arg(m_locale.toString(credentialCount)),
                            {},
                            {},
                            {},
                            {}};
    if (credentialCount == 0)
        r.blocks << ReportBlock{ReportBlock::Kind::Paragraph,
                                tr("No micro-credentials are recorded for this institution."),
                                {},
                                {},
                                {},
                                {}};
    else
        r.blocks << credentials;
    *out = r;
    return true;
}

bool ReportBuilder::sectorReport(const QString& sectorCode, const FilterSpec& given, Report* out,
                                 QString* error) const
{
    const Repository repo(m_db);
    QString unread;
    const QString uid = repo.sectorUid(sectorCode, &unread);
    if (!unread.isEmpty()) {
        if (error)
            *error = unread;
        return false;
    }
    if (uid.isEmpty()) {
        if (error)
            *error = tr("There is no sector with the code “%1”.").arg(sectorCode);
        return false;
    }
    Lookups lookups;
    if (!lookups.load(m_db, error))
        return false;
    const LookupItem* sector = lookups.find(Entity::Sector, uid);
    FilterSpec f = given;
    f.sectorUids = {uid};
    Report r;
    const QString name = sector->name(m_language);
    if (!begin(&r, tr("%1 — sector report").arg(name), tr("Ontario Micro-credentials Challenge Fund"), f,
               lookups, error))
        return false;
    QString whys[2];
    const FundingAggregate approved =
        FundingAggregate::compute(m_db, f, Measure::Approved, Grouping::Round, &whys[0]);
    const FundingAggregate requested =
        FundingAggregate::compute(m_db, f, Measure::Requested, Grouping::Round, &whys[1]);
    if (!noneFailed({whys[0], whys[1]}, error))
        return false;
    ReportBlock rounds;
    rounds.kind = ReportBlock::Kind::Table;
    rounds.table.headers = {tr("Round"), tr("Projects"), tr("Requested"), tr("Approved")};
    rounds.table.widths = {40, 20, 20, 20};
    rounds.table.rightAlign = {false, true, true, true};
    for (int i = 0; i < approved.rows.size(); ++i) {
        const AggregateRow& a = approved.rows.at(i);
        const AggregateRow& q = requested.rows.at(i);
        rounds.table.addRow({pick(a.nameEn, a.nameFr), m_locale.toString(a.projects),
                             q.recorded > 0 ? Money(q.value).toString(m_locale) : kDash,
                             a.recorded > 0 ? Money(a.value).toString(m_locale) : kDash});
    }
    r.blocks << ReportBlock{ReportBlock::Kind::Heading, tr("By round"), {}, {}, {}, {}} << rounds;

    QString where;
    const QVariantList binds = bindsOf(m_db, f, &where);
    ReportBlock list;
    list.kind = ReportBlock::Kind::Table;
    list.table.headers = {tr("Project"), tr("Institution"), tr("Round"),
                          tr("Status"),  tr("Requested"),   tr("Approved")};
    list.table.widths = {36, 24, 8, 10, 11, 11};
    list.table.rightAlign = {false, false, false, false, true, true};
    QSqlQuery q(m_db);
    Sql::stream(q);
    q.prepare(QStringLiteral(
                  "SELECT p.title_en, p.title_fr, i.name_en, i.name_fr, r.number, p.status, "
                  "p.requested_cents, p.approved_cents "
                  "FROM (SELECT * FROM project WHERE %1) p JOIN institution i ON i.uid = p.institution_uid "
                  "JOIN funding_round r ON r.uid = p.round_uid ORDER BY r.number, i.%2, p.%2, p.rowid")
                  .arg(where, m_language == QLatin1String("fr") ? QStringLiteral("sort_fr")
                                                                : QStringLiteral("sort_en")));
    if (!runQuery(q, binds, error))
        return false;
    while (q.next())
        list.table.addRow({pick(q.value(0).toString(), q.value(1).toString()),
                           pick(q.value(2).toString(), q.value(3).toString()), q.value(4).toString(),
                           Codes::label(CodeList::ProjectStatus, q.value(5).toString()), amount(q.value(6)),
                           amount(q.value(7))});
    if (streamFailed(q, error))
        return false;
    r.blocks
        << ReportBlock{ReportBlock::Kind::Heading, tr("Projects by round and institution"), {}, {}, {}, {}}
        << list;
    *out = r;
    return true;
}

} // namespace mcfund
