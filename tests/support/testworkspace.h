#pragma once

// Shared by the tests: a real workspace file in a temporary folder, or with
// MCFUND_TEST_ENGINE=postgresql a real shared workspace on a throwaway PostgreSQL cluster (CTest runs those
// tests once on each engine).
#include "cli/command.h"
#include "domain/translations.h"
#include "pgcluster.h"
#include "storage/database.h"
#include "storage/integritystamps.h"
#include "synthetic/generator.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace mcfund::test {

inline QString path(const QTemporaryDir& dir, const QString& name = QStringLiteral("w.sqlite"))
{
    return dir.filePath(name);
}

/** True when this run of the tests is on PostgreSQL (MCFUND_TEST_ENGINE=postgresql). */
inline bool onServer()
{
    return qEnvironmentVariable("MCFUND_TEST_ENGINE") == QLatin1String("postgresql");
}

/**
 * Where a new workspace with the official data is, for Database::open(): a file \a name in \a dir, or on
 * PostgreSQL a new database of the test cluster, made by server init.
 */
inline QString workspace(const QTemporaryDir& dir, const QString& name = QStringLiteral("w.sqlite"))
{
    if (!onServer())
        return dir.filePath(name);
    PgCluster& pg = PgCluster::instance();
    if (!pg.isRunning())
        qWarning("the PostgreSQL test cluster did not start: %s", qPrintable(pg.error()));
    return pg.uri(pg.newDatabase());
}

/**
 * Runs \a sql on a connection of its own to \a db's workspace, as another person or program would, and
 * closes it: empty on success, else why it failed.
 */
inline QString execElsewhere(const Database& db, const QString& sql)
{
    const QString name = QStringLiteral("elsewhere");
    QString error;
    {
        QSqlQuery q(db.openExtraConnection(name, false, &error));
        if (error.isEmpty() && !q.exec(sql))
            error = q.lastError().text().isEmpty() ? QStringLiteral("failed") : q.lastError().text();
    }
    Database::closeConnection(name);
    return error;
}

/**
 * The name the change log records for a change made as \a name: on PostgreSQL the server records the
 * database role whatever the application says (the tests connect as mcf_owner).
 */
inline QString loggedAs(const QString& name)
{
    return onServer() ? QStringLiteral("mcf_owner") : name;
}

/** How many micro-credentials the search index finds for \a word (FTS5 on SQLite, the GIN index on
 * PostgreSQL). */
