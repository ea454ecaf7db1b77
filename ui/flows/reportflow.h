#pragma once

#include <QCoreApplication>

class QPrinter;

namespace mcfund {

struct Report;
class WindowContext;

/**
 * File ▸ Print Preview, Print and Export Report as PDF: asks which report (prefilled from where the user
 * is), builds it on a connection of its own in the background, then shows, prints or writes it.
 */
class ReportFlow
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::ReportFlow)
public:
    static void preview(WindowContext& window);
    static void print(WindowContext& window);
    static void exportPdf(WindowContext& window);

private:
    /** Asks which report and builds its content; false if cancelled or it could not be built (said). */
    static bool prepare(WindowContext& window, Report* report, int* paper);
    /** The same, and \a printer set to the report's paper, with no margins of its own. */
    static bool prepareForPrinter(WindowContext& window, Report* report, QPrinter* printer);
};

} // namespace mcfund
