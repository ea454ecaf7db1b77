#include "xlsxwriter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QDateTime>

#include <utility>

namespace mcfund {

namespace {

const QString MainNs = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString RelNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString PackageRelNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString SheetPart = QStringLiteral("xl/worksheets/sheet1.xml");

// Cell styles, the order of cellXfs in styles.xml.
enum Style
{
    Plain = 0,
    Bold = 1,
    Money = 2,
    Date = 3
};
constexpr int MoneyFormatId = 164; // the first id free for custom number formats
constexpr int DateFormatId = 165;

// The sheet's XML is compressed a chunk at a time: enough to compress well, small enough that memory
// does not depend on the table.
constexpr qsizetype ChunkCharacters = 128 * 1024;

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
}

// "_x" four hex digits "_" at \a i: what spreadsheets read as an escaped character.
bool looksEscaped(const QString& text, qsizetype i)
{
    if (i + 6 >= text.size() || text.at(i + 1) != QLatin1Char('x') || text.at(i + 6) != QLatin1Char('_'))
        return false;
    for (qsizetype k = i + 2; k < i + 6; ++k)
        if (!isHex(text.at(k)))
            return false;
    return true;
}

// Appends \a text to \a out as a cell's XML holds it: &, < and > as entities, a carriage return as a
// character reference (as it is, XML readers would make it a line feed), the characters XML cannot hold as
// _xHHHH_ (how spreadsheets escape them), an underscore that would start such an escape as _x005F_, and
// half a surrogate pair (not text) as U+FFFD. Runs of ordinary characters are appended whole.
void appendEscaped(QString* out, const QString& text)
{
    const QChar* const data = text.constData();
    const qsizetype size = text.size();
    qsizetype from = 0; // where the run of characters that need nothing began
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i].unicode();
        if (c < 0xD800) {
            if (c >= 0x20 && c != u'&' && c != u'<' && c != u'>' && c != u'_')
                continue;
        } else if (c > 0xDFFF && c < 0xFFFE) {
            continue;
        }
        QString replacement;
        if (c == u'&')
            replacement = QStringLiteral("&amp;");
        else if (c == u'<')
            replacement = QStringLiteral("&lt;");
        else if (c == u'>')
            replacement = QStringLiteral("&gt;");
        else if (c == u'\r')
            replacement = QStringLiteral("&#13;");
        else if (c == u'\t' || c == u'\n' || (c == u'_' && !looksEscaped(text, i)))
            continue;
        else if (QChar::isHighSurrogate(c) && i + 1 < size && data[i + 1].isLowSurrogate()) {
            ++i; // a whole character beyond the first 65,536
            continue;
        } else if (QChar::isSurrogate(c))
            replacement = QChar(QChar::ReplacementCharacter);
        else // a control character, U+FFFE, U+FFFF, or the underscore of a would-be escape
            replacement = QStringLiteral("_x") + QString::number(c, 16).toUpper().rightJustified(4, u'0') +
                          QLatin1Char('_');
        out->append(data + from, i - from);
        out->append(replacement);
        from = i + 1;
    }
    out->append(data + from, size - from);
}

// The width libxlsxwriter (and Excel) stores for a width in characters: the pixel width of that many
// digits of the default font (7 pixels each) plus 5 pixels of padding, in 1/256 of a character.
double storedWidth(double characters)
{
    constexpr double Digit = 7, Padding = 5;
    const int pixels = characters < 1 ? int(characters * (Digit + Padding) + 0.5)
                                      : int(characters * Digit + 0.5) + int(Padding);
    return int(pixels / Digit * 256.0) / 256.0;
}

