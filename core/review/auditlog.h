#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

class QIODevice;

namespace mcfund {

/** One line of the change log, as the History panel and the CSV export show it. */
struct AuditEntry
{
    qint64 id = 0;
    QString at, user, entity, uid, field, oldValue, newValue, origin, batch, description;
};

/** Which part of the change log to read. Empty members mean "any". */
struct AuditFilter
{
    QString roundUid;
    QString user;
    QString since; ///< ISO date or date-time
    QString entity;
    QString uid; ///< one record's history
    int limit = 0;
};

/**
 * Reads the append-only change log (the database refuses any update or delete of it): per record, per
 * round (projects of the round and their micro-credentials, reviews and decisions, and the round itself),
 * per user and since a date; and writes it as CSV.
 */
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::AuditLog)
public:
    static QList<AuditEntry> read(const QSqlDatabase& db, const AuditFilter& filter,
                                  QString* error = nullptr);
    /**
     * Hands each entry of \a filter to \a each in order, one at a time, without keeping them: a log of
     * millions is read in steady memory. \a each returns false to stop (not an error). False, with \a error,
     * if the log could not be read.
     */
    static bool forEach(const QSqlDatabase& db, const AuditFilter& filter,
                        const std::function<bool(const AuditEntry&)>& each, QString* error = nullptr);
    /** Everyone who wrote in the log, in order; empty with \a error set when the log cannot be read. */
    static QStringList users(const QSqlDatabase& db, QString* error = nullptr);
    static bool writeCsv(const QList<AuditEntry>& entries, QIODevice* device);
    /** Writes the entries of \a filter as CSV as they are read; their number, or -1 with \a error. */
    static qint64 writeCsv(const QSqlDatabase& db, const AuditFilter& filter, QIODevice* device,
                           QString* error);
};

} // namespace mcfund
