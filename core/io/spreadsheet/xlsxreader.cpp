#include "xlsxreader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>

namespace mcfund {

namespace {

bool part(QuaZip& zip, const QString& name, QByteArray* out)
{
    if (!zip.setCurrentFile(name))
        return false;
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    *out = f.readAll();
    const bool ok = f.getZipError() == UNZ_OK;
    f.close();
    return ok && f.getZipError() == UNZ_OK;
}

struct Workbook
{
    QStringList names;
    QHash<QString, QString> targets; ///< sheet name → part path
    bool date1904 = false;           ///< dates count from 1904-01-01 (old Mac Excel option)
};

bool workbook(QuaZip& zip, Workbook* wb, QString* error)
{
    QByteArray xml, rels;
    if (!part(zip, QStringLiteral("xl/workbook.xml"), &xml) ||
        !part(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), &rels)) {
        if (error)
            *error = XlsxReader::tr(
                "The file is not a complete XLSX workbook (xl/workbook.xml is missing or unreadable).");
        return false;
    }
    QHash<QString, QString> byId;
    QXmlStreamReader r(rels);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("Relationship")) {
            QString target = r.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                target = target.mid(1);
            else
                target = QStringLiteral("xl/") + target;
            byId.insert(r.attributes().value(QLatin1String("Id")).toString(), target);
        }
    QXmlStreamReader w(xml);
    while (!w.atEnd())
        if (w.readNext() == QXmlStreamReader::StartElement && w.name() == QLatin1String("workbookPr")) {
            const QStringView v = w.attributes().value(QLatin1String("date1904"));
            wb->date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (w.tokenType() == QXmlStreamReader::StartElement && w.name() == QLatin1String("sheet")) {
            const QString name = w.attributes().value(QLatin1String("name")).toString();
            QString id;
            for (const QXmlStreamAttribute& a : w.attributes())
                if (a.name() == QLatin1String("id"))
                    id = a.value().toString();
            wb->names << name;
            wb->targets.insert(name, byId.value(id));
        }
    if (w.hasError() || r.hasError()) {
        if (error)
            *error = XlsxReader::tr("The workbook's XML is damaged: %1")
                         .arg(w.hasError() ? w.errorString() : r.errorString());
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
    return workbook(zip, wb, error);
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
        , m_file(&m_zip)
    {}
    bool start(const QString& path, const QString& sheetName, QString* error);
    bool next(QStringList* row, int* line) override;
    int percent() const override
    {
        return m_size <= 0 ? 100 : int(std::min<qint64>(100, 100 * m_file.pos() / m_size));
    }

private:
    QString cellText(const QString& type, int style, const QString& value, bool* number) const;
    bool isNumber(int column) const override { return m_numbers.contains(column); }

    QuaZip m_zip;
    QuaZipFile m_file;
    QXmlStreamReader m_xml;
    QSet<int> m_numbers; ///< the columns of the last row read that held numbers
    Workbook m_wb;
    QStringList m_shared;
    QSet<int> m_dateStyles;
    qint64 m_size = 0;
    int m_lastRow = 0;
};

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
    // Shared strings (optional part): the one part that must be held whole, as cells refer to it by number.
    QByteArray sst;
    if (part(m_zip, QStringLiteral("xl/sharedStrings.xml"), &sst)) {
        QXmlStreamReader r(sst);
        QString current;
        bool inSi = false;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (r.isStartElement() && r.name() == QLatin1String("t") && inSi) {
                current += r.readElementText();
            } else if (r.isStartElement() && r.name() == QLatin1String("rPh")) {
                r.skipCurrentElement(); // phonetic runs are not part of the text
            } else if (r.isEndElement() && r.name() == QLatin1String("si")) {
                m_shared << current;
                inSi = false;
            }
        }
    }
    // Which cell styles are dates: built-in formats 14–22, 45–47, or custom ones with d, m or y.
    QByteArray styles;
    if (part(m_zip, QStringLiteral("xl/styles.xml"), &styles)) {
        QXmlStreamReader r(styles);
        QHash<int, QString> formats;
        bool inCellXfs = false;
        int index = 0;
        while (!r.atEnd()) {
            r.readNext();
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
    }
    // The sheet itself is read as a stream, a row at a time.
    if (!m_zip.setCurrentFile(m_wb.targets.value(m_name)) || !m_file.open(QIODevice::ReadOnly)) {
        *error = XlsxReader::tr("The sheet “%1” cannot be read: the workbook is damaged or truncated.")
                     .arg(m_name);
        return false;
    }
    m_size = m_file.usize();
    m_xml.setDevice(&m_file);
    return readHeader(XlsxReader::tr("The sheet “%1” is empty.").arg(m_name), error);
}

QString XlsxSource::cellText(const QString& type, int style, const QString& value, bool* number) const
{
    if (type == QLatin1String("s")) {
        const int i = value.toInt();
        return i >= 0 && i < m_shared.size() ? m_shared.at(i) : QString();
    }
    if (type == QLatin1String("inlineStr") || type == QLatin1String("str"))
        return value;
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
    QMap<int, QString> cells;
    QSet<int> numbers;
    int rowNumber = 0;
    int nextColumn = 0;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.isStartElement() && m_xml.name() == QLatin1String("row")) {
            cells.clear();
            numbers.clear();
            nextColumn = 0;
            rowNumber = m_xml.attributes().value(QLatin1String("r")).toInt();
            if (rowNumber <= 0)
                rowNumber = m_lastRow + 1;
            m_lastRow = rowNumber;
        } else if (m_xml.isStartElement() && m_xml.name() == QLatin1String("c")) {
            const QString ref = m_xml.attributes().value(QLatin1String("r")).toString();
            const QString type = m_xml.attributes().value(QLatin1String("t")).toString();
            const int style = m_xml.attributes().value(QLatin1String("s")).toInt();
            const int column = ref.isEmpty() ? nextColumn : columnIndex(ref);
            nextColumn = column + 1;
            QString value;
            bool has = false;
            while (!(m_xml.isEndElement() && m_xml.name() == QLatin1String("c")) && !m_xml.atEnd()) {
                m_xml.readNext();
                if (m_xml.isStartElement() && m_xml.name() == QLatin1String("v")) {
                    value = m_xml.readElementText();
                    has = true;
                } else if (m_xml.isStartElement() && m_xml.name() == QLatin1String("t")) { // inline string
                    value += m_xml.readElementText();
                    has = true;
                }
            }
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
    if (m_xml.hasError())
        m_error = XlsxReader::tr("The sheet “%1” is damaged or truncated: %2 (line %3 of its XML).")
                      .arg(m_name, m_xml.errorString())
                      .arg(m_xml.lineNumber());
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
