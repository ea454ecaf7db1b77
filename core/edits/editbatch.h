#pragma once

#include "domain/validation.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace mcfund {

/** One change to one record: add it, change some of its fields, or delete it. */
struct RowEdit
{
    enum class Op
    {
        Insert,
        Update,
        Delete
    };
    Op op = Op::Update;
    Entity entity = Entity::Project;
    QString uid;
    Record before; ///< Update: old values of the changed fields; Delete: the whole record
    Record after;  ///< Update: new values; Insert: the whole record (with uid)
    /// Insert: \c after is a whole record that Validation::validate has passed, unchanged since (an
    /// import's new row): the store does not check it a second time.
    bool checked = false;
    /// Insert, checked, optional: the values of \c after in the order of the entity's fields, then its sort
    /// keys if it has them, made off the writing thread (an import's reading thread); an unlogged insert
    /// binds them as they are (RecordStore::insert).
    QVariantList ordered{};
};

/**
 * What a user did in one action (a cell, a form field, a paste, a delete of several rows): applied
 * in one transaction, logged under one batch id, undone as one step. Pure data: no widgets, no SQL.
 */
struct EditBatch
{
    EditBatch() = default;
    EditBatch(QString text, QList<RowEdit> edits)
        : description(std::move(text))
        , rows(std::move(edits))
    {}

    QString description; ///< translated: "change of sector", "paste of 12 cells"
    QList<RowEdit> rows;
    /** An extra line for the change log written in the same transaction (e.g. which package was merged). */
    struct Note
    {
        QString entity, uid, text;
    };
    std::optional<Note> note;

    bool isEmpty() const { return rows.isEmpty(); }
    /** The batch that undoes this one: inserts become deletes, updates swap before/after, in reverse order.
     */
    EditBatch inverse() const;
    /** Convenience: a batch changing one field of one record. */
    static EditBatch change(Entity entity, const QString& uid, const QString& field, const QVariant& oldValue,
                            const QVariant& newValue, const QString& description);
};

/** A problem with one cell of a batch: which row (index in the batch), which field, and why. */
struct EditProblem
{
    EditProblem() = default;
    EditProblem(int row, QString field, QString message, std::optional<QVariant> theirs = std::nullopt)
        : row(row)
        , field(std::move(field))
        , message(std::move(message))
        , theirs(std::move(theirs))
    {}
    int row = -1;
    QString field;
    QString message;
    /// The field was changed by someone else since the edit was made: what it holds now ("theirs").
    std::optional<QVariant> theirs;
    /// The record was deleted (by someone else) since the edit was made.
    bool deleted = false;
};

} // namespace mcfund
