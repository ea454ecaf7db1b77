#include "fulltextbulk.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mcfund {

FullTextBulk::FullTextBulk(QSqlDatabase db, Entity entity, Mode mode)
    : m_db(std::move(db))
    , m_mode(mode)
{
    if (entity != Entity::Project && entity != Entity::Credential)
        return;
    m_table = Schema::entity(entity).table;
    m_fts = entity == Entity::Project ? QStringLiteral("project_fts") : QStringLiteral("credential_fts");
    m_columns = entity == Entity::Project ? QStringLiteral("title_en, title_fr, summary_en, summary_fr")
                                          : QStringLiteral("title_en, title_fr, outcomes_en, outcomes_fr");
    const QString trigger =
        m_fts + (mode == Mode::Additions ? QStringLiteral("_insert") : QStringLiteral("_delete"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
    q.addBindValue(trigger);
    if (!q.exec() || !q.next())
        return;
    m_triggerSql = q.value(0).toString();
    q.finish();
    QSqlQuery m(m_db);
    if (mode == Mode::Additions) {
        if (!m.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM %1").arg(m_table)) || !m.next())
            return;
        m_maxRowid = m.value(0).toLongLong();
        m.finish();
    } else {
        // The removed rows' indexed text, kept aside by a temporary trigger for the one 'delete' at the end.
        QString olds;
        for (const QString& c : m_columns.split(QStringLiteral(", ")))
            olds += QStringLiteral(", old.") + c;
        // The table stays for the connection's life, emptied: DROP TABLE fails while any statement is
        // reading.
        if (!m.exec(
                QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1_removed (rowid INTEGER PRIMARY KEY, %2)")
                    .arg(m_fts, m_columns)) ||
            !m.exec(QStringLiteral("DELETE FROM temp.%1_removed").arg(m_fts)) ||
            !m.exec(QStringLiteral("CREATE TEMP TRIGGER %1_removed_keep AFTER DELETE ON main.%2 BEGIN "
                                   "INSERT INTO %1_removed (rowid, %3) VALUES (old.rowid%4); END")
                        .arg(m_fts, m_table, m_columns, olds)))
            return;
    }
    m_active = m.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger));
    if (!m_active && mode == Mode::Removals)
        m.exec(
            QStringLiteral("DROP TRIGGER temp.%1_removed_keep").arg(m_fts)); // the trigger row by row stays
}

bool FullTextBulk::finish(QString* error)
{
    if (!m_active)
        return true;
    m_active = false;
    QSqlQuery q(m_db);
    bool ok = false;
    if (m_mode == Mode::Additions) {
        q.prepare(QStringLiteral("INSERT INTO %1(rowid, %2) SELECT rowid, %2 FROM %3 WHERE rowid > ?")
                      .arg(m_fts, m_columns, m_table));
        q.addBindValue(m_maxRowid);
        ok = q.exec();
    } else {
        ok = q.exec(QStringLiteral(
                        "INSERT INTO %1(%1, rowid, %2) SELECT 'delete', rowid, %2 FROM temp.%1_removed")
                        .arg(m_fts, m_columns)) &&
             q.exec(QStringLiteral("DROP TRIGGER temp.%1_removed_keep").arg(m_fts)) &&
             q.exec(QStringLiteral("DELETE FROM temp.%1_removed").arg(m_fts));
    }
    if (!ok || !q.exec(m_triggerSql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace mcfund
