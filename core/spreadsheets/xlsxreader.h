#pragma once

#include "rowsource.h"

#include <QCoreApplication>

namespace mcfund {

/**
 * Reads an XLSX workbook (a zip of XML parts) with QuaZip and QXmlStreamReader: the sheet names, and a
 * sheet's cells — shared strings, inline strings, numbers, booleans, dates stored as serial numbers (by
 * their number format) and empty cells. Numbers come out in their canonical form (a point, no grouping;
 * RowSource::isNumber() tells them apart), dates as YYYY-MM-DD.
 */
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::XlsxReader)
public:
    static bool sheetNames(const QString& path, QStringList* names, QString* error);
    /** Opens \a sheetName (the first sheet when empty) to be read a row at a time. */
    static std::unique_ptr<RowSource> open(const QString& path, const QString& sheetName, QString* error);
    /** Reads \a sheetName (the first sheet when empty) whole. */
    static bool read(const QString& path, const QString& sheetName, Sheet* sheet, QString* error);
};

} // namespace mcfund
