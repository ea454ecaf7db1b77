#pragma once

#include <QCoreApplication>

namespace mcfund {

class WindowContext;

/** File ▸ Export Institution Package and Merge Institution Package. */
class PackageFlow
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::PackageFlow)
public:
    /** Asks which institution (the one selected on the Institutions page first) and where. */
    static void exportPackage(WindowContext& window);
    /** Asks which package, plans the merge, and lets the user decide in the merge dialog. */
    static void mergePackage(WindowContext& window);
};

} // namespace mcfund
