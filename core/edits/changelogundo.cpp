#include "changelogundo.h"

#include "storage/sqldialect.h"

#include "editengine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace mcfund {

namespace {

std::optional<Entity> entityNamed(const QString& name)
{
    const EntityDef* def = Schema::byName(name);
    return def ? std::optional<Entity>(def->entity) : std::nullopt;
}

// A value as the log wrote it (RecordStore::toLogText) back to what the table holds.
QVariant fromLog(const FieldDef* f, const QVariant& logged)
{
    if (logged.isNull() || !f)
        return logged.isNull() ? QVariant() : QVariant(logged.toString());
    switch (f->type) {
    case FieldType::Integer:
    case FieldType::Money:
    case FieldType::Bool:
        return logged.toLongLong();
    default:
        return logged.toString();
    }
}

Record recordFromJson(const EntityDef& def, const QString& json, bool* ok)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    *ok = parseError.error == QJsonParseError::NoError && doc.isObject();
    Record r;
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const FieldDef* f = def.field(it.key());
        if (!f)
            continue; // the uid and bookkeeping columns
        r.insert(it.key(), fromLog(f, it.value().toVariant()));
    }
    return r;
}

// The kind of record that the logged batch \a batch added, when adding records of that one kind is all
// it did (a note of the batch aside); otherwise nullopt.
std::optional<Entity> onlyAdded(const QSqlDatabase& db, const QString& batch)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT entity, COUNT(*), SUM(field IS NULL AND old IS NULL AND new IS NOT NULL AND new LIKE '{%'), "
        "SUM(field IS NULL AND old IS NULL) FROM change_log WHERE batch = ? GROUP BY entity"));
    q.addBindValue(batch);
    if (!q.exec())
        return std::nullopt;
    std::optional<Entity> found;
    while (q.next()) {
        const qint64 rows = q.value(1).toLongLong();
        if (const std::optional<Entity> entity = entityNamed(q.value(0).toString())) {
            if (found || q.value(2).toLongLong() != rows)
                return std::nullopt;
            found = entity;
        } else if (q.value(3).toLongLong() != rows) {
            return std::nullopt; // not a note: something revert() refuses, and says so
        }
    }
    // Groups not read (a read that failed part-way) may hold other kinds: the row-by-row undo then reads
    // the log itself, and says why it cannot.
    if (q.lastError().isValid())
        return std::nullopt;
    return found;
}

} // namespace

std::optional<Record> ChangeLogUndo::lastDeleted(const QSqlDatabase& db, Entity entity, const QString& uid)
{
    const EntityDef& def = Schema::entity(entity);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT old FROM change_log WHERE entity = ? AND uid = ? AND field IS NULL AND new IS "
                       "NULL AND old IS NOT NULL ORDER BY id DESC LIMIT 1"));
    q.addBindValue(def.name);
    q.addBindValue(uid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    bool ok = false;
    Record r = recordFromJson(def, q.value(0).toString(), &ok);
    if (!ok)
        return std::nullopt;
    return r;
}

