#include "fulltextbulk.h"

#include "recordstore.h"

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
        m_maxRowid = RecordStore::lastRowid(m_db, entity);
        if (m_maxRowid < 0)
            return;
    } else {
        // The removed rows' indexed text, kept aside (keep()) for the one 'delete' at the end. The table
        // stays for the connection's life, emptied: DROP TABLE fails while any statement is reading. Not a
        // temporary trigger: a DELETE that fires one writes a statement journal, which made removing
        // 30,000 rows take twice as long.
        if (!m.exec(
                QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1_removed (rowid INTEGER PRIMARY KEY, %2)")
                    .arg(m_fts, m_columns)) ||
            !m.exec(QStringLiteral("DELETE FROM temp.%1_removed").arg(m_fts)))
            return;
        m_keep = QSqlQuery(m_db);
        m_forget = QSqlQuery(m_db);
        if (!m_keep.prepare(
                QStringLiteral(
                    "INSERT OR IGNORE INTO temp.%1_removed (rowid, %2) SELECT rowid, %2 FROM main.%3 "
                    "WHERE uid = ?")
                    .arg(m_fts, m_columns, m_table)) ||
            !m_forget.prepare(
                QStringLiteral(
                    "DELETE FROM temp.%1_removed WHERE rowid = (SELECT rowid FROM main.%2 WHERE uid = ?)")
                    .arg(m_fts, m_table)))
            return;
    }
    m_active = m.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger)); // else the trigger row by row stays
}

bool FullTextBulk::keep(const QString& uid, QString* error)
{
    return runForRow(m_keep, uid, error);
}

bool FullTextBulk::forget(const QString& uid, QString* error)
{
    return runForRow(m_forget, uid, error);
}

bool FullTextBulk::keepAll(const QString& uids, const QVariantMap& values, QString* error)
{
    if (!m_active || m_mode != Mode::Removals)
        return true;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO temp.%1_removed (rowid, %2) SELECT rowid, %2 FROM main.%3 "
                       "WHERE uid IN (%4)")
            .arg(m_fts, m_columns, m_table, uids));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool FullTextBulk::runForRow(QSqlQuery& q, const QString& uid, QString* error)
{
    if (!m_active || m_mode != Mode::Removals)
        return true;
    q.bindValue(0, uid);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
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
        m_keep.finish();
        m_forget.finish();
        ok = q.exec(QStringLiteral(
                        "INSERT INTO %1(%1, rowid, %2) SELECT 'delete', rowid, %2 FROM temp.%1_removed")
                        .arg(m_fts, m_columns)) &&
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
