#include "workspacestats.h"

#include "storage/database.h"
#include "storage/snapshotreader.h"
#include "storage/sqldialect.h"

#include "domain/codes.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mcfund {

namespace {

/** The first failure of a statistic's statement, in words: the answer is then not given at all. */
bool failed(const QSqlQuery& q, QString* error)
{
    if (error && error->isEmpty())
        *error =
            WorkspaceStats::tr("Cannot read the statistics of the workspace: %1").arg(q.lastError().text());
    return false;
}

qint64 scalar(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0).toLongLong();
    failed(q, error);
    return 0;
}

// Project totals grouped by an expression; credentials are counted through their projects.
QList<GroupTotals> grouped(const QSqlDatabase& db, const QString& keyExpr, const QString& join,
                           QString* error)
{
    QList<GroupTotals> out;
    QSqlQuery q(db);
    Sql::stream(q);
    const QString sql =
        QStringLiteral(
            "SELECT %1 AS k, COUNT(*), COUNT(DISTINCT p.institution_uid), "
            "COALESCE(SUM(p.target_learners), 0), COUNT(p.requested_cents), COUNT(p.approved_cents), "
            "COALESCE(SUM(p.requested_cents), 0), COALESCE(SUM(p.approved_cents), 0) "
            "FROM project p %2 GROUP BY k ORDER BY k")
            .arg(keyExpr, join);
    if (!q.exec(sql)) {
        failed(q, error);
        return out;
    }
    while (q.next()) {
        GroupTotals g;
        g.key = q.value(0).toString();
        g.projects = q.value(1).toLongLong();
        g.institutions = q.value(2).toLongLong();
        g.targetLearners = q.value(3).toLongLong();
        g.projectsWithRequested = q.value(4).toLongLong();
        g.projectsWithApproved = q.value(5).toLongLong();
        g.requested = Money(q.value(6).toLongLong());
        g.approved = Money(q.value(7).toLongLong());
        out << g;
    }
    if (q.lastError().isValid())
        failed(q, error);
    return out;
}

/**
 * The number of credentials of each round, by round number. They go through their project: counted per
 * project first (the credential_project index, in order), then joined to the projects' rounds — a join of
 * the projects, not of every credential (a million credentials on PostgreSQL: 0.6–1.0 s before).
 * MATERIALIZED makes the count run once: as a subquery, PostgreSQL's parallel plan had each of its three
 * processes count all of it (630 ms; 310–390 ms now; SQLite, which supports the keyword, about 0.2 s).
 * The longest of the statistics' passes: with a second connection, it runs beside all the others.
 */
bool credentialsByRound(const QSqlDatabase& db, QHash<QString, qint64>* out, QString* error)
{
    QSqlQuery c(db);
    Sql::stream(c);
    if (!c.exec(QStringLiteral(
            "WITH n AS MATERIALIZED (SELECT project_uid, COUNT(*) AS credentials FROM micro_credential "
            "WHERE project_uid IS NOT NULL GROUP BY project_uid) "
            "SELECT r.number, SUM(n.credentials) FROM n JOIN project p ON p.uid = n.project_uid "
            "JOIN funding_round r ON r.uid = p.round_uid GROUP BY r.number")))
        return failed(c, error);
    while (c.next())
        out->insert(c.value(0).toString(), c.value(1).toLongLong());
    return !c.lastError().isValid() || failed(c, error);
}

