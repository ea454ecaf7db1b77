#pragma once

#include "reports/report.h"

#include <QCoreApplication>
#include <QPageSize>

class QPagedPaintDevice;

namespace mcfund {

/**
 * Lays a Report out on pages like a ministry document: a title page, a running header and footer with
 * "Page 2 of 7", headings kept with what follows, table headers repeated on every page, no row split
 * across pages, amounts right-aligned. Works on any paged device: a PDF file, a printer, a print preview.
 */
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::ReportPrinter)
public:
    /** Paints \a report on \a device (whose page size is already set); returns the number of pages. */
    static int paint(const Report& report, QPagedPaintDevice* device);
    /** Writes \a report to a PDF file on A4 or Letter paper. */
    static bool writePdf(const Report& report, const QString& path, QPageSize::PageSizeId paper,
                         QString* error);
};

} // namespace mcfund
