#include "database.h"
#include "version.h"

#include "integritystamps.h"
#include "migrations.h"
#include "officialdataset.h"
#include "packageformat.h"
#include "server.h"
#include "sqldialect.h"
#include "tablecopy.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

#include <atomic>

namespace mcfund {

QString workspaceKindCode(WorkspaceKind k)
{
    switch (k) {
    case WorkspaceKind::Official:
        return QStringLiteral("official");
    case WorkspaceKind::Empty:
        return QStringLiteral("empty");
    case WorkspaceKind::Synthetic:
        return QStringLiteral("synthetic");
    case WorkspaceKind::Package:
        return QStringLiteral("package");
    }
    return QString();
}

namespace {

/** Where the copy of a workspace made before its migration goes: beside it, named for the schema and time. */
QString backupBeforeMigration(const QString& path)
{
    const QString stem =
        path + QStringLiteral(".before-schema-%1-%2")
                   .arg(Migrations::latestVersion())
                   .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddhhmmss")));
    // A second try within the same second (the first one stopped after its copy) keeps both copies.
    QString name = stem + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = stem + QStringLiteral("-%1.bak").arg(n);
    return name;
}

/** The big-endian integer at \a offset of an SQLite file's 100-byte header, read without opening SQLite. */
quint32 headerInteger(const QByteArray& header, int offset)
{
    return (quint32(quint8(header[offset])) << 24) | (quint32(quint8(header[offset + 1])) << 16) |
           (quint32(quint8(header[offset + 2])) << 8) | quint32(quint8(header[offset + 3]));
}

/** Who is told of an update as it begins (Database::setUpgradeNotice()). */
std::function<void(const QString&, const QString&)>& upgradeNotice()
{
    static std::function<void(const QString&, const QString&)> notice;
    return notice;
}

QString uniqueConnectionName(const QString& prefix)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("%1-%2").arg(prefix).arg(++counter);
}

/** One row of sqlite_schema. */
struct SchemaObject
{
    QString type, name, table, sql;
    bool operator==(const SchemaObject&) const = default;
};
using SchemaObjects = QHash<QString, SchemaObject>; ///< by name (unique across types in SQLite)

QString columnText(sqlite3_stmt* st, int i)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
    return text ? QString::fromUtf8(text) : QString();
}

// The schema mcfund itself makes at \a version (a package's when \a package): its migrations and
// statements run into an empty database in memory, then ANALYZE for SQLite's statistics tables (which
// PRAGMA optimize and the generator may add). Built once a process for each kind.
bool expectedSchema(int version, bool package, SchemaObjects* out, QString* error)
{
    static QMutex mutex;
    static QHash<int, SchemaObjects> cache;
    const QMutexLocker lock(&mutex);
    const int key = version * 2 + (package ? 1 : 0);
    if (const auto it = cache.constFind(key); it != cache.cend()) {
        *out = *it;
        return true;
    }
    SchemaObjects objects;
    const QString name = uniqueConnectionName(QStringLiteral("mcfund-schema"));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open() && Migrations::migrate(db, error, version)) {
            QSqlQuery q(db);
            ok = true;
            if (package)
                for (const QString& sql : PackageFormat::schemaStatements())
                    ok = ok && q.exec(sql);
            ok = ok && q.exec(QStringLiteral("ANALYZE")) &&
                 q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema"));
            while (ok && q.next())
                objects.insert(q.value(1).toString(),
                               SchemaObject{q.value(0).toString(), q.value(1).toString(),
                                            q.value(2).toString(), q.value(3).toString()});
            if (!ok && error)
                *error = q.lastError().text();
        } else if (error && error->isEmpty()) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok)
        return false;
    cache.insert(key, objects);
    *out = objects;
    return true;
}

// The latest schema's fingerprints (schemaFingerprint() of what expectedSchema() builds), so that opening a
// file of the latest schema need not build the expected one: running every migration in memory took 15–18
// ms a process, most of what `mcfund chart` spent beyond its queries. tst_hostilefiles recomputes both from
// the migrations and names the new value when a migration changes them; a file that does not match is
// checked the long way, object by object, so a stale value costs time, never safety.
constexpr char LatestWorkspaceFingerprint[] =
    "4e86e72cddc06915126e517d591cf267e1c7ac95e51c259015bb02abaf878132";
