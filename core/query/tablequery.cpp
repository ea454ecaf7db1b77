#include "tablequery.h"

#include "storage/rowstatement.h"
#include "storage/sqldialect.h"

#include "domain/microcredential.h"

#include "domain/textkey.h"

#include "domain/codes.h"
#include "domain/translations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <numeric>

#include <sqlite3.h>

namespace mcfund {

namespace {

/** The condition on a row that lacks its title (or name) in \a missing's language. */
QString missingCondition(Entity e, MissingText missing)
{
    const bool titled = e == Entity::Project || e == Entity::Credential;
    const QString en = titled ? QStringLiteral("title_en") : QStringLiteral("name_en");
    const QString fr = titled ? QStringLiteral("title_fr") : QStringLiteral("name_fr");
    switch (missing) {
    case MissingText::French:
        return QStringLiteral("%1 IS NULL").arg(fr);
    case MissingText::English:
        return QStringLiteral("%1 IS NULL").arg(en);
    case MissingText::Any:
        break;
    }
    return QStringLiteral("(%1 IS NULL OR %2 IS NULL)").arg(en, fr);
}

QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QLatin1Char(','));
}

void bindAll(QSqlQuery& q, const QVariantList& binds)
{
    for (const QVariant& v : binds)
        q.addBindValue(v);
}

QString ftsTable(Entity e)
{
    return e == Entity::Project ? QStringLiteral("project_fts") : QStringLiteral("credential_fts");
}

} // namespace

TableQuery::TableQuery(Entity entity, QSqlDatabase db, const Lookups* lookups)
    : m_entity(entity)
    , m_db(std::move(db))
    , m_lookups(lookups)
    , m_table(Schema::entity(entity).table)
{}

bool TableQuery::supports(Entity e, Criterion c)
{
    switch (c) {
    case Criterion::Text:
        return e != Entity::ProjectPartner;
    case Criterion::Sector:
        return e == Entity::Project || e == Entity::Credential || e == Entity::Partner ||
               e == Entity::Institution;
    case Criterion::Round:
        return e == Entity::Project || e == Entity::Credential || e == Entity::Institution;
    case Criterion::Institution:
        return e == Entity::Project || e == Entity::Credential || e == Entity::Partner;
    case Criterion::InstitutionType:
        return e == Entity::Project || e == Entity::Credential || e == Entity::Institution;
    case Criterion::Status:
        return e == Entity::Project || e == Entity::Credential || e == Entity::Round;
    case Criterion::Language:
        return e == Entity::Project || e == Entity::Credential || e == Entity::Institution;
    case Criterion::Osap:
        return e == Entity::Credential;
    case Criterion::Missing:
        return e != Entity::Partner && e != Entity::ProjectPartner;
    }
    return false;
}

bool TableQuery::sortable(Entity e, const QString& column)
{
    if (column.isEmpty() || column == QLatin1String("sort_en") || column == QLatin1String("sort_fr"))
        return true;
    const FieldDef* f = Schema::entity(e).field(column);
    if (!f)
        return false;
    if (f->type == FieldType::LongText)
        return false;
    if (f->type == FieldType::Reference)
        return f->ref == Entity::Sector || f->ref == Entity::Round || f->ref == Entity::Institution;
    return true;
}

