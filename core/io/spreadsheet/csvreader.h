#pragma once

#include "sheet.h"

#include <QByteArray>
#include <QCoreApplication>

namespace mcfund {

/**
 * Reads CSV the way spreadsheets write it (RFC 4180): detects the delimiter (comma, semicolon, tab or
 * bar), the encoding (UTF-8 with or without a byte-order mark, else Windows-1252), and quoted fields with
 * commas, quotes and line breaks inside. An unbalanced quote is an error that gives its line.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::CsvReader)
public:
    static bool read(const QByteArray& data, Sheet* sheet, QString* error);
    static bool readFile(const QString& path, Sheet* sheet, QString* error);
    /** Decodes bytes that are not valid UTF-8 as Windows-1252 (Excel's "CSV" on Windows). */
    static QString decode(const QByteArray& data, QString* encoding = nullptr);
};

} // namespace mcfund
