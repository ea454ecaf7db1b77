#include "recordstore.h"

#include "rowstatement.h"

#include "sortkeys.h"
#include "sqldialect.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>
#include <atomic>

namespace mcfund {

RecordStore::RecordStore(QSqlDatabase db, ChangeContext context)
    : m_db(std::move(db))
    , m_context(std::move(context))
    , m_stamp(now())
    , m_server(Sql::isServer(m_db))
{
    if (m_context.batch.isEmpty())
        m_context.batch = newUid();
}

RecordStore::~RecordStore() = default;
RecordStore::RecordStore(RecordStore&&) noexcept = default;
RecordStore& RecordStore::operator=(RecordStore&&) noexcept = default;

QSqlQuery& RecordStore::prepared(const QString& sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.prepare(sql);
        it = m_statements.insert(sql, q);
    }
    return *it;
}

QString RecordStore::newUid()
{
    // UUID version 7 (RFC 9562): the time in milliseconds in the first 48 bits, then a counter of 12 bits
    // within the millisecond (method 1), then 62 random bits. Uids made one after another sort one after
    // another, so a table's key index and the change log's index by record fill at their ends instead of
    // at random places; the random bits keep uids made at once on different desktops apart.
    static std::atomic<quint64> last{0}; // (milliseconds << 12) | counter, of the last uid made
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch()) << 12;
    quint64 previous = last.load(std::memory_order_relaxed);
    quint64 stamp = 0;
    do
        stamp = std::max(now, previous + 1); // a full counter carries into the next millisecond
    while (!last.compare_exchange_weak(previous, stamp, std::memory_order_relaxed));
    const quint64 random = QRandomGenerator::global()->generate64();
    const quint64 high = ((stamp >> 12) << 16) | 0x7000 | (stamp & 0xfff);
    const quint64 low = 0x8000000000000000ULL | (random >> 2);
    static const char digits[] = "0123456789abcdef";
    char text[36];
    int at = 0;
    const auto hex = [&](quint64 v, int count) {
        for (int shift = (count - 1) * 4; shift >= 0; shift -= 4)
            text[at++] = digits[(v >> shift) & 0xf];
    };
    hex(high >> 32, 8);
    text[at++] = '-';
    hex((high >> 16) & 0xffff, 4);
    text[at++] = '-';
    hex(high & 0xffff, 4);
    text[at++] = '-';
    hex(low >> 48, 4);
    text[at++] = '-';
    hex(low & 0xffffffffffffULL, 12);
    return QString::fromLatin1(text, 36);
}

QString RecordStore::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString RecordStore::toLogText(const QVariant& v)
{
    return v.isNull() ? QString() : Sql::text(v);
}