QString TableQuery::where(const FilterSpec& f, QVariantList* binds) const
{
    QStringList parts;
    const Entity e = m_entity;
    auto in = [&](const QString& column, const QStringList& values) {
        parts << QStringLiteral("%1 IN (%2)").arg(column, marks(values.size()));
        for (const QString& v : values)
            *binds << v;
    };
    if (!f.sectorUids.isEmpty() && supports(e, Criterion::Sector)) {
        if (e == Entity::Institution) {
            parts << QStringLiteral("uid IN (SELECT institution_uid FROM project WHERE sector_uid IN (%1))")
                         .arg(marks(f.sectorUids.size()));
            for (const QString& v : f.sectorUids)
                *binds << v;
        } else {
            in(QStringLiteral("sector_uid"), f.sectorUids);
        }
    }
    if (!f.roundUids.isEmpty() && supports(e, Criterion::Round)) {
        if (e == Entity::Project) {
            in(QStringLiteral("round_uid"), f.roundUids);
        } else {
            const QString column =
                e == Entity::Credential ? QStringLiteral("project_uid") : QStringLiteral("uid");
            const QString select =
                e == Entity::Credential ? QStringLiteral("uid") : QStringLiteral("institution_uid");
            parts << QStringLiteral("%1 IN (SELECT %2 FROM project WHERE round_uid IN (%3))")
                         .arg(column, select, marks(f.roundUids.size()));
            for (const QString& v : f.roundUids)
                *binds << v;
        }
    }
    if (!f.institutionUids.isEmpty() && supports(e, Criterion::Institution))
        in(QStringLiteral("institution_uid"), f.institutionUids);
    if (!f.institutionTypes.isEmpty() && supports(e, Criterion::InstitutionType)) {
        if (e == Entity::Institution) {
            in(QStringLiteral("type"), f.institutionTypes);
        } else {
            parts << QStringLiteral("institution_uid IN (SELECT uid FROM institution WHERE type IN (%1))")
                         .arg(marks(f.institutionTypes.size()));
            for (const QString& v : f.institutionTypes)
                *binds << v;
        }
    }
    if (!f.statuses.isEmpty() && supports(e, Criterion::Status))
        in(QStringLiteral("status"), f.statuses);
    if (!f.languages.isEmpty() && supports(e, Criterion::Language))
        in(e == Entity::Project ? QStringLiteral("original_language") : QStringLiteral("language"),
           f.languages);
    if (f.osapApproved && supports(e, Criterion::Osap)) {
        parts << QStringLiteral("osap_approved = ?");
        *binds << (*f.osapApproved ? 1 : 0);
    }
    if (f.missing && supports(e, Criterion::Missing))
        parts << missingCondition(e, *f.missing);
    const QString fts = FilterSpec::ftsQuery(f.text);
    if (!fts.isEmpty() && supports(e, Criterion::Text)) {
        if (e == Entity::Project || e == Entity::Credential) {
            if (Sql::isServer(m_db)) {
                // The GIN index of the shared workspace: the words stored with each row, folded by the
                // server.
                parts << QStringLiteral("search_words @@ to_tsquery('simple', mcfund_fold(?))");
                *binds << FilterSpec::tsQuery(f.text);
            } else {
                parts << QStringLiteral("rowid IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(ftsTable(e));
                *binds << fts;
            }
        } else {
            // Small tables: a plain substring match on the names is enough.
            const QStringList cols = e == Entity::Partner
                                         ? QStringList{QStringLiteral("name")}
                                         : QStringList{QStringLiteral("name_en"), QStringLiteral("name_fr")};
            QStringList likes;
            for (const QString& c : cols) {
                likes << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(c);
                QString t = f.text.trimmed();
                t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                    .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                    .replace(QLatin1Char('_'), QStringLiteral("\\_"));
                *binds << QString(QLatin1Char('%') + t + QLatin1Char('%'));
            }
            parts << QLatin1Char('(') + likes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
    }
    return parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QStringLiteral(" AND "));
}

qint64 TableQuery::count(const FilterSpec& filter) const
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(m_table, where(filter, &binds)));
    bindAll(q, binds);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.value(0).toLongLong();
}

bool TableQuery::groupSort(const SortSpec& sort, Group* group) const
{
    const FieldDef* f = Schema::entity(m_entity).field(sort.column);
    if (!f || (f->type != FieldType::Code && f->type != FieldType::Reference))
        return false;
    group->column = f->column;
    group->values = {QVariant()};
    if (f->type == FieldType::Code) {
        QStringList codes = Codes::codes(f->codes);
        std::stable_sort(codes.begin(), codes.end(), [&](const QString& a, const QString& b) {
            return TextKey::of(Codes::label(f->codes, a)) < TextKey::of(Codes::label(f->codes, b));
        });
        for (const QString& c : codes)
            group->values << c;
    } else {
        for (const LookupItem& item : m_lookups->sorted(f->ref, Translations::current()))
            group->values << item.uid;
    }
    if (sort.descending)
        std::reverse(group->values.begin(), group->values.end());
    return true;
}