constexpr char LatestPackageFingerprint[] =
    "b42dce04192edb1e41233800dffd9432dad989547998ded9646e395e53853dcb";

const QString StatisticsTable = QStringLiteral("sqlite_stat1");

/**
 * SHA-256 of \a objects in name order, or an empty array if anything named sqlite_stat* is not SQLite's own
 * statistics table. That table is left out when it is exactly SQLite's: ANALYZE and PRAGMA optimize add it
 * or not, and it changes nothing that mcfund reads.
 */
QByteArray schemaFingerprint(const SchemaObjects& objects)
{
    QStringList names = objects.keys();
    names.sort();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& name : std::as_const(names)) {
        const SchemaObject& o = objects[name];
        if (name == StatisticsTable && o.type == QLatin1String("table") && o.table == name &&
            o.sql == QLatin1String("CREATE TABLE sqlite_stat1(tbl,idx,stat)"))
            continue;
        if (name.startsWith(QLatin1String("sqlite_stat")))
            return QByteArray();
        // Each field after its length: no two different schemas give the same bytes.
        for (const QString* field : {&o.type, &o.name, &o.table, &o.sql}) {
            const QByteArray utf8 = field->toUtf8();
            hash.addData(QByteArray(QByteArray::number(utf8.size()) + ':'));
            hash.addData(utf8);
        }
        hash.addData(QByteArrayView("\n"));
    }
    return hash.result().toHex();
}

QString objectKind(const QString& type)
{
    if (type == QLatin1String("table"))
        return Database::tr("table");
    if (type == QLatin1String("index"))
        return Database::tr("index");
    if (type == QLatin1String("trigger"))
        return Database::tr("trigger");
    if (type == QLatin1String("view"))
        return Database::tr("view");
    return type;
}

} // namespace

bool Database::harden(sqlite3* db, SchemaTrust trust)
{
    const int wanted = trust == SchemaChecked ? 1 : 0;
    const int defend = trust == SchemaChecked ? 0 : 1;
    int defensive = -1;
    int trusted = -1;
    return db && sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, defend, &defensive) == SQLITE_OK &&
           defensive == defend &&
           sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, wanted, &trusted) == SQLITE_OK &&
           trusted == wanted;
}

bool Database::harden(QSqlDatabase& db, QString* error, SchemaTrust trust)
{
    if (!harden(Sql::sqliteHandle(db), trust)) {
        if (error)
            *error = tr("Cannot secure the connection to “%1” (SQLite's defensive mode is unavailable).")
                         .arg(db.databaseName());
        return false;
    }
    return true;
}

QByteArray Database::latestSchemaFingerprint(bool package, FingerprintSource source, QString* error)
{
    if (source == FingerprintSource::Recorded)
        return package ? LatestPackageFingerprint : LatestWorkspaceFingerprint;
    SchemaObjects expected;
    if (!expectedSchema(Migrations::latestVersion(), package, &expected, error))
        return QByteArray();
    return schemaFingerprint(expected);
}