int ChangeLogUndo::records(const QSqlDatabase& db, const QString& batch)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(DISTINCT uid) FROM change_log WHERE batch = ?"));
    q.addBindValue(batch);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool ChangeLogUndo::revert(EditEngine& engine, const QSqlDatabase& db, const QString& batch,
                           const QString& origin, const QString& description,
                           const std::function<bool(int)>& progress, QString* written, QString* error)
{
    const int total = std::max(1, records(db, batch));
    if (!engine.begin(description, origin, error, total >= 1000))
        return false;
    auto failWith = [&](const QString& message) {
        engine.rollback();
        if (error)
            *error = message;
        return false;
    };
    QSqlQuery page(db);
    Sql::stream(page);
    page.prepare(QStringLiteral("SELECT id, entity, uid, field, old, new FROM change_log "
                                "WHERE batch = ? AND id < ? ORDER BY id DESC LIMIT 2000"));
    struct LogRow
    {
        qint64 id;
        QString entity, uid, field;
        QVariant oldValue, newValue;
    };
    RowEdit pending; // the fields of one updated record, gathered over consecutive log rows
    bool hasPending = false;
    int done = 0;
    QList<EditProblem> problems;
    auto flush = [&]() -> bool {
        if (!hasPending)
            return true;
        hasPending = false;
        if (progress && done % 500 == 0 && !progress(int(qint64(done) * 100 / total)))
            return failWith(tr("Cancelled; nothing was written."));
        ++done;
        if (engine.applyRow(pending, done, &problems))
            return true;
        return failWith(problems.isEmpty() ? tr("The change could not be written.")
                                           : problems.first().message);
    };
    // Undoing a large import (a batch that only added records of one kind): the records removed in a few
    // statements, not row by row; row by row still when that does not apply.
    if (const std::optional<Entity> added =
            total >= 1000 && !Sql::isServer(db) ? onlyAdded(db, batch) : std::nullopt) {
        if (progress && !progress(0))
            return failWith(tr("Cancelled; nothing was written."));
        int removed = 0;
        bool applicable = false;
        if (engine.removeAdded(*added, batch, &removed, &applicable, &problems)) {
            problems.clear();
            if (!engine.commit(std::nullopt, &problems))
                return failWith(problems.isEmpty() ? tr("The change could not be saved.")
                                                   : problems.first().message);
            if (written)
                *written = engine.batchId();
            return true;
        }
        if (applicable)
            return failWith(problems.isEmpty() ? tr("The change could not be written.")
                                               : problems.first().message);
    }
    qint64 below = std::numeric_limits<qint64>::max();
    for (;;) {
        page.addBindValue(batch);
        page.addBindValue(below);
        if (!page.exec())
            return failWith(page.lastError().text());
        QList<LogRow> rows;
        while (page.next())
            rows << LogRow{page.value(0).toLongLong(),
                           page.value(1).toString(),
                           page.value(2).toString(),
                           page.value(3).toString(),
                           page.value(4),
                           page.value(5)};
        // A page of the log read only in part is an error, never a shorter undo.
        if (page.lastError().isValid())
            return failWith(page.lastError().text());
        page.finish();
        if (rows.isEmpty())
            break;
        below = rows.last().id;
        for (const LogRow& l : std::as_const(rows)) {
            const std::optional<Entity> entity = entityNamed(l.entity);
            // A row this cannot undo makes the whole undo fail, with nothing written: a partial undo must
            // never look like a complete one.
            const auto unreadable = [&] {
                return failWith(tr("Row %1 of the change log (%2 %3) cannot be undone: it is not a change "
                                   "mcfund wrote. Nothing was undone.")
                                    .arg(l.id)
                                    .arg(l.entity, l.uid));
            };
            if (!entity) {
                // A note of the batch (which package was merged), not a change: no field, no old value.
                if (l.field.isEmpty() && l.oldValue.isNull())
                    continue;
                return unreadable();
            }
            const EntityDef& def = Schema::entity(*entity);
            if (!l.field.isEmpty()) {
                // A changed field: put the old value back, checking that the new one is still there.
                if (hasPending && (pending.uid != l.uid || pending.entity != *entity) && !flush())
                    return false;
                if (!hasPending) {
                    pending = RowEdit{RowEdit::Op::Update, *entity, l.uid, {}, {}};
                    hasPending = true;
                }
                const FieldDef* f = def.field(l.field);
                pending.before.insert(l.field, fromLog(f, l.newValue));
                pending.after.insert(l.field, fromLog(f, l.oldValue));
                continue;
            }
            if (!flush())
                return false;
            bool ok = false;
            if (!l.newValue.isNull() && l.oldValue.isNull()) {
                // An added record (logged whole, as a JSON object): delete it; its values are not needed.
                ok = l.newValue.toString().startsWith(QLatin1Char('{'));
                if (ok)
                    pending = RowEdit{RowEdit::Op::Delete, *entity, l.uid, {}, {}};
            } else if (l.newValue.isNull() && !l.oldValue.isNull()) {
                // A deleted record: add it back, whole, under its own id.
                const Record r = recordFromJson(def, l.oldValue.toString(), &ok);
                if (ok)
                    pending = RowEdit{RowEdit::Op::Insert, *entity, l.uid, {}, r};
            }
            if (!ok)
                return unreadable();
            hasPending = true;
            if (!flush())
                return false;
        }
    }
    if (!flush())
        return false;
    problems.clear();
    if (!engine.commit(std::nullopt, &problems))
        return failWith(problems.isEmpty() ? tr("The change could not be saved.") : problems.first().message);
    if (written)
        *written = engine.batchId();
    return true;
}

} // namespace mcfund
