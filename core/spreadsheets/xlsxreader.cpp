#include "xlsxreader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>

namespace mcfund {

namespace {

/**
 * One part of the zip, read through limits, so that a hostile workbook costs bounded memory and time: the
 * unpacked size its headers declare, then the bytes actually unpacked (headers can lie) against a cap and
 * a ratio to the packed size, and the longest run of bytes without a '<' (a text node or a tag), which is
 * what QXmlStreamReader holds whole before it hands a token over.
 */
class PartReader : public QIODevice
{
public:
    enum class Opened
    {
        Yes,
        Missing,
        Refused
    };
    explicit PartReader(QuaZip* zip)
        : m_file(zip)
    {}
    ~PartReader() override { finish(); }

    Opened start(const QString& name, QString* error)
    {
        m_name = name;
        const ReadLimits& limits = ReadLimits::current();
        m_cap = limits.entryBytes;
        m_runCap = limits.cellCharacters * 12 + 4096; // a cell at the limit, every character escaped
        if (!m_file.getZip()->setCurrentFile(name))
            return Opened::Missing;
        if (!m_file.open(QIODevice::ReadOnly))
            return Opened::Missing;
        m_packed = std::max<qint64>(1, m_file.csize());
        const qint64 declared = m_file.usize();
        if (declared > m_cap || tooDense(declared)) {
            *error = declared > m_cap ? sizeMessage() : ratioMessage();
            m_file.close();
            return Opened::Refused;
        }
        m_size = declared;
        QIODevice::open(QIODevice::ReadOnly);
        return Opened::Yes;
    }
    void finish()
    {
        if (m_file.isOpen())
            m_file.close();
        if (isOpen())
            close();
    }
    bool isSequential() const override { return true; }
    /** Why reading stopped early; empty while within the limits. */
    QString why() const { return m_why; }
    /** The last refusal was a run of text longer than any cell may be. */
    bool runaway() const { return m_runaway; }
    qint64 unpacked() const { return m_count; }
    qint64 declared() const { return m_size; }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        if (!m_why.isEmpty())
            return -1;
        const qint64 n = m_file.read(data, max);
        if (n <= 0)
            return n;
        m_count += n;
        const char* lt = nullptr;
        for (const char* p = data + n; p > data; --p)
            if (p[-1] == '<') {
                lt = p - 1;
                break;
            }
        m_run = lt ? (data + n) - lt - 1 : m_run + n;
        if (m_count > m_cap)
            m_why = sizeMessage();
        else if (tooDense(m_count))
            m_why = ratioMessage();
        else if (m_run > m_runCap) {
            m_runaway = true;
            m_why =
                XlsxReader::tr("The part “%1” of the workbook holds more than %2 MB of text in one piece, "
                               "far beyond the %3 characters a cell may hold: the file is refused.")
                    .arg(m_name)
                    .arg(m_runCap / ReadLimits::MiB)
                    .arg(QLocale().toString(ReadLimits::current().cellCharacters));
        }
        return m_why.isEmpty() ? n : -1;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    bool tooDense(qint64 unpacked) const
    {
        const ReadLimits& limits = ReadLimits::current();
        return unpacked > limits.ratioFloorBytes && unpacked / m_packed > limits.ratio;
    }
    QString sizeMessage() const
    {
        return XlsxReader::tr("The part “%1” of the workbook unpacks to more than %2 MB, the most "
                              "mcfund reads: the file is refused.")
            .arg(m_name)
            .arg(m_cap / ReadLimits::MiB);
    }
    QString ratioMessage() const
    {
        return XlsxReader::tr("The part “%1” of the workbook unpacks to more than %2 times its packed size, "
                              "which no spreadsheet program writes (a “zip bomb”): the file is refused.")
            .arg(m_name)
            .arg(ReadLimits::current().ratio);
    }