bool Database::checkSchema(sqlite3* db, const QString& path, int version, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    SchemaObjects found;
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema", -1, &st, nullptr);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        if ((rc = sqlite3_step(st)) != SQLITE_ROW)
            break;
        // Nothing mcfund makes has more than a hundred or so objects: a schema far larger is not ours.
        if (found.size() > 1000)
            break;
        const SchemaObject o{columnText(st, 0), columnText(st, 1), columnText(st, 2), columnText(st, 3)};
        found.insert(o.name, o);
    }
    const QString why =
        rc == SQLITE_DONE || rc == SQLITE_ROW ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(st);
    if (!why.isEmpty())
        return fail(tr("“%1” is damaged and was not opened (its schema cannot be read: %2).").arg(path, why));
    const bool package = found.value(QStringLiteral("package_meta")).type == QLatin1String("table");
    if (version == Migrations::latestVersion() &&
        schemaFingerprint(found) == (package ? LatestPackageFingerprint : LatestWorkspaceFingerprint))
        return true;
    SchemaObjects expected;
    QString buildError;
    if (!expectedSchema(version, package, &expected, &buildError))
        return fail(tr("Cannot check the schema of “%1”: %2").arg(path, buildError));
    const QString what = package ? tr("institution package") : tr("workspace");
    for (const SchemaObject& o : std::as_const(found)) {
        const auto it = expected.constFind(o.name);
        if (it == expected.cend())
            return fail(tr("“%1” holds something mcfund did not create (%2 “%3”); the %4 was not opened, "
                           "and nothing was read from it.")
                            .arg(path, objectKind(o.type), o.name, what));
        if (!(*it == o))
            return fail(tr("“%1” holds a changed version of what mcfund creates (%2 “%3”); the %4 was not "
                           "opened, and nothing was read from it.")
                            .arg(path, objectKind(o.type), o.name, what));
    }
    // Indexes may be missing (a file of an earlier schema, an index dropped to save space): they change
    // no result. A missing table or trigger (the change log's protection, the full-text index's upkeep)
    // does; SQLite's statistics tables exist only once it has gathered them.
    for (const SchemaObject& o : std::as_const(expected)) {
        if (found.contains(o.name) || o.type == QLatin1String("index") ||
            o.name.startsWith(QLatin1String("sqlite_stat")))
            continue;
        if (package && o.name.startsWith(QLatin1String("base_")))
            return fail(tr("“%1” has no base values (its table “%2” is missing): it is not a complete "
                           "institution package.")
                            .arg(path, o.name));
        return fail(tr("“%1” lacks part of what mcfund creates (%2 “%3”); the %4 was not opened.")
                        .arg(path, objectKind(o.type), o.name, what));
    }
    return true;
}

Database::Database() = default;

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return !m_name.isEmpty() && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

void Database::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen() && !m_server) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA optimize"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    // A file found sound and left by a clean session of mcfund's own transactions is sound as it is left.
    if (m_checkedSound && !m_server)
        IntegrityStamps::record(m_path);
    m_checkedSound = false;
    m_name.clear();
    m_path.clear();
    m_server = false;
    m_kind.reset();
}

bool Database::reconnect(QString* error)
{
    if (!m_server || Server::isAlive(connection()))
        return true;
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        if (error)
            *error = Server::explain(db.lastError(), m_path);
        return false;
    }
    return Server::configureSession(db, error);
}

QSqlDatabase Database::readerConnection(const QString& location, const QString& name)
{
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid())
        return addConnection(location, name, true, nullptr);
    if (Server::isLocation(location) && !Server::isAlive(db)) {
        db.close();
        if (db.open()) {
            Server::configureSession(db, nullptr);
            QSqlQuery(db).exec(QStringLiteral("SET default_transaction_read_only = on"));
        }
    }
    return db;
}

QString Database::displayName() const
{
    return m_server ? Server::displayName(m_path) : m_path;
}

