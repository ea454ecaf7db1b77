#include "csvwriter.h"

#include <QIODevice>
#include <QRegularExpression>

namespace mcfund {

CsvWriter::CsvWriter(QIODevice* device, bool byteOrderMark)
    : m_device(device)
{
    if (byteOrderMark)
        m_device->write("\xEF\xBB\xBF");
}

bool CsvWriter::isFormulaSign(QChar s)
{
    return s == QLatin1Char('=') || s == QLatin1Char('+') || s == QLatin1Char('-') || s == QLatin1Char('@') ||
           s == QLatin1Char('\t') || s == QLatin1Char('\r');
}

QString CsvWriter::protectApostrophe(const QString& value)
{
    qsizetype quotes = 0;
    while (quotes < value.size() && value.at(quotes) == QLatin1Char('\''))
        ++quotes;
    return quotes > 0 && quotes < value.size() && isFormulaSign(value.at(quotes)) ? QLatin1Char('\'') + value
                                                                                  : value;
}

QString CsvWriter::neutralised(const QString& value)
{
    if (value.isEmpty())
        return value;
    const QChar c = value.at(0);
    if (c == QLatin1Char('\''))
        return protectApostrophe(value);
    // A leading tab or carriage return is how some spreadsheets let a formula through after the sign.
    if (!isFormulaSign(c))
        return value;
    static const QRegularExpression number(QStringLiteral("^[-+]?\\d+([.,]\\d+)?$"));
    if (number.match(value).hasMatch())
        return value; // a negative number is data, not a formula
    return QLatin1Char('\'') + value;
}

namespace {

bool needsQuotes(const QString& value)
{
    for (const QChar c : value)
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r'))
            return true;
    return false;
}

} // namespace

QString CsvWriter::field(const QString& raw)
{
    const QString value = neutralised(raw);
    if (needsQuotes(value))
        return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return value;
}

void CsvWriter::writeRow(const QStringList& fields)
{
    // One line of UTF-8 built in a buffer kept from row to row: an export writes a million.
    m_line.clear();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line += ',';
        m_line += field(fields.at(i)).toUtf8();
    }
    m_line += "\r\n";
    m_device->write(m_line);
}

} // namespace mcfund