std::optional<Record> RecordStore::get(Entity entity, const QString& uid, bool forUpdate) const
{
    const EntityDef& def = Schema::entity(entity);
    if (!m_server) {
        RecordRead& read = m_reads[entity];
        if (!read.statement)
            read.statement = std::make_unique<RowStatement>(
                m_db, QStringLiteral("SELECT * FROM %1 WHERE uid = ?").arg(def.table));
        RowStatement& q = *read.statement;
        m_lastError = QSqlError();
        if (!q.isValid()) {
            m_lastError = QSqlError(q.lastError(), QString(), QSqlError::StatementError);
            read.statement.reset(); // prepared again next time (the table may have been missing)
            read.width = -1;
            return std::nullopt;
        }
        q.bind(0, uid);
        if (!q.exec()) {
            m_lastError = QSqlError(q.lastError(), QString(), QSqlError::StatementError);
            return std::nullopt;
        }
        if (!q.next())
            return std::nullopt;
        if (read.width != q.columnCount()) {
            // First use, or the table changed: SQLite prepared the statement again as it ran.
            read.width = q.columnCount();
            read.columns.clear();
            for (int i = 0; i < read.width; ++i)
                if (const QString name = q.columnName(i); !Sql::isDerived(name))
                    read.columns.append({i, name});
        }
        Record r;
        for (const auto& [index, name] : std::as_const(read.columns)) {
            const QVariant v = q.value(index);
            // NULL as Qt's driver gives it (a null text), so that a record reads the same either way.
            r.insert(name, v.isValid() ? v : QVariant(QMetaType::fromType<QString>()));
        }
        q.finish();
        return r;
    }
    QSqlQuery& q =
        prepared(QStringLiteral("SELECT * FROM %1 WHERE uid = ?%2")
                     .arg(def.table, forUpdate && m_server ? QStringLiteral(" FOR UPDATE") : QString()));
    q.bindValue(0, uid);
    m_lastError = QSqlError();
    if (!q.exec()) {
        m_lastError = q.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Record r;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        if (!Sql::isDerived(rec.fieldName(i)))
            r.insert(rec.fieldName(i), q.value(i));
    q.finish();
    return r;
}

bool RecordStore::exists(Entity entity, const QString& uid) const
{
    QSqlQuery& q =
        prepared(QStringLiteral("SELECT 1 FROM %1 WHERE uid = ?").arg(Schema::entity(entity).table));
    q.bindValue(0, uid);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

namespace {

// The reference fields of each entity, in the order of a record's keys (so that the first missing one is
// the one named whichever way a record is checked), listed once: an import checks every row it adds.
const QList<const FieldDef*>& referenceFields(Entity entity)
{
    static const QList<QList<const FieldDef*>> referencesOf = [] {
        QList<QList<const FieldDef*>> out;
        for (int e = 0; e <= int(Entity::Assignment); ++e) {
            QMap<QString, const FieldDef*> sorted;
            for (const FieldDef& f : Schema::entity(Entity(e)).fields)
                if (f.type == FieldType::Reference)
                    sorted.insert(f.column, &f);
            out << sorted.values();
        }
        return out;
    }();
    return referencesOf.at(int(entity));
}

} // namespace

bool RecordStore::checkReference(const FieldDef& f, const QVariant& value, QString* error) const
{
    if (value.isNull())
        return true;
    const QString uid = value.toString();
    QSet<QString>& known = m_knownReferences[size_t(f.ref)];
    if (known.contains(uid))
        return true;
    if (exists(f.ref, uid)) {
        if (known.size() < 10000)
            known.insert(uid);
        return true;
    }
    if (error)
        *error = tr("%1: there is no %2 with id “%3”.")
                     .arg(f.displayName(), Schema::entity(f.ref).displaySingular(), uid);
    return false;
}

bool RecordStore::checkReferences(Entity entity, const Record& record, QString* error) const
{
    for (const FieldDef* f : referenceFields(entity)) {
        const auto it = record.constFind(f->column);
        if (it != record.cend() && !checkReference(*f, it.value(), error))
            return false;
    }
    return true;
}

bool RecordStore::sendContext(QString* error)
{
    if (!m_server || m_contextSent)
        return true;
    // Local to the transaction: the next one of this connection is told its own.
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT set_config('mcfund.batch', ?, true), set_config('mcfund.origin', ?, true), "
                       "set_config('mcfund.description', ?, true)"));
    // Never a null value: set_config() takes text.
    for (const QString& v : {m_context.batch, m_context.origin, m_context.description})
        q.addBindValue(v.isEmpty() ? QStringLiteral("") : v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_contextSent = true;
    return true;
}

bool RecordStore::log(Entity entity, const QString& uid, const QString& field, const QVariant& oldValue,
                      const QVariant& newValue, QString* error)
{
    // A shared workspace's change log is written by the server's triggers, under the writer's own role.
    if (m_server)
        return true;
    QSqlQuery& q = prepared(
        QStringLiteral("INSERT INTO change_log(at, \"user\", entity, uid, field, old, new, origin, batch, "
                       "description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, m_stamp);
    q.bindValue(1, m_context.user.isEmpty() ? QStringLiteral("unknown") : m_context.user);
    q.bindValue(2, Schema::entity(entity).name);
    q.bindValue(3, uid);
    q.bindValue(4, field.isEmpty() ? QVariant() : QVariant(field));
    q.bindValue(5, oldValue.isNull() ? QVariant() : QVariant(toLogText(oldValue)));
    q.bindValue(6, newValue.isNull() ? QVariant() : QVariant(toLogText(newValue)));
    q.bindValue(7, m_context.origin);
    q.bindValue(8, m_context.batch);
    q.bindValue(9, m_context.description.isEmpty() ? QVariant() : QVariant(m_context.description));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

namespace {

// The record as compact JSON, written by hand: it is logged for every added row, and QJsonDocument
// costs several times more on large imports.
QString recordJson(const Record& r)
{
    QString out;
    out.reserve(512);
    out += QLatin1Char('{');
    bool first = true;
    for (auto it = r.cbegin(); it != r.cend(); ++it) {
        if (it.value().isNull())
            continue;
        if (!first)
            out += QLatin1Char(',');
        first = false;
        out += QLatin1Char('"') + it.key() + QStringLiteral("\":");
        const QVariant& v = it.value();
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            out += QString::number(v.toLongLong());
            continue;
        }
        out += QLatin1Char('"');
        for (const QChar c : v.toString()) {
            switch (c.unicode()) {
            case '"':
                out += QStringLiteral("\\\"");
                break;
            case '\\':
                out += QStringLiteral("\\\\");
                break;
            case '\n':
                out += QStringLiteral("\\n");
                break;
            case '\r':
                out += QStringLiteral("\\r");
                break;
            case '\t':
                out += QStringLiteral("\\t");
                break;
            default:
                if (c.unicode() < 0x20)
                    out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                else
                    out += c;
            }
        }
        out += QLatin1Char('"');
    }
    out += QLatin1Char('}');
    return out;
}

} // namespace

namespace {

// The fields of an entity in the order a Record (a QMap) holds them, each with its place in
// EntityDef::fields: a whole record is checked and bound by walking its map once, not by a lookup a field.
struct FieldOrder
{
    QStringList columns; ///< sorted as QMap sorts its keys
    QList<int> place;    ///< of each, in EntityDef::fields
};

const FieldOrder& fieldOrder(Entity entity)
{
    static const QList<FieldOrder> orders = [] {
        QList<FieldOrder> out;
        for (int e = 0; e <= int(Entity::Assignment); ++e) {
            const EntityDef& def = Schema::entity(Entity(e));
            QMap<QString, int> sorted;
            for (int i = 0; i < def.fields.size(); ++i)
                sorted.insert(def.fields.at(i).column, i);
            out << FieldOrder{sorted.keys(), sorted.values()};
        }
        return out;
    }();
    return orders.at(int(entity));
}

// Whether the keys of \a record, but "uid", are the fields of \a order, every one.
bool holdsEveryField(const Record& record, const FieldOrder& order)
{
    qsizetype k = 0;
    for (auto it = record.cbegin(); it != record.cend(); ++it) {
        if (it.key() == QLatin1String("uid"))
            continue;
        if (k == order.columns.size() || it.key() != order.columns.at(k))
            return false;
        ++k;
    }
    return k == order.columns.size();
}

} // namespace

QString RecordStore::insertFailure(const EntityDef& def, const QString& sqlError)
{
    return sqlError.contains(QLatin1String("UNIQUE"))
               ? tr("A %1 with the same key already exists.").arg(def.displaySingular())
               : tr("Cannot add the %1: %2").arg(def.displaySingular(), sqlError);
}

QVariantList RecordStore::orderedForInsert(Entity entity, const Record& record)
{
    const EntityDef& def = Schema::entity(entity);
    QVariantList out;
    out.reserve(def.fields.size() + 2);
    for (const FieldDef& f : def.fields) {
        QVariant v = record.value(f.column);
        if (f.type == FieldType::Bool && v.isNull())
            v = 0; // a yes/no left unsaid is no, as insert() stores it
        out << v;
    }
    if (SortKeys::applies(entity)) {
        auto [en, fr] = SortKeys::of(entity, record);
        out << std::move(en) << std::move(fr);
    }
    return out;
}

RowStatement* RecordStore::insertStatement(Entity entity)
{
    // The statement is made once per entity: an import adds row after row.
    std::unique_ptr<RowStatement>& q = m_inserts[entity];
    if (!q) {
        const EntityDef& def = Schema::entity(entity);
        QStringList cols = def.columns();
        cols << QStringLiteral("uid") << QStringLiteral("created_at") << QStringLiteral("updated_at")
             << QStringLiteral("version");
        if (SortKeys::applies(entity))
            cols << QStringLiteral("sort_en") << QStringLiteral("sort_fr");
        q = std::make_unique<RowStatement>(
            m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(def.table, cols.join(u','),
                           QString(QStringLiteral("?,")).repeated(cols.size()).chopped(1)));
    }
    return q.get();
}

bool RecordStore::insertOrdered(Entity entity, Record& record, const QVariantList& ordered, QString* error)
{
    const EntityDef& def = Schema::entity(entity);
    // The references, read from their places in the order of the fields.
    for (const FieldDef* f : referenceFields(entity))
        if (!checkReference(*f, ordered.at(f - def.fields.constData()), error))
            return false;
    const QString uidKey = QStringLiteral("uid");
    QString uid = record.value(uidKey).toString();
    if (uid.isEmpty())
        uid = newUid();
    RowStatement* q = insertStatement(entity);
    if (!sendContext(error))
        return false;
    const int fields = int(def.fields.size());
    for (int i = 0; i < fields; ++i)
        q->bind(i, ordered.at(i));
    int at = fields;
    q->bind(at++, uid);
    q->bind(at++, m_stamp);
    q->bind(at++, m_stamp);
    q->bind(at++, 1);
    if (SortKeys::applies(entity)) {
        q->bind(at++, ordered.at(fields));
        q->bind(at++, ordered.at(fields + 1));
    }
    if (!q->exec()) {
        if (error)
            *error = insertFailure(def, q->lastError());
        return false;
    }
    record.insert(uidKey, uid);
    return true;
}

bool RecordStore::insert(Entity entity, Record& record, QString* error, bool logIt, bool validated,
                         const QVariantList* ordered)
{
    const EntityDef& def = Schema::entity(entity);
    if (ordered && validated && !logIt &&
        ordered->size() == def.fields.size() + (SortKeys::applies(entity) ? 2 : 0))
        return insertOrdered(entity, record, *ordered, error);
    const FieldOrder& order = fieldOrder(entity);
    // Unknown columns are a programming or import-mapping error: refuse rather than drop them silently.
    if (!holdsEveryField(record, order)) {
        for (auto it = record.cbegin(); it != record.cend(); ++it) {
            if (it.key() != QLatin1String("uid") && !def.field(it.key())) {
                if (error)
                    *error = tr("A %1 has no field “%2”.").arg(def.displaySingular(), it.key());
                return false;
            }
        }
    }
    QString uid = record.value(QStringLiteral("uid")).toString();
    Record full;
    const bool taken = record.size() == def.fields.size() + (record.contains(QStringLiteral("uid")) ? 1 : 0);
    // A record that is not stored is the caller's again, with the values it had.
    auto giveBack = [&, given = uid] {
        if (taken) {
            record.swap(full);
            if (!given.isEmpty())
                record.insert(QStringLiteral("uid"), given);
        }
        return false;
    };
    if (taken) {
        // Every field is there (an import's row): taken as it is, not copied field by field.
        full.swap(record);
        full.remove(QStringLiteral("uid"));
        for (const FieldDef& f : def.fields)
            if (f.type == FieldType::Bool && full.value(f.column).isNull())
                full.insert(f.column, 0); // a yes/no left unsaid is no
    } else {
        for (const FieldDef& f : def.fields) {
            QVariant v = record.value(f.column);
            if (f.type == FieldType::Bool && v.isNull())
                v = 0; // a yes/no left unsaid is no
            full.insert(f.column, v);
        }
    }
    const FieldErrors errors = validated && taken ? FieldErrors() : Validation::validate(entity, full);
    if (!errors.isEmpty()) {
        if (error)
            *error = Validation::describe(entity, errors);
        return giveBack();
    }
    if (!checkReferences(entity, full, error))
        return giveBack();
    if (uid.isEmpty())
        uid = newUid();
    const QString& stamp = m_stamp;
    const bool sorted = SortKeys::applies(entity);
    RowStatement* q = insertStatement(entity);
    if (!sendContext(error))
        return giveBack();
    // full holds every field and nothing else (taken whole from a record that held every field and no
    // unknown one, or filled in above): bound in its own order.
    Q_ASSERT(holdsEveryField(full, order));
    qsizetype k = 0;
    for (auto it = full.cbegin(); it != full.cend(); ++it)
        q->bind(order.place.at(k++), it.value());
    int at = int(def.fields.size());
    q->bind(at++, uid);
    q->bind(at++, stamp);
    q->bind(at++, stamp);
    q->bind(at++, 1);
    if (sorted) {
        // The sort keys are written, not kept in the record.
        const auto [en, fr] = SortKeys::of(entity, full);
        q->bind(at++, en);
        q->bind(at++, fr);
    }
    if (!q->exec()) {
        if (error)
            *error = insertFailure(def, q->lastError());
        return giveBack();
    }
    full.insert(QStringLiteral("uid"), uid);
    record = full;
    return !logIt || log(entity, uid, QString(), QVariant(), recordJson(full), error);
}

bool RecordStore::update(Entity entity, const QString& uid, const Record& changes, QString* error,
                         Record* before)
{
    const EntityDef& def = Schema::entity(entity);
    if (!sendContext(error))
        return false;
    const std::optional<Record> current = get(entity, uid, true);
    if (!current) {
        if (error)
            *error = tr("The %1 “%2” no longer exists.").arg(def.displaySingular(), uid);
        return false;
    }
    Record merged;
    for (const FieldDef& f : def.fields)
        merged.insert(f.column, current->value(f.column));
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!def.field(it.key())) {
            if (error)
                *error = tr("A %1 has no field “%2”.").arg(def.displaySingular(), it.key());
            return false;
        }
        merged.insert(it.key(), it.value());
    }
    FieldErrors errors = Validation::validate(entity, merged);
    if (!errors.isEmpty()) {
        if (error)
            *error = Validation::describe(entity, errors);
        return false;
    }
    Record changed;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QVariant oldValue = current->value(it.key());
        const QVariant newValue = merged.value(it.key());
        if (oldValue.isNull() == newValue.isNull() && toLogText(oldValue) == toLogText(newValue))
            continue;
        changed.insert(it.key(), newValue);
    }
    if (before)
        before->clear();
    if (changed.isEmpty())
        return true;
    if (!checkReferences(entity, changed, error))
        return false;
    QStringList sets;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        sets << it.key() + QStringLiteral(" = ?");
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("version = version + 1");
    Record keys = merged;
    bool rekey = false;
    for (const QString& source : SortKeys::sources(entity))
        rekey |= changed.contains(source);
    if (rekey) {
        SortKeys::fill(entity, keys);
        sets << QStringLiteral("sort_en = ?") << QStringLiteral("sort_fr = ?");
    }
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE %1 SET %2 WHERE uid = ?").arg(def.table, sets.join(QStringLiteral(", "))));
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        q.addBindValue(it.value());
    q.addBindValue(now());
    if (rekey) {
        q.addBindValue(keys.value(QStringLiteral("sort_en")));
        q.addBindValue(keys.value(QStringLiteral("sort_fr")));
    }
    q.addBindValue(uid);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot change the %1: %2").arg(def.displaySingular(), q.lastError().text());
        return false;
    }
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (before)
            before->insert(it.key(), current->value(it.key()));
        if (!log(entity, uid, it.key(), current->value(it.key()), it.value(), error))
            return false;
    }
    return true;
}

