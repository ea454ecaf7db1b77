#include "fundingaggregates.h"

#include "storage/sqldialect.h"

#include "tablequery.h"

#include "domain/codes.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mcfund {

namespace {

// Which projects should have the measure: an approved amount belongs to approved or completed projects only.
QString expectedExpr(Measure m)
{
    // Only columns of the covering index project_funding, so that no aggregate reads the table itself.
    return m == Measure::Approved
               ? QStringLiteral("CASE WHEN p.status IN ('approved','completed') THEN 1 END")
               : QStringLiteral("1");
}

QString measureExpr(Measure m)
{
    switch (m) {
    case Measure::Approved:
        return QStringLiteral("p.approved_cents");
    case Measure::Requested:
        return QStringLiteral("p.requested_cents");
    case Measure::Learners:
        return QStringLiteral("p.target_learners");
    case Measure::Projects:
        return QStringLiteral("1");
    }
    return QStringLiteral("1");
}

// The WHERE clause of TableQuery refers to unqualified project columns; aggregates alias project as p.
QString projectScope(const QSqlDatabase& db, const FilterSpec& filter, QVariantList* binds)
{
    Lookups none;
    TableQuery q(Entity::Project, db, &none);
    return q.where(filter, binds);
}

} // namespace

qint64 FundingAggregate::total() const
{
    qint64 t = 0;
    for (const AggregateRow& r : rows)
        t += r.value;
    return t;
}

QString FundingAggregate::measureCode(Measure m)
{
    switch (m) {
    case Measure::Approved:
        return QStringLiteral("approved");
    case Measure::Requested:
        return QStringLiteral("requested");
    case Measure::Projects:
        return QStringLiteral("projects");
    case Measure::Learners:
        return QStringLiteral("learners");
    }
    return QString();
}

std::optional<Measure> FundingAggregate::measureFromCode(const QString& code)
{
    for (Measure m : {Measure::Approved, Measure::Requested, Measure::Projects, Measure::Learners})
        if (measureCode(m) == code)
            return m;
    return std::nullopt;
}

QString FundingAggregate::groupingCode(Grouping g)
{
    switch (g) {
    case Grouping::Sector:
        return QStringLiteral("sector");
    case Grouping::Round:
        return QStringLiteral("round");
    case Grouping::InstitutionType:
        return QStringLiteral("institution-type");
    case Grouping::RoundBySector:
        return QStringLiteral("round-sector");
    }
    return QString();
}

std::optional<Grouping> FundingAggregate::groupingFromCode(const QString& code)
{
    for (Grouping g : {Grouping::Sector, Grouping::Round, Grouping::InstitutionType, Grouping::RoundBySector})
        if (groupingCode(g) == code)
            return g;
    return std::nullopt;
}

QString FundingAggregate::measureName(Measure m)
{
    switch (m) {
    case Measure::Approved:
        return tr("approved amount");
    case Measure::Requested:
        return tr("requested amount");
    case Measure::Projects:
        return tr("number of projects");
    case Measure::Learners:
        return tr("targeted learners");
    }
    return QString();
}

