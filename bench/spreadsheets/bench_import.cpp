// Importing a 100,000-row CSV of micro-credentials: parse, validate, match and write in one transaction,
// compared in the same run with the floor — the same rows inserted with the raw SQLite C API into a bare
// table — and with memory measured before and after. Usage: bench_import [ROWS] (default 100,000).
#include "../benchcommon.h"
#include "csvreader.h"
#include "importer.h"

#include "domain/translations.h"
#include "edits/editengine.h"
#include "query/lookups.h"
#include "storage/database.h"

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
    Translations::install(QStringLiteral("en"));
    const int rows = argc > 1 ? atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    QTextStream out(stdout);
    // The file: what an institution return looks like, with the official institutions' names.
    const QStringList institutions = {QStringLiteral("Fleming College"), QStringLiteral("Collège Boréal"),
                                      QStringLiteral("McMaster University"),
                                      QStringLiteral("Lambton College"),
                                      QStringLiteral("Université de Hearst")};
    const QStringList sectors = {QStringLiteral("Health care"), QStringLiteral("Housing"),
                                 QStringLiteral("Advanced manufacturing")};
    const QString csv = dir.filePath(QStringLiteral("returns.csv"));
    {
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        f.write("Title (English),Title (French),Institution,Sector,Delivery,Hours,Weeks,Tuition,OSAP "
                "approved,Status\n");
        for (int i = 0; i < rows; ++i)
            f.write(
                QStringLiteral(
                    "Skills module %1,Module de compétences %1,%2,%3,Online,%4,%5,\"$1,%6.00\",%7,Offered\n")
                    .arg(i)
                    .arg(institutions.at(i % institutions.size()), sectors.at(i % sectors.size()))
                    .arg(5 + i % 290)
                    .arg(1 + i % 11)
                    .arg(100 + i % 900)
                    .arg(i % 2 ? QStringLiteral("Yes") : QStringLiteral("No"))
                    .toUtf8());
    }
    Database db;
    QString error;
    if (!db.open(dir.filePath(QStringLiteral("w.sqlite")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const long before = bench::procStatusKb("VmRSS:");
    QElapsedTimer t;
    t.start();
    Sheet sheet;
    if (!CsvReader::readFile(csv, &sheet, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double readS = double(t.nsecsElapsed()) / 1e9;
    const long afterRead = bench::procStatusKb("VmRSS:");
    Lookups lookups;
    lookups.load(db.connection());
    ImportOptions o;
    o.entity = Entity::Credential;
    o.mapping = Importer::guessMapping(Entity::Credential, sheet.header);
    o.locale = QLocale(QStringLiteral("en_CA"));
    EditBatch batch;
    ImportReport report;
    if (!Importer::prepare(db.connection(), lookups, sheet, o, &batch, &report, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double prepareS = double(t.nsecsElapsed()) / 1e9 - readS;
    const long afterPrepare = bench::procStatusKb("VmRSS:");
    QList<EditProblem> problems;
    if (!EditEngine(db.connection(), QStringLiteral("bench"))
             .apply(batch, QStringLiteral("import"), &problems)) {
        std::fprintf(stderr, "%s\n", qPrintable(EditEngine::describe(batch, problems)));
        return 1;
    }
    const double total = double(t.nsecsElapsed()) / 1e9;
    const long peak = bench::procStatusKb("VmHWM:");
    const long after = bench::procStatusKb("VmRSS:");

    t.start();
    sqlite3* raw = nullptr;
    sqlite3_open(QFile::encodeName(dir.filePath(QStringLiteral("raw.sqlite"))).constData(), &raw);
    sqlite3_exec(raw,
                 "CREATE TABLE c(title_en, title_fr, institution, sector, delivery, hours, weeks, tuition, "
                 "osap, status); BEGIN",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(raw, "INSERT INTO c VALUES (?,?,?,?,?,?,?,?,?,?)", -1, &st, nullptr);
    for (const QStringList& r : std::as_const(sheet.rows)) {
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
    out << "import of " << rows << " micro-credentials from CSV: " << report.summary() << "\n";
    out << "  read and parse the file: " << QString::number(readS, 'f', 2) << " s\n";
    out << "  map, validate and match every row: " << QString::number(prepareS, 'f', 2) << " s\n";
    out << "  write in one transaction with the change log: "
        << QString::number(total - readS - prepareS, 'f', 2) << " s\n";
    out << "  total: " << QString::number(total, 'f', 2) << " s (target < 10 s)\n";
    out << "raw SQLite insert of the same rows as text into a bare table (the floor): "
        << QString::number(rawS, 'f', 2) << " s; ratio " << QString::number(total / rawS, 'f', 1) << "\n";
    out << "memory: " << before / 1024 << " MB before, " << afterRead / 1024 << " MB with the file read, "
        << afterPrepare / 1024 << " MB with the batch checked, " << after / 1024 << " MB after writing, peak "
        << peak / 1024 << " MB\n";
    return 0;
}
