#pragma once

#include "domain/entityschema.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace mcfund {

class EditEngine;

/**
 * Undo and redo of writes too large to keep in memory (an import of 100,000 rows): the change log already
 * holds every added record, every changed field with its old and new value and every deleted record under
 * the write's batch id, so the inverse is read back from there, a page at a time, newest row first, and
 * written through the edit engine as one new batch. Undoing that batch in turn is the redo.
 */
class ChangeLogUndo
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::ChangeLogUndo)
public:
    /**
     * Writes the inverse of \a batch with \a origin ("undo" or "redo") in one transaction; \a written gets
     * the new batch id. An update whose record has changed since is a conflict: nothing is written.
     */
    static bool revert(EditEngine& engine, const QSqlDatabase& db, const QString& batch,
                       const QString& origin, const QString& description,
                       const std::function<bool(int)>& progress, QString* written, QString* error);
    /** How many records \a batch touched. */
    /**
     * The values a record of \a entity had when it was last deleted, read back from the change log (for
     * putting it back); nullopt when the log holds no deletion of it.
     */
    static std::optional<Record> lastDeleted(const QSqlDatabase& db, Entity entity, const QString& uid);
    static int records(const QSqlDatabase& db, const QString& batch);
};

} // namespace mcfund
