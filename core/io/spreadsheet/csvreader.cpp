#include "csvreader.h"

#include <QFile>
#include <QStringDecoder>

namespace mcfund {

namespace {
// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
const char16_t kCp1252[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                              0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                              0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                              0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
} // namespace

QString CsvReader::decode(const QByteArray& data, QString* encoding)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8 (BOM)");
        return QString::fromUtf8(bytes.mid(3));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    if (encoding)
        *encoding = QStringLiteral("Windows-1252");
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out += (b >= 0x80 && b <= 0x9F) ? QChar(kCp1252[b - 0x80]) : QChar(b);
    }
    return out;
}

bool CsvReader::readFile(const QString& path, Sheet* sheet, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read “%1”: %2").arg(path, f.errorString());
        return false;
    }
    return read(f.readAll(), sheet, error);
}

bool CsvReader::read(const QByteArray& data, Sheet* sheet, QString* error)
{
    const QString text = decode(data);
    // The delimiter that splits the first line (outside quotes) into the most fields.
    QChar delimiter = QLatin1Char(',');
    {
        int best = 0;
        for (const QChar d : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')}) {
            int count = 0;
            bool quoted = false;
            for (const QChar c : text) {
                if (c == QLatin1Char('"'))
                    quoted = !quoted;
                else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
                    break;
                else if (!quoted && c == d)
                    ++count;
            }
            if (count > best) {
                best = count;
                delimiter = d;
            }
        }
    }
    Sheet s;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;
    auto endField = [&] {
        row << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        // A line of empty fields (",,,," as Excel writes past the data) is blank too.
        const bool blank =
            std::all_of(row.cbegin(), row.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
        if (!blank) {
            if (s.header.isEmpty()) {
                s.header = row;
            } else {
                s.rows << row;
                s.lines << rowLine;
            }
        }
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (!(c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')))
                    field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
            ++line;
            rowLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = tr("Line %1: a quoted field is never closed (a \" is missing).").arg(quoteLine);
        return false;
    }
    if (!field.isEmpty() || !row.isEmpty())
        endRow();
    if (s.header.isEmpty()) {
        if (error)
            *error = tr("The file is empty: no header line.");
        return false;
    }
    *sheet = s;
    return true;
}

} // namespace mcfund
