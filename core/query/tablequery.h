#pragma once

#include "filterspec.h"
#include "lookups.h"

#include "domain/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace mcfund {

class RowStatement;

/** A filter criterion; not every entity supports every one. */
enum class Criterion
{
    Sector,
    Round,
    Institution,
    InstitutionType,
    Status,
    Language,
    Osap,
    Missing,
    Text
};

/** Sort by one stored column (a field of the entity, or "" for the order rows were added). */
struct SortSpec
{
    QString column;
    bool descending = false;
    bool operator==(const SortSpec&) const = default;
};

/**
 * The SQL behind a lazy table: filters to a WHERE clause with bound values, the ordered row ids of a
 * filter and sort (computed once, in the background, so that any row can be reached at once), the first
 * or last rows straight from an index for an instant first paint, and the records of a page by rowid.
 * Never uses OFFSET. One instance per connection and thread; it must not outlive its connection (it keeps
 * the statement of records() prepared).
 */
class TableQuery
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::TableQuery)
public:
    TableQuery(Entity entity, QSqlDatabase db, const Lookups* lookups);

    Entity entity() const { return m_entity; }
    static bool supports(Entity entity, Criterion c);
    /** Whether rows can be sorted by \a column quickly (an index, or a small set of groups). */
    static bool sortable(Entity entity, const QString& column);

    QString where(const FilterSpec& filter, QVariantList* binds) const;
    qint64 count(const FilterSpec& filter) const;
    /** Up to \a limit row ids from the start (or the end) of the sorted, filtered rows, in display order. */
    QVector<qint64> edgeRowids(const FilterSpec& filter, const SortSpec& sort, int limit, bool fromEnd) const;
    /** Every row id of the filtered rows in sorted order; stops early (empty result) when \a cancelled. */
    QVector<qint64> allRowids(const FilterSpec& filter, const SortSpec& sort,
                              const std::function<bool()>& cancelled = {}) const;
    /** The fields of a record of records(): uid, version, every schema field, for credentials the project's
     * titles (project_title_en, project_title_fr). */
    static QStringList recordFields(Entity entity);
    /** The records of \a rowids (the fields of recordFields()). */
    QHash<qint64, Record> records(const QVector<qint64>& rowids) const;
    /** The same records as a table: a row of recordFields() values each, found by rowid. */
    struct RecordPage
    {
        QStringList fields;             ///< recordFields() of the entity
        int width = 0;                  ///< fields.size()
        QVector<QVariant> values;       ///< width values a row, the rows in the order the database gave them
        QHash<qint64, qsizetype> rowOf; ///< rowid → row
        /** The row of \a rowid (width values), or nullptr when the page does not have it. */
        const QVariant* row(qint64 rowid) const;
    };
    /**
     * Reads the records of \a rowids into \a page, reusing its memory: what an export reads a page at a
     * time without a map for each record. False, with lastError(), if the read failed.
     */
    bool readPage(const QVector<qint64>& rowids, RecordPage* page) const;
    /**
     * The title of a credential's project in \a language, from a record of records(); the other language's
     * when that one is empty (\a fallback then says so).
     */
    static QString projectTitle(const Record& credential, const QString& language, bool* fallback = nullptr);
    /** Whether a credential's length is OSAP-eligible; nothing when its hours or weeks are not recorded. */
    static std::optional<bool> osapEligibleLength(const Record& credential);
    /** Number of filtered rows per value of \a column, ignoring the filter's own criterion on it. */
    QHash<QString, qint64> facet(const FilterSpec& filter, Criterion criterion) const;
    /** The status facet and the filtered rows without text in one language, read together. */
    struct StatusFacet
    {
        QHash<QString, qint64> counts; ///< rows per status, ignoring the filter's statuses
        qint64 missing = 0;            ///< filtered rows (statuses included) missing the text
    };
    /**
     * facet(filter, Status) and count(filter with \a missing) in one pass over the filtered rows instead of
     * two: what a table shows after each change of its filter. Worth it when the filter narrows the rows
     * (without one, the status index alone counts the statuses). The entity must support both criteria and
     * \a filter must not have a missing-text criterion of its own.
     */
    StatusFacet statusFacet(const FilterSpec& filter, MissingText missing) const;
    /** The rowid of the record \a uid, or 0. */
    qint64 rowidOf(const QString& uid) const;

    QString lastError() const { return m_error; }

private:
    /**
     * Every row id in key order, without reading them, when the keys run from the first to the last without
     * a gap (a workspace generated or imported and never thinned): nothing when they do not, or when the
     * reads fail.
     */
    std::optional<QVector<qint64>> gaplessKeys(bool descending) const;

    struct Group
    {
        QString column;
        QVariantList values; ///< in display order; a null first for rows without a value
        /** The condition selecting the rows of \a value ("col IS NULL" or "col = ?", its bind added). */
        QString condition(const QVariant& value, QVariantList* binds) const;
    };
    bool groupSort(const SortSpec& sort, Group* group) const;
    QString orderBy(const SortSpec& sort, bool reverse) const;
    QVector<qint64> collect(const QString& sql, const QVariantList& binds, int limit,
                            const std::function<bool()>& cancelled) const;

    Entity m_entity;
    QSqlDatabase m_db;
    const Lookups* m_lookups;
    QString m_table;
    mutable QString m_error;
    // readPage()'s statement, prepared for m_recordsSize ids.
    mutable std::shared_ptr<RowStatement> m_records;
    mutable qsizetype m_recordsSize = 0;
};

} // namespace mcfund