QString TableQuery::orderBy(const SortSpec& sort, bool reverse) const
{
    const bool desc = sort.descending != reverse;
    const QString dir = desc ? QStringLiteral(" DESC") : QString();
    if (sort.column.isEmpty())
        return QStringLiteral("rowid") + dir;
    const FieldDef* f = Schema::entity(m_entity).field(sort.column);
    const bool text = f && (f->type == FieldType::Text);
    if (Sql::isServer(m_db)) {
        // Byte order, as SQLite's: the sort keys are folded for it, whatever the server's own collation.
        const bool numeric =
            f && (f->type == FieldType::Integer || f->type == FieldType::Money || f->type == FieldType::Bool);
        const QString expr = text      ? QStringLiteral("lower(%1) COLLATE \"C\"").arg(sort.column)
                             : numeric ? sort.column
                                       : QStringLiteral("%1 COLLATE \"C\"").arg(sort.column);
        return QStringLiteral("%1%2 NULLS %3, rowid%2")
            .arg(expr, dir, desc ? QStringLiteral("LAST") : QStringLiteral("FIRST"));
    }
    return QStringLiteral("%1%2%3, rowid%3")
        .arg(sort.column, text ? QStringLiteral(" COLLATE NOCASE") : QString(), dir);
}

namespace {

/**
 * Reads the row ids \a sql yields straight from SQLite: a million of them take a tenth of the time they
 * take through QSqlQuery, which wraps every value in a QVariant. False with SQLite's message in \a error.
 */
bool collectRaw(sqlite3* db, const QString& sql, const QVariantList& binds, int limit,
                const std::function<bool()>& cancelled, QVector<qint64>* out, QString* error)
{
    sqlite3_stmt* st = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &st, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    int i = 0;
    for (const QVariant& v : binds) {
        const int rc = Sql::bindSqlite(st, ++i, v);
        if (rc != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(st);
            return false;
        }
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        out->append(sqlite3_column_int64(st, 0));
        if (limit > 0 && out->size() >= limit)
            break;
        if (cancelled && (out->size() & 0xffff) == 0 && cancelled()) {
            sqlite3_finalize(st);
            out->clear();
            return true;
        }
    }
    const bool ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
    if (!ok)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(st);
    return ok;
}

} // namespace

QVector<qint64> TableQuery::collect(const QString& sql, const QVariantList& binds, int limit,
                                    const std::function<bool()>& cancelled) const
{
    QVector<qint64> out;
    if (sqlite3* raw = Sql::sqliteHandle(m_db)) {
        QString error;
        if (!collectRaw(raw, sql, binds, limit, cancelled, &out, &error)) {
            m_error = error;
            out.clear();
        }
        return out;
    }
    QSqlQuery q(m_db);
    Sql::stream(q);
    q.prepare(sql);
    bindAll(q, binds);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        out << q.value(0).toLongLong();
        if (limit > 0 && out.size() >= limit)
            break;
        if (cancelled && (out.size() & 0xffff) == 0 && cancelled())
            return {};
    }
    // A read that fails part-way gives no rows, as collectRaw() does: never a shorter list taken as whole.
    if (q.lastError().isValid()) {
        m_error = q.lastError().text();
        out.clear();
    }
    return out;
}

QVector<qint64> TableQuery::edgeRowids(const FilterSpec& filter, const SortSpec& sort, int limit,
                                       bool fromEnd) const
{
    QVariantList binds;
    const QString w = where(filter, &binds);
    QVector<qint64> out;
    Group g;
    if (groupSort(sort, &g)) {
        if (fromEnd)
            std::reverse(g.values.begin(), g.values.end());
        for (const QVariant& v : std::as_const(g.values)) {
            QVariantList b = binds;
            const QString cond = g.condition(v, &b);
            out += collect(QStringLiteral("SELECT rowid FROM %1 WHERE %2 AND %3 ORDER BY rowid%4 LIMIT %5")
                               .arg(m_table, w, cond, fromEnd ? QStringLiteral(" DESC") : QString())
                               .arg(limit - out.size()),
                           b, limit - int(out.size()), {});
            if (out.size() >= limit)
                break;
        }
    } else {
        out = collect(QStringLiteral("SELECT rowid FROM %1 WHERE %2 ORDER BY %3 LIMIT %4")
                          .arg(m_table, w, orderBy(sort, fromEnd))
                          .arg(limit),
                      binds, limit, {});
    }
    if (fromEnd)
        std::reverse(out.begin(), out.end());
    return out;
}

QString TableQuery::Group::condition(const QVariant& value, QVariantList* binds) const
{
    if (value.isNull())
        return QStringLiteral("%1 IS NULL").arg(column);
    *binds << value;
    return QStringLiteral("%1 = ?").arg(column);
}

