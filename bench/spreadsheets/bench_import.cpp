// Importing a CSV of micro-credentials as the window and the command line do — read a row at a time,
// checked, matched and written in one transaction — and undoing it from the change log. Compared in the
// same run with two floors for time: the same rows written with the raw SQLite C API into a workspace's own
// table, with its indexes, search index and a change-log row each (the same work; its undo likewise), and
// into a bare table (what the disk and SQLite's parser cost alone); and
// for memory with the first design (the whole file read, then the whole checked batch held for undo).
// Steady memory: the growth in the second half of the file is about nothing.
// Usage: bench_import [ROWS] (default 100,000).
#include "../benchcommon.h"
#include "exporter.h"
#include "importer.h"
#include "rowsource.h"

#include "domain/textkey.h"
#include "domain/translations.h"
#include "edits/changelogundo.h"
#include "edits/editengine.h"
#include "query/lookups.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

using namespace mcfund;

namespace {

QString writeCsv(const QString& path, int rows)
{
    // What an institution return looks like, with the official institutions' names.
    const QStringList institutions = {QStringLiteral("Fleming College"), QStringLiteral("Collège Boréal"),
                                      QStringLiteral("McMaster University"),
                                      QStringLiteral("Lambton College"),
                                      QStringLiteral("Université de Hearst")};
    const QStringList sectors = {QStringLiteral("Health care"), QStringLiteral("Housing"),
                                 QStringLiteral("Advanced manufacturing")};
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("Title (English),Title (French),Institution,Sector,Delivery,Hours,Weeks,Tuition,OSAP "
            "approved,Status\n");
    for (int i = 0; i < rows; ++i)
        f.write(QStringLiteral(
                    "Skills module %1,Module de compétences %1,%2,%3,Online,%4,%5,\"$1,%6.00\",%7,Offered\n")
                    .arg(i)
                    .arg(institutions.at(i % institutions.size()), sectors.at(i % sectors.size()))
                    .arg(5 + i % 290)
                    .arg(1 + i % 11)
                    .arg(100 + i % 900)
                    .arg(i % 2 ? QStringLiteral("Yes") : QStringLiteral("No"))
                    .toUtf8());
    return path;
}

struct Run
{
    double seconds = 0;
    long halfKb = 0;   ///< growth of the resident size over the first half of the file
    long growthKb = 0; ///< the largest resident size during the import, less the size before it
    ImportReport report;
    QString batch;
};

// How the benchmarks import a file of micro-credentials: columns matched from the header, read as en_CA.
ImportOptions credentialOptions(const RowSource& source)
{
    ImportOptions o;
    o.entity = Entity::Credential;
    o.mapping = Importer::guessMapping(Entity::Credential, source.header());
    o.locale = QLocale(QStringLiteral("en_CA"));
    return o;
}

// Imports \a csv into a new workspace at \a db, sampling the resident size every 10 ms as it goes.
bool importOnce(const QString& csv, const QString& dbPath, Run* run, Database* db)
{
    QString error;
    if (!db->open(dbPath, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const long before = bench::procStatusKb("VmRSS:");
    bench::RssSampler sampler;
    QElapsedTimer t;
    t.start();
    const std::unique_ptr<RowSource> source = RowSource::open(csv, QString(), &error);
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    Lookups lookups;
    lookups.load(db->connection());
    ImportOptions o = credentialOptions(*source);
    o.progress = [&](int percent) {
        if (percent >= 50 && run->halfKb == 0) {
            sampler.mark();
            run->halfKb = sampler.markedKb() - before;
        }
        return true;
    };
    EditEngine engine(db->connection(), QStringLiteral("bench"));
    if (!Importer::write(engine, db->connection(), lookups, *source, o, &run->report, &run->batch, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    run->seconds = double(t.nsecsElapsed()) / 1e9;
    run->growthKb = sampler.stop() - before;
    return true;
}

// Undoes the import \a batch of \a db as the window does, read back from the change log a page at a time.
bool undoOnce(Database* db, const QString& batch, double* seconds)
{
    QElapsedTimer t;
    t.start();
    EditEngine engine(db->connection(), QStringLiteral("bench"));
    QString undone, error;
    if (!ChangeLogUndo::revert(
            engine, db->connection(), batch, QStringLiteral("undo"), QStringLiteral("undo"),
            [](int) { return true; }, &undone, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    *seconds = double(t.nsecsElapsed()) / 1e9;
    return true;
}

// Checks \a file against a new workspace at \a dbPath as the window does before it imports (every row read,
// checked and matched; nothing written). Seconds, or a negative number on failure.
double checkOnce(const QString& file, const QString& dbPath)
{
    QString error;
    Database db;
    if (!db.open(dbPath, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return -1;
    }
    QElapsedTimer t;
    t.start();
    const std::unique_ptr<RowSource> source = RowSource::open(file, QString(), &error);
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return -1;
    }
    Lookups lookups;
    lookups.load(db.connection());
    const ImportOptions o = credentialOptions(*source);
    ImportReport report;
    if (!Importer::check(db.connection(), lookups, *source, o, {}, &report, &error) || report.refused > 0) {
        std::fprintf(stderr, "the check failed: %s\n", qPrintable(error));
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e9;
}

// The first design: the file read whole, checked into one batch, written, the batch kept. Returns the growth
// of the resident size in kB.
long importHeld(const QString& csv, const QString& dbPath)
{
    QString error;
    Database db;
    if (!db.open(dbPath, &error))
        return 0;
    const long start = bench::procStatusKb("VmRSS:");
    Sheet sheet;
    std::unique_ptr<RowSource> whole = RowSource::open(csv, QString(), &error);
    if (!whole || !whole->readAll(&sheet, &error))
        return 0;
    Lookups lookups;
    lookups.load(db.connection());
    ImportOptions o;
    o.entity = Entity::Credential;
    o.mapping = Importer::guessMapping(Entity::Credential, sheet.header);
    o.locale = QLocale(QStringLiteral("en_CA"));
    EditBatch batch;
    ImportReport report;
    QList<EditProblem> problems;
    if (!Importer::prepare(db.connection(), lookups, sheet, o, &batch, &report, &error) ||
        !EditEngine(db.connection(), QStringLiteral("bench"))
             .apply(batch, QStringLiteral("import"), &problems))
        return 0;
    return bench::procStatusKb("VmHWM:") - start;
}

// The floor of the same work: the rows of \a csv, read the same way, written with SQLite's C API into a new
// workspace's micro_credential table (its indexes, its search index), institutions and sectors matched by
// name, amounts and codes read, sort keys filled, and one change-log row each with the record as JSON, as
// mcfund logs an added record; in one transaction. The log is written the fastest way SQLite has: in one
// statement after the rows, the JSON made by json_object() of the fields this file fills (none is null);
// row by row, with the JSON made in C++ as it is read, took longer (a second B-tree and its four indexes
// grown alongside the table's). Then removes those rows again in a second transaction,
// each logged whole, in three statements: the floor of the undo. Returns seconds of each.
bool rawImport(const QString& csv, const QString& dbPath, double* importS, double* undoS)
{
    {
        Database made;
        QString error;
        if (!made.open(dbPath, &error))
            return false;
    }
    sqlite3* raw = nullptr;
    if (sqlite3_open(QFile::encodeName(dbPath).constData(), &raw) != SQLITE_OK)
        return false;
    // As mcfund's connection and its bulk writes: foreign keys, WAL, a synced commit, a 64 MB page cache.
    sqlite3_exec(raw,
                 "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                 "PRAGMA cache_size = -65536",
                 nullptr, nullptr, nullptr);
    QHash<QString, QByteArray> institutions, sectors;
    for (auto [sql, map] : {std::pair{"SELECT name_en, uid FROM institution", &institutions},
                            std::pair{"SELECT name_en, uid FROM sector", &sectors}}) {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(raw, sql, -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW)
            map->insert(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))),
                        QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 1))));
        sqlite3_finalize(st);
    }
    // The search index changed once per transaction, as mcfund's bulk writes do (FTS5 writes its pending
    // changes at every statement, so row by row each row costs more as the index grows): its trigger is
    // dropped in the transaction and put back at the end.
    auto triggerSql = [raw](const char* name) {
        QByteArray sql;
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(raw, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?", -1, &st,
                           nullptr);
        sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW)
            sql = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        return sql;
    };
    const QByteArray onInsert = triggerSql("credential_fts_insert"),
                     onDelete = triggerSql("credential_fts_delete");
    QElapsedTimer t;
    t.start();
    sqlite3_stmt* insert = nullptr;
    sqlite3_stmt* log = nullptr;
    sqlite3_prepare_v2(raw,
                       "INSERT INTO micro_credential(uid, institution_uid, title_en, title_fr, sector_uid, "
                       "delivery, hours, weeks, tuition_cents, osap_approved, status, language, created_at, "
                       "updated_at, version, sort_en, sort_fr) VALUES (?,?,?,?,?,?,?,?,?,?,?,'en',?,?,1,?,?)",
                       -1, &insert, nullptr);
    const QByteArray stamp = RecordStore::now().toUtf8();
    const QByteArray batch = RecordStore::newUid().toUtf8();
    auto text = [](sqlite3_stmt* st, int i, const QByteArray& v) {
        sqlite3_bind_text(st, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    };
    sqlite3_exec(raw, "BEGIN; DROP TRIGGER credential_fts_insert", nullptr, nullptr, nullptr);
    qint64 lastBefore = 0;
    {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(raw, "SELECT COALESCE(MAX(rowid), 0) FROM micro_credential", -1, &st, nullptr);
        if (sqlite3_step(st) == SQLITE_ROW)
            lastBefore = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    QString error;
    const std::unique_ptr<RowSource> source = RowSource::open(csv, QString(), &error);
    QStringList r;
    int line = 0;
    bool ok = source != nullptr;
    while (ok && source->next(&r, &line)) {
        const QByteArray uid = RecordStore::newUid().toUtf8();
        QString tuition = r.value(7);
        tuition.remove(QLatin1Char('$')).remove(QLatin1Char(','));
        const qint64 cents = tuition.remove(QLatin1Char('.')).toLongLong(); // always two decimals here
        const QByteArray titleEn = r.value(0).toUtf8(), titleFr = r.value(1).toUtf8();
        const QByteArray institution = institutions.value(r.value(2)), sector = sectors.value(r.value(3));
        const QByteArray delivery = r.value(4).toLower().toUtf8(), status = r.value(9).toLower().toUtf8();
        const int hours = r.value(5).toInt(), weeks = r.value(6).toInt();
        const int osap = r.value(8) == QLatin1String("Yes") ? 1 : 0;
        text(insert, 1, uid);
        text(insert, 2, institution);
        text(insert, 3, titleEn);
        text(insert, 4, titleFr);
        text(insert, 5, sector);
        text(insert, 6, delivery);
        sqlite3_bind_int(insert, 7, hours);
        sqlite3_bind_int(insert, 8, weeks);
        sqlite3_bind_int64(insert, 9, cents);
        sqlite3_bind_int(insert, 10, osap);
        text(insert, 11, status);
        text(insert, 12, stamp);
        text(insert, 13, stamp);
        text(insert, 14, TextKey::of(r.value(0)).toUtf8());
        text(insert, 15, TextKey::of(r.value(1)).toUtf8());
        ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
    }
    sqlite3_prepare_v2(
        raw,
        "INSERT INTO change_log(at, user, entity, uid, field, old, new, origin, batch) SELECT ?, 'bench', "
        "'micro_credential', t.uid, NULL, NULL, json_object('delivery', t.delivery, 'hours', t.hours, "
        "'institution_uid', t.institution_uid, 'language', t.language, 'osap_approved', t.osap_approved, "
        "'sector_uid', t.sector_uid, 'status', t.status, 'title_en', t.title_en, 'title_fr', t.title_fr, "
        "'tuition_cents', t.tuition_cents, 'uid', t.uid, 'weeks', t.weeks), 'import', ? FROM "
        "micro_credential t "
        "WHERE t.rowid > ? ORDER BY t.rowid",
        -1, &log, nullptr);
    text(log, 1, stamp);
    text(log, 2, batch);
    sqlite3_bind_int64(log, 3, lastBefore);
    ok = ok && sqlite3_step(log) == SQLITE_DONE;
    ok =
        ok &&
        sqlite3_exec(raw,
                     "INSERT INTO credential_fts(rowid, title_en, title_fr, outcomes_en, outcomes_fr) SELECT "
                     "rowid, title_en, title_fr, outcomes_en, outcomes_fr FROM micro_credential",
                     nullptr, nullptr, nullptr) == SQLITE_OK &&
        sqlite3_exec(raw, onInsert.constData(), nullptr, nullptr, nullptr) == SQLITE_OK &&
        sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    *importS = double(t.nsecsElapsed()) / 1e9;
    {
        // (not timed) a log row for every row added, as mcfund writes
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(raw,
                           "SELECT (SELECT COUNT(*) FROM change_log WHERE batch = ?) = (SELECT COUNT(*) FROM "
                           "micro_credential WHERE rowid > ?)",
                           -1, &st, nullptr);
        text(st, 1, batch);
        sqlite3_bind_int64(st, 2, lastBefore);
        ok = ok && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 1 && line > 0;
        sqlite3_finalize(st);
    }

    // Its undo, the best SQLite can do for it: the rows the import logged, in three statements — their
    // indexed text set aside, each logged whole (a JSON object of its fields that are not null), removed —
    // and the search index changed once, in one transaction.
    t.restart();
    const QByteArray undoBatch = RecordStore::newUid().toUtf8();
    const QByteArray added = "(SELECT uid FROM change_log WHERE batch = '" + batch + "')";
    QByteArray fields;
    {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(raw,
                           "SELECT name FROM pragma_table_info('micro_credential') WHERE name NOT IN "
                           "('created_at','updated_at','version','sort_en','sort_fr') ORDER BY name",
                           -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW) {
            const QByteArray c = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
            fields += (fields.isEmpty() ? "'" : ",'") + c + "',t." + c;
        }
        sqlite3_finalize(st);
    }
    const QByteArray undo =
        "BEGIN; DROP TRIGGER credential_fts_delete; CREATE TEMP TABLE gone(rowid INTEGER PRIMARY KEY, "
        "title_en, title_fr, outcomes_en, outcomes_fr); "
        "INSERT INTO gone SELECT rowid, title_en, title_fr, outcomes_en, outcomes_fr FROM micro_credential "
        "WHERE uid IN " +
        added +
        "; "
        "INSERT INTO change_log(at, user, entity, uid, field, old, new, origin, batch) SELECT '" +
        stamp + "', 'bench', 'micro_credential', t.uid, NULL, json_patch('{}', json_object(" + fields +
        ")), NULL, 'undo', '" + undoBatch +
        "' FROM change_log l JOIN micro_credential t ON t.uid = l.uid "
        "WHERE l.batch = '" +
        batch +
        "' ORDER BY l.id DESC; "
        "DELETE FROM micro_credential WHERE uid IN " +
        added + ";";
    ok = ok && sqlite3_exec(raw, undo.constData(), nullptr, nullptr, nullptr) == SQLITE_OK &&
         sqlite3_exec(
             raw,
             "INSERT INTO credential_fts(credential_fts, rowid, title_en, title_fr, outcomes_en, "
             "outcomes_fr) SELECT 'delete', rowid, title_en, title_fr, outcomes_en, outcomes_fr FROM gone",
             nullptr, nullptr, nullptr) == SQLITE_OK &&
         sqlite3_exec(raw, onDelete.constData(), nullptr, nullptr, nullptr) == SQLITE_OK &&
         sqlite3_exec(raw, "DROP TABLE gone; COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    *undoS = double(t.nsecsElapsed()) / 1e9;
    for (sqlite3_stmt* st : {insert, log})
        sqlite3_finalize(st);
    sqlite3_close(raw);
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    // SQLite set up as mcfund sets it up (app/main.cpp), for mcfund and the references alike.
    Database::configureLibrary();
    QCoreApplication app(argc, argv);
    Translations::install(QStringLiteral("en"));
    if (argc == 4 && qstrcmp(argv[1], "--held") == 0) {
        const long kb = importHeld(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
        std::printf("%ld\n", kb);
        return kb > 0 ? 0 : 1;
    }
    const int rows = argc > 1 ? atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    QTextStream out(stdout);
    const QString csv = writeCsv(dir.filePath(QStringLiteral("returns.csv")), rows);

    // The check the window runs before it writes, on a workspace of its own.
    const double checkS = checkOnce(csv, dir.filePath(QStringLiteral("c.sqlite")));
    if (checkS < 0)
        return 1;
    Run run;
    Database db;
    if (!importOnce(csv, dir.filePath(QStringLiteral("w.sqlite")), &run, &db))
        return 1;
    // The same rows as a workbook: exported from the workspace (typed cells, shared strings), then imported
    // into a new workspace the same way.
    QElapsedTimer tx;
    tx.start();
    const QString xlsx = dir.filePath(QStringLiteral("returns.xlsx"));
    QString xlsxError;
    {
        Lookups lookups;
        lookups.load(db.connection());
        if (!Exporter::write(db.connection(), lookups, Entity::Credential, FilterSpec(), SortSpec(),
                             Exporter::allColumns(Entity::Credential), QLocale(QStringLiteral("en_CA")),
                             QStringLiteral("en"), Exporter::Format::Xlsx, xlsx, &xlsxError)) {
            std::fprintf(stderr, "%s\n", qPrintable(xlsxError));
            return 1;
        }
    }
    const double exportS = double(tx.nsecsElapsed()) / 1e9;
    Run xlsxRun;
    Database xlsxDb;
    if (!importOnce(xlsx, dir.filePath(QStringLiteral("x.sqlite")), &xlsxRun, &xlsxDb))
        return 1;

    // Undo, read back from the change log a page at a time. Its memory is that of this first run.
    const long beforeUndo = bench::procStatusKb("VmRSS:");
    bench::RssSampler undoSampler;
    double undoS = 0;
    if (!undoOnce(&db, run.batch, &undoS))
        return 1;
    const long largestUndo = undoSampler.stop();

    // The floor of the same work (the same table with its indexes and search index, and the change log),
    // then two more turns of mcfund's import and undo and the floor's, alternating, so that both sides
    // meet the same moments of a machine whose speed moves: medians of three.
    std::vector<double> imports{run.seconds}, undos{undoS}, floorImports, floorUndos;
    for (int turn = 0; turn < 3; ++turn) {
        double sameTableS = 0, sameTableUndoS = 0;
        if (!rawImport(csv, dir.filePath(QStringLiteral("same%1.sqlite").arg(turn)), &sameTableS,
                       &sameTableUndoS)) {
            std::fprintf(stderr, "the floor's import into a workspace failed\n");
            return 1;
        }
        floorImports.push_back(sameTableS);
        floorUndos.push_back(sameTableUndoS);
        if (turn == 2)
            break;
        Run again;
        Database againDb;
        double againUndoS = 0;
        if (!importOnce(csv, dir.filePath(QStringLiteral("w%1.sqlite").arg(turn + 1)), &again, &againDb) ||
            !undoOnce(&againDb, again.batch, &againUndoS))
            return 1;
        imports.push_back(again.seconds);
        undos.push_back(againUndoS);
    }
    const double importS = bench::median(imports), sameTableS = bench::median(floorImports);
    const double undoMedianS = bench::median(undos), sameTableUndoS = bench::median(floorUndos);

    // The floor: the same rows, read the same way, inserted as text into a bare table.
    QElapsedTimer t;
    t.start();
    sqlite3* raw = nullptr;
    sqlite3_open(QFile::encodeName(dir.filePath(QStringLiteral("raw.sqlite"))).constData(), &raw);
    sqlite3_exec(raw,
                 "CREATE TABLE c(title_en, title_fr, institution, sector, delivery, hours, weeks, tuition, "
                 "osap, status); BEGIN",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(raw, "INSERT INTO c VALUES (?,?,?,?,?,?,?,?,?,?)", -1, &st, nullptr);
    QString error;
    const std::unique_ptr<RowSource> source = RowSource::open(csv, QString(), &error);
    QStringList r;
    int line = 0;
    while (source && source->next(&r, &line)) {
        for (int c = 0; c < 10; ++c) {
            const QByteArray v = r.value(c).toUtf8();
            sqlite3_bind_text(st, c + 1, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        }
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
    const double rawS = double(t.nsecsElapsed()) / 1e9;

    // The first design, for memory, in a process of its own so that neither run reuses the other's freed
    // heap: the whole file read into a sheet, checked into one batch, written, and the batch kept (as its
    // undo step kept it).
    QProcess held;
    held.start(QCoreApplication::applicationFilePath(),
               {QStringLiteral("--held"), csv, dir.filePath(QStringLiteral("held.sqlite"))});
    held.waitForFinished(-1);
    const long heldKb = QString::fromLatin1(held.readAllStandardOutput()).trimmed().toLong();

    const auto spread = [](const std::vector<double>& sorted) {
        return QStringLiteral("%1–%2 s").arg(QString::number(sorted.front(), 'f', 2),
                                             QString::number(sorted.back(), 'f', 2));
    };
    out << "import of " << rows << " micro-credentials from CSV, streamed: " << run.report.summary() << "\n";
    out << "  read, check, match and write in one transaction, median of 3: "
        << QString::number(importS, 'f', 2) << " s (" << spread(imports) << "; target < 4 s)\n";
    out << "  raw SQLite insert of the same rows as text into a bare table (the floor): "
        << QString::number(rawS, 'f', 2) << " s; ratio " << QString::number(importS / rawS, 'f', 1) << "\n";
    out << "  the same rows written with SQLite's C API into a workspace's table, its indexes, search index "
           "and change log (the floor of the same work), median of 3, each run after one of mcfund's: "
        << QString::number(sameTableS, 'f', 2) << " s (" << spread(floorImports) << "); ratio "
        << QString::number(importS / sameTableS, 'f', 2) << "\n";
    out << "  the check before it (read, check, match; nothing written): " << QString::number(checkS, 'f', 2)
        << " s\n";
    out << "memory growth during the first import: " << run.halfKb / 1024
        << " MB over the first half of the file, " << (run.growthKb - run.halfKb) / 1024
        << " MB over the second half (steady: about 0)\n";
    out << "  the first design (whole file and checked batch held for undo): " << heldKb / 1024
        << " MB; ratio " << QString::number(double(heldKb) / std::max(1L, run.growthKb), 'f', 1) << "\n";
    out << "export of the " << rows << " rows to XLSX: " << QString::number(exportS, 'f', 2)
        << " s; import of that "
        << "workbook into a new workspace: " << QString::number(xlsxRun.seconds, 'f', 2) << " s ("
        << xlsxRun.report.summary() << "), memory growth " << xlsxRun.halfKb / 1024
        << " MB over the first half, " << (xlsxRun.growthKb - xlsxRun.halfKb) / 1024
        << " MB over the second\n";
    out << "undo of the import from the change log, median of 3: " << QString::number(undoMedianS, 'f', 2)
        << " s (" << spread(undos) << "; target < 4 s), memory growth of the first "
        << (largestUndo - beforeUndo) / 1024 << " MB\n";
    out << "  the same rows removed with SQLite's C API in three statements, each logged whole, in one "
           "transaction (the floor of the same work), median of 3: "
        << QString::number(sameTableUndoS, 'f', 2) << " s (" << spread(floorUndos) << "); ratio "
        << QString::number(undoMedianS / sameTableUndoS, 'f', 2) << "\n";
    out << "peak resident size of the whole run: " << bench::procStatusKb("VmHWM:") / 1024 << " MB\n\n";
    const QString where = QStringLiteral("import, %1 CSV rows, warm; import and undo median of 3, each run "
                                         "followed by the floor's; the rest one run")
                              .arg(QLocale(QStringLiteral("en_CA")).toString(rows));
    const auto secs = [](double s) -> QString { return QString::number(s, 'f', 2) + QStringLiteral(" s"); };
    bench::row(out, where, QStringLiteral("import (read, check, match, write, log; one transaction)"),
               secs(importS),
               QStringLiteral("SQLite C API, same rows into the same table, indexes, search index and log %1")
                   .arg(secs(sameTableS)),
               bench::ratio(importS, sameTableS), QStringLiteral("< 4 s"));
    bench::row(out, where, QStringLiteral("undo of the import"), secs(undoMedianS),
               QStringLiteral("SQLite C API, same rows logged whole and removed, set-based %1")
                   .arg(secs(sameTableUndoS)),
               bench::ratio(undoMedianS, sameTableUndoS), QStringLiteral("< 4 s"));
    bench::row(out, where,
               QStringLiteral("memory growth of the first import, first half / second half of the file "
                              "(sampled every 10 ms)"),
               QStringLiteral("%1 / %2 MB").arg(run.halfKb / 1024).arg((run.growthKb - run.halfKb) / 1024),
               QStringLiteral("whole file and batch held: %1 MB").arg(heldKb / 1024), QString(),
               QStringLiteral("steady"));
    bench::row(out, where, QStringLiteral("check before the import (read, check, match; nothing written)"),
               secs(checkS));
    bench::row(out, where,
               QStringLiteral("import of the same rows from an XLSX workbook (exported by mcfund, with ids)"),
               secs(xlsxRun.seconds), QStringLiteral("the same rows from CSV %1").arg(secs(importS)),
               bench::ratio(xlsxRun.seconds, importS));
    bench::row(out, where, QStringLiteral("export of the rows to XLSX"), secs(exportS));
    bench::row(out, where, QStringLiteral("peak resident size of the whole run (VmHWM)"),
               QStringLiteral("%1 MB").arg(bench::procStatusKb("VmHWM:") / 1024));
    return 0;
}
