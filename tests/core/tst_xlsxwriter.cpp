#include "xlsxreader.h"
#include "xlsxwriter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mcfund;

namespace {

// One part of a zip, read whole (the test workbooks are small).
QByteArray zipPart(const QString& path, const QString& name)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList zipNames(const QString& path)
{
    QuaZip zip(path);
    return zip.open(QuaZip::mdUnzip) ? zip.getFileNameList() : QStringList();
}

// Writes one column of text cells under the header "Text".
bool writeTexts(const QString& path, const QStringList& texts, QString* error)
{
    XlsxWriter w(path);
    if (!w.open(QStringLiteral("Texts"), {{QStringLiteral("Text"), 30}}, error))
        return false;
    for (const QString& t : texts) {
        w.newRow();
        w.writeText(0, t);
    }
    return w.commit(error);
}

// The files a folder holds, hidden ones (a QSaveFile's temporary file) included.
QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestXlsxWriter : public QObject
{
    Q_OBJECT

private slots:
    void textRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("xml special") << QStringLiteral("<a href=\"x\">&amp; 'quoted' & ]]> </a>");
        QTest::newRow("line breaks and tab") << QStringLiteral("one\ntwo\r\nthree\rfour\tfive");
        QTest::newRow("outer spaces") << QStringLiteral("  padded \n ");
        QTest::newRow("accents and emoji") << QStringLiteral("Éducation « bases » — 😀 中文");
        QTest::newRow("formula-looking") << QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")");
        QTest::newRow("number-looking") << QStringLiteral("0012.50");
        QTest::newRow("long") << QString(100000, QLatin1Char('x')) + QStringLiteral("<end>");
    }
    void textRoundTrips()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("t.xlsx"));
        QString error;
        QVERIFY2(writeTexts(file, {text, QStringLiteral("after")}, &error), qPrintable(error));
        Sheet sheet;
        QVERIFY2(XlsxReader::read(file, QString(), &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.header, QStringList{QStringLiteral("Text")});
        QCOMPARE(sheet.rows.size(), 2);
        QCOMPARE(sheet.rows.at(0).value(0).size(), text.size());
        QCOMPARE(sheet.rows.at(0).value(0), text);
        QCOMPARE(sheet.rows.at(1).value(0), QStringLiteral("after"));
    }

    void controlCharactersAreEscaped()
    {
        // XML cannot hold them: they are stored as _xHHHH_, which Excel and LibreOffice read back as the
        // character, and text that happens to look like such an escape has its underscore escaped.
        QCOMPARE(XlsxWriter::escaped(QStringLiteral("plain_text_x12")), QStringLiteral("plain_text_x12"));
        QCOMPARE(XlsxWriter::escaped(QStringLiteral("a\x01z\x1f")), QStringLiteral("a_x0001_z_x001F_"));
        QCOMPARE(XlsxWriter::escaped(QStringLiteral("\v\f")), QStringLiteral("_x000B__x000C_"));
        QCOMPARE(XlsxWriter::escaped(QStringLiteral("_x00e9_")), QStringLiteral("_x005F_x00e9_"));
        QCOMPARE(XlsxWriter::escaped(QStringLiteral("tab\tline\n")), QStringLiteral("tab\tline\n"));
        QCOMPARE(XlsxWriter::escaped(QStringLiteral("<a & b>\r\n")),
                 QStringLiteral("&lt;a &amp; b&gt;&#13;\n"));
        QCOMPARE(XlsxWriter::escaped(QStringLiteral("😀\uFFFF")), QStringLiteral("😀_xFFFF_"));
        QCOMPARE(XlsxWriter::escaped(QString(QChar(0xD800)) + QStringLiteral("x")),
                 QString(QChar(QChar::ReplacementCharacter)) + QStringLiteral("x"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("c.xlsx"));
        QString error;
        QVERIFY2(writeTexts(file, {QStringLiteral("bell\x07here"), QStringLiteral("_x0041_")}, &error),
                 qPrintable(error));
        // The sheet stays well-formed XML: it reads back, row for row.
        Sheet sheet;
        QVERIFY2(XlsxReader::read(file, QString(), &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.rows.size(), 2);
        // ... and mcfund's own reader turns the escapes back into the characters, as Excel does.
        QCOMPARE(sheet.rows.at(0).value(0), QStringLiteral("bell\x07here"));
        QCOMPARE(sheet.rows.at(1).value(0), QStringLiteral("_x0041_"));
        const QByteArray xml = zipPart(file, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(xml.contains("<t>bell_x0007_here</t>"));
        QVERIFY(xml.contains("<t>_x005F_x0041_</t>"));
        QVERIFY(!xml.contains('\x07'));
    }

    void typedCells()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("n.xlsx"));
        XlsxWriter w(file);
        QString error;
        QVERIFY2(w.open(QStringLiteral("Numbers"),
                        {{QStringLiteral("Money"), 22},
                         {QStringLiteral("Whole"), 22},
                         {QStringLiteral("Date"), 22},
                         {QStringLiteral("Text"), 22}},
                        &error),
                 qPrintable(error));
        const QList<qint64> cents{123456, -5, 100, 0, 99999999999, -1234567, 10};
        const QList<qint64> wholes{0, -7, 1234567890123, 40, 1000000000000000, 5, 6};
        const QList<QDate> dates{QDate(2026, 12, 1),
                                 QDate(1900, 3, 1),
                                 QDate(1899, 1, 1),
                                 QDate(2000, 2, 29),
                                 QDate(9999, 12, 31),
                                 QDate(1970, 1, 1),
                                 QDate()};
        for (int i = 0; i < cents.size(); ++i) {
            w.newRow();
            w.writeMoney(0, cents.at(i));
            w.writeInteger(1, wholes.at(i));
            w.writeDate(2, dates.at(i));
            if (i % 2 == 0)
                w.writeText(3, QStringLiteral("t%1").arg(i)); // odd rows leave the last cell empty
        }
        w.newRow(); // a row with only the last cell: the others read back empty
        w.writeText(3, QStringLiteral("last"));
        QCOMPARE(w.rows(), 8);
        QVERIFY2(w.commit(&error), qPrintable(error));

        const std::unique_ptr<RowSource> source = XlsxReader::open(file, QString(), &error);
        QVERIFY2(source, qPrintable(error));
        QStringList row;
        int line = 0;
        QList<QStringList> rows;
        QList<bool> numeric;
        while (source->next(&row, &line)) {
            rows << row;
            numeric << (source->isNumber(0) && source->isNumber(1));
        }
        QVERIFY2(source->error().isEmpty(), qPrintable(source->error()));
        QCOMPARE(rows.size(), 8);
        const QStringList money{
            QStringLiteral("1234.56"), QStringLiteral("-0.05"),        QStringLiteral("1"),
            QStringLiteral("0"),       QStringLiteral("999999999.99"), QStringLiteral("-12345.67"),
            QStringLiteral("0.1")};
        const QStringList whole{QStringLiteral("0"),
                                QStringLiteral("-7"),
                                QStringLiteral("1234567890123"),
                                QStringLiteral("40"),
                                QStringLiteral("1000000000000000"),
                                QStringLiteral("5"),
                                QStringLiteral("6")};
        // Before 1900-03-01 a spreadsheet has no date for it, so it is ISO text; an invalid date is empty.
        const QStringList date{QStringLiteral("2026-12-01"),
                               QStringLiteral("1900-03-01"),
                               QStringLiteral("1899-01-01"),
                               QStringLiteral("2000-02-29"),
                               QStringLiteral("9999-12-31"),
                               QStringLiteral("1970-01-01"),
                               QString()};
        for (int i = 0; i < money.size(); ++i) {
            QCOMPARE(rows.at(i).value(0), money.at(i));
            QCOMPARE(rows.at(i).value(2), date.at(i));
            QCOMPARE(rows.at(i).value(3), i % 2 == 0 ? QStringLiteral("t%1").arg(i) : QString());
            QVERIFY(numeric.at(i));
        }
        for (int i = 0; i < whole.size(); ++i)
            QCOMPARE(rows.at(i).value(1), whole.at(i));
        QCOMPARE(rows.at(7), (QStringList{QString(), QString(), QString(), QStringLiteral("last")}));

        // As stored: never an exponent, money and dates with their styles, dates as day numbers.
        const QByteArray xml = zipPart(file, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(xml.contains("<c r=\"A2\" s=\"2\"><v>1234.56</v></c>"));
        QVERIFY(xml.contains("<c r=\"B6\"><v>1000000000000000</v></c>"));
        QVERIFY(xml.contains("<c r=\"C2\" s=\"3\"><v>46357</v></c>"));
        QVERIFY(xml.contains("<c r=\"C3\" s=\"3\"><v>61</v></c>"));
        QVERIFY(
            !QString::fromUtf8(xml).contains(QRegularExpression(QStringLiteral("<v>[^<]*[eE][^<]*</v>"))));
    }

    void workbookParts()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.xlsx"));
        QString error;
        QVERIFY2(writeTexts(file, {QStringLiteral("a")}, &error), qPrintable(error));
        const QStringList names = zipNames(file);
        for (const QString& part :
             {QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
              QStringLiteral("xl/workbook.xml"), QStringLiteral("xl/_rels/workbook.xml.rels"),
              QStringLiteral("xl/styles.xml"), QStringLiteral("xl/worksheets/sheet1.xml")})
            QVERIFY2(names.contains(part),
                     qPrintable(part + QStringLiteral(" missing from ") + names.join(u',')));
        // No shared-string table: text is inline.
        QVERIFY(!names.contains(QStringLiteral("xl/sharedStrings.xml")));
        const QByteArray types = zipPart(file, QStringLiteral("[Content_Types].xml"));
        QVERIFY(types.contains("PartName=\"/xl/worksheets/sheet1.xml\""));
        QVERIFY(types.contains("PartName=\"/xl/styles.xml\""));
        QVERIFY(zipPart(file, QStringLiteral("xl/worksheets/sheet1.xml")).contains("t=\"inlineStr\""));
        // The same rows make the same file, byte for byte, whenever they are written.
        const QString again = dir.filePath(QStringLiteral("again.xlsx"));
        QTest::qWait(2100); // past a tick of the zip's two-second clock, were the entries dated now
        QVERIFY2(writeTexts(again, {QStringLiteral("a")}, &error), qPrintable(error));
        QFile x(file), y(again);
        QVERIFY(x.open(QIODevice::ReadOnly) && y.open(QIODevice::ReadOnly));
        QCOMPARE(y.readAll(), x.readAll());
    }

    void headerIsBoldFrozenAndFiltered()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("h.xlsx"));
        XlsxWriter w(file);
        w.setMoneyFormat(QStringLiteral("# ##0.00 $"));
        QString error;
        QVERIFY2(
            w.open(QStringLiteral("Micro/credentials: [all] of them, with a long name"),
                   {{QStringLiteral("ID"), 38}, {QStringLiteral("Title"), 22}, {QStringLiteral("Fee"), 22}},
                   &error),
            qPrintable(error));
        for (int i = 0; i < 2; ++i) {
            w.newRow();
            w.writeText(0, QStringLiteral("id%1").arg(i));
        }
        QVERIFY2(w.commit(&error), qPrintable(error));

        const QByteArray sheet = zipPart(file, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>ID</t></is></c>"));
        QVERIFY(sheet.contains("<c r=\"C1\" s=\"1\" t=\"inlineStr\"><is><t>Fee</t></is></c>"));
        QVERIFY(sheet.contains("<c r=\"A2\" t=\"inlineStr\">"));
        QVERIFY(sheet.contains("state=\"frozen\"") && sheet.contains("ySplit=\"1\""));
        QVERIFY(sheet.contains("<autoFilter ref=\"A1:C3\"/>"));
        QVERIFY(sheet.contains("<col min=\"1\" max=\"1\" width=\"38.7109375\" customWidth=\"1\"/>"));
        QVERIFY(sheet.contains("<col min=\"3\" max=\"3\" width=\"22.7109375\" customWidth=\"1\"/>"));
        // Style 1 uses font 1, which is bold; styles 2 and 3 the money and date formats.
        const QByteArray styles = zipPart(file, QStringLiteral("xl/styles.xml"));
        const QRegularExpression xfs(QStringLiteral("<cellXfs count=\"4\">(<xf [^>]*/>){4}</cellXfs>"));
        const QRegularExpressionMatch m = xfs.match(QString::fromUtf8(styles));
        QVERIFY2(m.hasMatch(), styles.constData());
        const QStringList xf = m.captured(0).split(QStringLiteral("<xf "));
        QVERIFY(xf.at(2).contains(QStringLiteral("fontId=\"1\"")));
        QVERIFY(xf.at(3).contains(QStringLiteral("numFmtId=\"164\"")));
        QVERIFY(xf.at(4).contains(QStringLiteral("numFmtId=\"165\"")));
        QVERIFY(styles.contains("<fonts count=\"2\"><font><sz") && styles.contains("</font><font><b/><sz"));
        QVERIFY(styles.contains("formatCode=\"# ##0.00 $\""));
        QVERIFY(styles.contains("formatCode=\"yyyy-mm-dd\""));
        // The sheet name without the characters Excel refuses, cut to 31 characters.
        QStringList names;
        QVERIFY2(XlsxReader::sheetNames(file, &names, &error), qPrintable(error));
        QCOMPARE(names, QStringList{QStringLiteral("Microcredentials all of them, w")});
        const QByteArray workbook = zipPart(file, QStringLiteral("xl/workbook.xml"));
        QVERIFY(workbook.contains("'Microcredentials all of them, w'!$A$1:$C$3</definedName>"));
    }

    void manyRowsStream()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("m.xlsx"));
        XlsxWriter w(file);
        QString error;
        QVERIFY2(
            w.open(QStringLiteral("Many"), {{QStringLiteral("N"), 10}, {QStringLiteral("Text"), 10}}, &error),
            qPrintable(error));
        constexpr int Rows = 30000;
        for (int i = 0; i < Rows; ++i) {
            w.newRow();
            w.writeInteger(0, i);
            w.writeText(1, QStringLiteral("row %1 <&>").arg(i));
        }
        QVERIFY2(w.commit(&error), qPrintable(error));
        const std::unique_ptr<RowSource> source = XlsxReader::open(file, QString(), &error);
        QVERIFY2(source, qPrintable(error));
        QStringList row;
        int line = 0;
        int count = 0;
        while (source->next(&row, &line)) {
            if (row != QStringList{QString::number(count), QStringLiteral("row %1 <&>").arg(count)})
                QFAIL(qPrintable(QStringLiteral("row %1 reads back as %2").arg(count).arg(row.join(u'|'))));
            ++count;
        }
        QCOMPARE(count, Rows);
        QCOMPARE(line, Rows + 1);
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("c.xlsx"));
        {
            XlsxWriter w(file);
            QString error;
            QVERIFY2(w.open(QStringLiteral("C"), {{QStringLiteral("A"), 10}}, &error), qPrintable(error));
            w.newRow();
            w.writeText(0, QStringLiteral("x"));
            QVERIFY(!QFile::exists(file)); // only a temporary file while being written
            w.cancel();
            QVERIFY(!QFile::exists(file));
            QString why;
            QVERIFY(!w.commit(&why)); // a cancelled writer writes nothing
            QVERIFY(!why.isEmpty());
        }
        QCOMPARE(filesIn(dir.path()), QStringList());
        // Dropped without commit() it is cancelled too, and an older file under the name stays as it was.
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write("old") == 3);
        old.close();
        {
            XlsxWriter w(file);
            QString error;
            QVERIFY2(w.open(QStringLiteral("C"), {{QStringLiteral("A"), 10}}, &error), qPrintable(error));
            w.newRow();
            w.writeInteger(0, 1);
        }
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("c.xlsx")});
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
    }

    void unwritableTarget()
    {
        QTemporaryDir dir;
        // A folder that does not exist: open() fails, saying where.
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/out.xlsx"));
        QString error;
        {
            XlsxWriter w(missing);
            QVERIFY(!w.open(QStringLiteral("S"), {{QStringLiteral("A"), 10}}, &error));
            QVERIFY2(error.contains(missing), qPrintable(error));
        }
        QVERIFY(!QFile::exists(missing));
        // A folder in the way of the target: writing goes well, putting the file in place does not.
        const QString blocked = dir.filePath(QStringLiteral("blocked.xlsx"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("blocked.xlsx")));
        error.clear();
        {
            XlsxWriter w(blocked);
            if (w.open(QStringLiteral("S"), {{QStringLiteral("A"), 10}}, &error)) {
                w.newRow();
                w.writeText(0, QStringLiteral("x"));
                QVERIFY(!w.commit(&error));
            }
            QVERIFY2(error.contains(blocked), qPrintable(error));
        }
        QVERIFY(QFileInfo(blocked).isDir());
        QCOMPARE(filesIn(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
