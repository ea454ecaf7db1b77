#pragma once

// Shared by the widget tests: a Workspace on a file, and waiting for a table model's background pass.
#include "tables/tablemodel.h"
#include "workspace.h"

#include "storage/database.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace mcfund::test {

/** The workspace at \a path (a file or a postgresql:// address) as the window holds it; null on failure,
 * with the reason in \a error. */
inline std::unique_ptr<Workspace> openWorkspace(const QString& path, QString* error)
{
    auto db = std::make_unique<Database>();
    if (!db->open(path, error))
        return nullptr;
    return std::make_unique<Workspace>(std::move(db));
}

/** Waits until \a model's ordered rows and count are complete (at most 20 s); false when they are not. */
inline bool settle(TableModel* model)
{
    if (!model->isLoading())
        return true;
    QSignalSpy spy(model, &TableModel::loaded);
    return spy.wait(20000);
}

} // namespace mcfund::test
