#pragma once

// A throwaway PostgreSQL cluster for the tests of one process: initdb into a temporary folder, started on a
// Unix socket only (no TCP), as the user postgres when the tests run as root, stopped when the process ends.
// Every test gets a database of its own, cloned from a template that server init filled once.
#include "storage/database.h"
#include "storage/server.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>
#include <unistd.h>

namespace mcfund::test {

class PgCluster
{
public:
    /** The cluster of this process, started on first use. */
    static PgCluster& instance()
    {
        static PgCluster cluster;
        return cluster;
    }
    bool isRunning() const { return m_running; }
    /** Why the cluster could not start (for QSKIP/QFAIL). */
    QString error() const { return m_error; }
    QString socketDir() const { return m_dir.filePath(QStringLiteral("sock")); }

    /** The connection URI of \a database for \a role. */
    QString uri(const QString& database, const QString& role = QStringLiteral("mcf_owner")) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3&port=5432").arg(role, database, socketDir());
    }
    /** A new database owned by mcf_owner: a shared workspace with the official data, or empty (no tables). */
    QString newDatabase(bool workspace = true)
    {
        static std::atomic<int> n{0};
        const QString name = QStringLiteral("t%1").arg(++n);
        const QString sql =
            workspace ? QStringLiteral("CREATE DATABASE %1 TEMPLATE mcf_template OWNER mcf_owner").arg(name)
                      : QStringLiteral("CREATE DATABASE %1 OWNER mcf_owner").arg(name);
        if (!exec(QStringLiteral("postgres"), QStringLiteral("postgres"), sql))
            return QString();
        // Each workspace its own id, as server init gives it: a package from one is foreign to another.
        if (workspace &&
            !exec(
                QStringLiteral("mcf_owner"), name,
                QStringLiteral("UPDATE meta SET value = gen_random_uuid()::text WHERE key = 'workspace_id'")))
            return QString();
        return name;
    }
    /** Runs \a sql as \a role on \a database (a fresh connection); false with \a error on failure. */
    bool exec(const QString& role, const QString& database, const QString& sql, QString* error = nullptr,
              QVariant* firstValue = nullptr) const
    {
        static std::atomic<int> n{0};
        const QString name = QStringLiteral("pgcluster-%1").arg(++n);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(socketDir());
            db.setPort(5432);
            db.setDatabaseName(database);
            db.setUserName(role);
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok && error)
                    *error = q.lastError().text();
                if (ok && firstValue)
                    *firstValue = q.next() ? q.value(0) : QVariant();
            } else if (error) {
                *error = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }
    /** The first value \a sql returns, run as \a role on \a database. */
    QVariant value(const QString& role, const QString& database, const QString& sql) const
    {
        QVariant v;
        exec(role, database, sql, nullptr, &v);
        return v;
    }

    /**
     * Adds the person \a name to the shared workspace \a database in \a role, as server add-user does; a
     * coordinator belongs to Fleming College unless \a institution (its English name) says otherwise.
     */
    bool addUser(const QString& database, const QString& name, Server::Role role,
                 const QString& institution = QString())
    {
        Database db;
        QString error;
        if (!db.open(uri(database), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        QSqlDatabase c = db.connection();
        const QString home = institution.isEmpty() && role == Server::Role::Coordinator
                                 ? QStringLiteral("Fleming College")
                                 : institution;
        const QString fleming =
            home.isEmpty()
                ? QString()
                : value(QStringLiteral("mcf_owner"), database,
                        QStringLiteral("SELECT uid FROM institution WHERE name_en = '%1'").arg(home))
                      .toString();
        if (!Server::addUser(c, name, role, fleming, QString(), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    /** Stops the cluster (also done when the application object goes). */
    void stop()
    {
        if (m_running)
            run(QStringList{m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data(),
                            QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
        m_running = false;
    }
    ~PgCluster() { stop(); }

private:
    PgCluster()
        : m_dir(QDir::tempPath() + QStringLiteral("/mcfund-pg-XXXXXX"))
    {
        start();
    }

    QString data() const { return m_dir.filePath(QStringLiteral("data")); }

    bool run(const QStringList& command, QString* output = nullptr) const
    {
        QStringList args = command;
        QString program = args.takeFirst();
        if (::geteuid() == 0) { // PostgreSQL refuses to run as root
            args =
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                args;
            program = QStringLiteral("runuser");
        }
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        const bool ok =
            p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (output)
            *output = QString::fromLocal8Bit(p.readAll());
        return ok;
    }

    void start()
    {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& v : versions)
            if (QFileInfo(QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(v)).isExecutable())
                m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
        if (m_bin.isEmpty()) {
            m_error = QStringLiteral("PostgreSQL's server (Debian package postgresql) is not installed");
            return;
        }
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return;
        }
        stopOrphans();
        QDir().mkpath(socketDir());
        // Whose cluster this is: a test process killed before its clean-up leaves one running, which the
        // next test process stops (stopOrphans()).
        QFile owner(m_dir.filePath(QStringLiteral("owner.pid")));
        if (owner.open(QIODevice::WriteOnly))
            owner.write(QByteArray::number(qint64(::getpid())));
        owner.close();
        if (::geteuid() == 0) {
            QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                    QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                    QFileDevice::ExeGroup);
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("-R"), QStringLiteral("postgres:"), m_dir.path()});
        }
        QString out;
        if (!run({m_bin + QStringLiteral("/initdb"), QStringLiteral("-D"), data(), QStringLiteral("-U"),
                  QStringLiteral("postgres"), QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                  QStringLiteral("--no-sync")},
                 &out)) {
            m_error = QStringLiteral("initdb failed: ") + out.right(300);
            return;
        }
        // Unix socket only; fsync off: a test cluster need not survive a power cut. A benchmark adds options
        // of its own in MCFUND_PG_SERVER_OPTIONS (bench_server loads pg_stat_statements).
        if (!run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data(), QStringLiteral("-l"),
                  m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-o"),
                  QStringLiteral("-k %1 -p 5432 -c listen_addresses='' -c fsync=off -c full_page_writes=off "
                                 "-c max_connections=60 %2")
                      .arg(socketDir(), qEnvironmentVariable("MCFUND_PG_SERVER_OPTIONS")),
                  QStringLiteral("start")},
                 &out)) {
            m_error = QStringLiteral("PostgreSQL did not start: ") + out.right(300);
            return;
        }
        m_running = true;
        qAddPostRoutine([] { instance().stop(); });
        QString why;
        if (!exec(QStringLiteral("postgres"), QStringLiteral("postgres"),
                  QStringLiteral("CREATE ROLE mcf_owner LOGIN CREATEROLE"), &why) ||
            !exec(QStringLiteral("postgres"), QStringLiteral("postgres"),
                  QStringLiteral("CREATE DATABASE mcf_template OWNER mcf_owner"), &why)) {
            m_error = why;
            m_running = false;
            return;
        }
        const QString name = QStringLiteral("pgcluster-init");
        bool ok = false;
        if (Server::connect(uri(QStringLiteral("mcf_template")), name, &why)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                ok = Server::init(db, uri(QStringLiteral("mcf_template")), QString(), false, &why);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        if (!ok) {
            m_error = QStringLiteral("server init of the template failed: ") + why;
            m_running = false;
        }
    }

    /** Stops and removes the clusters of test processes that are gone (killed, crashed). */
    void stopOrphans() const
    {
        const QDir tmp(QDir::tempPath());
        for (const QString& d :
             tmp.entryList({QStringLiteral("mcfund-pg-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString dir = tmp.filePath(d);
            if (dir == m_dir.path())
                continue;
            QFile owner(dir + QStringLiteral("/owner.pid"));
            if (!owner.open(QIODevice::ReadOnly))
                continue; // not one of ours, or still starting
            const qint64 pid = owner.readAll().trimmed().toLongLong();
            if (pid <= 0 || QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)))
                continue;
            run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), dir + QStringLiteral("/data"),
                 QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
            QDir(dir).removeRecursively();
        }
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_error;
    bool m_running = false;
};

} // namespace mcfund::test
