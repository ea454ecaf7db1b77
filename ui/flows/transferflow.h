#pragma once

#include <QCoreApplication>

namespace mcfund {

class WindowContext;

/**
 * File ▸ Import and the exports: a spreadsheet into the table in front (or micro-credentials), the table
 * as shown to XLSX or CSV, the whole workspace to a folder of workbooks, micro-credentials for a registry.
 * Each writes in the background with progress and Cancel, and ends with a message that says where.
 */
class TransferFlow
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::TransferFlow)
public:
    static void importFile(WindowContext& window);
    static void exportTable(WindowContext& window);
    static void exportWorkspace(WindowContext& window);
    static void exportRegistry(WindowContext& window);
};

} // namespace mcfund
