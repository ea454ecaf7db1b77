// The synthetic generator against the floor: the same number of micro-credential rows inserted with the raw
// SQLite C API into a bare table (no indexes, no full-text index, no other tables) in one transaction.
// Usage: bench_generate [CREDENTIALS] (default 200,000; projects = credentials / 10).
#include "synthetic/generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

using namespace mcfund;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 credentials = argc > 1 ? QByteArray(argv[1]).toLongLong() : 200000;
    QTemporaryDir dir;
    QTextStream out(stdout);

    QElapsedTimer t;
    t.start();
    GeneratorOptions o;
    o.credentials = credentials;
    o.projects = std::max<qint64>(1, credentials / 10);
    o.seed = 11;
    QString error;
    if (!Generator::generate(dir.filePath(QStringLiteral("g.sqlite")), o, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double generated = double(t.nsecsElapsed()) / 1e9;

    t.start();
    sqlite3* db = nullptr;
    sqlite3_open(QFile::encodeName(dir.filePath(QStringLiteral("raw.sqlite"))).constData(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; CREATE TABLE c(uid TEXT PRIMARY KEY, "
                 "title TEXT, hours INT, "
                 "weeks INT, tuition INT); BEGIN",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO c VALUES (?,?,?,?,?)", -1, &st, nullptr);
    for (qint64 i = 0; i < credentials; ++i) {
        const QByteArray uid = QByteArray::number(i).rightJustified(36, '0');
        const QByteArray title = "Micro-credential " + QByteArray::number(i);
        sqlite3_bind_text(st, 1, uid.constData(), int(uid.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, title.constData(), int(title.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 3, i % 300);
        sqlite3_bind_int64(st, 4, i % 12);
        sqlite3_bind_int64(st, 5, i * 7 % 300000);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    const double raw = double(t.nsecsElapsed()) / 1e9;
    out << "generate " << credentials << " micro-credentials and " << o.projects
        << " projects (every index, full-text, reviews): " << QString::number(generated, 'f', 2) << " s\n";
    out << "raw SQLite insert of " << credentials
        << " bare rows (the floor): " << QString::number(raw, 'f', 2) << " s\n";
    out << "ratio: " << QString::number(generated / raw, 'f', 1) << "\n";
    return 0;
}
