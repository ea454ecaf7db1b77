#pragma once

#include "reports/report.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
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
    /**
     * A report's charts drawn ahead, to be painted on any thread: Qt Charts draws through QGraphicsScene,
     * which belongs to the GUI thread, so a PDF written in the background paints these pictures instead.
     */
    struct DrawnCharts
    {
        QHash<int, QImage> pictures; ///< by block index, at the PDF's resolution
        QHash<int, QString> notices; ///< what the chart says below it ("no amounts recorded…")
    };
    /** Draws \a report's charts for pages of \a paper at \a dpi (the PDF's). On the GUI thread only. */
    static DrawnCharts drawCharts(const Report& report, QPageSize::PageSizeId paper, int dpi = PdfDpi);
    /** The resolution writePdf() writes at. */
    static constexpr int PdfDpi = 300;

    /**
     * Paints \a report on \a device (whose page size is already set); returns the number of pages. Charts
     * come from \a charts when given (any thread), else are drawn as they are met (GUI thread only).
     */
    static int paint(const Report& report, QPagedPaintDevice* device, const DrawnCharts* charts = nullptr);
    /** Writes \a report to a PDF file on A4 or Letter paper; off the GUI thread, pass its drawn charts. */
    static bool writePdf(const Report& report, const QString& path, QPageSize::PageSizeId paper,
                         QString* error, const DrawnCharts* charts = nullptr);
};

} // namespace mcfund
