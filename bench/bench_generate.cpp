// `mcfund generate` against the floor of the same work, in the same run:
//  - mcfund: the program people run, `mcfund generate --projects N/10 --credentials N --seed 11`, timed from
//    outside as a child process (its peak resident size from the kernel's account of its children);
//  - the floor: the rows it wrote, copied with SQLite's C API into a new file of the same schema and page
//    size (the fastest copy there is, record by record), then every index, trigger and full-text index
//    built with the generator's settings (two sorter threads, 64 MB term buffer), ANALYZE and a sync. That
//    is everything the generator does except making up the values — and except reading the
//    micro-credentials' indexes again for their statistics, which the generator counts as it makes the
//    rows (tst_generator proves its figures equal ANALYZE's); the floor, which did not make them, has to.
// Usage: bench_generate [CREDENTIALS] (default 1,000,000; projects = credentials / 10). One run of each, the
// floor second, so that both find the page cache as warm: the floor reads the generated file.
#include "benchcommon.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

using namespace mcfund;

namespace {

bool exec(sqlite3* db, const QByteArray& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "bench_generate: %s: %s\n", sql.left(120).constData(), message ? message : "?");
        sqlite3_free(message);
        return false;
    }
    return true;
}

/** The statements of \a sql (one column of text) run on \a db. */
QList<QByteArray> column(sqlite3* db, const char* sql)
{
    QList<QByteArray> out;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        out << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return out;
}

/** The floor: \a generated's rows copied into \a path, then its indexes, triggers and search built. */
bool floorCopy(const QString& generated, const QString& path)
{
    sqlite3* src = nullptr;
    sqlite3_open_v2(QFile::encodeName(generated).constData(), &src, SQLITE_OPEN_READONLY, nullptr);
    const QList<QByteArray> virtuals =
        column(src, "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'");
    QList<QByteArray> tables, tableSql, later, fts;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(src, "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid",
                       -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const QByteArray type(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        const QByteArray name(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
        const QByteArray sql(reinterpret_cast<const char*>(sqlite3_column_text(st, 2)));
        bool shadow = name.startsWith("sqlite_");
        for (const QByteArray& v : virtuals)
            shadow = shadow || name.startsWith(QByteArray(v + "_"));
        if (shadow)
            continue;
        if (type == "table" && sql.startsWith("CREATE VIRTUAL")) {
            fts << sql;
            continue;
        }
        if (type == "table") {
            tables << name;
            tableSql << sql;
        } else {
            later << sql; // indexes and triggers, after the rows
        }
    }
    sqlite3_finalize(st);
    const int pageSize = int(column(src, "PRAGMA page_size").value(0).toInt());
    sqlite3_close(src);

    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK)
        return false;
    bool ok = exec(db, "PRAGMA page_size = " + QByteArray::number(pageSize)) &&
              exec(db, "PRAGMA journal_mode = OFF") && exec(db, "PRAGMA synchronous = OFF") &&
              exec(db, "PRAGMA cache_size = -200000");
    for (const QByteArray& sql : tableSql)
        ok = ok && exec(db, sql);
    for (const QByteArray& sql : fts)
        ok = ok && exec(db, sql);
    ok = ok && exec(db, "ATTACH DATABASE '" + QFile::encodeName(generated) + "' AS generated") &&
         exec(db, "BEGIN");
    for (const QByteArray& t : tables)
        ok = ok && exec(db, "INSERT INTO main." + t + " SELECT * FROM generated." + t);
    ok = ok && exec(db, "PRAGMA threads = 2") && exec(db, "PRAGMA cache_size = -8000");
    for (const QByteArray& sql : later)
        ok = ok && exec(db, sql);
    ok = ok && exec(db, "PRAGMA threads = 0") && exec(db, "PRAGMA cache_size = -200000");
    for (const QByteArray& sql : fts) {
        const QByteArray name = sql.mid(21).split(' ').value(0).trimmed(); // CREATE VIRTUAL TABLE name
        ok = ok && exec(db, "INSERT INTO " + name + "(" + name + ", rank) VALUES ('hashsize', 67108864)") &&
             exec(db, "INSERT INTO " + name + "(" + name + ") VALUES ('rebuild')");
    }
    ok = ok && exec(db, "COMMIT") && exec(db, "DETACH DATABASE generated") && exec(db, "ANALYZE");
    sqlite3_close(db);
    if (ok) {
        QFile f(path);
        ok = f.open(QIODevice::ReadOnly) && ::fsync(f.handle()) == 0;
    }
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    // SQLite set up as mcfund sets it up (app/main.cpp), for mcfund and the references alike.
    Database::configureLibrary();
    QCoreApplication app(argc, argv);
    const qint64 credentials = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const qint64 projects = std::max<qint64>(1, credentials / 10);
    QTemporaryDir dir;
    QTextStream out(stdout);
    const QString generated = dir.filePath(QStringLiteral("generated.sqlite"));
    const QString mcfund = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../mcfund"));

    QElapsedTimer t;
    t.start();
    QProcess generate;
    generate.setProcessChannelMode(QProcess::ForwardedChannels);
    generate.start(mcfund,
                   {QStringLiteral("generate"), QStringLiteral("--projects"), QString::number(projects),
                    QStringLiteral("--credentials"), QString::number(credentials), QStringLiteral("--seed"),
                    QStringLiteral("11"), QStringLiteral("-o"), generated, QStringLiteral("--timings")});
    if (!generate.waitForFinished(-1) || generate.exitStatus() != QProcess::NormalExit ||
        generate.exitCode() != 0) {
        std::fprintf(stderr, "bench_generate: %s generate failed\n", qPrintable(mcfund));
        return 1;
    }
    const double generatedS = double(t.nsecsElapsed()) / 1e9;
    struct rusage usage = {};
    getrusage(RUSAGE_CHILDREN, &usage);
    const long peakKb = usage.ru_maxrss;

    t.start();
    if (!floorCopy(generated, dir.filePath(QStringLiteral("floor.sqlite")))) {
        std::fprintf(stderr, "bench_generate: the floor's copy failed\n");
        return 1;
    }
    const double floorS = double(t.nsecsElapsed()) / 1e9;
    const QLocale en(QStringLiteral("en_CA"));
    const double sizeMb = double(QFile(generated).size()) / 1e6;
    out << "mcfund generate --projects " << projects << " --credentials " << credentials
        << " --seed 11: " << QString::number(generatedS, 'f', 1) << " s from outside, peak " << peakKb / 1024
        << " MB, a file of " << QString::number(sizeMb, 'f', 0) << " MB\n";
    out << "the floor (the same rows copied into the same schema with the C API, then the same indexes, "
           "triggers, search indexes and statistics): "
        << QString::number(floorS, 'f', 1) << " s; ratio " << bench::ratio(generatedS, floorS) << "\n\n";
    bench::row(out,
               QStringLiteral("generate, %1 credentials and %2 projects, one run")
                   .arg(en.toString(credentials), en.toString(projects)),
               QStringLiteral("mcfund generate, timed from outside (file of %1 MB, peak %2 MB)")
                   .arg(QString::number(sizeMb, 'f', 0))
                   .arg(peakKb / 1024),
               QString::number(generatedS, 'f', 1) + QStringLiteral(" s"),
               QStringLiteral("same rows copied, same indexes and search built with the C API %1 s")
                   .arg(QString::number(floorS, 'f', 1)),
               bench::ratio(generatedS, floorS),
               credentials == 1000000 ? QStringLiteral("< 15 s") : QString());
    return 0;
}