// A sheet name as Excel accepts it: none of []:*?/\ or control characters, not quoted, 31 characters.
QString sheetName(const QString& name)
{
    QString out;
    for (const QChar c : name)
        if (c.unicode() >= 0x20 && !QStringLiteral("[]:*?/\\").contains(c))
            out += c;
    while (out.startsWith(QLatin1Char('\'')))
        out.remove(0, 1);
    out = out.left(31);
    while (out.endsWith(QLatin1Char('\'')))
        out.chop(1);
    if (out.trimmed().isEmpty())
        out = QStringLiteral("Sheet1");
    return out;
}

// A part of the zip, dated 1980-01-01 (the earliest a zip can say) as Excel's own files are, so that the
// same rows make the same file; readable by all (rw-r--r--), or unzip makes files nobody can open.
QuaZipNewInfo entry(const QString& name)
{
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser |
                        QFile::ReadGroup | QFile::ReadOther);
    return info;
}

} // namespace

XlsxWriter::XlsxWriter(const QString& path)
    : m_path(path)
    , m_file(path)
    , m_xml(&m_text)
{}

XlsxWriter::~XlsxWriter()
{
    if (!m_done)
        cancel();
}

QString XlsxWriter::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString XlsxWriter::escaped(const QString& text)
{
    QString out;
    appendEscaped(&out, text);
    return out;
}

bool XlsxWriter::fail(QString* error, const QString& why)
{
    cancel();
    if (error)
        *error = why;
    return false;
}

QString XlsxWriter::writeError() const
{
    const QString reason = m_file.errorString();
    return reason.isEmpty() ? tr("Cannot write “%1”.").arg(m_path)
                            : tr("Cannot write “%1”: %2").arg(m_path, reason);
}

bool XlsxWriter::writePart(const QString& name, const QByteArray& content)
{
    QuaZipFile part(m_zip.get());
    if (!part.open(QIODevice::WriteOnly, entry(name)))
        return false;
    const bool written = part.write(content) == content.size();
    part.close();
    return written && part.getZipError() == ZIP_OK;
}

