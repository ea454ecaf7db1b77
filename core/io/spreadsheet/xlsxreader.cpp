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

int rowIndex(const QString& ref)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    const QRegularExpressionMatch m = digits.match(ref);
    return m.hasMatch() ? m.captured().toInt() : 0;
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

bool XlsxReader::read(const QString& path, const QString& sheetName, const QLocale& locale, Sheet* sheet,
                      QString* error)
{
    QuaZip zip(path);
    Workbook wb;
    if (!openWorkbook(zip, path, &wb, error))
        return false;
    if (wb.names.isEmpty()) {
        if (error)
            *error = tr("The workbook has no sheet.");
        return false;
    }
    const QString name = sheetName.isEmpty() ? wb.names.first() : sheetName;
    if (!wb.targets.contains(name)) {
        if (error)
            *error = tr("The workbook has no sheet called “%1”; its sheets are: %2.")
                         .arg(name, wb.names.join(QStringLiteral(", ")));
        return false;
    }
    // Shared strings (optional part).
    QStringList shared;
    QByteArray sst;
    if (part(zip, QStringLiteral("xl/sharedStrings.xml"), &sst)) {
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
                shared << current;
                inSi = false;
            }
        }
    }
    // Which cell styles are dates: built-in formats 14–22, 45–47, or custom ones with d, m or y.
    QSet<int> dateStyles;
    QByteArray styles;
    if (part(zip, QStringLiteral("xl/styles.xml"), &styles)) {
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
                    dateStyles << index;
                ++index;
            }
        }
    }
    QByteArray xml;
    if (!part(zip, wb.targets.value(name), &xml)) {
        if (error)
            *error = tr("The sheet “%1” cannot be read: the workbook is damaged or truncated.").arg(name);
        return false;
    }
    QMap<int, QMap<int, QString>> cells;
    QXmlStreamReader r(xml);
    QString ref, type;
    int style = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("c")) {
            ref = r.attributes().value(QLatin1String("r")).toString();
            type = r.attributes().value(QLatin1String("t")).toString();
            style = r.attributes().value(QLatin1String("s")).toInt();
            QString value;
            bool has = false;
            while (!(r.isEndElement() && r.name() == QLatin1String("c")) && !r.atEnd()) {
                r.readNext();
                if (r.isStartElement() && r.name() == QLatin1String("v")) {
                    value = r.readElementText();
                    has = true;
                } else if (r.isStartElement() && r.name() == QLatin1String("t")) { // inline string
                    value += r.readElementText();
                    has = true;
                }
            }
            if (!has)
                continue;
            QString text;
            if (type == QLatin1String("s")) {
                const int i = value.toInt();
                text = i >= 0 && i < shared.size() ? shared.at(i) : QString();
            } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str")) {
                text = value;
            } else if (type == QLatin1String("b")) {
                text = value == QLatin1String("1") ? QStringLiteral("1") : QStringLiteral("0");
            } else if (type == QLatin1String("e")) {
                text = value; // #N/A and friends stay as text: validation will say what is wrong
            } else {
                bool ok = false;
                const double n = value.toDouble(&ok);
                if (ok && dateStyles.contains(style)) {
                    const QDate epoch = wb.date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
                    text = epoch.addDays(qint64(std::floor(n))).toString(Qt::ISODate);
                } else if (ok) {
                    // Whole numbers stay whole; others keep up to 6 decimals, in the import's locale.
                    text = std::floor(n) == n && std::fabs(n) < 1e15
                               ? locale.toString(qint64(n)).remove(locale.groupSeparator())
                               : locale.toString(n, 'f', QLocale::FloatingPointShortest);
                    text.remove(locale.groupSeparator());
                } else {
                    text = value;
                }
            }
            cells[rowIndex(ref)][columnIndex(ref)] = text;
        }
    }
    if (r.hasError()) {
        if (error)
            *error = tr("The sheet “%1” is damaged: %2 (line %3 of its XML).")
                         .arg(name, r.errorString())
                         .arg(r.lineNumber());
        return false;
    }
    Sheet s;
    s.name = name;
    int width = 0;
    for (const auto& row : std::as_const(cells))
        if (!row.isEmpty())
            width = std::max(width, row.lastKey() + 1);
    bool first = true;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        QStringList row;
        for (int c = 0; c < width; ++c)
            row << it.value().value(c);
        if (first) {
            s.header = row;
            first = false;
        } else {
            s.rows << row;
            s.lines << it.key();
        }
    }
    if (s.header.isEmpty()) {
        if (error)
            *error = tr("The sheet “%1” is empty.").arg(name);
        return false;
    }
    *sheet = s;
    return true;
}

} // namespace mcfund
