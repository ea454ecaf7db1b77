#include "csvreader.h"
#include "exporter.h"
#include "importer.h"
#include "importpresets.h"
#include "registryexport.h"
#include "spreadsheetcommands.h"
#include "testworkspace.h"
#include "xlsxreader.h"

#include "domain/textkey.h"
#include "domain/translations.h"
#include "edits/changelogundo.h"
#include "edits/editengine.h"
#include "io/csvwriter.h"
#include "io/jsontext.h"
#include "query/lookups.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/repository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace mcfund;

namespace {
QByteArray dump(Database& db)
{
    QByteArray out;
    QSqlQuery q(db.connection());
    q.exec(
        QStringLiteral("SELECT uid, title_en, title_fr, hours, weeks, tuition_cents, osap_approved, "
                       "outcomes_en, cip_code, noc_codes, "
                       "delivery, status, institution_uid, sector_uid FROM micro_credential ORDER BY uid"));
    while (q.next())
        for (int i = 0; i < 14; ++i)
            out += (q.value(i).isNull() ? QByteArray("<null>") : q.value(i).toString().toUtf8()) + '|';
    return out;
}
// How these tests import micro-credentials: columns matched from \a header, read under \a locale.
ImportOptions credentialOptions(const QStringList& header,
                                const QLocale& locale = QLocale(QStringLiteral("en_CA")))
{
    ImportOptions o;
    o.entity = Entity::Credential;
    o.mapping = Importer::guessMapping(Entity::Credential, header);
    o.locale = locale;
    return o;
}
// Imports a file of micro-credentials the way the window and the command line do: streamed, in one
// transaction. Returns the number of rows written, or -1 when the file cannot be opened, -2 when nothing
// was written.
int importFile(Database& db, const QString& path, ImportReport* report, QString* error,
               bool allOrNothing = false, const QLocale& locale = QLocale(QStringLiteral("en_CA")),
               QString* batch = nullptr)
{
    const std::unique_ptr<RowSource> source = RowSource::open(path, QString(), error);
    if (!source)
        return -1;
    Lookups lookups;
    lookups.load(db.connection());
    ImportOptions o = credentialOptions(source->header(), locale);
    o.allOrNothing = allOrNothing;
    EditEngine engine(db.connection(), QStringLiteral("t"));
    if (!Importer::write(engine, db.connection(), lookups, *source, o, report, batch, error))
        return -2;
    return report->added + report->updated;
}
} // namespace

class TestSpreadsheets : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    void seed(Database& db)
    {
        Repository repo(db.connection(), ChangeContext{QStringLiteral("t"), QStringLiteral("edit"), {}, {}});
        const QString inst = repo.findInstitution(QStringLiteral("Collège Boréal"))->uid;
        const QString sector = repo.sectorUid(QStringLiteral("health_care"));
        const QList<Record> rows = {
            {{QStringLiteral("title_en"), QStringLiteral("Wound care")},
             {QStringLiteral("title_fr"), QStringLiteral("Soins des plaies : « bases »")},
             {QStringLiteral("hours"), qint64(40)},
             {QStringLiteral("weeks"), qint64(6)},
             {QStringLiteral("tuition_cents"), qint64(99999999999)},
             {QStringLiteral("osap_approved"), 1},
             {QStringLiteral("outcomes_en"), QStringLiteral("Line one\nLine two, with a comma\n\"quoted\"")},
             {QStringLiteral("cip_code"), QStringLiteral("51.3902")},
             {QStringLiteral("noc_codes"), QStringLiteral("33102;32101")}},
            {{QStringLiteral("title_fr"), QStringLiteral("Éducation de la petite enfance")},
             {QStringLiteral("hours"), QVariant()},
             {QStringLiteral("tuition_cents"), qint64(0)}},
            {{QStringLiteral("title_en"), QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")")},
             {QStringLiteral("hours"), qint64(5)}},
        };
        for (Record r : rows) {
            r.insert(QStringLiteral("institution_uid"), inst);
            r.insert(QStringLiteral("sector_uid"), sector);
            r.insert(QStringLiteral("delivery"), QStringLiteral("hybrid"));
            r.insert(QStringLiteral("status"), QStringLiteral("offered"));
            r.insert(QStringLiteral("language"), QStringLiteral("fr"));
            QString error;
            if (!repo.add(Entity::Credential, r, &error))
                qFatal("%s", qPrintable(error));
        }
    }