inline int credentialsMatching(const QSqlDatabase& db, const QString& word)
{
    QSqlQuery q(db);
    q.prepare(onServer()
                  ? QStringLiteral("SELECT COUNT(*) FROM micro_credential WHERE search_words @@ "
                                   "to_tsquery('simple', mcfund_fold(?))")
                  : QStringLiteral("SELECT COUNT(*) FROM credential_fts WHERE credential_fts MATCH ?"));
    q.addBindValue(word);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

/** SQLite's integrity check of the credentials' search index (PostgreSQL maintains its GIN index itself). */
inline bool credentialIndexIsSound(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return onServer() ||
           q.exec(QStringLiteral(
               "INSERT INTO credential_fts(credential_fts, rank) VALUES ('integrity-check', 1)"));
}

/** The first column of the first row of \a sql with \a binds, or an invalid value. */
inline QVariant value(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

/** The first column of the first row of \a sql with \a binds as a number, or -1 when the query fails. */
inline qint64 scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    const QVariant v = value(db, sql, binds);
    return v.isValid() ? v.toLongLong() : -1;
}

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** What a headless command printed and returned. */
struct CliResult
{
    int code;
    QString out;
    QString err;
};

/** Runs "mcfund ARGS…" with \a commands as the command line does: in the --lang given, else English. */
inline CliResult runCli(QStringList args, const QList<Command>& commands = Cli::coreCommands())
{
    args.prepend(QStringLiteral("mcfund"));
    QString out, err;
    QTextStream o(&out), e(&err);
    QString lang, error;
    if (!args.contains(QStringLiteral("--lang")) || !Cli::languageFrom(args, &lang, &error))
        lang = QStringLiteral("en");
    Translations::install(lang);
    const int code = Cli::run(args, commands, o, e);
    Translations::install(QStringLiteral("en"));
    return {code, out, err};
}

/** A synthetic workspace generated at \a path; false, with a warning, when it could not be made. */
inline bool generated(const QString& path, qint64 projects, qint64 credentials, quint64 seed)
{
    GeneratorOptions o;
    o.projects = projects;
    o.credentials = credentials;
    o.seed = seed;
    QString error;
    if (!Generator::generate(path, o, &error)) {
        qWarning("generate failed: %s", qPrintable(error));
        return false;
    }
    return true;
}

/**
 * The pages that \a sql (one bound value, \a name) lists in the workspace file \a path, read-only, and the
 * file's page size into \a pageSize.
 */
inline QList<qint64> pagesOf(const QString& path, const QString& sql, const QString& name, qint64* pageSize)
{
    QList<qint64> pages;
    *pageSize = 0;
    const QString connection = QStringLiteral("pages-of-%1").arg(name);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            q.addBindValue(name);
            if (q.exec())
                while (q.next())
                    pages << q.value(0).toLongLong();
            if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
                *pageSize = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return pages;
}

/**
 * Writes over the page type of page \a page of the workspace file \a path, then stamps the file as checked:
 * a failing disk's damage under a check that still stands, which an ordinary open lets through. The first
 * byte of a b-tree page says what kind of page it is; no kind is 0. (Cell pointers made to point outside the
 * page are not enough: SQLite masks them into it, and what it then reads there may parse.)
 */
inline bool damagePage(const QString& path, qint64 page, qint64 pageSize)
{
    QFile f(path);
    if (page <= 1 || pageSize <= 0 || !f.open(QIODevice::ReadWrite) || !f.seek((page - 1) * pageSize) ||
        f.write(QByteArray(1, '\0')) != 1)
        return false;
    f.close();
    IntegrityStamps::record(path);
    return true;
}

/**
 * Damages the last leaf page of the b-tree \a name (a table or an index) of the workspace file \a path
 * (damagePage()). A statement that reads that b-tree in order starts, gives its first rows, then fails.
 * False when that cannot be done (a b-tree of fewer than three leaf pages).
 */
inline bool damageLastLeaf(const QString& path, const QString& name)
{
    qint64 pageSize = 0;
    const QList<qint64> leaves = pagesOf(
        path, QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path"),
        name, &pageSize);
    return leaves.size() >= 3 && damagePage(path, leaves.last(), pageSize);
}

/**
 * Damages the root page of the b-tree \a name of the workspace file \a path (for a table of one page, its
 * only page; damagePage()): every read of that table fails from its first row. False when that cannot be
 * done.
 */
inline bool damageRoot(const QString& path, const QString& name)
{
    qint64 pageSize = 0;
    const QList<qint64> root =
        pagesOf(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"), name, &pageSize);
    return root.size() == 1 && damagePage(path, root.first(), pageSize);
}

/**
 * A generated workspace file in \a dir (100 projects, 3,000 micro-credentials) whose index of credentials by
 * sector has its last leaf page damaged under a current stamp (damageLastLeaf()): the sector facet and the
 * statistics' count of credentials by sector read it in order and fail part-way. Empty when it could not be
 * made.
 */
inline QString damagedWorkspace(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    return generated(path, 100, 3000, 5) && damageLastLeaf(path, QStringLiteral("credential_sector"))
               ? path
               : QString();
}

/**
 * A workspace file at \a path with the official data, then 3,000 edits in its change log, whose newest page
 * of the log is damaged (damageLastLeaf()): whether it was edited since it was made cannot be read. False
 * when it could not be made.
 */
inline bool editedWithDamagedLog(const QString& path)
{
    {
        Database db;
        QString error;
        if (!db.open(path, &error)) {
            qWarning("cannot open %s: %s", qPrintable(path), qPrintable(error));
            return false;
        }
        QSqlQuery q(db.connection());
        if (!db.connection().transaction())
            return false;
        q.prepare(
            QStringLiteral("INSERT INTO change_log(at, user, entity, uid, origin, description) "
                           "VALUES ('t', 'rita', 'project', ?, 'edit', 'a change described at length')"));
        for (int i = 0; i < 3000; ++i) {
            q.addBindValue(QStringLiteral("uid-%1").arg(i));
            if (!q.exec())
                return false;
        }
        if (!db.connection().commit())
            return false;
    }
    return damageLastLeaf(path, QStringLiteral("change_log"));
}

/**
 * A workspace at \a path as mcfund's schema 7 made it, holding \a credentials generated micro-credentials
 * (made with the latest schema, less what migration 8 added): open() or Database::upgrade() copies it and
 * migrates it. False when it could not be made.
 */
inline bool olderWorkspace(const QString& path, qint64 credentials = 2000)
{
    if (!generated(path, qMax<qint64>(1, credentials / 10), credentials, 3))
        return false;
    const QString name = QStringLiteral("olderWorkspace");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open() && q.exec(QStringLiteral("DROP INDEX project_uid_round")) &&
             q.exec(QStringLiteral("PRAGMA user_version = 7"));
        if (!ok)
            qWarning("cannot make schema 7: %s", qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace mcfund::test
