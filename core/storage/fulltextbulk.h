#pragma once

#include "domain/entityschema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

namespace mcfund {

/**
 * For a batch that adds or removes thousands of projects or micro-credentials inside one transaction: the
 * full-text index is changed once at the end (one INSERT … SELECT) instead of by its trigger row by row.
 * Row by row, FTS5 writes its pending changes out at every statement, so the cost of each row grows with
 * the index. The trigger is dropped and recreated within the same transaction, so a rollback restores it
 * with everything else.
 */
class FullTextBulk
{
public:
    enum class Mode
    {
        Additions, ///< rows added from now on are indexed at finish()
        Removals,  ///< rows removed from now on are kept aside (a temporary table) and unindexed at finish()
    };
    FullTextBulk(QSqlDatabase db, Entity entity, Mode mode = Mode::Additions);
    /**
     * In Mode::Removals, called just before the row \a uid is deleted: keeps its indexed text aside for
     * finish(). forget() takes it back when the delete then fails. Both do nothing in Mode::Additions or
     * when the bulk path could not be set up (the trigger then still works row by row).
     */
    bool keep(const QString& uid, QString* error);
    bool forget(const QString& uid, QString* error);
    /**
     * keep() for every row whose uid \a uids (a SELECT of one column, with its values in \a values by
     * name) gives, in one statement.
     */
    bool keepAll(const QString& uids, const QVariantMap& values, QString* error);
    /** Brings the index up to date and restores the trigger; false on an SQL error. */
    bool finish(QString* error);

private:
    /** keep() and forget(): \a q run for the row \a uid, when the bulk removal path is set up. */
    bool runForRow(QSqlQuery& q, const QString& uid, QString* error);

    QSqlDatabase m_db;
    Mode m_mode;
    QString m_table;
    QString m_fts;
    QString m_triggerSql;
    QString m_columns;
    qint64 m_maxRowid = 0;
    bool m_active = false;
    QSqlQuery m_keep, m_forget; ///< Mode::Removals: a row kept aside, and taken back
};

} // namespace mcfund