    QuaZipFile m_file;
    QString m_name;
    QString m_why;
    qint64 m_cap = 0;
    qint64 m_runCap = 0;
    qint64 m_packed = 1;
    qint64 m_size = 0;
    qint64 m_count = 0;
    qint64 m_run = 0;
    bool m_runaway = false;
};

// A document type declaration is where entities are declared (and a billion laughs start): no part of an
// XLSX has one, so one is refused outright rather than expanded under a limit.
bool refuseDoctype(QXmlStreamReader& r, const QString& part, QString* error)
{
    if (r.tokenType() != QXmlStreamReader::DTD && r.tokenType() != QXmlStreamReader::EntityReference)
        return false;
    *error = XlsxReader::tr("The part “%1” of the workbook declares a document type or entities, which no "
                            "spreadsheet program writes (entities can expand to exhaust memory): the file is "
                            "refused.")
                 .arg(part);
    return true;
}

// Why the parse of \a part stopped: the limits of \a device first, then the XML's own error.
QString partError(const PartReader& device, const QXmlStreamReader& r, const QString& part)
{
    if (!device.why().isEmpty())
        return device.why();
    return XlsxReader::tr("The part “%1” of the workbook is damaged: %2 (line %3).")
        .arg(part, r.errorString())
        .arg(r.lineNumber());
}

struct Workbook
{
    QStringList names;
    QHash<QString, QString> targets; ///< sheet name → part path
    bool date1904 = false;           ///< dates count from 1904-01-01 (old Mac Excel option)
};

bool workbook(QuaZip& zip, Workbook* wb, QString* error)
{
    const QString missing = XlsxReader::tr(
        "The file is not a complete XLSX workbook (xl/workbook.xml is missing or unreadable).");
    QHash<QString, QString> byId;
    {
        const QString name = QStringLiteral("xl/_rels/workbook.xml.rels");
        PartReader rels(&zip);
        const PartReader::Opened opened = rels.start(name, error);
        if (opened != PartReader::Opened::Yes) {
            if (opened == PartReader::Opened::Missing)
                *error = missing;
            return false;
        }
        QXmlStreamReader r(&rels);
        while (!r.atEnd()) {
            r.readNext();
            if (refuseDoctype(r, name, error))
                return false;
            if (r.isStartElement() && r.name() == QLatin1String("Relationship")) {
                QString target = r.attributes().value(QLatin1String("Target")).toString();
                if (target.startsWith(QLatin1Char('/')))
                    target = target.mid(1);
                else
                    target = QStringLiteral("xl/") + target;
                byId.insert(r.attributes().value(QLatin1String("Id")).toString(), target);
            }
        }
        if (r.hasError()) {
            *error = partError(rels, r, name);
            return false;
        }
    }
    const QString name = QStringLiteral("xl/workbook.xml");
    PartReader xml(&zip);
    const PartReader::Opened opened = xml.start(name, error);
    if (opened != PartReader::Opened::Yes) {
        if (opened == PartReader::Opened::Missing)
            *error = missing;
        return false;
    }
    QXmlStreamReader w(&xml);
    while (!w.atEnd()) {
        w.readNext();
        if (refuseDoctype(w, name, error))
            return false;
        if (w.isStartElement() && w.name() == QLatin1String("workbookPr")) {
            const QStringView v = w.attributes().value(QLatin1String("date1904"));
            wb->date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (w.isStartElement() && w.name() == QLatin1String("sheet")) {
            const QString sheet = w.attributes().value(QLatin1String("name")).toString();
            QString id;
            for (const QXmlStreamAttribute& a : w.attributes())
                if (a.name() == QLatin1String("id"))
                    id = a.value().toString();
            wb->names << sheet;
            wb->targets.insert(sheet, byId.value(id));
        }
    }
    if (w.hasError()) {
        *error = xml.why().isEmpty()
                     ? XlsxReader::tr("The workbook's XML is damaged: %1").arg(w.errorString())
                     : xml.why();
        return false;
    }
    return true;
}

int columnIndex(const QString& ref)
{
    int col = 0;
    for (const QChar c : ref) {
        if (!c.isLetter())
            break;
        col = col * 26 + (c.toUpper().unicode() - 'A' + 1);
    }
    return col - 1;
}

bool openWorkbook(QuaZip& zip, const QString& path, Workbook* wb, QString* error)
{
    if (!zip.open(QuaZip::mdUnzip)) {
        if (error)
            *error =
                XlsxReader::tr(
                    "“%1” is not an XLSX workbook, or it is damaged or truncated (the zip cannot be read).")
                    .arg(QFileInfo(path).fileName());
        return false;
    }
    QString why;
    if (!workbook(zip, wb, &why)) {
        if (error)
            *error = why;
        return false;
    }
    return true;
}

// Characters that XML 1.0 cannot carry (most control characters) are written by spreadsheets as _xHHHH_,
// and an underscore that would start such a run as _x005F_: this turns them back into the characters.
QString unescapeCharacters(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() && text.at(i + 1) == QLatin1Char('x') &&
            text.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

// Reads the text of the element just started (<t>, <v>) up to its end, in pieces so that no more than
// \a limit characters are ever held; false when it holds more.
bool readText(QXmlStreamReader& r, QString* text, qint64 limit)
{
    int depth = 1;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::Characters:
            if (text->size() + r.text().size() > limit)
                return false;
            text->append(r.text());
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (--depth == 0)
                return true;
            break;
        default:
            break;
        }
    }
    return true; // the reader's error, if any, is reported by the caller
}

} // namespace

bool XlsxReader::sheetNames(const QString& path, QStringList* names, QString* error)
{
    QuaZip zip(path);
    Workbook wb;
    if (!openWorkbook(zip, path, &wb, error))
        return false;
    *names = wb.names;
    return true;
}

namespace {

class XlsxSource : public RowSource
{
public:
    explicit XlsxSource(const QString& path)
        : m_zip(path)
        , m_sheet(&m_zip)
    {}
    bool start(const QString& path, const QString& sheetName, QString* error);
    bool next(QStringList* row, int* line) override;
    int percent() const override
    {
        const qint64 size = m_sheet.declared();
        return size <= 0 ? 100 : int(std::min<qint64>(100, 100 * m_sheet.unpacked() / size));
    }

private:
    bool readSharedStrings(QString* error);
    bool readStyles(QString* error);
    QString cellText(const QString& type, int style, const QString& value, bool* number) const;
    bool isNumber(int column) const override { return m_numbers.contains(column); }
    bool fail(const QString& message)
    {
        m_error = message;
        m_failed = true;
        return false;
    }

