#pragma once

#include "domain/entityschema.h"

#include <QSqlDatabase>
#include <QString>

namespace mcfund {

/**
 * For a batch that adds thousands of projects or micro-credentials inside one transaction: the full-text
 * index is fed once at the end (one INSERT … SELECT) instead of by its trigger row by row, which is most
 * of the cost of a large import. The trigger is dropped and recreated within the same transaction, so a
 * rollback restores it with everything else.
 */
class FullTextBulk
{
public:
    FullTextBulk(QSqlDatabase db, Entity entity, bool enabled);
    /** Indexes the rows added since construction and restores the trigger; false on an SQL error. */
    bool finish(QString* error);

private:
    QSqlDatabase m_db;
    QString m_table;
    QString m_fts;
    QString m_triggerSql;
    QString m_columns;
    qint64 m_maxRowid = 0;
    bool m_active = false;
};

} // namespace mcfund