namespace {

/** A column of another table that refers to records of an entity. */
struct Ref
{
    Entity from;
    const char* column;
};

// What recordJson() writes for a record, as an SQL expression over the row t of its table: a JSON object
// of the fields that are not null and the uid, keys in order. SQLite; the connection needs
// Sql::defineRecordJson().
QString recordJsonSql(const EntityDef& def)
{
    QStringList keys;
    for (const FieldDef& f : def.fields)
        keys << f.column;
    keys << QStringLiteral("uid");
    keys.sort();
    QStringList pairs;
    for (const QString& k : std::as_const(keys))
        pairs << QStringLiteral("'%1', t.%1").arg(k);
    return QStringLiteral("mcfund_record_json(%1)").arg(pairs.join(u','));
}

QList<Ref> referencesTo(Entity entity)
{
    switch (entity) {
    case Entity::Round:
        return {{Entity::Project, "round_uid"}, {Entity::Criterion, "round_uid"}};
    case Entity::Institution:
        return {{Entity::Project, "institution_uid"},
                {Entity::Credential, "institution_uid"},
                {Entity::Partner, "institution_uid"}};
    case Entity::Sector:
        return {{Entity::Project, "sector_uid"},
                {Entity::Credential, "sector_uid"},
                {Entity::Partner, "sector_uid"}};
    case Entity::Project:
        return {{Entity::Credential, "project_uid"},
                {Entity::ProjectPartner, "project_uid"},
                {Entity::Review, "project_uid"},
                {Entity::Decision, "project_uid"},
                {Entity::Assignment, "project_uid"}};
    case Entity::Criterion:
        return {{Entity::Review, "criterion_uid"}};
    case Entity::Partner:
        return {{Entity::ProjectPartner, "partner_uid"}};
    default:
        return {};
    }
}

} // namespace

