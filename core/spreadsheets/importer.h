#pragma once

#include "rowsource.h"

#include "domain/entityschema.h"
#include "edits/editbatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlDatabase>

#include <functional>

namespace mcfund {

class EditEngine;
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
    int refused = 0;               ///< rows not imported because of a problem
    QList<ImportProblem> problems; ///< the first MaxListed problems, in file order
    int unlisted = 0;              ///< problems found beyond those
    static constexpr int MaxListed = 10000;
    /** Why an import stopped without writing, when it did. */
    enum class Stop
    {
        None,
        BadInput,  ///< the file (or the workspace) cannot be read, or its columns match nothing: nothing was
                   ///< written
        Refused,   ///< rows were refused and the import is all or nothing
        WriteFail, ///< a checked row could not be stored, or the workspace refused the write
        Cancelled,
    };
    Stop stop = Stop::None;
    QString summary() const;
};

struct ImportOptions
{
    Entity entity = Entity::Credential;
    QHash<int, QString>
        mapping; ///< column index → field ("uid" for the record id); unmapped columns are ignored
    bool allOrNothing = false;
    QLocale locale;
    QString language = QStringLiteral("en");
    QString description; ///< of the write in the change log and the Edit menu; "import" when empty
    std::function<bool(int)> progress; ///< 0–100; return false to cancel
    /** Why a row edit is refused beyond the import's own checks (EditEngine::packageRefusal), or "". */
    std::function<QString(const RowEdit&)> rowRule;
    /**
     * How many rows' keys (a 128-bit digest each, to find a record given twice) are kept in memory; beyond
     * that they move to a temporary table on disk, so that memory stays bounded however long the file.
     * Tests lower it.
     */
    qsizetype keysInMemory = 1 << 18;
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
    /** Entities that can be imported, by the names the command line uses: projects, credentials,
     * institutions, partners. */
    static std::optional<Entity> entityFromName(const QString& name);
    /** The mapping guessed from header names in English or French (labels, codes, "ID"). */
    static QHash<int, QString> guessMapping(Entity entity, const QStringList& header);
    static bool prepare(const QSqlDatabase& db, const Lookups& lookups, const Sheet& sheet,
                        const ImportOptions& options, EditBatch* batch, ImportReport* report, QString* error);

    /** Called with each row edit the import makes, in file order; returning false stops the import. */
    using Sink = std::function<bool(RowEdit& edit, int line, QString* error)>;
    /**
     * The streaming form of prepare(): reads \a source a row at a time and hands each valid row's edit to
     * \a sink (none: a dry run). Memory stays flat whatever the length of the file. With allOrNothing the
     * sink is no longer called after the first problem, but every row is still checked for the report.
     */
    static bool run(const QSqlDatabase& db, const Lookups& lookups, RowSource& source,
                    const ImportOptions& options, const Sink& sink, ImportReport* report, QString* error);
    /**
     * run() without writing (a dry run, or the check before an import): in one transaction that is rolled
     * back, so that every row is matched against the same state of the workspace, and each of its reads
     * and of its notes of the records met does not make a transaction of its own.
     */
    static bool check(const QSqlDatabase& db, const Lookups& lookups, RowSource& source,
                      const ImportOptions& options, const Sink& sink, ImportReport* report, QString* error);
    /**
     * Imports \a source through \a engine in one transaction (one batch in the change log, which is what
     * undoes it): nothing is written if a row cannot be stored, on cancel, or with allOrNothing and any
     * problem. \a batchId gets the change-log batch.
     */
    static bool write(EditEngine& engine, const QSqlDatabase& db, const Lookups& lookups, RowSource& source,
                      const ImportOptions& options, ImportReport* report, QString* batchId, QString* error);
    /** The description of an import in the change log and the Edit menu: "import of 12 row(s)". */
    static QString describe(int rows);
    /** Undoes the neutralisation of formula-looking text done by exports ('=…' back to =…). */
    static QString unneutralise(const QString& text);
};

} // namespace mcfund
