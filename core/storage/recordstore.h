#pragma once

#include "domain/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace mcfund {

class RowStatement;

/** Who made a change and through which path; written to every change_log row. */
struct ChangeContext
{
    QString user;
    QString origin = QStringLiteral("edit"); ///< edit, undo, redo, import, merge, dataset, generate, review
    QString batch;                           ///< groups the rows of one user action
    QString description;
};

/**
 * Reads and writes records of any entity with prepared statements, validating each write and appending
 * to the change log. It never opens a transaction: callers (Repository, EditEngine, importers) hold one
 * around a whole user action.
 */
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::RecordStore)
public:
    RecordStore(QSqlDatabase db, ChangeContext context);
    ~RecordStore();
    RecordStore(RecordStore&&) noexcept;
    RecordStore& operator=(RecordStore&&) noexcept;

    /**
     * The record \a uid, or nullopt. With \a forUpdate, on a shared workspace the row is locked until the
     * transaction ends, so that what is checked against it is what is written over.
     */
    std::optional<Record> get(Entity entity, const QString& uid, bool forUpdate = false) const;
    /** Why the last get() found nothing when the database failed rather than the record being gone. */
    QSqlError lastError() const { return m_lastError; }
    bool exists(Entity entity, const QString& uid) const;

    /**
     * Validates and inserts; assigns a uid when \a record has none. Returns false with a message. With
     * \a validated, \a record is whole and Validation::validate has already passed it (an import's row):
     * it is not validated again; its references are still checked. With \a ordered as well (unlogged
     * inserts only), the values of \a record are bound from it: the fields in the order of
     * EntityDef::fields, then the sort keys if the entity has them (see SortKeys), made where the record
     * was, so that the writing thread need not walk the record.
     */
    bool insert(Entity entity, Record& record, QString* error, bool log = true, bool validated = false,
                const QVariantList* ordered = nullptr);
    /** The list insert() takes as \a ordered for \a record, a whole record (may be made on any thread). */
    static QVariantList orderedForInsert(Entity entity, const Record& record);
    /** Applies \a changes to one record after validating the merged result; \a before gets old values. */
    bool update(Entity entity, const QString& uid, const Record& changes, QString* error,
                Record* before = nullptr);
    /** Deletes a record, refusing when other rows still refer to it (the message says which). */
    bool remove(Entity entity, const QString& uid, QString* error, Record* removed = nullptr);

    enum class BulkRemoval
    {
        Done,
        NotApplicable, ///< a shared workspace, or a record gone or referred to: remove them one by one
        Failed,
    };
    /**
     * Removes every record of \a entity that the change-log batch \a batch added, and logs each as remove()
     * does, in two statements: what undoing a large import is. NotApplicable, with nothing written, when
     * one of them is already gone or another record refers to one (remove() then says which), and on a
     * shared workspace. \a removed gets the count. Just before anything is written, \a beforeRemoval is
     * given the SELECT of their uids and its values by name (what FullTextBulk::keepAll takes).
     */
    using UidsHook = std::function<bool(const QString& uids, const QVariantMap& values, QString* error)>;
    BulkRemoval removeAddedBy(Entity entity, const QString& batch, const UidsHook& beforeRemoval,
                              int* removed, QString* error);

    /** The largest rowid of \a entity's table in \a db (0 when empty), or -1 with \a error. SQLite. */
    static qint64 lastRowid(const QSqlDatabase& db, Entity entity, QString* error = nullptr);
    /**
     * Logs, in one statement, every record of \a entity whose rowid is above \a afterRowid, oldest first,
     * as insert() logs an added record (the record whole, as JSON): for a bulk write that added them with
     * insert(…, log = false). SQLite.
     */
    bool logAddedAfter(Entity entity, qint64 afterRowid, QString* error);

    /** "3 projects and 12 micro-credentials refer to it", or empty when nothing does. */
    QString dependents(Entity entity, const QString& uid) const;
    /** The label of a record for messages: its title or name in the current language. */
    QString describe(Entity entity, const QString& uid) const;

    static QString newUid();
    static QString now();
    static QString toLogText(const QVariant& v);

    const ChangeContext& context() const { return m_context; }

private:
    /** On a shared workspace: tells the server's change-log triggers this store's batch, origin, description.
     */
    bool sendContext(QString* error);
    bool checkReferences(Entity entity, const Record& record, QString* error) const;
    /// Whether \a value of the reference field \a f names an existing record (null: yes).
    bool checkReference(const FieldDef& f, const QVariant& value, QString* error) const;
    /// The message for an INSERT of \a def that SQLite refused with \a sqlError.
    static QString insertFailure(const EntityDef& def, const QString& sqlError);
    bool log(Entity entity, const QString& uid, const QString& field, const QVariant& oldValue,
             const QVariant& newValue, QString* error);

    /** A statement prepared once per store and reused (imports and merges write thousands of rows). */
    QSqlQuery& prepared(const QString& sql) const;

    QSqlDatabase m_db;
    ChangeContext m_context;
    mutable QHash<QString, QSqlQuery> m_statements;
    /// Each entity's INSERT, prepared on first use: an import adds row after row.
    std::map<Entity, std::unique_ptr<RowStatement>> m_inserts;
    /// On SQLite, each entity's read of one record by id, and the columns it keeps (index, name): an import
    /// of a workbook with an id column reads a record per row, and Qt's driver described every column of
    /// the result again at each run (the better part of a slow import's time).
    struct RecordRead
    {
        std::unique_ptr<RowStatement> statement;
        QList<std::pair<int, QString>> columns;
        int width = -1; ///< the statement's number of columns when they were listed
    };
    /// The INSERT of every field, uid, stamps, version and sort keys of \a entity, made on first use.
    RowStatement* insertStatement(Entity entity);
    /// insert() of a record validated, unlogged, with its values in order.
    bool insertOrdered(Entity entity, Record& record, const QVariantList& ordered, QString* error);
    mutable std::map<Entity, RecordRead> m_reads;
    QHash<Entity, QString> m_removeSql; ///< and of its DELETE … RETURNING
    /// References found to exist during this store's life (an import names the same few institutions and
    /// sectors on every row); emptied by any removal.
    mutable std::array<QSet<QString>, size_t(Entity::Assignment) + 1> m_knownReferences; ///< by entity
    void forgetKnownReferences()
    {
        for (QSet<QString>& known : m_knownReferences)
            known.clear();
    }
    QString m_stamp; ///< one user action, one time: every row of a batch carries the same timestamp
    bool m_server = false;
    bool m_contextSent = false;
    mutable QSqlError m_lastError;
};

} // namespace mcfund