/** Everything but the credentials of each round (see credentialsByRound()); \a error is not null. */
WorkspaceStats computeMost(const QSqlDatabase& db, QString* error)
{
    WorkspaceStats s;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        q.addBindValue(QStringLiteral("kind"));
        if (!q.exec())
            return failed(q, error), s;
        const bool found = q.next();
        if (!found && q.lastError().isValid())
            return failed(q, error), s;
        s.kind = found ? q.value(0).toString() : QStringLiteral("official");
    }
    QString unknown;
    s.edited = Database::isEdited(db, &unknown);
    if (!unknown.isEmpty()) {
        *error = WorkspaceStats::tr("Cannot read the statistics of the workspace: %1").arg(unknown);
        return s;
    }
    s.rounds = scalar(db, QStringLiteral("SELECT COUNT(*) FROM funding_round"), error);
    s.institutions = scalar(db, QStringLiteral("SELECT COUNT(*) FROM institution"), error);
    s.projects = scalar(db, QStringLiteral("SELECT COUNT(*) FROM project"), error);
    // s.credentials: the sum of the credentials by sector below (every credential has a sector), one pass
    // over a million rows fewer.
    s.partners = scalar(db, QStringLiteral("SELECT COUNT(*) FROM partner"), error);
    s.sectors = scalar(db, QStringLiteral("SELECT COUNT(*) FROM sector"), error);
    if (!error->isEmpty())
        return s; // on PostgreSQL the transaction is over: every further statement would fail

    // Rounds: every round, even one without projects yet.
    QSqlQuery r(db);
    Sql::stream(r);
    if (!r.exec(QStringLiteral("SELECT uid, number, name_en, name_fr, fiscal_year, envelope_cents, "
                               "target_projects FROM funding_round ORDER BY number"))) {
        failed(r, error);
    } else {
        const QList<GroupTotals> totals = grouped(db, QStringLiteral("p.round_uid"), QString(), error);
        while (r.next()) {
            GroupTotals g;
            for (const GroupTotals& t : totals)
                if (t.key == r.value(0).toString())
                    g = t;
            g.key = r.value(1).toString();
            g.nameEn = r.value(2).toString();
            g.nameFr = r.value(3).toString();
            g.fiscalYear = r.value(4).toString();
            if (!r.value(5).isNull())
                g.envelope = Money(r.value(5).toLongLong());
            if (!r.value(6).isNull())
                g.target = r.value(6).toLongLong();
            s.byRound << g;
        }
        // A read that fails part-way (a page that cannot be read) ends next() as the last row would.
        if (r.lastError().isValid())
            failed(r, error);
    }

    QSqlQuery sec(db);
    Sql::stream(sec);
    if (!sec.exec(
            QStringLiteral("SELECT uid, code, name_en, name_fr FROM sector ORDER BY sort_order, code"))) {
        failed(sec, error);
    } else {
        const QList<GroupTotals> totals = grouped(db, QStringLiteral("p.sector_uid"), QString(), error);
        QSqlQuery cc(db);
        QHash<QString, qint64> creds;
        if (!cc.exec(QStringLiteral("SELECT sector_uid, COUNT(*) FROM micro_credential GROUP BY sector_uid")))
            failed(cc, error);
        while (cc.next()) {
            creds.insert(cc.value(0).toString(), cc.value(1).toLongLong());
            s.credentials += cc.value(1).toLongLong();
        }
        if (cc.lastError().isValid())
            failed(cc, error);
        while (sec.next()) {
            GroupTotals g;
            for (const GroupTotals& t : totals)
                if (t.key == sec.value(0).toString())
                    g = t;
            g.key = sec.value(1).toString();
            g.nameEn = sec.value(2).toString();
            g.nameFr = sec.value(3).toString();
            g.credentials = creds.value(sec.value(0).toString());
            s.bySector << g;
        }
        if (sec.lastError().isValid())
            failed(sec, error);
    }

    const QList<GroupTotals> types =
        grouped(db, QStringLiteral("i.type"),
                QStringLiteral("JOIN institution i ON i.uid = p.institution_uid"), error);
    QSqlQuery n(db);
    n.prepare(QStringLiteral("SELECT COUNT(*) FROM institution WHERE type = ?"));
    for (const QString& code : Codes::codes(CodeList::InstitutionType)) {
        GroupTotals g;
        for (const GroupTotals& t : types)
            if (t.key == code)
                g = t;
        g.key = code;
        n.bindValue(0, code);
        if (!n.exec() || !n.next())
            return failed(n, error), s;
        g.institutions = n.value(0).toLongLong();
        if (g.institutions > 0 || g.projects > 0)
            s.byInstitutionType << g;
    }
    return s;
}

/** The figures with the credentials of each round, or when \a why says a read failed, none and why. */
WorkspaceStats finished(WorkspaceStats s, const QHash<QString, qint64>& byRound, const QString& why,
                        QString* error)
{
    if (error)
        *error = why;
    if (!why.isEmpty())
        return WorkspaceStats();
    for (GroupTotals& g : s.byRound)
        g.credentials = byRound.value(g.key);
    return s;
}

} // namespace

WorkspaceStats WorkspaceStats::compute(const QSqlDatabase& db, QString* error)
{
    QString why;
    QHash<QString, qint64> byRound;
    WorkspaceStats s = computeMost(db, &why);
    if (why.isEmpty())
        credentialsByRound(db, &byRound, &why);
    return finished(std::move(s), byRound, why, error);
}

WorkspaceStats WorkspaceStats::compute(const Database& db, QString* error)
{
    // The credentials of each round on a second connection, in the same snapshot, while this one reads the
    // rest: the two longest passes run side by side (a million credentials: 0.6 s → 0.4 s on SQLite,
    // 0.9 s → 0.6 s on PostgreSQL, two cores). Where that cannot be done or would not pay (a small
    // workspace), all of it here.
    QHash<QString, qint64> byRound;
    SnapshotReader reader;
    if (!SnapshotReader::worthwhile(db.connection()) ||
        !reader.start(db.connection(), db.path(), [&byRound](const QSqlDatabase& c, QString* e) {
            return credentialsByRound(c, &byRound, e);
        }))
        return compute(db.connection(), error);
    QString why;
    WorkspaceStats s = computeMost(db.connection(), &why);
    QString workerWhy;
    if (!reader.finish(&workerWhy) && why.isEmpty())
        why = workerWhy;
    return finished(std::move(s), byRound, why, error);
}

} // namespace mcfund
