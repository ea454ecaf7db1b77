#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace mcfund {

/**
 * Runs some reads of a workspace on a second connection, on a thread of its own, while this thread's
 * connection runs others — both reading the same committed state, as if one connection had run them all.
 * A command that makes two long passes over a million rows (stats) takes the longer of them, not the sum.
 *
 * The same state: on PostgreSQL the second connection imports the snapshot that this connection's
 * repeatable-read transaction exports (as pg_dump's parallel jobs do). On SQLite (write-ahead log), both
 * read transactions start while a third connection holds the write lock, so that no commit can fall
 * between them; the lock is held for those two starts only, and a writer busy at that moment makes start()
 * give up at once rather than wait.
 *
 * When start() returns false, nothing was started and \a db is as it was: the caller runs the work itself
 * on \a db, which gives the same answer more slowly. Used from one thread; finish() before destruction.
 */
class SnapshotReader
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::SnapshotReader)

public:
    /** The work of the second connection: reads only; false with \a error set when a read fails. */
    using Work = std::function<bool(const QSqlDatabase& db, QString* error)>;

    SnapshotReader();
    ~SnapshotReader();
    SnapshotReader(const SnapshotReader&) = delete;
    SnapshotReader& operator=(const SnapshotReader&) = delete;

    /**
     * True when reading beside \a db on a second connection can pay for opening it: when the workspace
     * holds more micro-credentials than a pass over them takes to outlast a new connection (20,000 in a
     * file, where a connection opens in a few milliseconds; 200,000 on a server, where it is a new server
     * process and, across a network, several round trips). The count is SQLite's largest row id or
     * PostgreSQL's estimate, both read without a pass.
     */
    static bool worthwhile(const QSqlDatabase& db);
    /**
     * Sets the counts beyond which worthwhile() is true (-1: always), for tests that read beside on small
     * data.
     */
    static void setWorthwhileFrom(qint64 inFile, qint64 onServer);
    /**
     * Begins a read transaction on \a db (this thread's connection to \a location, a workspace file or a
     * shared workspace's URI) and starts \a work on another connection in the same snapshot. False when
     * that cannot be done here (a read-only file, a writer at work, no second connection), with why in
     * \a why for a log; \a db is then untouched.
     */
    bool start(const QSqlDatabase& db, const QString& location, Work work, QString* why = nullptr);
    /**
     * Waits for the work to end and ends the read transaction of \a db begun by start(). False with
     * \a error set when the work failed.
     */
    bool finish(QString* error);

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace mcfund