std::optional<QVector<qint64>> TableQuery::gaplessKeys(bool descending) const
{
    // Three one-step reads: the first and last keys from the key's own order, the count from SQLite's
    // smallest index (a server counts the rows it lets this role see, as it does min and max).
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT (SELECT min(rowid) FROM %1), (SELECT max(rowid) FROM %1), "
                               "(SELECT count(*) FROM %1)")
                    .arg(m_table)) ||
        !q.next())
        return std::nullopt;
    const qint64 first = q.value(0).toLongLong(), last = q.value(1).toLongLong(),
                 count = q.value(2).toLongLong();
    // Distinct whole numbers from first to last, as many as the numbers between: each of them is a key.
    if (count == 0 || q.value(0).isNull() || last - first + 1 != count)
        return count == 0 ? std::optional<QVector<qint64>>(QVector<qint64>()) : std::nullopt;
    QVector<qint64> out(count);
    if (descending)
        std::iota(out.rbegin(), out.rend(), first);
    else
        std::iota(out.begin(), out.end(), first);
    return out;
}

QVector<qint64> TableQuery::allRowids(const FilterSpec& filter, const SortSpec& sort,
                                      const std::function<bool()>& cancelled) const
{
    QVariantList binds;
    const QString w = where(filter, &binds);
    if (binds.isEmpty() && w == QLatin1String("1 = 1") && sort.column.isEmpty())
        if (std::optional<QVector<qint64>> keys = gaplessKeys(sort.descending))
            return *keys;
    Group g;
    if (!groupSort(sort, &g))
        return collect(
            QStringLiteral("SELECT rowid FROM %1 WHERE %2 ORDER BY %3").arg(m_table, w, orderBy(sort, false)),
            binds, 0, cancelled);
    QVector<qint64> out;
    for (const QVariant& v : std::as_const(g.values)) {
        QVariantList b = binds;
        const QString cond = g.condition(v, &b);
        out += collect(
            QStringLiteral("SELECT rowid FROM %1 WHERE %2 AND %3 ORDER BY rowid").arg(m_table, w, cond), b, 0,
            cancelled);
        if (cancelled && cancelled())
            return {};
    }
    return out;
}

QStringList TableQuery::recordFields(Entity entity)
{
    QStringList out{QStringLiteral("uid"), QStringLiteral("version")};
    for (const FieldDef& f : Schema::entity(entity).fields)
        out << f.column;
    if (entity == Entity::Credential)
        out << QStringLiteral("project_title_en") << QStringLiteral("project_title_fr");
    return out;
}

const QVariant* TableQuery::RecordPage::row(qint64 rowid) const
{
    const auto at = rowOf.constFind(rowid);
    return at == rowOf.cend() ? nullptr : values.constData() + *at * width;
}

bool TableQuery::readPage(const QVector<qint64>& rowids, RecordPage* page) const
{
    page->rowOf.clear();
    page->values.resize(0);
    if (rowids.isEmpty())
        return true;
    // A page of an export is read a thousand times over with the same number of ids: the statement is
    // prepared once for that number, not parsed again for every page.
    if (!m_records || m_recordsSize != rowids.size()) {
        const EntityDef& def = Schema::entity(m_entity);
        QStringList cols{QStringLiteral("t.rowid"), QStringLiteral("t.uid"), QStringLiteral("t.version")};
        for (const FieldDef& f : def.fields)
            cols << QStringLiteral("t.") + f.column;
        QString join;
        if (m_entity == Entity::Credential) {
            cols << QStringLiteral("p.title_en") << QStringLiteral("p.title_fr");
            join = QStringLiteral(" LEFT JOIN project p ON p.uid = t.project_uid");
        }
        m_records = std::make_shared<RowStatement>(
            m_db, QStringLiteral("SELECT %1 FROM %2 t%3 WHERE t.rowid IN (%4)")
                      .arg(cols.join(QLatin1Char(',')), m_table, join, marks(rowids.size())));
        m_recordsSize = rowids.size();
    }
    if (page->fields.isEmpty()) {
        page->fields = recordFields(m_entity);
        page->width = int(page->fields.size());
    }
    RowStatement& q = *m_records;
    for (int i = 0; i < rowids.size(); ++i)
        q.bind(i, rowids.at(i));
    if (!q.isValid() || !q.exec()) {
        m_error = q.lastError();
        m_records.reset();
        return false;
    }
    page->values.reserve(rowids.size() * page->width);
    page->rowOf.reserve(rowids.size());
    qsizetype row = 0;
    while (q.next()) {
        page->rowOf.insert(q.value(0).toLongLong(), row++);
        for (int c = 1; c <= page->width; ++c)
            page->values.append(q.value(c));
    }
    if (!q.lastError().isEmpty()) {
        m_error = q.lastError();
        return false;
    }
    return true;
}

