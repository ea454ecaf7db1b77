#pragma once

#include "domain/entityschema.h"
#include "query/filterspec.h"
#include "query/tablequery.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlDatabase>

#include <functional>

namespace mcfund {

class Lookups;

/** One exported column: a stored field ("uid" for the id), under a header. */
struct ExportColumn
{
    QString field;
    QString header;
};

/**
 * Writes records as CSV (UTF-8 with BOM, RFC 4180), XLSX (libxlsxwriter: typed cells — numbers as numbers,
 * amounts with a currency format, dates as dates — a bold frozen header row and an autofilter) or JSON.
 * Text that a spreadsheet could run as a formula is written so that it never is. Rows are read a page at
 * a time in the filter's sort order, so memory stays flat.
 */
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::Exporter)
public:
    enum class Format
    {
        Csv,
        Xlsx,
        Json
    };
    static std::optional<Format> formatFromName(const QString& name);
    /** Every field of \a entity in both languages, with the id first: a whole-record export that imports
     * back. */
    static QList<ExportColumn> allColumns(Entity entity);
    static bool write(const QSqlDatabase& db, const Lookups& lookups, Entity entity, const FilterSpec& filter,
                      const SortSpec& sort, const QList<ExportColumn>& columns, const QLocale& locale,
                      const QString& language, Format format, const QString& path, QString* error,
                      int* written = nullptr, const std::function<bool(int percent)>& progress = {});
};

} // namespace mcfund
