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

/**
 * One exported column: a stored field ("uid" for the id), under a header. Two read-only columns of the
 * micro-credentials table can be exported too: Exporter::ProjectTitle (the project's title in the export's
 * language) and Exporter::OsapEligibleLength (Yes, No or Unknown).
 */
struct ExportColumn
{
    QString field;
    QString header;
};

/**
 * Writes records as CSV (UTF-8 with BOM, RFC 4180), XLSX (XlsxWriter: typed cells — numbers as numbers,
 * amounts with a currency format, dates as dates — a bold frozen header row and an autofilter) or JSON.
 * Text that a spreadsheet could run as a formula is written so that it never is. Rows are read a page at
 * a time in the filter's sort order, so memory stays flat; the file appears under its name only once
 * complete, so a failed or cancelled export leaves nothing (and an older file as it was).
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
    static inline const QString ProjectTitle = QStringLiteral("project_title");
    static inline const QString OsapEligibleLength = QStringLiteral("osap_eligible_length");
    /** Every field of \a entity in both languages, with the id first: a whole-record export that imports
     * back. */
    static QList<ExportColumn> allColumns(Entity entity);
    /** The value of a read-only column (ProjectTitle, OsapEligibleLength), or nothing for a stored field. */
    static std::optional<QVariant> derivedValue(const QString& column, const Record& record,
                                                const QString& language);
    static bool write(const QSqlDatabase& db, const Lookups& lookups, Entity entity, const FilterSpec& filter,
                      const SortSpec& sort, const QList<ExportColumn>& columns, const QLocale& locale,
                      const QString& language, Format format, const QString& path, QString* error,
                      int* written = nullptr, const std::function<bool(int percent)>& progress = {});
};

} // namespace mcfund