private slots:
    void anImportWritesTheSameRowsStreamedAsFromABatch()
    {
        // Importer::write binds a new row's values as the reading thread ordered them (RowEdit::ordered);
        // a batch applied with its log (Importer::prepare, then EditEngine::apply) binds them from the
        // record. Every column the two write must be the same, sort keys included.
        const QString file = m_dir.filePath(QStringLiteral("both-ways.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Title (English),Title (French),Institution,Sector,Delivery,Hours,Weeks,Tuition,"
                    "OSAP approved,Status,Language,Learning outcomes (English),CIP code,NOC 2021 codes,URL\n"
                    "Électricité de base,Électricité : bases,Collège Boréal,Health care,Hybrid,40,8,"
                    "\"$1,250.50\",Yes,Offered,fr,Wire a panel,52.0201,72200,https://example.ca/a\n"
                    "Only English,,Fleming College,Housing,Online,12,2,0,,In development,en,,,,\n"
                    ",Seulement en français,Université de Hearst,Health care,In person,300,30,$99,No,"
                    "Retired,fr,,,,\n");
        }
        QString error;
        Database streamed, batched;
        QVERIFY(streamed.open(test::workspace(m_dir, QStringLiteral("streamed.sqlite")), &error));
        QVERIFY(batched.open(test::workspace(m_dir, QStringLiteral("batched.sqlite")), &error));
        ImportReport report;
        QCOMPARE(importFile(streamed, file, &report, &error), 3);
        {
            const std::unique_ptr<RowSource> source = RowSource::open(file, QString(), &error);
            QVERIFY2(source, qPrintable(error));
            Sheet sheet;
            QVERIFY2(source->readAll(&sheet, &error), qPrintable(error));
            Lookups lookups;
            lookups.load(batched.connection());
            EditBatch batch;
            QVERIFY2(Importer::prepare(batched.connection(), lookups, sheet, credentialOptions(sheet.header),
                                       &batch, &report, &error),
                     qPrintable(error));
            QCOMPARE(batch.rows.size(), 3);
            QList<EditProblem> problems;
            QVERIFY(EditEngine(batched.connection(), QStringLiteral("t"))
                        .apply(batch, QStringLiteral("import"), &problems));
            QVERIFY(problems.isEmpty());
        }
        auto rows = [](Database& db) {
            QStringList out;
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT * FROM micro_credential ORDER BY rowid"));
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i) {
                    const QString column = q.record().fieldName(i);
                    if (column == QLatin1String("uid") || column.endsWith(QLatin1String("_at")))
                        continue;
                    values << column + u'=' +
                                  (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
                }
                out << values.join(u'|');
            }
            return out;
        };
        const QStringList written = rows(streamed);
        QCOMPARE(written.size(), 3);
        QVERIFY2(written.at(0).contains(QStringLiteral("tuition_cents=125050|osap_approved=1|")) &&
                     written.at(0).contains(QStringLiteral("noc_codes=72200|")),
                 qPrintable(written.at(0)));
        QVERIFY2(written.at(0).contains(QStringLiteral("sort_en=") +
                                        TextKey::of(QStringLiteral("Électricité de base"))),
                 qPrintable(written.at(0)));
        QVERIFY2(written.at(2).contains(QStringLiteral("sort_en=") +
                                        TextKey::of(QStringLiteral("Seulement en français"))),
                 qPrintable(written.at(2)));
        QCOMPARE(written, rows(batched));
    }

    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << "csv";
        QTest::newRow("xlsx") << "xlsx";
    }
    void roundTrips()
    {
        QFETCH(QString, format);
        Database a;
        QString error;
        QVERIFY(a.open(test::workspace(m_dir, QStringLiteral("a-%1.sqlite").arg(format)), &error));
        seed(a);
        Lookups lookups;
        lookups.load(a.connection());
        const QString file = m_dir.filePath(QStringLiteral("out.") + format);
        QVERIFY2(Exporter::write(a.connection(), lookups, Entity::Credential, FilterSpec(), SortSpec(),
                                 Exporter::allColumns(Entity::Credential), QLocale(QStringLiteral("en_CA")),
                                 QStringLiteral("en"), *Exporter::formatFromName(format), file, &error),
                 qPrintable(error));
        // Into an empty copy of the references: every value comes back exactly.
        Database b;
        QVERIFY(b.open(test::workspace(m_dir, QStringLiteral("b-%1.sqlite").arg(format)), &error));
        ImportReport report;
        QCOMPARE(importFile(b, file, &report, &error), 3);
        QCOMPARE(report.added, 3);
        QCOMPARE(dump(b), dump(a));
        // And again: matched, nothing changes.
        QCOMPARE(importFile(b, file, &report, &error), 0);
        QCOMPARE(report.unchanged, 3);
        // Exported again, the file is the same.
        const QString again = m_dir.filePath(QStringLiteral("again.") + format);
        Lookups lb;
        lb.load(b.connection());
        QVERIFY(Exporter::write(b.connection(), lb, Entity::Credential, FilterSpec(), SortSpec(),
                                Exporter::allColumns(Entity::Credential), QLocale(QStringLiteral("en_CA")),
                                QStringLiteral("en"), *Exporter::formatFromName(format), again, &error));
        if (format == QLatin1String("csv")) {
            QFile x(file), y(again);
            QVERIFY(x.open(QIODevice::ReadOnly) && y.open(QIODevice::ReadOnly));
            const QByteArray bytes = x.readAll();
            QCOMPARE(y.readAll(), bytes);
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            QVERIFY(bytes.contains("'=HYPERLINK")); // neutralised on the way out
            QVERIFY(!bytes.contains(",=HYPERLINK"));
        }
    }

    void csvDialects()
    {
        Sheet s;
        QString error;
        QVERIFY(CsvReader::read("Title;Hours\r\n\"A; B\";12\r\n\"multi\nline\";3\r\n", &s, &error));
        QCOMPARE(s.header, (QStringList{QStringLiteral("Title"), QStringLiteral("Hours")}));
        QCOMPARE(s.rows.at(0).at(0), QStringLiteral("A; B"));
        QCOMPARE(s.rows.at(1).at(0), QStringLiteral("multi\nline"));
        QCOMPARE(s.lines.at(1), 3);
        // Windows-1252 (Excel on Windows): é is 0xE9, the right quote 0x92.
        QVERIFY(CsvReader::read(QByteArray("Titre\tHeures\n\xC9"
                                           "ducation l\x92"
                                           "enfance\t4\n"),
                                &s, &error));
        QCOMPARE(s.rows.at(0).at(0), QStringLiteral("Éducation l’enfance"));
        QVERIFY(!CsvReader::read("Title,Hours\n\"unbalanced,3\nnext,4\n", &s, &error));
        QVERIFY2(error.contains(QStringLiteral("Line 2")), qPrintable(error));
    }

    void csvEndingInsideACharacter()
    {
        // Windows-1252 whose only accented letter is the file's last byte (no final line break): the UTF-8
        // check must not take the unfinished sequence for valid and drop it.
        Sheet s;
        QString error;
        QVERIFY2(CsvReader::read("kind,name\nemployer,Zeta Caf\xE9", &s, &error), qPrintable(error));
        QCOMPARE(s.rows.value(0).value(1), QStringLiteral("Zeta Café"));
        // Valid UTF-8 whose multi-byte characters straddle the 1 MB blocks of the check stays UTF-8.
        QByteArray data = "Title\n";
        while (data.size() < 2 * 1024 * 1024 + 100)
            data += "\xC3\xA9t\xC3\xA9 \xE2\x80\x99\n"; // "été ’"
        QVERIFY2(CsvReader::read(data, &s, &error), qPrintable(error));
        QCOMPARE(s.rows.last().value(0), QStringLiteral("été ’"));
    }

    void csvIsReadInChunks()
    {
        // Quoted line breaks, doubled quotes and CR LF pairs fall across the reader's 256 KB chunks, and the
        // one Windows-1252 byte comes after the first megabyte: the whole file is still read as Windows-1252.
        QByteArray data = "Title,Outcomes\r\n";
        int rows = 0;
        while (data.size() < 1536 * 1024) {
            data += "Row " + QByteArray::number(rows) + ",\"multi\r\nline \"\"" + QByteArray::number(rows) +
                    "\"\"\"\r\n";
            ++rows;
        }
        data += "Caf\xE9 last,done\r\n";
        Sheet s;
        QString error;
        QVERIFY2(CsvReader::read(data, &s, &error), qPrintable(error));
        QCOMPARE(s.rows.size(), rows + 1);
        for (int i = 0; i < rows; ++i) {
            QCOMPARE(s.rows.at(i).value(0), QStringLiteral("Row %1").arg(i));
            QCOMPARE(s.rows.at(i).value(1), QStringLiteral("multi\nline \"%1\"").arg(i));
            QCOMPARE(s.lines.at(i), 2 + 2 * i);
        }
        QCOMPARE(s.rows.last().value(0), QStringLiteral("Café last"));
        QCOMPARE(s.lines.last(), 2 + 2 * rows);
    }

    void checkAndWriteAgree()
    {
        // Two institutions that share only their French name: while writing, the first is in the table when
        // the second is matched, and must not be taken for it (the check, which writes nothing, adds both).
        Database db;
        QString error;
        QVERIFY(db.open(test::workspace(m_dir, QStringLiteral("agree.sqlite")), &error));
        const QString file = m_dir.filePath(QStringLiteral("agree.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                "Name (English),Name (French)\nAlpha Institute,Institut Beta\nGamma Institute,Institut Beta\n"
                "Alpha Institute,Institut Alpha\n");
        }
        Lookups lookups;
        lookups.load(db.connection());
        ImportOptions o;
        o.entity = Entity::Institution;
        o.locale = QLocale(QStringLiteral("en_CA"));
        ImportReport checked, written;
        {
            const std::unique_ptr<RowSource> source = RowSource::open(file, QString(), &error);
            QVERIFY2(source, qPrintable(error));
            o.mapping = Importer::guessMapping(Entity::Institution, source->header());
            QCOMPARE(o.mapping.size(), 2);
            QVERIFY2(Importer::check(db.connection(), lookups, *source, o, {}, &checked, &error),
                     qPrintable(error));
        }
        const std::unique_ptr<RowSource> source = RowSource::open(file, QString(), &error);
        EditEngine engine(db.connection(), QStringLiteral("t"));
        QVERIFY2(Importer::write(engine, db.connection(), lookups, *source, o, &written, nullptr, &error),
                 qPrintable(error));
        QCOMPARE(checked.added, 2);
        QCOMPARE(checked.refused, 1); // the third row repeats the first by its English name
        QCOMPARE(written.added, checked.added);
        QCOMPARE(written.updated, checked.updated);
        QCOMPARE(written.refused, checked.refused);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM institution WHERE name_fr = 'Institut Beta'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void repeatsAndProblemsAreFoundWhereverTheRowsAreKept_data()
    {
        QTest::addColumn<qsizetype>("keysInMemory");
        QTest::newRow("keys in memory") << qsizetype(1 << 18);
        QTest::newRow("keys moved to disk after 100 rows") << qsizetype(100);
        QTest::newRow("keys on disk from the first row") << qsizetype(0);
    }

    void repeatsAndProblemsAreFoundWhereverTheRowsAreKept()
    {
        // 3,000 rows: read ahead on a thread of their own in several batches, their keys kept in memory or
        // moved to a temporary table on the way. Wherever they are, a row repeated by its title (within
        // its institution) or by its id is refused, and every problem is reported with its own line.
        QFETCH(qsizetype, keysInMemory);
        Database db;
        QString error;
        QVERIFY(
            db.open(test::workspace(m_dir, QStringLiteral("repeats-%1.sqlite").arg(keysInMemory)), &error));
        const QString id = QStringLiteral("0190a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b");
        QByteArray csv = "ID,Title (English),Institution,Hours\n";
        for (int i = 0; i < 3000; ++i) {
            QByteArray title = "Module " + QByteArray::number(i);
            QByteArray hours = QByteArray::number(1 + i % 100);
            QByteArray uid;
            if (i == 2500)
                title = "  module 7 "; // row 7 again, as a spreadsheet might write it: line 2502
            if (i == 1200)
                hours = "twelve"; // line 1202
            if (i == 50 || i == 2900)
                uid = id.toLatin1(); // the second is line 2902
            csv += uid + ',' + title + ",Fleming College," + hours + '\n';
        }
        const QString file = m_dir.filePath(QStringLiteral("repeats-%1.csv").arg(keysInMemory));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(csv);
        }
        Lookups lookups;
        lookups.load(db.connection());
        auto options = [&](const RowSource& source) {
            ImportOptions o;
            o.entity = Entity::Credential;
            o.mapping = Importer::guessMapping(Entity::Credential, source.header());
            o.locale = QLocale(QStringLiteral("en_CA"));
            o.keysInMemory = keysInMemory;
            return o;
        };
        ImportReport checked, written;
        {
            const std::unique_ptr<RowSource> source = RowSource::open(file, QString(), &error);
            QVERIFY2(source, qPrintable(error));
            QVERIFY2(
                Importer::check(db.connection(), lookups, *source, options(*source), {}, &checked, &error),
                qPrintable(error));
        }
        const std::unique_ptr<RowSource> source = RowSource::open(file, QString(), &error);
        EditEngine engine(db.connection(), QStringLiteral("t"));
        QVERIFY2(Importer::write(engine, db.connection(), lookups, *source, options(*source), &written,
                                 nullptr, &error),
                 qPrintable(error));
        for (const ImportReport& r : {checked, written}) {
            QCOMPARE(r.rows, 3000);
            QCOMPARE(r.added, 2997);
            QCOMPARE(r.refused, 3);
            QList<int> lines;
            QStringList messages;
            for (const ImportProblem& p : r.problems) {
                lines << p.line;
                messages << p.message;
            }
            QCOMPARE(lines, (QList<int>{1202, 2502, 2902}));
            QVERIFY2(messages.at(0).contains(QStringLiteral("twelve")), qPrintable(messages.at(0)));
            QVERIFY2(messages.at(1).contains(QStringLiteral("twice")), qPrintable(messages.at(1)));
            QVERIFY2(messages.at(2).contains(QStringLiteral("twice")), qPrintable(messages.at(2)));
        }
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(hours), COUNT(DISTINCT title_en) FROM "
                                      "micro_credential")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2997);
        QCOMPARE(q.value(2).toInt(), 2997);
        qint64 hours = 0;
        for (int i = 0; i < 3000; ++i)
            if (i != 1200 && i != 2500 && i != 2900)
                hours += 1 + i % 100;
        QCOMPARE(q.value(1).toLongLong(), hours);
        QVERIFY(q.exec(QStringLiteral("SELECT title_en FROM micro_credential WHERE uid = '%1'").arg(id)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Module 50"));
    }

    void rowsThatCannotBeNotedStopTheImport()
    {
        // The temporary table that notes the rows read cannot take them (here: one of another shape is
        // already there). That is said, and nothing is written — never "the same record appears twice".
        Database db;
        QString error;
        QVERIFY(db.open(test::workspace(m_dir, QStringLiteral("unnoted.sqlite")), &error));
        const QString file = m_dir.filePath(QStringLiteral("unnoted.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Title (English),Institution\nFirst,Fleming College\nSecond,Fleming College\n");
        }
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("CREATE TEMP TABLE mcfund_import_seen (a integer NOT NULL, b integer NOT NULL)")));
        Lookups lookups;
        lookups.load(db.connection());
        const std::unique_ptr<RowSource> source = RowSource::open(file, QString(), &error);
        QVERIFY2(source, qPrintable(error));
        ImportOptions o;
        o.entity = Entity::Credential;
        o.mapping = Importer::guessMapping(Entity::Credential, source->header());
        o.locale = QLocale(QStringLiteral("en_CA"));
        o.keysInMemory = 1;
        ImportReport report;
        EditEngine engine(db.connection(), QStringLiteral("t"));
        QVERIFY(!Importer::write(engine, db.connection(), lookups, *source, o, &report, nullptr, &error));
        QVERIFY2(
            error.startsWith(QStringLiteral("Cannot note the rows already read in a temporary table: ")) &&
                error.size() > 60,
            qPrintable(error));
        QCOMPARE(report.stop, ImportReport::Stop::WriteFail);
        QVERIFY(report.problems.isEmpty());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM micro_credential")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void checkMatchesEveryRowAgainstOneStateOfTheWorkspace()
    {
        // Someone renames a record while a file is being checked: every row of the check is still matched
        // against the workspace as it was when the check began, never half before and half after.
        Database db;
        QString error;
        QVERIFY(db.open(test::workspace(m_dir, QStringLiteral("snapshot.sqlite")), &error));
        const QString first = m_dir.filePath(QStringLiteral("snapshot-first.csv"));
        const QString second = m_dir.filePath(QStringLiteral("snapshot-second.csv"));
        for (const auto& [path, text] : {std::pair{first, QByteArray("Name (English)\nAlpha Institute\n")},
                                         std::pair{second, QByteArray("Name (English)\nBeta Institute\n"
                                                                      "Alpha Institute\n")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        Lookups lookups;
        lookups.load(db.connection());
        ImportOptions o;
        o.entity = Entity::Institution;
        o.locale = QLocale(QStringLiteral("en_CA"));
        ImportReport report;
        {
            const std::unique_ptr<RowSource> source = RowSource::open(first, QString(), &error);
            QVERIFY2(source, qPrintable(error));
            o.mapping = Importer::guessMapping(Entity::Institution, source->header());
            EditEngine engine(db.connection(), QStringLiteral("t"));
            QVERIFY2(Importer::write(engine, db.connection(), lookups, *source, o, &report, nullptr, &error),
                     qPrintable(error));
            QCOMPARE(report.added, 1);
        }
        const std::unique_ptr<RowSource> source = RowSource::open(second, QString(), &error);
        QVERIFY2(source, qPrintable(error));
        const QString omega = TextKey::of(QStringLiteral("Omega Institute"));
        QString renamed = QStringLiteral("not yet");
        QVERIFY2(Importer::check(
                     db.connection(), lookups, *source, o,
                     [&](RowEdit&, int, QString*) {
                         // After the first row, before the second: Alpha becomes Omega elsewhere.
                         renamed = test::execElsewhere(
                             db,
                             QStringLiteral("UPDATE institution SET name_en = 'Omega Institute', sort_en = "
                                            "'%1', sort_fr = '%1' WHERE name_en = 'Alpha Institute'")
                                 .arg(omega));
                         return true;
                     },
                     &report, &error),
                 qPrintable(error));
        QVERIFY2(renamed.isEmpty(), qPrintable(renamed));
        QCOMPARE(report.added, 1);     // Beta
        QCOMPARE(report.unchanged, 1); // Alpha, as it was when the check began
        // The rename did happen, and the check left no transaction open on its connection.
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM institution WHERE name_en = 'Omega Institute'")) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        QSqlDatabase connection = db.connection();
        QVERIFY(connection.transaction());
        QVERIFY(connection.rollback());
    }

    void streamedImportIsUndoneAndRedoneFromTheChangeLog()
    {
        Database db;
        QString error;
        QVERIFY(db.open(test::workspace(m_dir, QStringLiteral("undo.sqlite")), &error));
        seed(db);
        // 1,500 new rows (enough for the bulk path of the full-text index), one row changing an existing
        // micro-credential, and one repeated row.
        const QString file = m_dir.filePath(QStringLiteral("undo.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Title (English),Title (French),Institution,Hours\n");
            for (int i = 0; i < 1500; ++i)
                f.write(QStringLiteral("Streamed course %1,Cours diffusé %1,Collège Boréal,%2\n")
                            .arg(i)
                            .arg(10 + i % 50)
                            .toUtf8());
            f.write("Wound care,Soins des plaies : « bases »,Collège Boréal,41\n");
            f.write("Streamed course 7,Cours diffusé 7,Collège Boréal,17\n");
        }
        auto matches = [&](const char* words) {
            return test::credentialsMatching(db.connection(), QString::fromLatin1(words));
        };
        auto indexIsSound = [&] { return test::credentialIndexIsSound(db.connection()); };
        const QByteArray before = dump(db);
        const std::unique_ptr<RowSource> source = RowSource::open(file, QString(), &error);
        QVERIFY2(source, qPrintable(error));
        Lookups lookups;
        lookups.load(db.connection());
        ImportOptions o;
        o.entity = Entity::Credential;
        o.mapping = Importer::guessMapping(Entity::Credential, source->header());
        o.locale = QLocale(QStringLiteral("en_CA"));
        ImportReport report;
        QString batch;
        EditEngine engine(db.connection(), QStringLiteral("t"));
        QVERIFY2(Importer::write(engine, db.connection(), lookups, *source, o, &report, &batch, &error),
                 qPrintable(error));
        QCOMPARE(report.added, 1500);
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.refused, 1);
        QCOMPARE(report.problems.first().line, 1503);
        QCOMPARE(ChangeLogUndo::records(db.connection(), batch), 1501);
        const QByteArray after = dump(db);
        QVERIFY(after != before);
        QCOMPARE(matches("streamed"), 1500);
        QCOMPARE(matches("diffuse"), 1500); // accent-folded
        QVERIFY(indexIsSound());

        QString undone;
        QVERIFY2(ChangeLogUndo::revert(engine, db.connection(), batch, QStringLiteral("undo"),
                                       QStringLiteral("import"), {}, &undone, &error),
                 qPrintable(error));
        QCOMPARE(dump(db), before);
        QCOMPARE(matches("streamed"), 0);
        QCOMPARE(matches("wound"), 1);
        QVERIFY(indexIsSound());

        QString redone;
        QVERIFY2(ChangeLogUndo::revert(engine, db.connection(), undone, QStringLiteral("redo"),
                                       QStringLiteral("import"), {}, &redone, &error),
                 qPrintable(error));
        QCOMPARE(dump(db), after); // the same records, under the same ids
        QCOMPARE(matches("streamed"), 1500);
        QVERIFY(indexIsSound());

        // Cancel pressed at the very end (the last progress report, during the full-text indexing, after
        // every row has gone through) still writes nothing: into a fresh workspace, the 1,501 rows are added
        // and then rolled back. The import reports at rows 0 and 1,000 of this file; the commit reports last.
        {
            Database fresh;
            QVERIFY(fresh.open(test::workspace(m_dir, QStringLiteral("undo-cancel.sqlite")), &error));
            seed(fresh);
            const QByteArray untouched = dump(fresh);
            Lookups freshLookups;
            freshLookups.load(fresh.connection());
            const std::unique_ptr<RowSource> again = RowSource::open(file, QString(), &error);
            ImportOptions cancelling = o;
            int calls = 0;
            cancelling.progress = [&calls](int) { return ++calls < 3; };
            ImportReport cancelled;
            EditEngine late(fresh.connection(), QStringLiteral("t"));
            QVERIFY(!Importer::write(late, fresh.connection(), freshLookups, *again, cancelling, &cancelled,
                                     nullptr, &error));
            QCOMPARE(calls, 3);
            QCOMPARE(cancelled.added, 1500);
            QVERIFY2(error.contains(QStringLiteral("Cancelled")), qPrintable(error));
            QCOMPARE(dump(fresh), untouched);
        }

        // An undo that meets a record changed since writes nothing and says so.
        QSqlQuery change(db.connection());
        QVERIFY(change.exec(
            QStringLiteral("UPDATE micro_credential SET hours = 99 WHERE title_en = 'Wound care'")));
        const QByteArray changed = dump(db);
        QVERIFY(!ChangeLogUndo::revert(engine, db.connection(), redone, QStringLiteral("undo"),
                                       QStringLiteral("import"), {}, &undone, &error));
        QVERIFY2(error.contains(QStringLiteral("changed elsewhere")), qPrintable(error));
        QCOMPARE(dump(db), changed);

        // A row of the batch that mcfund did not write (added by hand to the log): the undo fails whole,
        // names the row, and writes nothing, rather than skip it and look complete.
        QSqlQuery forged(db.connection());
        forged.prepare(QStringLiteral(
            "INSERT INTO change_log(at, \"user\", entity, uid, field, old, new, origin, batch, description) "
            "VALUES (?, 't', ?, 'forged-row', NULL, NULL, 'not a record', 'import', ?, 'x')"));
        forged.addBindValue(RecordStore::now());
        forged.addBindValue(Schema::entity(Entity::Credential).name);
        forged.addBindValue(redone);
        QVERIFY2(forged.exec(), qPrintable(forged.lastError().text()));
        const QByteArray withForged = dump(db);
        QVERIFY(!ChangeLogUndo::revert(engine, db.connection(), redone, QStringLiteral("undo"),
                                       QStringLiteral("import"), {}, &undone, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be undone")) &&
                     error.contains(QStringLiteral("forged-row")),
                 qPrintable(error));
        QCOMPARE(dump(db), withForged);
    }

    void undoOfALargeImportOfNewRecordsRemovesThemTogether()
    {
        // A batch that only added records (1,200: past the bulk threshold) is undone in a few statements:
        // the records, their search entries and a change-log row each with the whole record, as row by row.
        Database db;
        QString error;
        QVERIFY(db.open(test::workspace(m_dir, QStringLiteral("undo-bulk.sqlite")), &error));
        seed(db);
        const QString file = m_dir.filePath(QStringLiteral("undo-bulk.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Title (English),Title (French),Institution,Hours,Tuition,Learning outcomes (English)\n");
            for (int i = 0; i < 1200; ++i)
                f.write(QStringLiteral(
                            "\"Bulk \"\"course\"\" %1 \\ é\",Cours en bloc %1,Collège Boréal,%2,%3,%4\n")
                            .arg(i)
                            .arg(i % 3 ? QString::number(10 + i % 50) : QString())
                            .arg(i % 2 ? QStringLiteral("\"$1,250.00\"") : QString())
                            .arg(i % 5 ? QString() : QStringLiteral("\"Line one\nline\ttwo\""))
                            .toUtf8());
        }
        const QByteArray before = dump(db);
        ImportReport report;
        QString batch;
        QCOMPARE(importFile(db, file, &report, &error, false, QLocale(QStringLiteral("en_CA")), &batch),
                 1200);
        EditEngine engine(db.connection(), QStringLiteral("t"));
        QCOMPARE(report.added, 1200);
        const QByteArray after = dump(db);
        QCOMPARE(test::credentialsMatching(db.connection(), QStringLiteral("bulk")), 1200);

        QString undone;
        QVERIFY2(ChangeLogUndo::revert(engine, db.connection(), batch, QStringLiteral("undo"),
                                       QStringLiteral("import"), {}, &undone, &error),
                 qPrintable(error));
        QCOMPARE(dump(db), before);
        QCOMPARE(test::credentialsMatching(db.connection(), QStringLiteral("bulk")), 0);
        QCOMPARE(test::credentialsMatching(db.connection(), QStringLiteral("wound")), 1);
        QVERIFY(test::credentialIndexIsSound(db.connection()));

        // The log of the undo: a row for each record, newest first, the record whole as a JSON object of
        // its fields that are not null, numbers as numbers.
        QSqlQuery log(db.connection());
        log.prepare(QStringLiteral("SELECT uid, field, old, new, origin, \"user\" FROM change_log WHERE "
                                   "batch = ? ORDER BY id"));
        log.addBindValue(undone);
        QVERIFY(log.exec());
        QStringList uids;
        int withHours = 0, withOutcomes = 0;
        while (log.next()) {
            uids << log.value(0).toString();
            QVERIFY(log.value(1).isNull());
            QVERIFY(log.value(3).isNull());
            QCOMPARE(log.value(4).toString(), QStringLiteral("undo"));
            // (on a shared workspace, the database role that wrote it)
            if (!db.isServer())
                QCOMPARE(log.value(5).toString(), QStringLiteral("t"));
            const QJsonObject o = QJsonDocument::fromJson(log.value(2).toString().toUtf8()).object();
            QCOMPARE(o.value(QStringLiteral("uid")).toString(), uids.last());
            QVERIFY(o.value(QStringLiteral("title_en"))
                        .toString()
                        .startsWith(QStringLiteral("Bulk \"course\" ")));
            QVERIFY(o.value(QStringLiteral("title_en")).toString().endsWith(QStringLiteral(" \\ é")));
            QVERIFY(o.value(QStringLiteral("osap_approved")).isDouble());
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                QVERIFY2(!it.value().isNull(), qPrintable(it.key()));
            const QStringList keys = o.keys();
            QStringList sorted = keys;
            sorted.sort();
            QCOMPARE(keys, sorted);
            withHours += o.contains(QStringLiteral("hours")) && o.value(QStringLiteral("hours")).isDouble();
            withOutcomes +=
                o.value(QStringLiteral("outcomes_en")).toString() == QStringLiteral("Line one\nline\ttwo");
        }
        QCOMPARE(uids.size(), 1200);
        QCOMPARE(withHours, 800);
        QCOMPARE(withOutcomes, 240);
        QStringList newestFirst = uids;
        std::sort(newestFirst.begin(), newestFirst.end(), std::greater<QString>());
        QCOMPARE(uids, newestFirst); // uids are made in order

        // Redone from that log: the same records under the same ids.
        QString redone;
        QVERIFY2(ChangeLogUndo::revert(engine, db.connection(), undone, QStringLiteral("redo"),
                                       QStringLiteral("import"), {}, &redone, &error),
                 qPrintable(error));
        QCOMPARE(dump(db), after);
        QCOMPARE(test::credentialsMatching(db.connection(), QStringLiteral("bulk")), 1200);
        QVERIFY(test::credentialIndexIsSound(db.connection()));

        // One of the records that the redo added is gone since: its undo goes row by row, says which
        // record, and writes nothing.
        QSqlQuery gone(db.connection());
        QVERIFY(
            gone.exec(QStringLiteral("DELETE FROM micro_credential WHERE title_fr = 'Cours en bloc 600'")));
        const QByteArray without = dump(db);
        QVERIFY(!ChangeLogUndo::revert(engine, db.connection(), redone, QStringLiteral("undo"),
                                       QStringLiteral("import"), {}, &undone, &error));
        QVERIFY2(error.contains(QStringLiteral("no longer exists")), qPrintable(error));
        QCOMPARE(dump(db), without);
        QCOMPARE(test::credentialsMatching(db.connection(), QStringLiteral("bulk")), 1199);
        QVERIFY(test::credentialIndexIsSound(db.connection()));
    }

    void malformedInputWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("expect");
        QTest::newRow("negative amount")
            << QByteArray("Title (English),Institution,Tuition\nX,Fleming College,-5\n") << "csv"
            << "negative";
        QTest::newRow("date in text")
            << QByteArray("Title (English),Institution,Hours\nX,Fleming College,2024-01-01\n") << "csv"
            << "whole number";
        QTest::newRow("unknown institution")
            << QByteArray("Title (English),Institution\nX,Hogwarts\n") << "csv"
            << "Hogwarts";
        QTest::newRow("10 MB cell")
            << (QByteArray("Title (English),Institution,Learning outcomes (English)\nX,Fleming College,") +
                QByteArray(10 * 1024 * 1024, 'a') + "\n")
            << "csv"
            << "limit";
        QTest::newRow("truncated zip") << QByteArray("PK\x03\x04garbage", 12) << "xlsx"
                                       << "damaged or truncated";
    }
    void malformedInputWritesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, suffix);
        QFETCH(QString, expect);
        Database db;
        QString error;
        QVERIFY(db.open(
            m_dir.filePath(QStringLiteral("m-%1.sqlite")
                               .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'))),
            &error));
        const QByteArray before = dump(db);
        const QString file = m_dir.filePath(QStringLiteral("bad.") + suffix);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        ImportReport report;
        const int result = importFile(db, file, &report, &error, true);
        QVERIFY(result < 0);
        QString all = error;
        for (const ImportProblem& p : report.problems) {
            all += QLatin1Char(' ') + p.message;
            QVERIFY(p.line >= 2);
        }
        QVERIFY2(all.contains(expect), qPrintable(all.left(300)));
        QCOMPARE(dump(db), before);
    }

    void missingSheet()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("s.sqlite")), &error));
        seed(db);
        Lookups l;
        l.load(db.connection());
        const QString file = m_dir.filePath(QStringLiteral("s.xlsx"));
        QVERIFY(Exporter::write(db.connection(), l, Entity::Credential, FilterSpec(), SortSpec(),
                                Exporter::allColumns(Entity::Credential), QLocale(QStringLiteral("en_CA")),
                                QStringLiteral("en"), Exporter::Format::Xlsx, file, &error));
        QStringList names;
        QVERIFY(XlsxReader::sheetNames(file, &names, &error));
        QCOMPARE(names.size(), 1);
        Sheet sheet;
        QVERIFY(!XlsxReader::read(file, QStringLiteral("Nope"), &sheet, &error));
        QVERIFY(error.contains(QStringLiteral("Nope")) && error.contains(names.first()));
    }

    void readOnlyColumnsAreExportedAsShown()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("d.sqlite")), &error));
        seed(db);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT uid, title_en FROM project WHERE title_en <> '' ORDER BY uid LIMIT 1")) &&
                q.next());
        const QString project = q.value(0).toString();
        const QString title = q.value(1).toString();
        QSqlQuery u(db.connection());
        u.prepare(
            QStringLiteral("UPDATE micro_credential SET project_uid = ? WHERE title_en = 'Wound care'"));
        u.addBindValue(project);
        QVERIFY(u.exec());
        Lookups l;
        l.load(db.connection());
        const QString file = m_dir.filePath(QStringLiteral("derived.csv"));
        const QList<ExportColumn> columns{
            {QStringLiteral("title_fr"), QStringLiteral("Title (French)")},
            {Exporter::ProjectTitle, QStringLiteral("Project")},
            {Exporter::OsapEligibleLength, QStringLiteral("OSAP-eligible length")}};
        QVERIFY2(Exporter::write(db.connection(), l, Entity::Credential, FilterSpec(), SortSpec(), columns,
                                 QLocale(QStringLiteral("en_CA")), QStringLiteral("en"),
                                 Exporter::Format::Csv, file, &error),
                 qPrintable(error));
        Sheet sheet;
        QVERIFY2(CsvReader::readFile(file, &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.header, (QStringList{QStringLiteral("Title (French)"), QStringLiteral("Project"),
                                            QStringLiteral("OSAP-eligible length")}));
        QHash<QString, QStringList> byTitle;
        for (const QStringList& row : sheet.rows)
            byTitle.insert(row.value(0), row);
        QCOMPARE(byTitle.size(), 3);
        // 40 hours over 6 weeks: under 12 weeks and within 5–300 hours.
        QCOMPARE(byTitle.value(QStringLiteral("Soins des plaies : « bases »")),
                 (QStringList{QStringLiteral("Soins des plaies : « bases »"), title, QStringLiteral("Yes")}));
        // No hours recorded: the length cannot be judged, and there is no project.
        QCOMPARE(byTitle.value(QStringLiteral("Éducation de la petite enfance")).mid(1),
                 (QStringList{QString(), QStringLiteral("Unknown")}));
    }

    void projectsByTitleIdsAndRepeats()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("p.sqlite")), &error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT p.uid, p.title_en, i.name_en FROM project p JOIN institution i "
                                      "ON i.uid = p.institution_uid "
                                      "WHERE p.title_en <> '' ORDER BY p.uid LIMIT 1")) &&
                q.next());
        const QString project = q.value(0).toString();
        const QString title = q.value(1).toString();
        const QString institution = q.value(2).toString();
        const QString file = m_dir.filePath(QStringLiteral("p.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString csv =
            QStringLiteral("ID,Title (English),Institution,Project,Learning outcomes (English)\n"
                           ",Linked by title,\"%1\",\"%2\",\n"
                           ",Unknown project,\"%1\",No such project,\n"
                           "MC-2024-001,Foreign id,\"%1\",,\n"
                           ",,,,\n"
                           "2b1f0e4e-8a0c-4c51-9a8e-6f1f5a7b9c01,Twice,\"%1\",,\n"
                           "2b1f0e4e-8a0c-4c51-9a8e-6f1f5a7b9c01,Twice again,\"%1\",,\n"
                           ",Tabbed,\"%1\",,'\t=1+1\n")
                .arg(institution, title);
        f.write(csv.toUtf8());
        f.close();
        ImportReport report;
        QCOMPARE(importFile(db, file, &report, &error), 3);
        QStringList messages;
        QList<int> lines;
        for (const ImportProblem& p : report.problems) {
            messages << p.message;
            lines << p.line;
        }
        // The line of ",,,," is skipped as blank, so problems name lines 3, 4 and 7.
        QCOMPARE(lines, (QList<int>{3, 4, 7}));
        QVERIFY2(messages.at(0).contains(QStringLiteral("No such project")), qPrintable(messages.at(0)));
        QVERIFY2(messages.at(1).contains(QStringLiteral("MC-2024-001")), qPrintable(messages.at(1)));
        QVERIFY2(messages.at(2).contains(QStringLiteral("twice")), qPrintable(messages.at(2)));
        QSqlQuery linked(db.connection());
        linked.prepare(QStringLiteral("SELECT project_uid FROM micro_credential WHERE title_en = ?"));
        linked.addBindValue(QStringLiteral("Linked by title"));
        QVERIFY(linked.exec() && linked.next());
        QCOMPARE(linked.value(0).toString(), project);
        // A summary written out as "'<tab>=1+1" comes back as the text it was.
        QSqlQuery tabbed(db.connection());
        QVERIFY(tabbed.exec(
                    QStringLiteral("SELECT outcomes_en FROM micro_credential WHERE title_en = 'Tabbed'")) &&
                tabbed.next());
        QCOMPARE(tabbed.value(0).toString(), QStringLiteral("\t=1+1"));
        QCOMPARE(CsvWriter::neutralised(QStringLiteral("\t=1+1")), QStringLiteral("'\t=1+1"));
        // Text that really starts with an apostrophe and a sign comes back whole after export and import.
        for (const QString& text : {QStringLiteral("'=not a formula"), QStringLiteral("''@twice"),
                                    QStringLiteral("'-5"), QStringLiteral("'plain"), QStringLiteral("'")}) {
            QCOMPARE(Importer::unneutralise(CsvWriter::neutralised(text)), text);
            QCOMPARE(Importer::unneutralise(CsvWriter::protectApostrophe(text)), text);
        }
    }

    void projectTitleSharedByTwoInstitutionsFindsTheRowsOwn()
    {
        // Two institutions each have a project called the same. A row names the project by its title in a
        // column before the institution's: the project is still the row's institution's, whatever the
        // order in which the columns are read.
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("shared-title.sqlite")), &error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT p.uid, i.uid, i.name_en FROM project p JOIN institution i ON "
                                      "i.uid = p.institution_uid ORDER BY i.name_en, p.uid")));
        QStringList projects, institutions, names;
        while (q.next() && projects.size() < 2) {
            if (institutions.contains(q.value(1).toString()))
                continue;
            projects << q.value(0).toString();
            institutions << q.value(1).toString();
            names << q.value(2).toString();
        }
        QCOMPARE(projects.size(), 2);
        QSqlQuery rename(db.connection());
        QVERIFY(rename.prepare(QStringLiteral("UPDATE project SET title_en = 'Shared pathway', sort_en = ? "
                                              "WHERE uid IN (?, ?)")));
        rename.addBindValue(TextKey::of(QStringLiteral("Shared pathway")));
        rename.addBindValue(projects.at(0));
        rename.addBindValue(projects.at(1));
        QVERIFY2(rename.exec(), qPrintable(rename.lastError().text()));
        QCOMPARE(rename.numRowsAffected(), 2);
        const QString file = m_dir.filePath(QStringLiteral("shared-title.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Project,Title (English),Sector,Institution\n"
                               "Shared pathway,For the first,Housing,\"%1\"\n"
                               "Shared pathway,For the second,Housing,\"%2\"\n")
                    .arg(names.at(0), names.at(1))
                    .toUtf8());
        f.close();
        ImportReport report;
        QCOMPARE(importFile(db, file, &report, &error), 2);
        QSqlQuery linked(db.connection());
        QVERIFY(
            linked.exec(QStringLiteral("SELECT title_en, project_uid, institution_uid FROM micro_credential "
                                       "WHERE title_en LIKE 'For the %' ORDER BY title_en")));
        QVERIFY(linked.next());
        QCOMPARE(linked.value(0).toString(), QStringLiteral("For the first"));
        QCOMPARE(linked.value(1).toString(), projects.at(0));
        QCOMPARE(linked.value(2).toString(), institutions.at(0));
        QVERIFY(linked.next());
        QCOMPARE(linked.value(1).toString(), projects.at(1));
        QCOMPARE(linked.value(2).toString(), institutions.at(1));
    }

    void jsonTextEscapesAsQtDoes()
    {
        // The export writes JSON itself; each string must come out as QJsonDocument writes it: quotes and
        // backslashes, every control character, UTF-8 of one to four bytes, and lone surrogates.
        auto qt = [](const QString& text) {
            const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
            return array.mid(1, array.size() - 2); // without the brackets
        };
        QStringList samples = {QString(),
                               QStringLiteral("plain"),
                               QStringLiteral("\"quoted\" and back\\slash"),
                               QStringLiteral("Soins des plaies : « bases » — été"),
                               QString::fromUtf8("emoji \xF0\x9F\x8E\x93 and \xE2\x82\xAC"),
                               QStringLiteral("\b\f\n\r\t\x7f")};
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c);
        samples << controls << QString(QChar(0xd800)) << QString(QChar(0xdfff))
                << (QString(QChar(0xd83d)) + QLatin1Char('x')) << (QLatin1Char('x') + QChar(0xdc00));
        // And random text over every range of code units, surrogates included.
        QRandomGenerator random(20261203);
        for (int i = 0; i < 3000; ++i) {
            QString text;
            const int length = random.bounded(12);
            for (int j = 0; j < length; ++j) {
                const int range = random.bounded(5);
                const char16_t unit = range == 0   ? char16_t(random.bounded(0x80))
                                      : range == 1 ? char16_t(0x80 + random.bounded(0x780))
                                      : range == 2 ? char16_t(0xd800 + random.bounded(0x800))
                                                   : char16_t(random.bounded(0x10000));
                text += QChar(unit);
            }
            samples << text;
        }
        for (const QString& text : samples) {
            QByteArray mine;
            JsonText::appendString(mine, text);
            QCOMPARE(mine, qt(text));
        }
    }

    void jsonExportIsWhatQtWouldWrite()
    {
        // The whole file, byte for byte, as if each object had been built as a QJsonObject and written by
        // QJsonDocument: members in key order, nulls, integers, text with quotes and line breaks, the
        // derived columns, and a field asked for twice.
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("json.sqlite")), &error));
        seed(db);
        Lookups l;
        l.load(db.connection());
        QList<ExportColumn> columns = Exporter::allColumns(Entity::Credential);
        columns << ExportColumn{Exporter::ProjectTitle, QStringLiteral("Project")}
                << ExportColumn{Exporter::OsapEligibleLength, QStringLiteral("OSAP length")}
                << ExportColumn{QStringLiteral("hours"), QStringLiteral("Hours again")};
        const QString file = m_dir.filePath(QStringLiteral("credentials.json"));
        int written = 0;
        QVERIFY2(Exporter::write(db.connection(), l, Entity::Credential, FilterSpec(), SortSpec(), columns,
                                 QLocale(QStringLiteral("en_CA")), QStringLiteral("en"),
                                 Exporter::Format::Json, file, &error, &written),
                 qPrintable(error));
        QVERIFY(written >= 3);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QJsonParseError pe;
        const QJsonArray objects = QJsonDocument::fromJson(bytes, &pe).array();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(objects.size(), written);
        QByteArray expected = "[\n";
        for (qsizetype i = 0; i < objects.size(); ++i)
            expected +=
                (i ? ",\n  " : "  ") + QJsonDocument(objects.at(i).toObject()).toJson(QJsonDocument::Compact);
        expected += "\n]\n";
        QCOMPARE(bytes, expected);
        bool sawText = false;
        for (const QJsonValue& v : objects) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.size(), columns.size() - 1); // "hours" once
            if (o.value(QStringLiteral("title_en")).toString() == QStringLiteral("Wound care")) {
                sawText = true;
                QCOMPARE(o.value(QStringLiteral("outcomes_en")).toString(),
                         QStringLiteral("Line one\nLine two, with a comma\n\"quoted\""));
                QCOMPARE(o.value(QStringLiteral("tuition_cents")).toInteger(), qint64(99999999999));
                QCOMPARE(o.value(QStringLiteral("hours")).toInteger(), qint64(40));
                QCOMPARE(o.value(Exporter::OsapEligibleLength).toString(), QStringLiteral("Yes"));
            }
            if (o.value(QStringLiteral("title_fr")).toString() ==
                QStringLiteral("Éducation de la petite enfance"))
                QVERIFY(o.value(QStringLiteral("hours")).isNull());
        }
        QVERIFY(sawText);
    }

    void cancelledExportLeavesNoFile()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("c.sqlite")), &error));
        seed(db);
        Lookups l;
        l.load(db.connection());
        for (const Exporter::Format format :
             {Exporter::Format::Csv, Exporter::Format::Xlsx, Exporter::Format::Json}) {
            const QString file = m_dir.filePath(QStringLiteral("cancelled-%1").arg(int(format)));
            int calls = 0;
            QVERIFY(!Exporter::write(db.connection(), l, Entity::Credential, FilterSpec(), SortSpec(),
                                     Exporter::allColumns(Entity::Credential),
                                     QLocale(QStringLiteral("en_CA")), QStringLiteral("en"), format, file,
                                     &error, nullptr, [&](int) {
                                         ++calls;
                                         return false;
                                     }));
            QCOMPARE(calls, 1);
            QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
            QVERIFY(!QFile::exists(file));
            QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
        }
        int registryCalls = 0;
        const QString json = m_dir.filePath(QStringLiteral("cancelled.json"));
        QVERIFY(!RegistryExport::write(db.connection(), l, FilterSpec(), RegistryExport::Format::OpenBadges,
                                       json, &error, nullptr, [&](int) {
                                           ++registryCalls;
                                           return false;
                                       }));
        QCOMPARE(registryCalls, 1);
        QVERIFY(!QFile::exists(json));
    }

    void anExportWhoseRowsCannotBeListedWritesNothing()
    {
        // The index of credentials by sector cannot be read to its end: an export in that order, or of those
        // sectors, is an error and writes no file, never a file of the header alone (or of empty objects).
        QTemporaryDir dir;
        const QString path = test::damagedWorkspace(dir);
        QVERIFY(!path.isEmpty());
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        Lookups l;
        QVERIFY2(l.load(db.connection(), &error), qPrintable(error));
        const QString csv = dir.filePath(QStringLiteral("by-sector.csv"));
        QVERIFY(!Exporter::write(db.connection(), l, Entity::Credential, FilterSpec(),
                                 SortSpec{QStringLiteral("sector_uid"), false},
                                 Exporter::allColumns(Entity::Credential), QLocale(QStringLiteral("en_CA")),
                                 QStringLiteral("en"), Exporter::Format::Csv, csv, &error));
        QVERIFY2(error.contains(QStringLiteral("malformed")), qPrintable(error));
        QVERIFY(!QFile::exists(csv));
        // The sector whose credentials end the index, on the damaged page.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(uid) FROM sector")) && q.next());
        FilterSpec lastSector;
        lastSector.sectorUids << q.value(0).toString();
        const QString badges = dir.filePath(QStringLiteral("badges.json"));
        error.clear();
        QVERIFY(!RegistryExport::write(db.connection(), l, lastSector, RegistryExport::Format::OpenBadges,
                                       badges, &error));
        QVERIFY2(error.contains(QStringLiteral("malformed")), qPrintable(error));
        QVERIFY(!QFile::exists(badges));
    }

    void libreOfficeWorkbook()
    {
        // Made by LibreOffice (soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx) from
        // tests/data/libreoffice-source.csv.
        const QString file = QStringLiteral(MCFUND_TEST_DATA "/libreoffice-credentials.xlsx");
        // A committed fixture: missing, the test fails.
        QVERIFY2(QFile::exists(file), qPrintable(file + QStringLiteral(" is missing")));
        Sheet sheet;
        QString error;
        QVERIFY2(XlsxReader::read(file, QString(), &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.rows.size(), 3);
        // A date cell is a serial number counted from 1899-12-30, or from 1904-01-01 in a workbook set to the
        // 1904 date system (old Excel for Mac). The -1904 copy is the same workbook with that option set and
        // the serial moved by the 1,462 days between the two (as Excel does); LibreOffice reads both as
        // 2025-09-02.
        QCOMPARE(sheet.header.value(7), QStringLiteral("Start"));
        QCOMPARE(sheet.rows.first().value(7), QStringLiteral("2025-09-02"));
        Sheet mac;
        QVERIFY2(XlsxReader::read(QStringLiteral(MCFUND_TEST_DATA "/libreoffice-credentials-1904.xlsx"),
                                  QString(), &mac, &error),
                 qPrintable(error));
        QCOMPARE(mac.rows.first().value(7), QStringLiteral("2025-09-02"));
        QCOMPARE(mac.rows, sheet.rows);
        // Number cells in their canonical form, never in exponent notation (LibreOffice stores 1E-005).
        QCOMPARE(sheet.header.value(9), QStringLiteral("Notes"));
        QCOMPARE(sheet.rows.at(0).value(9), QStringLiteral("1000000000000000"));
        QCOMPARE(sheet.rows.at(1).value(9), QStringLiteral("0.00001"));
        QCOMPARE(sheet.rows.at(2).value(9), QStringLiteral("2.5"));
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("lo.sqlite")), &error));
        ImportReport report;
        QCOMPARE(importFile(db, file, &report, &error), 3);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT title_fr, hours, tuition_cents, url FROM micro_credential "
                                      "WHERE title_fr LIKE 'Soins%'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Soins infirmiers en milieu rural"));
        QCOMPARE(q.value(1).toInt(), 45);
        QCOMPARE(q.value(2).toLongLong(), qint64(125050));

        // Number cells come in their canonical form whatever the language of the import: in French, the CIP
        // code stays 51.3801 (not 51,3801, which is refused) and 1250.5 is still 1 250,50 $.
        Database fr;
        QVERIFY(fr.open(m_dir.filePath(QStringLiteral("lo-fr.sqlite")), &error));
        QCOMPARE(importFile(fr, file, &report, &error, false, QLocale(QStringLiteral("fr_CA"))), 3);
        QSqlQuery f(fr.connection());
        QVERIFY(f.exec(
            QStringLiteral("SELECT cip_code, tuition_cents, hours FROM micro_credential ORDER BY hours")));
        QStringList got;
        while (f.next())
            got << QStringLiteral("%1|%2|%3")
                       .arg(f.value(0).toString())
                       .arg(f.value(1).toLongLong())
                       .arg(f.value(2).toInt());
        QCOMPARE(got, QStringList({QStringLiteral("15.0503|0|20"), QStringLiteral("51.3801|125050|45"),
                                   QStringLiteral("30.7001|200000|120")}));
    }

    void presets()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("p.sqlite")), &error));
        const QStringList header{QStringLiteral("Intitulé"), QStringLiteral("Collège"),
                                 QStringLiteral("Durée")};
        QHash<int, QString> mapping{{0, QStringLiteral("title_fr")},
                                    {1, QStringLiteral("institution_uid")},
                                    {2, QStringLiteral("hours")}};
        QVERIFY(ImportPresets::save(db.connection(), QStringLiteral("Boréal returns"), Entity::Credential,
                                    header, mapping, &error));
        QHash<int, QString> back;
        QVERIFY(ImportPresets::load(
            db.connection(), QStringLiteral("Boréal returns"), Entity::Credential,
            {QStringLiteral("Durée"), QStringLiteral("Intitulé"), QStringLiteral("Collège")}, &back, &error));
        QCOMPARE(back.value(0), QStringLiteral("hours"));
        QCOMPARE(back.value(1), QStringLiteral("title_fr"));
        QVERIFY(!ImportPresets::load(db.connection(), QStringLiteral("Boréal returns"), Entity::Project,
                                     header, &back, &error));
        // Guessing from French headers.
        const QHash<int, QString> guessed = Importer::guessMapping(
            Entity::Credential, {QStringLiteral("Titre (français)"), QStringLiteral("Établissement"),
                                 QStringLiteral("Heures"), QStringLiteral("Droits de scolarité")});
        QCOMPARE(guessed.value(0), QStringLiteral("title_fr"));
        QCOMPARE(guessed.value(1), QStringLiteral("institution_uid"));
        QCOMPARE(guessed.value(2), QStringLiteral("hours"));
        QCOMPARE(guessed.value(3), QStringLiteral("tuition_cents"));
    }

    void registryFormats()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("r.sqlite")), &error));
        seed(db);
        Lookups l;
        l.load(db.connection());
        const QString ob = m_dir.filePath(QStringLiteral("ob.json"));
        int n = 0;
        QVERIFY(RegistryExport::write(db.connection(), l, FilterSpec(), RegistryExport::Format::OpenBadges,
                                      ob, &error, &n));
        QCOMPARE(n, 3);
        QFile f(ob);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError pe;
        const QJsonArray achievements = QJsonDocument::fromJson(f.readAll(), &pe).array();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        for (const QJsonValue& v : achievements) {
            const QJsonObject a = v.toObject();
            for (const char* key : {"id", "type", "name", "description", "criteria"})
                QVERIFY2(a.contains(QLatin1String(key)), key);
            QCOMPARE(a.value(QStringLiteral("type")).toArray().first().toString(),
                     QStringLiteral("Achievement"));
        }
        const QJsonObject wound = achievements.at(0).toObject().value(QStringLiteral("name")).toString() ==
                                          QLatin1String("Wound care")
                                      ? achievements.at(0).toObject()
                                      : achievements.at(1).toObject();
        QCOMPARE(wound.value(QStringLiteral("alignment")).toArray().size(),
                 3); // one per learning-outcome line
        const QString ctdl = m_dir.filePath(QStringLiteral("ctdl.json"));
        QVERIFY(RegistryExport::write(db.connection(), l, FilterSpec(), RegistryExport::Format::Ctdl, ctdl,
                                      &error, &n));
        QFile g(ctdl);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(g.readAll(), &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        const QJsonArray graph = doc.value(QStringLiteral("@graph")).toArray();
        QCOMPARE(graph.size(), 3);
        for (const QJsonValue& v : graph) {
            const QJsonObject c = v.toObject();
            QCOMPARE(c.value(QStringLiteral("@type")).toString(), QStringLiteral("ceterms:MicroCredential"));
            QVERIFY(c.value(QStringLiteral("ceterms:name")).isObject()); // a language map
            QVERIFY(c.contains(QStringLiteral("ceterms:ownedBy")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheets)
#include "tst_spreadsheets.moc"