    QuaZip m_zip;
    PartReader m_sheet;
    QXmlStreamReader m_xml;
    QSet<int> m_numbers; ///< the columns of the last row read that held numbers
    Workbook m_wb;
    QStringList m_shared;
    QString m_part; ///< the sheet's part in the workbook, which messages about its XML name
    QSet<int> m_dateStyles;
    int m_lastRow = 0;
    qint64 m_rowsRead = 0;
    bool m_failed = false;
};

// Shared strings (optional part): the one part that must be held whole, as cells refer to it by number;
// its size is capped, each string like a cell and all of them together.
bool XlsxSource::readSharedStrings(QString* error)
{
    const QString name = QStringLiteral("xl/sharedStrings.xml");
    PartReader part(&m_zip);
    const PartReader::Opened opened = part.start(name, error);
    if (opened != PartReader::Opened::Yes)
        return opened == PartReader::Opened::Missing;
    const ReadLimits& limits = ReadLimits::current();
    qint64 held = 0;
    QXmlStreamReader r(&part);
    QString current;
    bool inSi = false;
    while (!r.atEnd()) {
        r.readNext();
        if (refuseDoctype(r, name, error))
            return false;
        if (r.isStartElement() && r.name() == QLatin1String("si")) {
            inSi = true;
            current.clear();
        } else if (r.isStartElement() && r.name() == QLatin1String("t") && inSi) {
            if (!readText(r, &current, limits.cellCharacters)) {
                *error = XlsxReader::tr("Shared string %1 of the workbook holds more than %2 characters, the "
                                        "limit for one cell: the file is refused.")
                             .arg(m_shared.size() + 1)
                             .arg(QLocale().toString(limits.cellCharacters));
                return false;
            }
        } else if (r.isStartElement() && r.name() == QLatin1String("rPh")) {
            r.skipCurrentElement(); // phonetic runs are not part of the text
        } else if (r.isEndElement() && r.name() == QLatin1String("si")) {
            held += current.size() + 16;
            if (held > limits.sharedStringCharacters) {
                *error = XlsxReader::tr("The workbook's shared strings hold more than %1 million characters, "
                                        "more than mcfund keeps in memory: the file is refused. Save the "
                                        "sheet as CSV and import that.")
                             .arg(limits.sharedStringCharacters / ReadLimits::MiB);
                return false;
            }
            m_shared << unescapeCharacters(current);
            inSi = false;
        }
    }
    if (r.hasError()) {
        *error = partError(part, r, name);
        return false;
    }
    return true;
}

// Which cell styles are dates: built-in formats 14–22, 45–47, or custom ones with d, m or y.
bool XlsxSource::readStyles(QString* error)
{
    const QString name = QStringLiteral("xl/styles.xml");
    PartReader part(&m_zip);
    const PartReader::Opened opened = part.start(name, error);
    if (opened != PartReader::Opened::Yes)
        return opened == PartReader::Opened::Missing;
    QXmlStreamReader r(&part);
    QHash<int, QString> formats;
    bool inCellXfs = false;
    int index = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (refuseDoctype(r, name, error))
            return false;
        if (r.isStartElement() && r.name() == QLatin1String("numFmt"))
            formats.insert(r.attributes().value(QLatin1String("numFmtId")).toInt(),
                           r.attributes().value(QLatin1String("formatCode")).toString());
        else if (r.isStartElement() && r.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (r.isEndElement() && r.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        else if (inCellXfs && r.isStartElement() && r.name() == QLatin1String("xf")) {
            const int fmt = r.attributes().value(QLatin1String("numFmtId")).toInt();
            QString code = formats.value(fmt);
            code.remove(QRegularExpression(QStringLiteral("\\[[^\\]]*\\]|\"[^\"]*\"")));
            const bool isDate =
                (fmt >= 14 && fmt <= 22) || (fmt >= 45 && fmt <= 47) ||
                (!code.isEmpty() &&
                 code.contains(QRegularExpression(QStringLiteral("[dyDY]|m{1,4}(?![^;]*[hs])"))) &&
                 !code.contains(QLatin1Char('0')) && !code.contains(QLatin1Char('#')));
            if (isDate)
                m_dateStyles << index;
            ++index;
        }
    }
    // A damaged styles part was never fatal: dates then read as numbers. Limits are.
    if (!part.why().isEmpty()) {
        *error = part.why();
        return false;
    }
    return true;
}

bool XlsxSource::start(const QString& path, const QString& sheetName, QString* error)
{
    if (!openWorkbook(m_zip, path, &m_wb, error))
        return false;
    if (m_wb.names.isEmpty()) {
        *error = XlsxReader::tr("The workbook has no sheet.");
        return false;
    }
    m_name = sheetName.isEmpty() ? m_wb.names.first() : sheetName;
    if (!m_wb.targets.contains(m_name)) {
        *error = XlsxReader::tr("The workbook has no sheet called “%1”; its sheets are: %2.")
                     .arg(m_name, m_wb.names.join(QStringLiteral(", ")));
        return false;
    }
    if (!readSharedStrings(error) || !readStyles(error))
        return false;
    // The sheet itself is read as a stream, a row at a time.
    const QString target = m_wb.targets.value(m_name);
    const PartReader::Opened opened = m_sheet.start(target, error);
    if (opened == PartReader::Opened::Missing)
        *error = XlsxReader::tr("The sheet “%1” cannot be read: the workbook is damaged or truncated.")
                     .arg(m_name);
    if (opened != PartReader::Opened::Yes)
        return false;
    m_part = target;
    m_xml.setDevice(&m_sheet);
    return readHeader(XlsxReader::tr("The sheet “%1” is empty.").arg(m_name), error);
}

QString XlsxSource::cellText(const QString& type, int style, const QString& value, bool* number) const
{
    if (type == QLatin1String("s")) {
        const int i = value.toInt();
        return i >= 0 && i < m_shared.size() ? m_shared.at(i) : QString();
    }
    if (type == QLatin1String("inlineStr") || type == QLatin1String("str"))
        return unescapeCharacters(value);
    if (type == QLatin1String("b"))
        return value == QLatin1String("1") ? QStringLiteral("1") : QStringLiteral("0");
    if (type == QLatin1String("e"))
        return value; // #N/A and friends stay as text: validation will say what is wrong
    bool ok = false;
    const double n = value.toDouble(&ok);
    if (ok && m_dateStyles.contains(style)) {
        const QDate epoch = m_wb.date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
        return epoch.addDays(qint64(std::floor(n))).toString(Qt::ISODate);
    }
    if (!ok)
        return value;
    // The canonical form, whatever the language: whole numbers stay whole, others as short as they
    // round-trip.
    if (number)
        *number = true;
    return std::floor(n) == n && std::fabs(n) < 1e15
               ? QString::number(qint64(n))
               : QLocale::c().toString(n, 'f', QLocale::FloatingPointShortest); // never 1e+15 or 1e-05
}

bool XlsxSource::next(QStringList* out, int* line)
{
    if (m_failed)
        return false;
    const ReadLimits& limits = ReadLimits::current();
    QMap<int, QString> cells;
    QSet<int> numbers;
    int rowNumber = 0;
    int nextColumn = 0;
    QString ref;
    auto tooManyRows = [&] {
        return fail(XlsxReader::tr("The sheet “%1” has more than %2 rows, the most a spreadsheet holds: the "
                                   "file is refused.")
                        .arg(m_name, QLocale().toString(limits.rows)));
    };
    auto tooLong = [&] {
        return fail(XlsxReader::tr("Cell %1 of the sheet “%2” holds more than %3 characters, the limit for "
                                   "one cell: the file is refused.")
                        .arg(ref, m_name, QLocale().toString(limits.cellCharacters)));
    };
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (refuseDoctype(m_xml, m_part, &m_error))
            return fail(m_error);
        if (m_xml.isStartElement() && m_xml.name() == QLatin1String("row")) {
            cells.clear();
            numbers.clear();
            nextColumn = 0;
            const qint64 r = m_xml.attributes().value(QLatin1String("r")).toLongLong();
            if (r > limits.rows || ++m_rowsRead > limits.rows || (r <= 0 && m_lastRow >= limits.rows))
                return tooManyRows();
            // Rows are stored in ascending order (ECMA-376 18.3.1.73): a row numbered at or before the one
            // read last would give the importer two rows under one number, or numbers out of order, so
            // every message about a row could point to the wrong one. Found by fuzzing.
            if (r > 0 && r <= m_lastRow)
                return fail(
                    XlsxReader::tr("Row %1 of the sheet “%2” comes after row %3: the rows of a sheet are "
                                   "stored in order, so the file is damaged and is refused.")
                        .arg(r)
                        .arg(m_name)
                        .arg(m_lastRow));
            rowNumber = r > 0 ? int(r) : m_lastRow + 1;
            m_lastRow = rowNumber;
        } else if (m_xml.isStartElement() && m_xml.name() == QLatin1String("c")) {
            const QXmlStreamAttributes attributes = m_xml.attributes();
            ref = attributes.value(QLatin1String("r")).left(16).toString();
            const QString type = attributes.value(QLatin1String("t")).toString();
            const int style = attributes.value(QLatin1String("s")).toInt();
            const int column = ref.isEmpty() ? nextColumn : columnIndex(ref.left(4)); // XFD is the last
            if (ref.isEmpty())
                ref = QStringLiteral("#%1").arg(column + 1);
            if (column >= limits.columns)
                return fail(XlsxReader::tr("Cell %1 of the sheet “%2” lies beyond the last column a "
                                           "spreadsheet has (%3): the file is refused.")
                                .arg(ref, m_name, QLocale().toString(limits.columns)));
            nextColumn = column + 1;
            QString value;
            bool has = false;
            while (!(m_xml.isEndElement() && m_xml.name() == QLatin1String("c")) && !m_xml.atEnd()) {
                m_xml.readNext();
                if (m_xml.isStartElement() && m_xml.name() == QLatin1String("v")) {
                    value.clear();
                    if (!readText(m_xml, &value, limits.cellCharacters))
                        return tooLong();
                    has = true;
                } else if (m_xml.isStartElement() && m_xml.name() == QLatin1String("t")) { // inline string
                    if (!readText(m_xml, &value, limits.cellCharacters))
                        return tooLong();
                    has = true;
                }
            }
            if (m_sheet.runaway())
                return tooLong();
            bool number = false;
            if (has && column >= 0)
                cells.insert(column, cellText(type, style, value, &number));
            if (number)
                numbers.insert(column);
        } else if (m_xml.isEndElement() && m_xml.name() == QLatin1String("row")) {
            const bool blank = std::all_of(cells.cbegin(), cells.cend(),
                                           [](const QString& t) { return t.trimmed().isEmpty(); });
            if (blank)
                continue;
            QStringList row;
            row.reserve(cells.lastKey() + 1);
            for (int c = 0; c <= cells.lastKey(); ++c)
                row << cells.value(c);
            *out = row;
            *line = rowNumber;
            m_numbers = numbers;
            return true;
        }
    }
    if (!m_sheet.why().isEmpty())
        return fail(m_sheet.why());
    if (m_xml.hasError())
        return fail(XlsxReader::tr("The sheet “%1” is damaged or truncated: %2 (line %3 of its XML).")
                        .arg(m_name, m_xml.errorString())
                        .arg(m_xml.lineNumber()));
    return false;
}

} // namespace

std::unique_ptr<RowSource> XlsxReader::open(const QString& path, const QString& sheetName, QString* error)
{
    auto source = std::make_unique<XlsxSource>(path);
    QString why;
    if (!source->start(path, sheetName, &why)) {
        if (error)
            *error = why;
        return nullptr;
    }
    return source;
}

bool XlsxReader::read(const QString& path, const QString& sheetName, Sheet* sheet, QString* error)
{
    const std::unique_ptr<RowSource> source = open(path, sheetName, error);
    return source && source->readAll(sheet, error);
}

} // namespace mcfund
