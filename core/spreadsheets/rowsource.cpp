#include "rowsource.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace mcfund {

ReadLimits& ReadLimits::current()
{
    static ReadLimits limits;
    return limits;
}

std::unique_ptr<RowSource> RowSource::open(const QString& path, const QString& sheetName, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read “%1”: %2").arg(path, f.errorString());
        return nullptr;
    }
    const QByteArray start = f.peek(4);
    f.close();
    const bool zip =
        start.startsWith("PK\x03\x04") || QFileInfo(path).suffix().toLower() == QLatin1String("xlsx");
    return zip ? XlsxReader::open(path, sheetName, error) : CsvReader::openFile(path, error);
}

bool RowSource::readHeader(const QString& emptyMessage, QString* error)
{
    QStringList header;
    int line = 0;
    if (!next(&header, &line)) {
        *error = m_error.isEmpty() ? emptyMessage : m_error;
        return false;
    }
    m_header = header;
    return true;
}

bool RowSource::readAll(Sheet* sheet, QString* error)
{
    Sheet s;
    s.name = m_name;
    s.header = m_header;
    QStringList row;
    int line = 0;
    while (next(&row, &line)) {
        s.rows << row;
        s.lines << line;
    }
    if (!m_error.isEmpty()) {
        if (error)
            *error = m_error;
        return false;
    }
    *sheet = s;
    return true;
}

} // namespace mcfund
