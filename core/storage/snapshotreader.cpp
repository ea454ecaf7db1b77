#include "snapshotreader.h"

#include "database.h"
#include "sqldialect.h"

#include <QFile>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <optional>

namespace mcfund {

struct SnapshotReader::State
{
    QSqlDatabase db; ///< this thread's connection, in a read transaction between start() and finish()
    bool server = false;
    std::unique_ptr<QThread> thread;
    QSemaphore opened; ///< the worker's connection is open (or could not be)
    QSemaphore go;     ///< the worker may begin its transaction (or, abandon set, give up)
    QSemaphore taken;  ///< the worker's transaction has its snapshot (or could not)
    std::atomic<bool> abandon{false};
    QString snapshot; ///< PostgreSQL: the snapshot exported by this thread's transaction
    // Written by the worker before it releases a semaphore, read here after acquiring it.
    bool openOk = false;
    bool takenOk = false;
    bool workOk = false;
    QString why;
    QString workError;
};

namespace {

/**
 * Begins a read transaction on \a q's connection and takes its snapshot: on PostgreSQL a read-only
 * repeatable-read transaction (its snapshot is fixed by its first statement), on SQLite a first read.
 */
bool beginRead(QSqlQuery& q, bool server)
{
    return server ? q.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"))
                  : q.exec(QStringLiteral("BEGIN")) &&
                        q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema")) && q.next();
}

} // namespace

SnapshotReader::SnapshotReader() = default;

SnapshotReader::~SnapshotReader()
{
    if (d)
        finish(nullptr);
}

namespace {
std::atomic<qint64> fileThreshold{20000};
std::atomic<qint64> serverThreshold{200000};
} // namespace

void SnapshotReader::setWorthwhileFrom(qint64 inFile, qint64 onServer)
{
    fileThreshold = inFile;
    serverThreshold = onServer;
}

bool SnapshotReader::worthwhile(const QSqlDatabase& db)
{
    const bool server = Sql::isServer(db);
    QSqlQuery q(db);
    if (!q.exec(
            server ? QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = 'micro_credential'::regclass")
                   : QStringLiteral("SELECT MAX(rowid) FROM micro_credential")) ||
        !q.next())
        return false;
    return q.value(0).toLongLong() > (server ? serverThreshold : fileThreshold);
}

bool SnapshotReader::start(const QSqlDatabase& db, const QString& location, Work work, QString* why)
{
    auto fail = [why](const QString& reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (d)
        return fail(QStringLiteral("already started"));
    const Sql::UntracedScope untraced; // how it reads, not what: see Sql::traceFromEnvironment()
    const bool server = Sql::isServer(db);
    sqlite3* handle = Sql::sqliteHandle(db);
    if (!server && !handle)
        return fail(QStringLiteral("not an SQLite or PostgreSQL connection"));
    if (!server) {
        // Only the write-ahead log lets readers start while another connection holds the write lock.
        QSqlQuery mode(db);
        if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next() ||
            mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return fail(QStringLiteral("not in write-ahead-log mode"));
    }

    auto s = std::make_unique<State>();
    State* st = s.get();
    st->db = db;
    st->server = server;
    // The worker opens its connection before anything is locked: that is the slow part (a new server
    // process on PostgreSQL), and a writer must not wait for it.
    st->thread.reset(QThread::create([st, location, work = std::move(work)] {
        static std::atomic<int> counter{0};
        const QString name = QStringLiteral("mcfund-snapshot-%1").arg(++counter);
        {
            QString error;
            const QSqlDatabase w = Database::addConnection(location, name, true, &error);
            st->openOk = w.isOpen();
            if (!st->openOk)
                st->why = error;
            else
                Sql::traceFromEnvironment(w);
            st->opened.release();
            if (st->openOk) {
                st->go.acquire();
                if (!st->abandon) {
                    std::optional<Sql::UntracedScope> untraced(std::in_place);
                    QSqlQuery q(w);
                    const bool ok =
                        beginRead(q, st->server) &&
                        (!st->server ||
                         q.exec(QStringLiteral("SET TRANSACTION SNAPSHOT '%1'").arg(st->snapshot)));
                    st->takenOk = ok;
                    if (!ok)
                        st->why = q.lastError().text();
                    q.finish();
                    st->taken.release();
                    untraced.reset();
                    if (ok) {
                        st->workOk = work(w, &st->workError);
                        const Sql::UntracedScope quiet;
                        QSqlQuery(w).exec(QStringLiteral("COMMIT"));
                    }
                }
            }
        }
        Database::closeConnection(name);
    }));
    st->thread->start();
    st->opened.acquire();
    auto giveUp = [&](const QString& reason) {
        st->abandon = true;
        st->go.release();
        st->thread->wait();
        return fail(reason);
    };
    if (!st->openOk)
        return giveUp(st->why);

    QSqlQuery q(db);
    if (server) {
        static const QRegularExpression snapshotId(QStringLiteral("^[0-9A-Fa-f-]+$"));
        if (!beginRead(q, true))
            return giveUp(q.lastError().text());
        if (!q.exec(QStringLiteral("SELECT pg_export_snapshot()")) || !q.next() ||
            !snapshotId.match(q.value(0).toString()).hasMatch()) {
            const QString reason = q.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return giveUp(reason);
        }
        st->snapshot = q.value(0).toString();
        q.finish();
        st->go.release();
        st->taken.acquire();
    } else {
        // The write lock, on a connection of its own that never reads a table: no commit can come between
        // the start of this thread's read transaction and the worker's. A writer at work makes it give up
        // at once (the caller reads alone); the lock is let go as soon as both have their snapshot.
        sqlite3* lock = nullptr;
        const QByteArray path = QFile::encodeName(db.databaseName());
        if (sqlite3_open_v2(path.constData(), &lock, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
            !Database::harden(lock) ||
            sqlite3_exec(lock, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
            const QString reason =
                lock ? QString::fromUtf8(sqlite3_errmsg(lock)) : QStringLiteral("no memory");
            sqlite3_close(lock);
            return giveUp(reason);
        }
        const bool begun = beginRead(q, false);
        const QString reason = q.lastError().text();
        q.finish();
        if (!begun) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            sqlite3_exec(lock, "ROLLBACK", nullptr, nullptr, nullptr);
            sqlite3_close(lock);
            return giveUp(reason);
        }
        st->go.release();
        st->taken.acquire();
        sqlite3_exec(lock, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(lock);
    }
    if (!st->takenOk) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        st->thread->wait();
        return fail(st->why);
    }
    d = std::move(s);
    return true;
}

bool SnapshotReader::finish(QString* error)
{
    if (!d)
        return true;
    d->thread->wait();
    const Sql::UntracedScope untraced;
    QSqlQuery(d->db).exec(QStringLiteral("COMMIT"));
    const bool ok = d->workOk;
    if (!ok && error)
        *error = d->workError.isEmpty() ? tr("The second reader of the workspace stopped.") : d->workError;
    d.reset();
    return ok;
}

} // namespace mcfund