QSqlDatabase Database::addConnection(const QString& location, const QString& name, bool readOnly,
                                     QString* error)
{
    if (Server::isLocation(location)) {
        QString why;
        if (!Server::connect(location, name, &why)) {
            if (error)
                *error = why;
            return QSqlDatabase();
        }
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (readOnly)
            QSqlQuery(db).exec(QStringLiteral("SET default_transaction_read_only = on"));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(location);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return db;
    }
    // A reader never fires a trigger: it can do without trusted_schema; a writer needs it (see harden()).
    if (!harden(db, error, readOnly ? SchemaUntrusted : SchemaChecked)) {
        db.close();
        return db;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    q.exec(QStringLiteral("PRAGMA cache_size = -16000"));
    if (!readOnly)
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    return db;
}

bool Database::configure(QSqlDatabase& db, QString* error)
{
    // Opened after inspect() found the schema to be mcfund's own: a writer (see harden()).
    if (!harden(db, error, SchemaChecked))
        return false;
    QSqlQuery q(db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA cache_size = -16000")};
    for (const QString& p : pragmas) {
        if (!q.exec(p)) {
            if (error)
                *error = tr("Cannot configure the workspace: %1").arg(q.lastError().text());
            return false;
        }
    }
    return true;
}

void Database::useOnePassCache()
{
    if (m_server || !isOpen())
        return;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA cache_size = -2000")); // a hint: the command is right either way
}

QSqlDatabase Database::openExtraConnection(const QString& name, bool readOnly, QString* error) const
{
    return addConnection(m_path, name, readOnly, error);
}

void Database::closeConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool Database::inspect(const QString& path, int* schemaVersion, QString* error, Check level)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (Server::isLocation(path)) {
        const QString name = uniqueConnectionName(QStringLiteral("mcfund-inspect"));
        QString why;
        bool ok = Server::connect(path, name, &why);
        if (ok) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            ok = Server::inspect(db, path, schemaVersion, &why);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok || fail(why);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read “%1”: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return fail(tr("“%1” is not an mcfund workspace: it is not an SQLite database.").arg(path));
    // application_id is at offset 68 of the header.
    if (headerInteger(header, 68) != quint32(ApplicationId))
        return fail(tr("“%1” is an SQLite database but not an mcfund workspace.").arg(path));

    // A read-only look with the C API, hardened before the first statement: user_version, the schema
    // against what mcfund makes, then (unless the file is stamped sound as it is) quick_check, or for a
    // full check integrity_check, the foreign keys and the search indexes; writing nothing.
    const bool wholeFile = level == Check::Quick || level == Check::Full ||
                           (level == Check::UnlessStamped && !IntegrityStamps::isCurrent(path));
    sqlite3* raw = nullptr;
    const QByteArray native = QFile::encodeName(path);
    if (sqlite3_open_v2(native.constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
        !harden(raw)) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(raw));
        sqlite3_close(raw);
        return fail(tr("Cannot open “%1”: %2").arg(path, why));
    }
    int version = -1;
    QString check;
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &st, nullptr);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
        version = sqlite3_column_int(st, 0);
    else
        check = QString::fromUtf8(sqlite3_errmsg(raw));
    sqlite3_finalize(st);
    st = nullptr;
    QString why;
    if (!check.isEmpty())
        why = tr("“%1” is damaged and was not opened (integrity check: %2).").arg(path, check.left(300));
    else if (version > Migrations::latestVersion())
        why = tr("“%1” was written by a newer version of mcfund (schema %2; this version reads up to %3).")
                  .arg(path)
                  .arg(version)
                  .arg(Migrations::latestVersion());
    else if (version < 1)
        why = tr("“%1” is not a complete mcfund workspace.").arg(path);
    const bool schemaOk = why.isEmpty() && checkSchema(raw, path, version, &why);
    if (schemaOk && wholeFile) {
        // Each statement's rows, joined; "ok" alone when the check found nothing.
        const auto rows = [&](const char* sql, bool okWhenEmpty) {
            QString out;
            if (sqlite3_prepare_v2(raw, sql, -1, &st, nullptr) != SQLITE_OK)
                return QString::fromUtf8(sqlite3_errmsg(raw));
            while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
                if (!out.isEmpty())
                    out += QLatin1String("; ");
                QStringList cells;
                for (int c = 0; c < sqlite3_column_count(st); ++c)
                    cells << columnText(st, c);
                out += cells.join(QLatin1Char(' '));
            }
            if (rc != SQLITE_DONE)
                out = QString::fromUtf8(sqlite3_errmsg(raw));
            sqlite3_finalize(st);
            st = nullptr;
            return out.isEmpty() && okWhenEmpty ? QStringLiteral("ok") : out;
        };
        check = rows(level == Check::Full ? "PRAGMA integrity_check" : "PRAGMA quick_check", false);
        if (level == Check::Full && check == QLatin1String("ok")) {
            const QString keys = rows("PRAGMA foreign_key_check", true);
            if (keys != QLatin1String("ok"))
                check = tr("records that refer to missing records (table, row, parent): %1").arg(keys);
        }
    }
    if (st)
        sqlite3_finalize(st);
    sqlite3_close(raw);
    if (schemaOk && level == Check::Full && check == QLatin1String("ok")) {
        // The search indexes against the tables they index: FTS5's own check, which reads only but is
        // spelt as an INSERT, so it needs a connection that may write (hardened all the same).
        raw = nullptr;
        if (sqlite3_open_v2(native.constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
            !harden(raw)) {
            check = QString::fromUtf8(sqlite3_errmsg(raw));
        } else {
            for (const char* sql :
                 {"INSERT INTO project_fts(project_fts, rank) VALUES ('integrity-check', 1)",
                  "INSERT INTO credential_fts(credential_fts, rank) VALUES ('integrity-check', 1)"}) {
                char* message = nullptr;
                if (sqlite3_exec(raw, sql, nullptr, nullptr, &message) != SQLITE_OK) {
                    check = tr("a search index does not match its table: %1")
                                .arg(message ? QString::fromUtf8(message)
                                             : QString::fromUtf8(sqlite3_errmsg(raw)));
                    sqlite3_free(message);
                    break;
                }
            }
        }
        sqlite3_close(raw);
    }
    if (why.isEmpty() && wholeFile && check != QLatin1String("ok"))
        why = tr("“%1” is damaged and was not opened (integrity check: %2).").arg(path, check.left(300));
    if (wholeFile && schemaOk) {
        if (why.isEmpty())
            IntegrityStamps::record(path);
        else
            IntegrityStamps::forget(path);
    }
    if (!why.isEmpty())
        return fail(why);
    if (schemaVersion)
        *schemaVersion = version;
    return true;
}