QString RecordStore::dependents(Entity entity, const QString& uid) const
{
    const QList<Ref> refs = referencesTo(entity);
    QStringList parts;
    for (const Ref& r : refs) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?")
                      .arg(Schema::entity(r.from).table, QString::fromLatin1(r.column)));
        q.addBindValue(uid);
        if (q.exec() && q.next() && q.value(0).toLongLong() > 0) {
            const qint64 n = q.value(0).toLongLong();
            const EntityDef& d = Schema::entity(r.from);
            parts << QStringLiteral("%1 %2").arg(n).arg(n == 1 ? d.displaySingular() : d.displayPlural());
        }
    }
    return parts.join(tr(" and "));
}

QString RecordStore::describe(Entity entity, const QString& uid) const
{
    const std::optional<Record> r = get(entity, uid);
    if (!r)
        return uid;
    for (const char* c : {"title_en", "title_fr", "name_en", "name_fr", "name", "code"}) {
        const QString s = r->value(QString::fromLatin1(c)).toString();
        if (!s.isEmpty())
            return s;
    }
    return uid;
}

bool RecordStore::remove(Entity entity, const QString& uid, QString* error, Record* removed)
{
    const EntityDef& def = Schema::entity(entity);
    forgetKnownReferences(); // whatever is removed may have been one of them
    const QString blockers = dependents(entity, uid);
    if (!blockers.isEmpty()) {
        if (error)
            *error = tr("Cannot delete the %1 “%2”: %3 refer to it. Delete or move those first.")
                         .arg(def.displaySingular(), describe(entity, uid), blockers);
        return false;
    }
    if (!sendContext(error))
        return false;
    // RETURNING gives the removed values for the change log (what an undo puts back) without reading the
    // record first: undoing a large import deletes row after row.
    QString& sql = m_removeSql[entity];
    if (sql.isEmpty())
        sql = QStringLiteral("DELETE FROM %1 WHERE uid = ? RETURNING %2")
                  .arg(def.table, def.columns().join(u','));
    QSqlQuery& q = prepared(sql);
    q.bindValue(0, uid);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot delete the %1: %2").arg(def.displaySingular(), q.lastError().text());
        return false;
    }
    if (!q.next()) {
        q.finish();
        if (error)
            *error = tr("The %1 “%2” no longer exists.").arg(def.displaySingular(), uid);
        return false;
    }
    Record kept;
    for (int i = 0; i < def.fields.size(); ++i)
        kept.insert(def.fields.at(i).column, q.value(i));
    q.finish();
    kept.insert(QStringLiteral("uid"), uid);
    if (removed)
        *removed = kept;
    return log(entity, uid, QString(), recordJson(kept), QVariant(), error);
}

