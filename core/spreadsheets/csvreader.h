#pragma once

#include "rowsource.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

class QIODevice;

namespace mcfund {

/**
 * Reads CSV the way spreadsheets write it (RFC 4180): detects the delimiter (comma, semicolon, tab or
 * bar), the encoding (UTF-8 with or without a byte-order mark, else Windows-1252), and quoted fields with
 * commas, quotes and line breaks inside. An unbalanced quote is an error that gives its line. The file is
 * read in chunks as rows are asked for, so memory does not grow with its length.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::CsvReader)
public:
    /** Opens \a device (read from its start; the source owns it) and reads the header line. */
    static std::unique_ptr<RowSource> open(std::unique_ptr<QIODevice> device, QString* error);
    static std::unique_ptr<RowSource> openFile(const QString& path, QString* error);
    /** The whole of a small file at once. */
    static bool read(const QByteArray& data, Sheet* sheet, QString* error);
    static bool readFile(const QString& path, Sheet* sheet, QString* error);
};

} // namespace mcfund