QHash<qint64, Record> TableQuery::records(const QVector<qint64>& rowids) const
{
    QHash<qint64, Record> out;
    RecordPage page;
    if (!readPage(rowids, &page))
        return out;
    // A record's fields are put in key order, each at the end: no comparison of names for each value.
    QVector<int> order(page.width);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return page.fields.at(a) < page.fields.at(b); });
    out.reserve(page.rowOf.size());
    for (auto it = page.rowOf.cbegin(); it != page.rowOf.cend(); ++it) {
        const QVariant* values = page.values.constData() + it.value() * page.width;
        std::map<QString, QVariant> fields;
        for (int i : order)
            fields.emplace_hint(fields.end(), page.fields.at(i), values[i]);
        out.insert(it.key(), Record(std::move(fields)));
    }
    return out;
}

QHash<QString, qint64> TableQuery::facet(const FilterSpec& filter, Criterion c) const
{
    QHash<QString, qint64> out;
    FilterSpec others = filter;
    QString column;
    switch (c) {
    case Criterion::Sector:
        others.sectorUids.clear();
        column = QStringLiteral("sector_uid");
        break;
    case Criterion::Status:
        others.statuses.clear();
        column = QStringLiteral("status");
        break;
    case Criterion::Institution:
        others.institutionUids.clear();
        column = QStringLiteral("institution_uid");
        break;
    default:
        return out;
    }
    if (!supports(m_entity, c) || (m_entity == Entity::Institution && c == Criterion::Sector))
        return out;
    QVariantList binds;
    QSqlQuery q(m_db);
    Sql::stream(q);
    q.prepare(QStringLiteral("SELECT %1, COUNT(*) FROM %2 WHERE %3 GROUP BY %1")
                  .arg(column, m_table, where(others, &binds)));
    bindAll(q, binds);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    if (q.lastError().isValid()) {
        m_error = q.lastError().text();
        return {};
    }
    return out;
}

TableQuery::StatusFacet TableQuery::statusFacet(const FilterSpec& filter, MissingText missing) const
{
    Q_ASSERT(supports(m_entity, Criterion::Status) && supports(m_entity, Criterion::Missing) &&
             !filter.missing);
    StatusFacet out;
    FilterSpec others = filter;
    others.statuses.clear();
    QVariantList binds;
    QSqlQuery q(m_db);
    Sql::stream(q);
    // "+status": grouped in a small temporary tree, so that the rows are found by the filter's own index
    // (a sector's, a word's) rather than by walking the status index and looking each row up.
    q.prepare(QStringLiteral("SELECT status, COUNT(*), SUM(CASE WHEN %1 THEN 1 ELSE 0 END) FROM %2 WHERE %3 "
                             "GROUP BY +status")
                  .arg(missingCondition(m_entity, missing), m_table, where(others, &binds)));
    bindAll(q, binds);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        const QString status = q.value(0).toString();
        out.counts.insert(status, q.value(1).toLongLong());
        // The rows missing the text among those the whole filter keeps, its statuses included.
        if (filter.statuses.isEmpty() || filter.statuses.contains(status))
            out.missing += q.value(2).toLongLong();
    }
    if (q.lastError().isValid()) {
        m_error = q.lastError().text();
        return {};
    }
    return out;
}

qint64 TableQuery::rowidOf(const QString& uid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE uid = ?").arg(m_table));
    q.addBindValue(uid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString TableQuery::projectTitle(const Record& credential, const QString& language, bool* fallback)
{
    const QString en = credential.value(QStringLiteral("project_title_en")).toString();
    const QString fr = credential.value(QStringLiteral("project_title_fr")).toString();
    const QString& want = language == QLatin1String("fr") ? fr : en;
    if (fallback)
        *fallback = want.isEmpty() && !(en.isEmpty() && fr.isEmpty());
    return want.isEmpty() ? (fr.isEmpty() ? en : fr) : want;
}

std::optional<bool> TableQuery::osapEligibleLength(const Record& credential)
{
    const QVariant h = credential.value(QStringLiteral("hours"));
    const QVariant w = credential.value(QStringLiteral("weeks"));
    if (h.isNull() || w.isNull())
        return std::nullopt;
    return MicroCredential::osapEligibleLength(h.toLongLong(), w.toLongLong());
}

} // namespace mcfund