FundingAggregate FundingAggregate::compute(const QSqlDatabase& db, const FilterSpec& filter, Measure measure,
                                           Grouping grouping, QString* error)
{
    FundingAggregate a;
    a.measure = measure;
    a.grouping = grouping;
    QVariantList binds;
    const QString where = projectScope(db, filter, &binds);
    const QString value = measureExpr(measure);
    const QString expected = expectedExpr(measure);
    // One GROUP BY over the projects in scope, in the order of the covering index project_funding
    // (round, sector, status, institution) so that SQLite neither reads the table nor sorts; the result is
    // rolled up here to the grouping asked for. The groups themselves (every sector, every round, even
    // empty ones) come from their small tables below.
    // Institution types group by institution through the second covering index,
    // project_funding_by_institution.
    const bool byInstitution = grouping == Grouping::InstitutionType;
    const QString groupBy =
        byInstitution ? QStringLiteral("p.institution_uid") : QStringLiteral("p.round_uid, p.sector_uid");
    QSqlQuery q(db);
    Sql::stream(q);
    // A statement that cannot be prepared (a table gone) keeps its own error: exec() would replace it with
    // "Parameter count mismatch".
    const bool prepared = q.prepare(
        QStringLiteral(
            "SELECT p.round_uid, p.sector_uid, %1, COALESCE(SUM(%2), 0), COUNT(%2), COUNT(*), COUNT(%3) "
            "FROM project p WHERE %4 GROUP BY %5")
            .arg(byInstitution ? QStringLiteral("p.institution_uid") : QStringLiteral("''"), value, expected,
                 where, groupBy));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!prepared || !q.exec()) {
        if (error)
            *error = q.lastError().text();
        return a;
    }
    struct Sums
    {
        qint64 value = 0, recorded = 0, projects = 0, expected = 0;
    };
    QHash<QString, Sums> sums; // key: "group|series"
    // A read that fails part-way gives no figures at all, never the sums of what it read before it failed.
    auto failed = [&a, error](const QSqlQuery& read) {
        if (!read.lastError().isValid())
            return false;
        if (error)
            *error = read.lastError().text();
        a.rows.clear();
        a.projects = a.recorded = a.expected = 0;
        return true;
    };
    QHash<QString, QString> institutionType;
    if (byInstitution) {
        QSqlQuery t(db);
        t.exec(QStringLiteral("SELECT uid, type FROM institution"));
        while (t.next())
            institutionType.insert(t.value(0).toString(), t.value(1).toString());
        if (failed(t))
            return a;
    }
    while (q.next()) {
        QString key;
        switch (grouping) {
        case Grouping::Sector:
            key = q.value(1).toString() + QLatin1Char('|');
            break;
        case Grouping::Round:
            key = q.value(0).toString() + QLatin1Char('|');
            break;
        case Grouping::InstitutionType:
            key = institutionType.value(q.value(2).toString()) + QLatin1Char('|');
            break;
        case Grouping::RoundBySector:
            key = q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
            break;
        }
        Sums& s = sums[key];
        s.value += q.value(3).toLongLong();
        s.recorded += q.value(4).toLongLong();
        s.projects += q.value(5).toLongLong();
        s.expected += q.value(6).toLongLong();
    }
    if (failed(q))
        return a;
    struct Item
    {
        QString key, uid, en, fr;
    };
    bool unread = false;
    auto items = [&](const QString& sql) {
        QList<Item> out;
        QSqlQuery i(db);
        i.exec(sql);
        while (i.next())
            out << Item{i.value(0).toString(), i.value(1).toString(), i.value(2).toString(),
                        i.value(3).toString()};
        unread = failed(i);
        return out;
    };
    const QList<Item> sectors =
        items(QStringLiteral("SELECT code, uid, name_en, name_fr FROM sector ORDER BY sort_order"));
    if (unread)
        return a;
    const QList<Item> rounds =
        items(QStringLiteral("SELECT number, uid, name_en, name_fr FROM funding_round ORDER BY number"));
    if (unread)
        return a;
    auto add = [&](const Item& group, const Item* series, const QString& key) {
        const Sums s = sums.value(key);
        AggregateRow r;
        r.key = group.key;
        r.uid = group.uid;
        r.nameEn = group.en;
        r.nameFr = group.fr;
        if (series) {
            r.series = series->key;
            r.seriesUid = series->uid;
            r.seriesEn = series->en;
            r.seriesFr = series->fr;
        }
        r.value = s.value;
        r.recorded = measure == Measure::Projects ? s.projects : s.recorded;
        r.projects = s.projects;
        r.expected = s.expected;
        a.rows << r;
        a.projects += r.projects;
        a.recorded += r.recorded;
        a.expected += r.expected;
    };
    switch (grouping) {
    case Grouping::Sector:
        for (const Item& s : sectors)
            add(s, nullptr, s.uid + QLatin1Char('|'));
        break;
    case Grouping::Round:
        for (const Item& r : rounds)
            add(r, nullptr, r.uid + QLatin1Char('|'));
        break;
    case Grouping::InstitutionType:
        for (const QString& code : Codes::codes(CodeList::InstitutionType))
            if (sums.contains(code + QLatin1Char('|')))
                add(Item{code, QString(), QString(), QString()}, nullptr, code + QLatin1Char('|'));
        break;
    case Grouping::RoundBySector:
        for (const Item& r : rounds)
            for (const Item& s : sectors)
                add(r, &s, r.uid + QLatin1Char('|') + s.uid);
        break;
    }
    return a;
}

