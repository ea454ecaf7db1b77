// Files built to hurt: zip bombs, lying zip headers, entity declarations, cells and sheets beyond any
// spreadsheet's size, and packages or workspaces whose schema holds something mcfund did not make. Each is
// refused with its message, in bounded memory, and nothing is written anywhere.
#include "csvreader.h"
#include "importer.h"
#include "rowsource.h"
#include "xlsxreader.h"

#include "edits/editengine.h"
#include "packages/institutionpackage.h"
#include "packages/packagemerger.h"
#include "query/lookups.h"
#include "storage/database.h"
#include "testworkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace mcfund;

namespace {

// ---- A zip written by hand, so that its headers can say what a hostile file's say. ----

quint32 crc32Of(const QByteArray& data)
{
    static quint32 table[256] = {};
    if (table[1] == 0)
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

struct ZipEntry
{
    QString name;
    QByteArray data;
    qint64 declaredSize = -1; ///< the unpacked size the headers give; -1: the true one
};

void put16(QByteArray& out, quint32 v)
{
    out += char(v & 0xFF);
    out += char((v >> 8) & 0xFF);
}
void put32(QByteArray& out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

QByteArray zipOf(const QList<ZipEntry>& entries)
{
    QByteArray out;
    QByteArray central;
    for (const ZipEntry& e : entries) {
        const QByteArray zlib = qCompress(e.data, 9); // 4-byte length, 2-byte zlib header, …, 4-byte adler
        const QByteArray packed = zlib.mid(6, zlib.size() - 10);
        const QByteArray name = e.name.toUtf8();
        const quint32 size = quint32(e.declaredSize >= 0 ? e.declaredSize : e.data.size());
        const quint32 crc = crc32Of(e.data);
        const quint32 offset = quint32(out.size());
        auto common = [&](QByteArray& h) {
            put16(h, 20);   // version needed
            put16(h, 0);    // flags
            put16(h, 8);    // deflate
            put16(h, 0);    // time
            put16(h, 0x21); // date: 1980-01-01
            put32(h, crc);
            put32(h, quint32(packed.size()));
            put32(h, size);
            put16(h, quint16(name.size()));
            put16(h, 0); // extra
        };
        put32(out, 0x04034b50);
        common(out);
        out += name;
        out += packed;
        put32(central, 0x02014b50);
        put16(central, 20); // made by
        common(central);
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central += name;
    }
    const quint32 at = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, at);
    put16(out, 0);
    return out;
}

const char* const kContentTypes =
    R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>)";
const char* const kRels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
const char* const kWorkbook =
    R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const char* const kWorkbookRels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";
const QByteArray kSheetHead =
    "<?xml version=\"1.0\"?><worksheet "
    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
const QByteArray kSheetTail = "</sheetData></worksheet>";

QByteArray inlineRow(int row, const QByteArray& text)
{
    return "<row r=\"" + QByteArray::number(row) + "\"><c r=\"A" + QByteArray::number(row) +
           "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>";
}

// A workbook of one sheet: a "Title (English)" header, then \a rows; \a sheetSize overrides what the zip
// says the sheet unpacks to; \a extra parts are added (or replace the standard ones).
QByteArray workbookOf(const QByteArray& rows, qint64 sheetSize = -1, const QList<ZipEntry>& extra = {},
                      const QByteArray& prolog = QByteArray())
{
    QList<ZipEntry> entries = {{QStringLiteral("[Content_Types].xml"), kContentTypes},
                               {QStringLiteral("_rels/.rels"), kRels},
                               {QStringLiteral("xl/workbook.xml"), kWorkbook},
                               {QStringLiteral("xl/_rels/workbook.xml.rels"), kWorkbookRels}};
    for (const ZipEntry& e : extra) {
        entries.removeIf([&](const ZipEntry& x) { return x.name == e.name; });
        entries << e;
    }
    QByteArray sheet = prolog.isEmpty() ? kSheetHead : prolog + kSheetHead.mid(21);
    sheet += inlineRow(1, "Title (English)") + rows + kSheetTail;
    entries << ZipEntry{QStringLiteral("xl/worksheets/sheet1.xml"), sheet, sheetSize};
    return zipOf(entries);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray sha(const QString& path)
{
    return QCryptographicHash::hash(test::fileBytes(path), QCryptographicHash::Sha256);
}

// Puts the limits back as they were when the test function ends, whatever it lowered.
struct LimitsGuard
{
    ReadLimits saved = ReadLimits::current();
    ~LimitsGuard() { ReadLimits::current() = saved; }
};

// Edits a file the way any SQLite tool could: no mcfund code involved.
bool rawExec(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    char* msg = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &msg);
    if (msg)
        qWarning("%s", msg);
    sqlite3_free(msg);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

int dbConfig(const QSqlDatabase& db, int option)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return -2;
    sqlite3* raw = *static_cast<sqlite3* const*>(handle.constData());
    int value = -1;
    return sqlite3_db_config(raw, option, -1, &value) == SQLITE_OK ? value : -3;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_template; ///< an official workspace, closed, copied by each test that needs one

    // A copy of the official workspace under \a name.
    QString workspace(const QString& name)
    {
        const QString p = m_dir.filePath(name);
        QFile::remove(p);
        if (!QFile::copy(m_template, p))
            qFatal("cannot copy the template workspace");
        return p;
    }
    QString package(const QString& name)
    {
        Database ws;
        QString error;
        if (!ws.open(workspace(name + QStringLiteral(".source.sqlite")), &error))
            qFatal("%s", qPrintable(error));
        const QString p = m_dir.filePath(name);
        QFile::remove(p);
        if (!InstitutionPackage::exportTo(ws, QStringLiteral("Fleming College"), 0, p, QStringLiteral("t"),
                                          nullptr, &error))
            qFatal("%s", qPrintable(error));
        return p;
    }
    // Imports \a path as micro-credentials into a copy of the official workspace, as the window and the
    // command line do; the error, and whether the workspace's bytes are the same after.
    QString importRefusal(const QString& path, bool* untouched)
    {
        const QString target = workspace(QStringLiteral("import-target.sqlite"));
        QString error;
        QByteArray before;
        {
            Database db;
            if (!db.open(target, &error))
                return QStringLiteral("(workspace: %1)").arg(error);
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            before = sha(target);
            const std::unique_ptr<RowSource> source = RowSource::open(path, QString(), &error);
            if (source) {
                Lookups lookups;
                lookups.load(db.connection());
                ImportOptions o;
                o.entity = Entity::Credential;
                o.mapping = Importer::guessMapping(Entity::Credential, source->header());
                o.locale = QLocale(QStringLiteral("en_CA"));
                EditEngine engine(db.connection(), QStringLiteral("t"));
                ImportReport report;
                if (Importer::write(engine, db.connection(), lookups, *source, o, &report, nullptr, &error))
                    error.clear();
            }
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            *untouched = sha(target) == before;
        }
        return error;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Messages give numbers as the user's language writes them: English (Canada) here.
        QLocale::setDefault(QLocale(QStringLiteral("en_CA")));
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_template, &error), qPrintable(error));
        db.close();
        QVERIFY(!QFile::exists(m_template + QStringLiteral("-wal")));
    }

    // ---- Workbooks ----

    void zipBombIsRefusedByTheRatio()
    {
        // 40 MB of one letter deflates to some 40 KB: beyond 16 MB unpacked, 100:1 is the most allowed.
        const QString p = m_dir.filePath(QStringLiteral("bomb.xlsx"));
        writeFile(p, workbookOf(inlineRow(2, QByteArray(40 * 1024 * 1024, 'A'))));
        QVERIFY(QFileInfo(p).size() < 200 * 1024);
        bool untouched = false;
        const QString error = importRefusal(p, &untouched);
        QCOMPARE(error,
                 QStringLiteral("The part “xl/worksheets/sheet1.xml” of the workbook unpacks to more than "
                                "100 times its packed size, which no spreadsheet program writes (a “zip "
                                "bomb”): the file is refused."));
        QVERIFY(untouched);
    }

    void partOverTheSizeCapIsRefused()
    {
        // What the headers declare is judged before a byte is unpacked: 600 MB is over the 512 MB cap.
        const QString p = m_dir.filePath(QStringLiteral("declared.xlsx"));
        writeFile(p, workbookOf(inlineRow(2, "Short"), 600LL * 1024 * 1024));
        QString error;
        QVERIFY(!RowSource::open(p, QString(), &error));
        QCOMPARE(error,
                 QStringLiteral("The part “xl/worksheets/sheet1.xml” of the workbook unpacks to more than "
                                "512 MB, the most mcfund reads: the file is refused."));
    }

    void lyingZipHeaderIsRefused()
    {
        // The headers say 100 bytes; the entry holds far more. Only what was declared is unpacked, so
        // the sheet ends mid-way and is refused as truncated; nothing is imported.
        const QString p = m_dir.filePath(QStringLiteral("liar.xlsx"));
        QByteArray rows;
        for (int r = 2; r < 2000; ++r)
            rows += inlineRow(r, "Row " + QByteArray::number(r));
        writeFile(p, workbookOf(rows, 100));
        bool untouched = false;
        const QString error = importRefusal(p, &untouched);
        QVERIFY2(error.startsWith(QStringLiteral("The sheet “Sheet1” is damaged or truncated: ")),
                 qPrintable(error));
        QVERIFY(untouched);
        // The same entry, headers telling the truth, reads in full.
        writeFile(p, workbookOf(rows));
        Sheet sheet;
        QString why;
        QVERIFY2(XlsxReader::read(p, QString(), &sheet, &why), qPrintable(why));
        QCOMPARE(sheet.rows.size(), 1998);
    }

    void entityDeclarationsAreRefused_data()
    {
        QTest::addColumn<QString>("part");
        QTest::newRow("sheet") << "xl/worksheets/sheet1.xml";
        QTest::newRow("workbook") << "xl/workbook.xml";
        QTest::newRow("relationships") << "xl/_rels/workbook.xml.rels";
        QTest::newRow("shared strings") << "xl/sharedStrings.xml";
        QTest::newRow("styles") << "xl/styles.xml";
    }
    void entityDeclarationsAreRefused()
    {
        QFETCH(QString, part);
        // A billion laughs: ten entities, each ten of the one before.
        QByteArray doctype = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lololololololololol\">";
        for (int i = 1; i < 10; ++i) {
            QByteArray refs;
            for (int k = 0; k < 10; ++k)
                refs += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
            doctype += "<!ENTITY lol" + QByteArray::number(i) + " \"" + refs + "\">";
        }
        doctype += "]>";
        const QString p = m_dir.filePath(QStringLiteral("laughs.xlsx"));
        if (part == QLatin1String("xl/worksheets/sheet1.xml")) {
            writeFile(p, workbookOf(inlineRow(2, "&lol9;"), -1, {}, doctype));
        } else {
            QByteArray body;
            if (part == QLatin1String("xl/workbook.xml"))
                body = QByteArray(kWorkbook).mid(21);
            else if (part == QLatin1String("xl/_rels/workbook.xml.rels"))
                body = QByteArray(kWorkbookRels).mid(21);
            else if (part == QLatin1String("xl/sharedStrings.xml"))
                body = "<sst "
                       "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&lol9;</"
                       "t></si></sst>";
            else
                body = "<styleSheet "
                       "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts><numFmt "
                       "numFmtId=\"164\" formatCode=\"&lol9;\"/></numFmts></styleSheet>";
            writeFile(p, workbookOf(inlineRow(2, "Fine"), -1, {{part, doctype + body}}));
        }
        bool untouched = false;
        const QString error = importRefusal(p, &untouched);
        QCOMPARE(error,
                 QStringLiteral("The part “%1” of the workbook declares a document type or entities, which "
                                "no spreadsheet program writes (entities can expand to exhaust memory): "
                                "the file is refused.")
                     .arg(part));
        QVERIFY(untouched);
    }

    void cellOverOneMegabyteIsRefused()
    {
        const QString p = m_dir.filePath(QStringLiteral("long-cell.xlsx"));
        // Exactly the limit: read whole.
        writeFile(p, workbookOf(inlineRow(2, QByteArray(1048576, 'x'))));
        Sheet sheet;
        QString error;
        QVERIFY2(XlsxReader::read(p, QString(), &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.rows.size(), 1);
        QCOMPARE(sheet.rows.first().first().size(), 1048576);
        // One character more, in an inline string then a shared one: refused with the cell.
        writeFile(p, workbookOf(inlineRow(2, QByteArray(1048577, 'x'))));
        bool untouched = false;
        error = importRefusal(p, &untouched);
        QCOMPARE(error, QStringLiteral("Cell A2 of the sheet “Sheet1” holds more than 1,048,576 characters, "
                                       "the limit for one cell: the file is refused."));
        QVERIFY(untouched);
        const QByteArray sst = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                               "spreadsheetml/2006/main\"><si><t>" +
                               QByteArray(1048577, 'y') + "</t></si></sst>";
        writeFile(p, workbookOf("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>", -1,
                                {{QStringLiteral("xl/sharedStrings.xml"), sst}}));
        QVERIFY(!XlsxReader::read(p, QString(), &sheet, &error));
        QCOMPARE(error, QStringLiteral("Shared string 1 of the workbook holds more than 1,048,576 "
                                       "characters, the limit for one cell: the file is refused."));
    }

    void runawayTextIsStoppedBeforeItIsHeld()
    {
        // 30 MB of text without markup is refused while it is read, before the XML reader holds it whole:
        // the sheet is under the size cap and, with a ratio allowed for the test, not a bomb.
        LimitsGuard guard;
        ReadLimits::current().ratio = 100000;
        const QString p = m_dir.filePath(QStringLiteral("runaway.xlsx"));
        writeFile(p, workbookOf(inlineRow(2, QByteArray(30 * 1024 * 1024, 'A'))));
        Sheet sheet;
        QString error;
        QVERIFY(!XlsxReader::read(p, QString(), &sheet, &error));
        QCOMPARE(error, QStringLiteral("Cell A2 of the sheet “Sheet1” holds more than 1,048,576 characters, "
                                       "the limit for one cell: the file is refused."));
    }

    void tooManyRowsAreRefused()
    {
        const QString p = m_dir.filePath(QStringLiteral("rows.xlsx"));
        // A row numbered past the last a spreadsheet has.
        writeFile(p, workbookOf(inlineRow(2, "Fine") + inlineRow(1048577, "Too far")));
        Sheet sheet;
        QString error;
        QVERIFY(!XlsxReader::read(p, QString(), &sheet, &error));
        QCOMPARE(error,
                 QStringLiteral("The sheet “Sheet1” has more than 1,048,576 rows, the most a spreadsheet "
                                "holds: the file is refused."));
        // The last row there is reads.
        writeFile(p, workbookOf(inlineRow(1048576, "Last")));
        QVERIFY2(XlsxReader::read(p, QString(), &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.lines, QList<int>{1048576});
        // Rows without numbers are counted: with the limit lowered to 3, a header and three rows are too
        // many.
        LimitsGuard guard;
        ReadLimits::current().rows = 3;
        writeFile(p, workbookOf("<row><c t=\"inlineStr\"><is><t>a</t></is></c></row>"
                                "<row><c t=\"inlineStr\"><is><t>b</t></is></c></row>"));
        QVERIFY2(XlsxReader::read(p, QString(), &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.rows.size(), 2);
        writeFile(p, workbookOf("<row><c t=\"inlineStr\"><is><t>a</t></is></c></row>"
                                "<row><c t=\"inlineStr\"><is><t>b</t></is></c></row>"
                                "<row><c t=\"inlineStr\"><is><t>c</t></is></c></row>"));
        QVERIFY(!XlsxReader::read(p, QString(), &sheet, &error));
        QCOMPARE(error,
                 QStringLiteral("The sheet “Sheet1” has more than 3 rows, the most a spreadsheet holds: the "
                                "file is refused."));
    }

    void cellBeyondTheLastColumnIsRefused()
    {
        // XFD is the last column; a cell further right would make a row of millions of empty cells.
        const QString p = m_dir.filePath(QStringLiteral("columns.xlsx"));
        writeFile(p, workbookOf("<row r=\"2\"><c r=\"XFD2\" t=\"inlineStr\"><is><t>edge</t></is></c></row>"));
        Sheet sheet;
        QString error;
        QVERIFY2(XlsxReader::read(p, QString(), &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.rows.first().size(), 16384);
        writeFile(p,
                  workbookOf("<row r=\"2\"><c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>far</t></is></c></row>"));
        QVERIFY(!XlsxReader::read(p, QString(), &sheet, &error));
        QCOMPARE(error, QStringLiteral("Cell ZZZZZZ2 of the sheet “Sheet1” lies beyond the last column a "
                                       "spreadsheet has (16,384): the file is refused."));
    }

    void rowsOutOfOrderAreRefused()
    {
        // Found by fuzzing: row 6 then row 4 gave the importer line numbers that went backwards.
        const QString p = m_dir.filePath(QStringLiteral("order.xlsx"));
        Sheet sheet;
        QString error;
        writeFile(p, workbookOf(inlineRow(2, "first") + inlineRow(6, "second") + inlineRow(4, "third")));
        QVERIFY(!XlsxReader::read(p, QString(), &sheet, &error));
        QCOMPARE(error,
                 QStringLiteral("Row 4 of the sheet “Sheet1” comes after row 6: the rows of a sheet are "
                                "stored in order, so the file is damaged and is refused."));
        writeFile(p, workbookOf(inlineRow(2, "first") + inlineRow(2, "again")));
        QVERIFY(!XlsxReader::read(p, QString(), &sheet, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Row 2 of the sheet “Sheet1” comes after row 2")),
                 qPrintable(error));
        // Gaps are fine: rows 2 and 6 are read as lines 2 and 6.
        writeFile(p, workbookOf(inlineRow(2, "first") + inlineRow(6, "second")));
        QVERIFY2(XlsxReader::read(p, QString(), &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.rows.size(), 2);
        QCOMPARE(sheet.rows.last().first(), QStringLiteral("second"));
        QCOMPARE(sheet.lines, QList<int>({2, 6}));
    }

    // ---- CSV ----

    void csvCellOverOneMegabyteIsRefused()
    {
        const QString p = m_dir.filePath(QStringLiteral("long.csv"));
        writeFile(p, "Title (English),Outcomes (English)\nFine," + QByteArray(1048576, 'x') + "\n");
        Sheet sheet;
        QString error;
        QVERIFY2(CsvReader::readFile(p, &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.rows.first().at(1).size(), 1048576);
        writeFile(p, "Title (English),Outcomes (English)\nFine," + QByteArray(1048577, 'x') + "\n");
        bool untouched = false;
        error = importRefusal(p, &untouched);
        QCOMPARE(
            error,
            QStringLiteral(
                "Line 2, column 2: a field holds more than 1,048,576 characters, the limit for one cell."));
        QVERIFY(untouched);
        // A quote never closed swallows the rest of the file: stopped at the same size, where it opened.
        writeFile(p, "Title (English)\nFine\n\"Runaway," + QByteArray(2 * 1048576, 'x') + "\n");
        QVERIFY(!CsvReader::readFile(p, &sheet, &error));
        QCOMPARE(error,
                 QStringLiteral("Line 3, column 1: a quoted field runs on for more than 1,048,576 "
                                "characters, the limit for one cell; a closing \" is probably missing."));
    }

    void csvTooManyRowsAreRefused()
    {
        // 1,048,576 lines (the header and 1,048,575 rows) is what a spreadsheet holds; one more is refused.
        const QString p = m_dir.filePath(QStringLiteral("rows.csv"));
        QByteArray lines = "Title (English)\n";
        lines += QByteArray("a\n").repeated(1048575);
        writeFile(p, lines);
        const std::unique_ptr<RowSource> ok = CsvReader::openFile(p, nullptr);
        QVERIFY(ok);
        QStringList row;
        int line = 0;
        int count = 0;
        while (ok->next(&row, &line))
            ++count;
        QCOMPARE(ok->error(), QString());
        QCOMPARE(count, 1048575);
        writeFile(p, lines + "a\n");
        bool untouched = false;
        const QString error = importRefusal(p, &untouched);
        QCOMPARE(error,
                 QStringLiteral("The file has more than 1,048,576 rows, the most a spreadsheet holds: it is "
                                "refused. Split it into smaller files."));
        QVERIFY(untouched);
    }

    void csvRowOfTooManyColumnsIsRefused()
    {
        const QString p = m_dir.filePath(QStringLiteral("wide.csv"));
        writeFile(p, "Title (English)\n" + QByteArray(16384, ',') + "\n");
        Sheet sheet;
        QString error;
        QVERIFY(!CsvReader::readFile(p, &sheet, &error));
        QCOMPARE(error,
                 QStringLiteral("Line 2: a row has more than 16,384 columns, the most a spreadsheet holds."));
        writeFile(p, "Title (English)\nx" + QByteArray(16383, ',') + "\n");
        QVERIFY2(CsvReader::readFile(p, &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.rows.first().size(), 16384);
    }

    // ---- Packages and workspaces ----

    void hostileSchemaIsRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("object");
        QTest::addColumn<bool>("changed");
        QTest::newRow("view") << "CREATE VIEW evil AS SELECT 1"
                              << "view “evil”" << false;
        QTest::newRow("trigger") << "CREATE TRIGGER evil AFTER UPDATE ON project BEGIN "
                                    "UPDATE project SET title_en = 'pwned'; END"
                                 << "trigger “evil”" << false;
        QTest::newRow("table") << "CREATE TABLE evil (x)"
                               << "table “evil”" << false;
        QTest::newRow("index") << "CREATE INDEX evil ON project(title_en)"
                               << "index “evil”" << false;
        QTest::newRow("changed trigger")
            << "DROP TRIGGER change_log_no_delete; CREATE TRIGGER change_log_no_delete BEFORE DELETE ON "
               "change_log BEGIN SELECT 1; END"
            << "trigger “change_log_no_delete”" << true;
        QTest::newRow("changed table") << "ALTER TABLE project ADD COLUMN evil TEXT"
                                       << "table “project”" << true;
    }
    void hostileSchemaIsRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, object);
        QFETCH(bool, changed);
        const QString tag =
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString how = changed ? QStringLiteral("holds a changed version of what mcfund creates (%1)")
                                    : QStringLiteral("holds something mcfund did not create (%1)");

        // A package: the merge is refused before anything is read from it, the workspace untouched.
        const QString pkg = package(QStringLiteral("hostile-%1.mcfpkg").arg(tag));
        QVERIFY(rawExec(pkg, sql));
        Database ws;
        QString error;
        QVERIFY2(ws.open(m_dir.filePath(QStringLiteral("hostile-%1.mcfpkg.source.sqlite").arg(tag)), &error),
                 qPrintable(error));
        QSqlQuery checkpoint(ws.connection());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QByteArray wsBefore = sha(ws.path());
        const QByteArray pkgBefore = sha(pkg);
        MergePlan plan;
        QVERIFY(!PackageMerger::plan(ws.connection(), pkg, &plan, &error));
        QCOMPARE(error, QStringLiteral(
                            "“%1” %2; the institution package was not opened, and nothing was read from it.")
                            .arg(pkg, how.arg(object)));
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QCOMPARE(sha(ws.path()), wsBefore);
        QCOMPARE(sha(pkg), pkgBefore);
        // Opened as a workspace (coordinator mode, the command line's --database), refused as well.
        Database asWorkspace;
        QVERIFY(!asWorkspace.open(pkg, &error));
        QCOMPARE(error, QStringLiteral(
                            "“%1” %2; the institution package was not opened, and nothing was read from it.")
                            .arg(pkg, how.arg(object)));
        QCOMPARE(sha(pkg), pkgBefore);
        QVERIFY(!QFile::exists(pkg + QStringLiteral("-wal")));

        // A workspace: refused on opening, its bytes the same.
        const QString w = workspace(QStringLiteral("hostile-%1.sqlite").arg(tag));
        QVERIFY(rawExec(w, sql));
        const QByteArray before = sha(w);
        Database db;
        QVERIFY(!db.open(w, &error));
        QCOMPARE(error, QStringLiteral("“%1” %2; the workspace was not opened, and nothing was read from it.")
                            .arg(w, how.arg(object)));
        QCOMPARE(sha(w), before);
        // SQLite may leave an empty write-ahead log beside a WAL workspace it only read: nothing in it.
        QCOMPARE(QFileInfo(w + QStringLiteral("-wal")).size(), 0);
        QVERIFY(!Database::checkIntegrity(w, &error));
        QVERIFY(error.contains(object));
    }

    void missingTriggerIsRefused()
    {
        // The change log's protection dropped: as unsafe as one added.
        const QString w = workspace(QStringLiteral("no-trigger.sqlite"));
        QVERIFY(rawExec(w, QStringLiteral("DROP TRIGGER change_log_no_update")));
        Database db;
        QString error;
        QVERIFY(!db.open(w, &error));
        QCOMPARE(error, QStringLiteral(
                            "“%1” lacks part of what mcfund creates (trigger “change_log_no_update”); the "
                            "workspace was not opened.")
                            .arg(w));
    }

    void whatMcfundMakesIsAccepted()
    {
        // SQLite's statistics (ANALYZE, PRAGMA optimize) and a dropped index change nothing that is read.
        const QString w = workspace(QStringLiteral("analyzed.sqlite"));
        QVERIFY(rawExec(w, QStringLiteral("ANALYZE; DROP INDEX credential_hours")));
        Database db;
        QString error;
        QVERIFY2(db.open(w, &error), qPrintable(error));
        db.close();
        const QString pkg = package(QStringLiteral("clean.mcfpkg"));
        QVERIFY(rawExec(pkg, QStringLiteral("ANALYZE")));
        PackageInfo info;
        QVERIFY2(InstitutionPackage::inspect(pkg, &info, &error), qPrintable(error));
        QCOMPARE(info.institutionName, QStringLiteral("Fleming College"));
    }

    void latestSchemaFingerprintsAreTheMigrations_data()
    {
        QTest::addColumn<bool>("package");
        QTest::newRow("workspace") << false;
        QTest::newRow("package") << true;
    }
    void latestSchemaFingerprintsAreTheMigrations()
    {
        // checkSchema() accepts a file whose schema has the recorded fingerprint without building the
        // expected schema: the recorded value must be what the migrations make today.
        QFETCH(bool, package);
        QString error;
        const QByteArray made =
            Database::latestSchemaFingerprint(package, Database::FingerprintSource::Migrations, &error);
        QVERIFY2(!made.isEmpty(), qPrintable(error));
        QCOMPARE(made.size(), 64);
        const QByteArray recorded =
            Database::latestSchemaFingerprint(package, Database::FingerprintSource::Recorded);
        QVERIFY2(made == recorded,
                 qPrintable(QStringLiteral("the schema changed: record %1 in core/storage/database.cpp")
                                .arg(QString::fromLatin1(made))));
    }

    void fingerprintedSchemaWithAnExtraObjectIsStillRefused()
    {
        // A file whose schema is the latest one plus a view: the fingerprint differs, and the
        // object-by-object check names the view. (hostileSchemaIsRefused covers each kind of object; this one
        // also shows that the statistics table, which the fingerprint leaves out, is no way in.)
        const QString w = workspace(QStringLiteral("stat-and-view.sqlite"));
        QVERIFY(rawExec(w, QStringLiteral("ANALYZE; CREATE VIEW evil AS SELECT * FROM sqlite_stat1")));
        Database db;
        QString error;
        QVERIFY(!db.open(w, &error));
        QCOMPARE(error,
                 QStringLiteral("“%1” holds something mcfund did not create (view “evil”); the workspace "
                                "was not opened, and nothing was read from it.")
                     .arg(w));
    }

    void connectionsAreDefensive()
    {
        const QString path = workspace(QStringLiteral("defensive.sqlite"));
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QSqlDatabase extra = db.openExtraConnection(QStringLiteral("hostile-extra"), true, &error);
        QVERIFY2(extra.isOpen(), qPrintable(error));
        // A reader is defensive and does not trust the schema. The writer trusts it only because it was
        // checked to be mcfund's own on opening (its full-text triggers need that; see Database::harden).
        QCOMPARE(dbConfig(extra, SQLITE_DBCONFIG_DEFENSIVE), 1);
        QCOMPARE(dbConfig(extra, SQLITE_DBCONFIG_TRUSTED_SCHEMA), 0);
        QCOMPARE(dbConfig(db.connection(), SQLITE_DBCONFIG_TRUSTED_SCHEMA), 1);
        extra = QSqlDatabase();
        Database::closeConnection(QStringLiteral("hostile-extra"));
        {
            // A connection hardened as every one to a file not yet checked is (read-write here, to show
            // that the refusals come from SQLite's modes, not from a read-only file).
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hostile-raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY2(Database::harden(raw, &error), qPrintable(error));
            QCOMPARE(dbConfig(raw, SQLITE_DBCONFIG_DEFENSIVE), 1);
            QCOMPARE(dbConfig(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA), 0);
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = 1")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE VIEW evil AS SELECT 1' "
                                           "WHERE name = 'change_log_no_update'")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM credential_fts_data")));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("may not be modified")),
                     qPrintable(q.lastError().text()));
            // A trigger of the file cannot reach a virtual table: what a hostile trigger would use.
            QVERIFY(!q.exec(QStringLiteral("UPDATE micro_credential SET title_en = 'x' WHERE rowid = 1")));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("unsafe use of virtual table")),
                     qPrintable(q.lastError().text()));
            QVERIFY(
                q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'change_log_no_update'")) &&
                q.next());
            QVERIFY(q.value(0).toString().startsWith(QStringLiteral("CREATE TRIGGER change_log_no_update")));
        }
        Database::closeConnection(QStringLiteral("hostile-raw"));
        // What mcfund writes still works: an edit through the full-text index's triggers, and its check.
        QSqlQuery writer(db.connection());
        QVERIFY2(
            writer.exec(QStringLiteral("UPDATE micro_credential SET title_en = 'Défense' WHERE rowid = 1")),
            qPrintable(writer.lastError().text()));
        QVERIFY2(writer.exec(
                     QStringLiteral("INSERT INTO credential_fts(credential_fts) VALUES ('integrity-check')")),
                 qPrintable(writer.lastError().text()));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