RecordStore::BulkRemoval RecordStore::removeAddedBy(Entity entity, const QString& batch,
                                                    const UidsHook& beforeRemoval, int* removed,
                                                    QString* error)
{
    if (m_server)
        return BulkRemoval::NotApplicable;
    const EntityDef& def = Schema::entity(entity);
    forgetKnownReferences();
    // The records the batch added: logged whole, with no field and no old value.
    const QString added = QStringLiteral(
        "SELECT uid FROM change_log WHERE batch = :batch AND entity = :entity AND field IS NULL AND old IS "
        "NULL AND new IS NOT NULL");
    auto bind = [&](QSqlQuery& q) {
        q.bindValue(QStringLiteral(":batch"), batch);
        q.bindValue(QStringLiteral(":entity"), def.name);
    };
    auto failed = [&](const QSqlQuery& q) {
        if (error)
            *error = tr("Cannot delete the %1: %2").arg(def.displayPlural(), q.lastError().text());
        return BulkRemoval::Failed;
    };
    // Row by row instead (which says which record and why) when one of them is gone or still referred to.
    QSqlQuery check(m_db);
    check.prepare(
        QStringLiteral("SELECT COUNT(*), COUNT(t.uid) FROM (%1) a LEFT JOIN main.%2 t ON t.uid = a.uid")
            .arg(added, def.table));
    bind(check);
    if (!check.exec() || !check.next())
        return failed(check);
    if (check.value(0).toLongLong() != check.value(1).toLongLong())
        return BulkRemoval::NotApplicable;
    check.finish();
    for (const Ref& r : referencesTo(entity)) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM main.%1 WHERE %2 IN (%3))")
                      .arg(Schema::entity(r.from).table, QString::fromLatin1(r.column), added));
        bind(q);
        if (!q.exec() || !q.next())
            return failed(q);
        if (q.value(0).toBool())
            return BulkRemoval::NotApplicable;
    }
    if (beforeRemoval &&
        !beforeRemoval(added, {{QStringLiteral(":batch"), batch}, {QStringLiteral(":entity"), def.name}},
                       error))
        return BulkRemoval::Failed;
    // Each record logged whole, as remove() logs it, newest first.
    if (!Sql::defineRecordJson(m_db)) {
        if (error)
            *error =
                tr("Cannot delete the %1: SQLite refused a function mcfund needs.").arg(def.displayPlural());
        return BulkRemoval::Failed;
    }
    QSqlQuery log(m_db);
    log.prepare(QStringLiteral(
                    "INSERT INTO change_log(at, \"user\", entity, uid, field, old, new, origin, batch, "
                    "description) SELECT :at, :user, l.entity, t.uid, NULL, %1, "
                    "NULL, :origin, :undo, :description FROM change_log l JOIN main.%2 t ON t.uid = l.uid "
                    "WHERE l.batch = :batch AND l.entity = :entity AND l.field IS NULL AND l.old IS NULL AND "
                    "l.new IS NOT NULL ORDER BY l.id DESC")
                    .arg(recordJsonSql(def), def.table));
    bind(log);
    log.bindValue(QStringLiteral(":at"), m_stamp);
    log.bindValue(QStringLiteral(":user"),
                  m_context.user.isEmpty() ? QStringLiteral("unknown") : m_context.user);
    log.bindValue(QStringLiteral(":origin"), m_context.origin);
    log.bindValue(QStringLiteral(":undo"), m_context.batch);
    log.bindValue(QStringLiteral(":description"),
                  m_context.description.isEmpty() ? QVariant() : QVariant(m_context.description));
    if (!log.exec())
        return failed(log);
    const int logged = log.numRowsAffected();
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM main.%1 WHERE uid IN (%2)").arg(def.table, added));
    bind(remove);
    if (!remove.exec())
        return failed(remove);
    if (remove.numRowsAffected() != logged) {
        if (error)
            *error = tr("Cannot delete the %1: %2 were logged and %3 deleted.")
                         .arg(def.displayPlural())
                         .arg(logged)
                         .arg(remove.numRowsAffected());
        return BulkRemoval::Failed;
    }
    if (removed)
        *removed = logged;
    return BulkRemoval::Done;
}