QByteArray XlsxWriter::contentTypes() const
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    x.writeStartElement(QStringLiteral("Types"));
    x.writeEmptyElement(QStringLiteral("Default"));
    x.writeAttribute(QStringLiteral("Extension"), QStringLiteral("rels"));
    x.writeAttribute(QStringLiteral("ContentType"),
                     QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    x.writeEmptyElement(QStringLiteral("Default"));
    x.writeAttribute(QStringLiteral("Extension"), QStringLiteral("xml"));
    x.writeAttribute(QStringLiteral("ContentType"), QStringLiteral("application/xml"));
    const QList<QPair<QString, QString>> overrides{
        {QStringLiteral("/xl/workbook.xml"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")},
        {QLatin1Char('/') + SheetPart,
         QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")},
        {QStringLiteral("/xl/styles.xml"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")},
        {QStringLiteral("/docProps/app.xml"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml")},
    };
    for (const auto& [part, type] : overrides) {
        x.writeEmptyElement(QStringLiteral("Override"));
        x.writeAttribute(QStringLiteral("PartName"), part);
        x.writeAttribute(QStringLiteral("ContentType"), type);
    }
    x.writeEndDocument();
    return out;
}

namespace {

// A relationships part: rId1, rId2… to each (type, target) in turn.
QByteArray relationships(std::initializer_list<std::pair<const char*, const char*>> targets)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeDefaultNamespace(PackageRelNs);
    x.writeStartElement(QStringLiteral("Relationships"));
    int id = 0;
    for (const auto& [type, target] : targets) {
        x.writeEmptyElement(QStringLiteral("Relationship"));
        x.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(++id));
        x.writeAttribute(QStringLiteral("Type"), RelNs + QLatin1String(type));
        x.writeAttribute(QStringLiteral("Target"), QString::fromLatin1(target));
    }
    x.writeEndDocument();
    return out;
}

} // namespace

QByteArray XlsxWriter::rootRelationships() const
{
    return relationships(
        {{"/officeDocument", "xl/workbook.xml"}, {"/extended-properties", "docProps/app.xml"}});
}

QByteArray XlsxWriter::workbookRelationships() const
{
    return relationships({{"/worksheet", "worksheets/sheet1.xml"}, {"/styles", "styles.xml"}});
}

QByteArray XlsxWriter::styles() const
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeDefaultNamespace(MainNs);
    x.writeStartElement(QStringLiteral("styleSheet"));

    x.writeStartElement(QStringLiteral("numFmts"));
    x.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
    x.writeEmptyElement(QStringLiteral("numFmt"));
    x.writeAttribute(QStringLiteral("numFmtId"), QString::number(MoneyFormatId));
    x.writeAttribute(QStringLiteral("formatCode"), m_moneyFormat);
    x.writeEmptyElement(QStringLiteral("numFmt"));
    x.writeAttribute(QStringLiteral("numFmtId"), QString::number(DateFormatId));
    x.writeAttribute(QStringLiteral("formatCode"), QStringLiteral("yyyy-mm-dd"));
    x.writeEndElement();

    // Font 0 is the default, font 1 the same in bold.
    x.writeStartElement(QStringLiteral("fonts"));
    x.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
    for (const bool bold : {false, true}) {
        x.writeStartElement(QStringLiteral("font"));
        if (bold)
            x.writeEmptyElement(QStringLiteral("b"));
        x.writeEmptyElement(QStringLiteral("sz"));
        x.writeAttribute(QStringLiteral("val"), QStringLiteral("11"));
        x.writeEmptyElement(QStringLiteral("name"));
        x.writeAttribute(QStringLiteral("val"), QStringLiteral("Calibri"));
        x.writeEmptyElement(QStringLiteral("family"));
        x.writeAttribute(QStringLiteral("val"), QStringLiteral("2"));
        x.writeEndElement();
    }
    x.writeEndElement();

    // The two fills every workbook has.
    x.writeStartElement(QStringLiteral("fills"));
    x.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
    for (const QString& pattern : {QStringLiteral("none"), QStringLiteral("gray125")}) {
        x.writeStartElement(QStringLiteral("fill"));
        x.writeEmptyElement(QStringLiteral("patternFill"));
        x.writeAttribute(QStringLiteral("patternType"), pattern);
        x.writeEndElement();
    }
    x.writeEndElement();

    x.writeStartElement(QStringLiteral("borders"));
    x.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    x.writeStartElement(QStringLiteral("border"));
    for (const char* side : {"left", "right", "top", "bottom", "diagonal"})
        x.writeEmptyElement(QLatin1String(side));
    x.writeEndElement();
    x.writeEndElement();

    x.writeStartElement(QStringLiteral("cellStyleXfs"));
    x.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    x.writeEmptyElement(QStringLiteral("xf"));
    x.writeAttribute(QStringLiteral("numFmtId"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("fontId"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("fillId"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("borderId"), QStringLiteral("0"));
    x.writeEndElement();

    // In the order of Style.
    struct Xf
    {
        int format;
        int font;
    };
    x.writeStartElement(QStringLiteral("cellXfs"));
    x.writeAttribute(QStringLiteral("count"), QStringLiteral("4"));
    for (const Xf& xf : {Xf{0, 0}, Xf{0, 1}, Xf{MoneyFormatId, 0}, Xf{DateFormatId, 0}}) {
        x.writeEmptyElement(QStringLiteral("xf"));
        x.writeAttribute(QStringLiteral("numFmtId"), QString::number(xf.format));
        x.writeAttribute(QStringLiteral("fontId"), QString::number(xf.font));
        x.writeAttribute(QStringLiteral("fillId"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("borderId"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
        if (xf.font != 0)
            x.writeAttribute(QStringLiteral("applyFont"), QStringLiteral("1"));
        if (xf.format != 0)
            x.writeAttribute(QStringLiteral("applyNumberFormat"), QStringLiteral("1"));
    }
    x.writeEndElement();

    x.writeStartElement(QStringLiteral("cellStyles"));
    x.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    x.writeEmptyElement(QStringLiteral("cellStyle"));
    x.writeAttribute(QStringLiteral("name"), QStringLiteral("Normal"));
    x.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("builtinId"), QStringLiteral("0"));
    x.writeEndElement();

    x.writeEndDocument();
    return out;
}

QByteArray XlsxWriter::workbook() const
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeDefaultNamespace(MainNs);
    x.writeNamespace(RelNs, QStringLiteral("r"));
    x.writeStartElement(MainNs, QStringLiteral("workbook"));
    x.writeEmptyElement(MainNs, QStringLiteral("workbookPr"));
    x.writeStartElement(MainNs, QStringLiteral("bookViews"));
    x.writeEmptyElement(MainNs, QStringLiteral("workbookView"));
    x.writeEndElement();
    x.writeStartElement(MainNs, QStringLiteral("sheets"));
    x.writeEmptyElement(MainNs, QStringLiteral("sheet"));
    x.writeAttribute(QStringLiteral("name"), m_sheetName);
    x.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
    x.writeAttribute(RelNs, QStringLiteral("id"), QStringLiteral("rId1"));
    x.writeEndElement();
    if (m_columns > 0) {
        // The autofilter's range, which Excel also keeps as a hidden name.
        x.writeStartElement(MainNs, QStringLiteral("definedNames"));
        x.writeStartElement(MainNs, QStringLiteral("definedName"));
        x.writeAttribute(QStringLiteral("name"), QStringLiteral("_xlnm._FilterDatabase"));
        x.writeAttribute(QStringLiteral("localSheetId"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("hidden"), QStringLiteral("1"));
        const QString last = m_columnNames.last();
        x.writeCharacters(
            QStringLiteral("'%1'!$A$1:$%2$%3")
                .arg(QString(m_sheetName).replace(QLatin1Char('\''), QStringLiteral("''")), last)
                .arg(std::max(m_row, 1)));
        x.writeEndElement();
        x.writeEndElement();
    }
    x.writeEndDocument();
    return out;
}

bool XlsxWriter::open(const QString& name, const QList<Column>& columns, QString* error)
{
    m_sheetName = sheetName(name);
    m_columns = int(columns.size());
    for (int c = 0; c < m_columns; ++c)
        m_columnNames << columnName(c);
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(error, writeError());
    m_zip = std::make_unique<QuaZip>(&m_file);
    // The file is seekable, so the sizes go in the local headers rather than in data descriptors, which
    // some readers do not understand; zip64 lets the sheet grow past 4 GB.
    m_zip->setDataDescriptorWritingEnabled(false);
    m_zip->setZip64Enabled(true);
    if (!m_zip->open(QuaZip::mdCreate))
        return fail(error, writeError());
    const QByteArray app = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                           "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                           "extended-properties\"><Application>mcfund</Application></Properties>";
    if (!writePart(QStringLiteral("[Content_Types].xml"), contentTypes()) ||
        !writePart(QStringLiteral("_rels/.rels"), rootRelationships()) ||
        !writePart(QStringLiteral("docProps/app.xml"), app) ||
        !writePart(QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelationships()) ||
        !writePart(QStringLiteral("xl/styles.xml"), styles()))
        return fail(error, writeError());

    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheet->open(QIODevice::WriteOnly, entry(SheetPart)))
        return fail(error, writeError());
    // Written to a string, which is cheaper than a device for many small pieces, and compressed as UTF-8 a
    // chunk at a time; the string says nothing of its encoding, so the declaration is written here.
    m_text.reserve(ChunkCharacters + 64 * 1024);
    m_text += QLatin1String("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    m_xml.writeDefaultNamespace(MainNs);
    m_xml.writeNamespace(RelNs, QStringLiteral("r"));
    m_xml.writeStartElement(MainNs, QStringLiteral("worksheet"));
    // The header row stays in view.
    m_xml.writeStartElement(QStringLiteral("sheetViews"));
    m_xml.writeStartElement(QStringLiteral("sheetView"));
    m_xml.writeAttribute(QStringLiteral("tabSelected"), QStringLiteral("1"));
    m_xml.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    m_xml.writeEmptyElement(QStringLiteral("pane"));
    m_xml.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    m_xml.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    m_xml.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
    m_xml.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    m_xml.writeEmptyElement(QStringLiteral("selection"));
    m_xml.writeAttribute(QStringLiteral("pane"), QStringLiteral("bottomLeft"));
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEmptyElement(QStringLiteral("sheetFormatPr"));
    m_xml.writeAttribute(QStringLiteral("defaultRowHeight"), QStringLiteral("15"));
    if (m_columns > 0) {
        m_xml.writeStartElement(QStringLiteral("cols"));
        for (int c = 0; c < m_columns; ++c) {
            m_xml.writeEmptyElement(QStringLiteral("col"));
            m_xml.writeAttribute(QStringLiteral("min"), QString::number(c + 1));
            m_xml.writeAttribute(QStringLiteral("max"), QString::number(c + 1));
            m_xml.writeAttribute(QStringLiteral("width"),
                                 QString::number(storedWidth(columns.at(c).width), 'g', 16));
            m_xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
        }
        m_xml.writeEndElement();
    }
    m_xml.writeStartElement(QStringLiteral("sheetData"));
    m_xml.writeCharacters(QString()); // ends the start tag: the rows are appended to m_text directly
    newRow();
    for (int c = 0; c < m_columns; ++c)
        text(c, Bold, columns.at(c).header);
    flush(true);
    if (m_writeFailed)
        return fail(error, writeError());
    return true;
}

// Rows and cells, millions of them, are the one part of the workbook written without QXmlStreamWriter:
// appended to the same string by hand (escaped by appendEscaped()), they cost a fraction of its calls.

void XlsxWriter::newRow()
{
    if (m_inRow) {
        m_text += QLatin1String("</row>");
        flush(false);
    }
    ++m_row;
    m_rowNumber = QString::number(m_row);
    m_text += QLatin1String("<row r=\"");
    m_text += m_rowNumber;
    m_text += QLatin1String("\">");
    m_inRow = true;
}

void XlsxWriter::startCell(int column, int style, bool inlineString)
{
    Q_ASSERT(m_inRow && column >= 0 && column < m_columnNames.size());
    m_text += QLatin1String("<c r=\"");
    m_text += m_columnNames.at(column);
    m_text += m_rowNumber;
    m_text += QLatin1Char('"');
    if (style != Plain) {
        m_text += QLatin1String(" s=\"");
        m_text += QChar(u'0' + style);
        m_text += QLatin1Char('"');
    }
    m_text += inlineString ? QLatin1String(" t=\"inlineStr\">") : QLatin1String(">");
}

void XlsxWriter::number(int column, int style, const QString& value)
{
    startCell(column, style, false);
    m_text += QLatin1String("<v>");
    m_text += value;
    m_text += QLatin1String("</v></c>");
}

void XlsxWriter::text(int column, int style, const QString& value)
{
    startCell(column, style, true);
    // Spreadsheets drop leading and trailing spaces unless told to keep them.
    const bool spaced = !value.isEmpty() && (value.front().isSpace() || value.back().isSpace());
    m_text += spaced ? QLatin1String("<is><t xml:space=\"preserve\">") : QLatin1String("<is><t>");
    appendEscaped(&m_text, value);
    m_text += QLatin1String("</t></is></c>");
}

void XlsxWriter::writeText(int column, const QString& value)
{
    text(column, Plain, value);
}

void XlsxWriter::writeInteger(int column, qint64 value)
{
    number(column, Plain, QString::number(value));
}

void XlsxWriter::writeMoney(int column, qint64 cents)
{
    // Exact decimal from the integer cents ("12.5", "-0.05", "100"): no rounding, no exponent.
    const quint64 magnitude = cents < 0 ? 0 - quint64(cents) : quint64(cents);
    QString value = QString::number(magnitude / 100);
    if (const quint64 fraction = magnitude % 100; fraction != 0) {
        value += QLatin1Char('.') + QString::number(fraction / 10);
        if (fraction % 10 != 0)
            value += QString::number(fraction % 10);
    }
    if (cents < 0)
        value.prepend(QLatin1Char('-'));
    number(column, Money, value);
}

void XlsxWriter::writeDate(int column, const QDate& date)
{
    if (!date.isValid())
        return;
    if (date < QDate(1900, 3, 1)) {
        writeText(column, date.toString(Qt::ISODate));
        return;
    }
    // Days since 1899-12-30, the count that makes 1900-03-01 day 61 as in Excel.
    number(column, Date, QString::number(QDate(1899, 12, 30).daysTo(date)));
}

void XlsxWriter::flush(bool force)
{
    if (m_text.size() < ChunkCharacters && !force)
        return;
    const QByteArray bytes = m_text.toUtf8();
    if (!m_writeFailed && m_sheet && m_sheet->write(bytes) != bytes.size())
        m_writeFailed = true;
    m_text.resize(0); // keeps its room for the next chunk
}

void XlsxWriter::endSheet()
{
    if (m_inRow)
        m_text += QLatin1String("</row>");
    m_inRow = false;
    m_xml.writeEndElement(); // sheetData
    if (m_columns > 0) {
        m_xml.writeEmptyElement(QStringLiteral("autoFilter"));
        m_xml.writeAttribute(QStringLiteral("ref"), QStringLiteral("A1:") + m_columnNames.last() +
                                                        QString::number(std::max(m_row, 1)));
    }
    m_xml.writeEmptyElement(QStringLiteral("pageMargins"));
    for (const auto& [side, inches] :
         {std::pair{"left", "0.7"}, std::pair{"right", "0.7"}, std::pair{"top", "0.75"},
          std::pair{"bottom", "0.75"}, std::pair{"header", "0.3"}, std::pair{"footer", "0.3"}})
        m_xml.writeAttribute(QLatin1String(side), QLatin1String(inches));
    m_xml.writeEndDocument();
    flush(true);
}

bool XlsxWriter::commit(QString* error)
{
    if (m_done || !m_sheet)
        return fail(error, tr("Cannot write “%1”.").arg(m_path));
    endSheet();
    m_sheet->close();
    if (m_writeFailed || m_sheet->getZipError() != ZIP_OK ||
        !writePart(QStringLiteral("xl/workbook.xml"), workbook()))
        return fail(error, writeError());
    // Closing the zip writes its directory and commits the QSaveFile (QuaZip calls QSaveFile::commit()
    // rather than close(); if it did not, the commit below does).
    m_sheet.reset();
    m_zip->close();
    const bool zipped = m_zip->getZipError() == ZIP_OK;
    m_zip.reset();
    const bool committed = m_file.isOpen() ? m_file.commit() : zipped;
    m_done = true;
    if (!zipped || !committed) {
        if (error)
            *error = writeError();
        return false;
    }
    return true;
}

void XlsxWriter::cancel()
{
    if (m_done)
        return;
    m_done = true;
    // Discarded first, so that closing the zip (which would commit) removes the temporary file instead.
    if (m_file.isOpen())
        m_file.cancelWriting();
    if (m_sheet && m_sheet->isOpen())
        m_sheet->close();
    m_sheet.reset();
    if (m_zip && m_zip->isOpen())
        m_zip->close();
    m_zip.reset();
    if (m_file.isOpen())
        m_file.commit(); // after cancelWriting(): removes the temporary file and returns false
}

} // namespace mcfund
