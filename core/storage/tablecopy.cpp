#include "tablecopy.h"

#include "database.h"
#include "sqldialect.h"
#include "transaction.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

namespace mcfund {

namespace {

QStringList columnsOf(QSqlDatabase& db, const QString& table)
{
    QStringList out;
    const QSqlRecord r = db.record(table);
    for (int i = 0; i < r.count(); ++i)
        if (!Sql::isDerived(r.fieldName(i)))
            out << r.fieldName(i);
    return out;
}

QString placeholders(int columns, int rows)
{
    QStringList one;
    for (int i = 0; i < columns; ++i)
        one << QStringLiteral("?");
    const QString row = QLatin1Char('(') + one.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList all;
    for (int i = 0; i < rows; ++i)
        all << row;
    return all.join(QLatin1Char(','));
}

// Meta keys that describe the engine of a workspace, not its data: each side keeps its own.
bool ownMeta(const QString& key)
{
    return key == QLatin1String("application") || key == QLatin1String("schema_version");
}

} // namespace

QStringList TableCopy::tables()
{
    return {QStringLiteral("sector"),           QStringLiteral("funding_round"),
            QStringLiteral("round_sector"),     QStringLiteral("round_rule"),
            QStringLiteral("institution"),      QStringLiteral("project"),
            QStringLiteral("micro_credential"), QStringLiteral("partner"),
            QStringLiteral("project_partner"),  QStringLiteral("review_criterion"),
            QStringLiteral("review"),           QStringLiteral("decision"),
            QStringLiteral("assignment"),       QStringLiteral("import_preset"),
            QStringLiteral("change_log"),       QStringLiteral("meta")};
}

bool TableCopy::copy(QSqlDatabase& from, QSqlDatabase& to, QString* error,
                     const std::function<bool(int percent)>& progress)
{
    auto fail = [&](const QString& table, const QSqlError& e) {
        if (error)
            *error = tr("Cannot copy the table %1: %2").arg(table, e.text());
        return false;
    };
    const bool fromServer = Sql::isServer(from);
    const bool toServer = Sql::isServer(to);
    const QStringList list = tables();
    // How many rows in all, for the progress.
    qint64 total = 0, done = 0;
    {
        QSqlQuery count(from);
        for (const QString& table : list)
            if (count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && count.next())
                total += count.value(0).toLongLong();
    }
    for (const QString& table : list) {
        const QStringList target = columnsOf(to, table);
        const QStringList source = columnsOf(from, table);
        QStringList cols;
        for (const QString& c : target)
            // rowid and the log's id are numbered by the target, in the order the rows arrive.
            if (source.contains(c) && c != QLatin1String("rowid") &&
                !(table == QLatin1String("change_log") && c == QLatin1String("id")))
                cols << (c == QLatin1String("user") ? QStringLiteral("\"user\"") : c);
        if (cols.isEmpty())
            return fail(table, QSqlError(tr("the table is missing"), QString(), QSqlError::StatementError));
        QString order;
        if (table == QLatin1String("change_log"))
            order = QStringLiteral(" ORDER BY id");
        else if (!fromServer || source.contains(QStringLiteral("rowid")))
            order = QStringLiteral(" ORDER BY rowid");
        QSqlQuery read(from);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3").arg(cols.join(QLatin1Char(',')), table, order)))
            return fail(table, read.lastError());
        const QString tail = table == QLatin1String("meta")
                                 ? QStringLiteral(" ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                                 : QString();
        const int perStatement = qMax(1, qMin(200, 2000 / int(cols.size())));
        const QString insert =
            QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, cols.join(QLatin1Char(',')));
        QSqlQuery many(to);
        if (!many.prepare(insert + placeholders(int(cols.size()), perStatement) + tail))
            return fail(table, many.lastError());
        QSqlQuery one(to);
        if (!one.prepare(insert + placeholders(int(cols.size()), 1) + tail))
            return fail(table, one.lastError());
        QVariantList pending;
        int rows = 0;
        auto flush = [&](QSqlQuery& q, int count) {
            for (int i = 0; i < count * cols.size(); ++i)
                q.bindValue(i, pending.at(i));
            return q.exec();
        };
        while (read.next()) {
            if (table == QLatin1String("meta") && ownMeta(read.value(0).toString()))
                continue;
            for (int i = 0; i < cols.size(); ++i) {
                QVariant v = read.value(i);
                if (!toServer && v.typeId() == QMetaType::QDateTime)
                    v = v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
                else if (v.isNull())
                    v = QVariant(v.metaType());
                pending << v;
            }
            if (++rows == perStatement) {
                if (!flush(many, rows))
                    return fail(table, many.lastError());
                pending.clear();
                done += rows;
                rows = 0;
                if (progress && !progress(total > 0 ? int(done * 100 / total) : 100)) {
                    if (error)
                        *error = tr("Cancelled; nothing was written.");
                    return false;
                }
            }
        }
        if (read.lastError().isValid())
            return fail(table, read.lastError());
        for (int r = 0; r < rows; ++r) {
            for (int i = 0; i < cols.size(); ++i)
                one.bindValue(i, pending.at(r * cols.size() + i));
            if (!one.exec())
                return fail(table, one.lastError());
        }
        done += rows;
    }
    return true;
}

bool TableCopy::fromFile(const QString& path, QSqlDatabase& to, QString* error)
{
    // A file mcfund did not just make: checked before anything is read (schema, version, integrity).
    int version = 0;
    if (!Database::inspect(path, &version, error, true))
        return false;
    Database source;
    if (!source.open(path, error))
        return false;
    QSqlDatabase from = source.connection();
    return copy(from, to, error);
}

bool TableCopy::toFile(QSqlDatabase& from, const QString& target, QString* error,
                       const std::function<bool(int percent)>& progress)
{
    const QString temp = target + QStringLiteral(".copying");
    for (const char* leftover : {"", "-journal", "-wal", "-shm"})
        QFile::remove(temp + QLatin1String(leftover));
    bool ok = false;
    {
        Database copyDb;
        if (!copyDb.create(temp, WorkspaceKind::Empty, error))
            return false;
        {
            QSqlDatabase to = copyDb.connection();
            Transaction tx(to);
            ok = tx.isActive() && copy(from, to, error, progress) && tx.commit();
            if (!ok && error && error->isEmpty())
                *error = tx.error();
            QSqlQuery q(to);
            // One self-contained file, as a copy to keep or send should be.
            if (ok)
                ok = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) &&
                     q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        copyDb.close();
    }
    if (ok && !QFile::rename(temp, target)) {
        ok = false;
        if (error)
            *error = tr("Cannot write “%1”.").arg(target);
    }
    if (!ok)
        for (const char* leftover : {"", "-journal", "-wal", "-shm"})
            QFile::remove(temp + QLatin1String(leftover));
    return ok;
}

} // namespace mcfund