qint64 RecordStore::lastRowid(const QSqlDatabase& db, Entity entity, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM main.%1")
                   .arg(Schema::entity(entity).table)) &&
        q.next())
        return q.value(0).toLongLong();
    if (error)
        *error = q.lastError().text();
    return -1;
}

bool RecordStore::logAddedAfter(Entity entity, qint64 afterRowid, QString* error)
{
    const EntityDef& def = Schema::entity(entity);
    if (!Sql::defineRecordJson(m_db)) {
        if (error)
            *error = tr("Cannot log the %1 added: SQLite refused a function mcfund needs.")
                         .arg(def.displayPlural());
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO change_log(at, \"user\", entity, uid, field, old, new, origin, batch, "
                       "description) SELECT ?, ?, ?, t.uid, NULL, NULL, %1, ?, ?, ? FROM main.%2 t WHERE "
                       "t.rowid > ? ORDER BY t.rowid")
            .arg(recordJsonSql(def), def.table));
    q.addBindValue(m_stamp);
    q.addBindValue(m_context.user.isEmpty() ? QStringLiteral("unknown") : m_context.user);
    q.addBindValue(def.name);
    q.addBindValue(m_context.origin);
    q.addBindValue(m_context.batch);
    q.addBindValue(m_context.description.isEmpty() ? QVariant() : QVariant(m_context.description));
    q.addBindValue(afterRowid);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace mcfund