FundingAggregate FundingAggregate::projectCounts() const
{
    FundingAggregate counts = *this;
    counts.measure = Measure::Projects;
    for (AggregateRow& r : counts.rows)
        r.value = r.recorded = r.expected = r.projects;
    counts.recorded = counts.expected = counts.projects;
    return counts;
}

FundingSummary FundingSummary::compute(const QSqlDatabase& db, const FilterSpec& filter, QString* error)
{
    FundingSummary s;
    QVariantList binds;
    const QString where = projectScope(db, filter, &binds);
    QSqlQuery q(db);
    const bool prepared =
        q.prepare(QStringLiteral("SELECT COALESCE(SUM(approved_cents), 0), COUNT(approved_cents), "
                                 "COALESCE(SUM(requested_cents), 0), "
                                 "COUNT(requested_cents), COUNT(*), COUNT(DISTINCT institution_uid), "
                                 "COALESCE(SUM(target_learners), 0), "
                                 "COUNT(target_learners) FROM project WHERE %1")
                      .arg(where));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!prepared || !q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return s;
    }
    s.approved = Money(q.value(0).toLongLong());
    s.projectsWithApproved = q.value(1).toLongLong();
    s.requested = Money(q.value(2).toLongLong());
    s.projectsWithRequested = q.value(3).toLongLong();
    s.projects = q.value(4).toLongLong();
    s.institutions = q.value(5).toLongLong();
    s.targetLearners = q.value(6).toLongLong();
    s.projectsWithLearners = q.value(7).toLongLong();
    QSqlQuery c(db);
    bool countPrepared = false;
    if (filter.isEmpty()) {
        countPrepared =
            c.prepare(QStringLiteral("SELECT COUNT(*) FROM micro_credential WHERE project_uid IS NOT NULL"));
    } else {
        countPrepared =
            c.prepare(QStringLiteral("SELECT COUNT(*) FROM micro_credential WHERE project_uid IN (SELECT uid "
                                     "FROM project WHERE %1)")
                          .arg(where));
        for (const QVariant& b : binds)
            c.addBindValue(b);
    }
    if (!countPrepared || !c.exec() || !c.next()) {
        if (error)
            *error = c.lastError().text();
        return FundingSummary();
    }
    s.credentials = c.value(0).toLongLong();
    // The envelope of the rounds in scope: the chosen ones, or all.
    QSqlQuery e(db);
    bool envelopePrepared = false;
    if (filter.roundUids.isEmpty()) {
        envelopePrepared =
            e.prepare(QStringLiteral("SELECT SUM(envelope_cents), COUNT(envelope_cents) FROM funding_round"));
    } else {
        QStringList marks;
        for (int i = 0; i < filter.roundUids.size(); ++i)
            marks << QStringLiteral("?");
        envelopePrepared = e.prepare(
            QStringLiteral(
                "SELECT SUM(envelope_cents), COUNT(envelope_cents) FROM funding_round WHERE uid IN (%1)")
                .arg(marks.join(u',')));
        for (const QString& u : filter.roundUids)
            e.addBindValue(u);
    }
    if (!envelopePrepared || !e.exec() || !e.next()) {
        if (error)
            *error = e.lastError().text();
        return FundingSummary();
    }
    if (e.value(1).toLongLong() > 0)
        s.envelope = Money(e.value(0).toLongLong());
    return s;
}

} // namespace mcfund
