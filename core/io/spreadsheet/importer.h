#pragma once

#include "sheet.h"

#include "domain/entityschema.h"
#include "edits/editbatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlDatabase>

#include <functional>

namespace mcfund {

class Lookups;

/** A problem with one cell or row of an import: its line in the file, its column, and why. */
struct ImportProblem
{
    int line = 0;
    QString column;
    QString message;
};

/** What an import did, or would do in a dry run. */
struct ImportReport
{
    int rows = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int refused = 0; ///< rows not imported because of a problem
    QList<ImportProblem> problems;
    QString summary() const;
};

struct ImportOptions
{
    Entity entity = Entity::Credential;
    QHash<int, QString> mapping; ///< column index → field ("uid" for the record id); unmapped columns are ignored
    bool allOrNothing = false;
    QLocale locale;
    QString language = QStringLiteral("en");
    std::function<bool(int)> progress; ///< 0–100; return false to cancel
};

/**
 * Turns a sheet into one edit batch: each row is parsed with the same rules as typing (ValueParser),
 * validated, matched to an existing record (by its id, or by a natural key — institution and title for
 * projects and micro-credentials, name for institutions and partners) to update it rather than add a
 * duplicate, and every problem is reported with its line and column. With allOrNothing, any problem means
 * no batch at all; otherwise the valid rows make the batch. The batch is then applied in one transaction.
 */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::Importer)
public:
    /** Entities that can be imported, by the names the command line uses: projects, credentials, institutions, partners. */
    static std::optional<Entity> entityFromName(const QString& name);
    /** The mapping guessed from header names in English or French (labels, codes, "ID"). */
    static QHash<int, QString> guessMapping(Entity entity, const QStringList& header);
    static bool prepare(const QSqlDatabase& db, const Lookups& lookups, const Sheet& sheet, const ImportOptions& options,
                        EditBatch* batch, ImportReport* report, QString* error);
    /** Undoes the neutralisation of formula-looking text done by exports ('=…' back to =…). */
    static QString unneutralise(const QString& text);
};

} // namespace mcfund
