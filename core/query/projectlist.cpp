#include "projectlist.h"

#include <QSqlQuery>

namespace mcfund {

QList<ProjectRow> ProjectList::page(qint64 afterRowid, int limit) const
{
    QList<ProjectRow> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.rowid, p.uid, p.title_en, p.title_fr, i.name_en, i.name_fr, r.number, s.name_en, s.name_fr, "
        "p.status, p.requested_cents, p.approved_cents FROM project p "
        "JOIN institution i ON i.uid = p.institution_uid JOIN funding_round r ON r.uid = p.round_uid "
        "JOIN sector s ON s.uid = p.sector_uid WHERE p.rowid > ? ORDER BY p.rowid LIMIT ?"));
    q.addBindValue(afterRowid);
    q.addBindValue(limit);
    if (!q.exec())
        return rows;
    while (q.next()) {
        ProjectRow r;
        r.rowid = q.value(0).toLongLong();
        r.uid = q.value(1).toString();
        r.titleEn = q.value(2).toString();
        r.titleFr = q.value(3).toString();
        r.institutionEn = q.value(4).toString();
        r.institutionFr = q.value(5).toString();
        r.roundNumber = q.value(6).toInt();
        r.sectorEn = q.value(7).toString();
        r.sectorFr = q.value(8).toString();
        r.status = q.value(9).toString();
        if (!q.value(10).isNull())
            r.requested = Money(q.value(10).toLongLong());
        if (!q.value(11).isNull())
            r.approved = Money(q.value(11).toLongLong());
        rows << r;
    }
    return rows;
}

qint64 ProjectList::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM project")) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace mcfund
