#include "fulltextbulk.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mcfund {

FullTextBulk::FullTextBulk(QSqlDatabase db, Entity entity, bool enabled) : m_db(std::move(db))
{
    if (!enabled || (entity != Entity::Project && entity != Entity::Credential))
        return;
    m_table = Schema::entity(entity).table;
    m_fts = entity == Entity::Project ? QStringLiteral("project_fts") : QStringLiteral("credential_fts");
    m_columns = entity == Entity::Project ? QStringLiteral("title_en, title_fr, summary_en, summary_fr")
                                          : QStringLiteral("title_en, title_fr, outcomes_en, outcomes_fr");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
    q.addBindValue(QString(m_fts + QStringLiteral("_insert")));
    if (!q.exec() || !q.next())
        return;
    m_triggerSql = q.value(0).toString();
    q.finish();
    QSqlQuery m(m_db);
    if (!m.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM %1").arg(m_table)) || !m.next())
        return;
    m_maxRowid = m.value(0).toLongLong();
    m.finish();
    QSqlQuery d(m_db);
    m_active = d.exec(QStringLiteral("DROP TRIGGER %1_insert").arg(m_fts));
}

bool FullTextBulk::finish(QString* error)
{
    if (!m_active)
        return true;
    m_active = false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO %1(rowid, %2) SELECT rowid, %2 FROM %3 WHERE rowid > ?").arg(m_fts, m_columns, m_table));
    q.addBindValue(m_maxRowid);
    if (!q.exec() || !q.exec(m_triggerSql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace mcfund