bool Database::checkIntegrity(const QString& path, QString* error, Check check)
{
    return inspect(path, nullptr, error, check);
}

bool Database::open(const QString& path, QString* error, bool integrityCheck)
{
    close();
    if (Server::isLocation(path))
        return openServer(path, error);
    const QFileInfo info(path);
    if (info.exists())
        return openExisting(path, error, integrityCheck);
    if (!info.absoluteDir().exists()) {
        if (error)
            *error = tr("Cannot create a workspace at “%1”: the folder “%2” does not exist.")
                         .arg(path, info.absolutePath());
        return false;
    }
    return create(path, WorkspaceKind::Official, error);
}

bool Database::openExisting(const QString& path, QString* error, bool integrityCheck)
{
    int version = 0;
    // Before this process opens it (which makes its write-ahead log): stamped sound as it is?
    const bool stamped = IntegrityStamps::isCurrent(path);
    if (!inspect(path, &version, error, integrityCheck && !stamped ? Check::Quick : Check::Structure))
        return false;
    m_checkedSound = integrityCheck || stamped; // checked whole now, or stamped sound as it was
    // An older schema: copied, then migrated in one transaction, as the window does on its own thread.
    if (version < Migrations::latestVersion() && !upgrade(path, {}, error))
        return false;
    const QString name = uniqueConnectionName(QStringLiteral("mcfund"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            if (error)
                *error = tr("Cannot open “%1”: %2").arg(path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
        if (!configure(db, error) || !Migrations::migrate(db, error)) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
    }
    m_name = name;
    m_path = QFileInfo(path).absoluteFilePath();
    Sql::traceFromEnvironment(connection());
    return true;
}

bool Database::openServer(const QString& uri, QString* error)
{
    const QString name = uniqueConnectionName(QStringLiteral("mcfund"));
    if (!Server::connect(uri, name, error))
        return false;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // Read only: a database that is not a workspace, or is from a newer mcfund, is left untouched.
        ok = Server::inspect(db, uri, nullptr, error);
        if (!ok)
            db.close();
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    m_name = name;
    m_path = uri;
    m_server = true;
    return true;
}

bool Database::create(const QString& path, WorkspaceKind kind, QString* error)
{
    close();
    if (Server::isLocation(path)) {
        if (error)
            *error = tr("A shared workspace is made with mcfund server init, not here (%1).")
                         .arg(Server::displayName(path));
        return false;
    }
    if (QFileInfo::exists(path)) {
        if (error)
            *error = tr("“%1” already exists.").arg(path);
        return false;
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        if (error)
            *error = tr("Cannot create a workspace at “%1”: the folder “%2” does not exist.")
                         .arg(path, info.absolutePath());
        return false;
    }
    // Build the workspace beside its final name and rename it into place, so that a failure half-way
    // never leaves a half-made workspace where the user asked for one.
    const QString temp = path + QStringLiteral(".creating");
    for (const char* leftover : {"", "-journal", "-wal", "-shm"}) // of a run that was killed
        QFile::remove(temp + QLatin1String(leftover));
    const QString name = uniqueConnectionName(QStringLiteral("mcfund-create"));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(temp);
        if (!db.open()) {
            if (error)
                *error = tr("Cannot create “%1”: %2").arg(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) &&
                 q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) &&
                 q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
            if (!ok && error)
                *error = tr("Cannot create “%1”: %2").arg(path, q.lastError().text());
            ok = ok && Migrations::migrate(db, error);
            if (ok) {
                const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
                QSqlQuery m(db);
                m.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"));
                const QList<QPair<QString, QString>> values = {
                    {QStringLiteral("workspace_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                    {QStringLiteral("kind"), workspaceKindCode(kind)},
                    {QStringLiteral("created_at"), now},
                    {QStringLiteral("created_by"), QStringLiteral("mcfund " MCFUND_VERSION)}};
                for (const auto& [k, v] : values) {
                    m.addBindValue(k);
                    m.addBindValue(v);
                    ok = ok && m.exec();
                }
                if (!ok && error)
                    *error = m.lastError().text();
            }
            if (ok && kind == WorkspaceKind::Official)
                ok = OfficialDataset::load(db, error);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok) {
        QFile::remove(temp);
        return false;
    }
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        if (error)
            *error = tr("Cannot create “%1”: the file could not be put in place.").arg(path);
        return false;
    }
    return openExisting(path, error);
}

QString Database::meta(const QString& key) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

bool Database::setMeta(const QString& key, const QString& value, QString* error)
{
    m_kind.reset();
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

WorkspaceKind Database::kind() const
{
    if (m_kind)
        return *m_kind;
    m_kind = [this] {
        const QString k = meta(QStringLiteral("kind"));
        if (k == QLatin1String("synthetic"))
            return WorkspaceKind::Synthetic;
        if (k == QLatin1String("empty"))
            return WorkspaceKind::Empty;
        if (k == QLatin1String("package"))
            return WorkspaceKind::Package;
        return WorkspaceKind::Official;
    }();
    return *m_kind;
}

bool Database::isEdited() const
{
    // Once edited, always: the log only grows.
    if (!m_edited)
        m_edited = isEdited(connection());
    return m_edited;
}

bool Database::isEdited(const QSqlDatabase& db, QString* error)
{
    // The history written when a workspace is made (dataset, generator, a copy's source) comes first, so
    // the workspace has been edited exactly when its newest log row is something else: one step down the
    // key, where looking for any such row read the whole log (1.1 million rows of a generated workspace).
    QSqlQuery q(db);
    q.setForwardOnly(!Sql::isServer(db));
    if (!q.exec(QStringLiteral("SELECT origin FROM change_log ORDER BY id DESC LIMIT 1")) || !q.next()) {
        // No row at all is an unedited workspace; a statement that failed, or a step that did, is not known.
        if (q.lastError().isValid() && error)
            *error = q.lastError().text();
        return false;
    }
    return q.value(0).toString() != QLatin1String("dataset") &&
           q.value(0).toString() != QLatin1String("generate");
}

bool Database::needsUpgrade(const QString& path)
{
    if (Server::isLocation(path))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return false;
    // user_version and application_id are at offsets 60 and 68 of the header. A write-ahead log not yet
    // checkpointed may hold a newer user_version than the header: upgrade() then finds nothing to do. It
    // can never hold an older one.
    return headerInteger(header, 68) == quint32(ApplicationId) &&
           headerInteger(header, 60) < quint32(Migrations::latestVersion());
}

bool Database::upgrade(const QString& path, const Progress& progress, QString* error)
{
    int version = 0;
    if (!inspect(path, &version, error, Check::Structure))
        return false;
    if (version >= Migrations::latestVersion())
        return true;
    bool stopped = false;
    Progress goOn = [&](int percent) {
        stopped = stopped || (progress && !progress(percent));
        return !stopped;
    };
    const QString backup = backupBeforeMigration(path);
    const auto cancelled = [&](bool copied) {
        if (error)
            *error = copied ? tr("Cancelled: “%1” was left at schema %2, as it was; the copy made before the "
                                 "update is “%3”.")
                                  .arg(path)
                                  .arg(version)
                                  .arg(backup)
                            : tr("Cancelled: “%1” was left at schema %2, as it was.").arg(path).arg(version);
        return false;
    };
    // The copy is most of the time on a large file; the migrations take the last tenth.
    if (!goOn(0))
        return cancelled(false);
    if (upgradeNotice())
        upgradeNotice()(path, backup);
    if (!backupFile(path, backup, error, [&](int percent) { return goOn(percent * 9 / 10); }))
        return stopped ? cancelled(false) : false;
    const QString name = uniqueConnectionName(QStringLiteral("mcfund-upgrade"));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            if (error)
                *error = tr("Cannot open “%1”: %2").arg(path, db.lastError().text());
        } else if (configure(db, error)) {
            // A statement of a migration can take seconds on a large workspace (sort keys for every row):
            // SQLite asks now and then whether to go on, and stopping interrupts it.
            sqlite3* raw = *static_cast<sqlite3* const*>(db.driver()->handle().data());
            sqlite3_progress_handler(
                raw, 20000, [](void* context) { return (*static_cast<Progress*>(context))(90) ? 0 : 1; },
                &goOn);
            {
                // Every migration in one transaction (theirs become savepoints of it): stopped or failed
                // half-way, the file stays at the schema it had.
                Transaction all(db);
                ok = all.isActive() && Migrations::migrate(db, error) && goOn(99) && all.commit();
                if (!ok && !stopped && error && error->isEmpty())
                    *error = all.error();
            }
            sqlite3_progress_handler(raw, 0, nullptr, nullptr);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (stopped)
        return cancelled(true);
    if (ok)
        goOn(100);
    return ok;
}

void Database::setUpgradeNotice(std::function<void(const QString& path, const QString& backup)> notice)
{
    upgradeNotice() = std::move(notice);
}

bool Database::backupFile(const QString& source, const QString& target, QString* error,
                          const Progress& progress)
{
    if (QFileInfo::exists(target)) {
        if (error)
            *error = tr("“%1” already exists.").arg(target);
        return false;
    }
    // The copy is made beside the target and renamed into place when complete, so that a failure or a kill
    // never leaves half a workspace under the name asked for.
    const QString temp = target + QStringLiteral(".copying");
    for (const char* leftover : {"", "-journal", "-wal", "-shm"})
        QFile::remove(temp + QLatin1String(leftover));
    sqlite3* src = nullptr;
    sqlite3* dst = nullptr;
    const QByteArray s = QFile::encodeName(source);
    const QByteArray t = QFile::encodeName(temp);
    int rc = sqlite3_open_v2(s.constData(), &src, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK && !harden(src))
        rc = SQLITE_MISUSE;
    if (rc == SQLITE_OK)
        rc = sqlite3_open_v2(t.constData(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString why;
    if (rc == SQLITE_OK) {
        sqlite3_backup* b = sqlite3_backup_init(dst, "main", src, "main");
        if (b) {
            // Copy in steps so that writers on other connections are not held up for long, and so that
            // the copy can say how far it has got and be stopped.
            bool stopped = false;
            do {
                rc = sqlite3_backup_step(b, 512);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
                if (rc == SQLITE_OK && progress) {
                    const qint64 all = sqlite3_backup_pagecount(b);
                    const qint64 done = all - sqlite3_backup_remaining(b);
                    stopped = !progress(all > 0 ? int(done * 100 / all) : 0);
                }
            } while (!stopped && (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED));
            sqlite3_backup_finish(b);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
            if (stopped)
                why = tr("cancelled.");
        }
        if (why.isEmpty() && (rc != SQLITE_OK || !b))
            why = QString::fromUtf8(sqlite3_errmsg(dst));
    } else {
        why = QString::fromUtf8(sqlite3_errmsg(src ? src : dst));
    }
    sqlite3_close(src);
    sqlite3_close(dst);
    if (why.isEmpty() && !QFile::rename(temp, target))
        why = tr("the finished copy could not be renamed to its name.");
    if (!why.isEmpty()) {
        for (const char* leftover : {"", "-journal"})
            QFile::remove(temp + QLatin1String(leftover));
        if (error)
            *error = tr("Cannot copy the workspace to “%1”: %2").arg(target, why);
        return false;
    }
    return true;
}

bool Database::backupTo(const QString& target, QString* error) const
{
    if (m_server) {
        if (QFileInfo::exists(target)) {
            if (error)
                *error = tr("“%1” already exists.").arg(target);
            return false;
        }
        QSqlDatabase db = connection();
        return TableCopy::toFile(db, target, error);
    }
    return backupFile(m_path, target, error);
}

void Database::configureLibrary()
{
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("workspace.mcfund"));
}

} // namespace mcfund
