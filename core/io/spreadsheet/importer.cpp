#include "importer.h"

#include "domain/codes.h"
#include "edits/valueparser.h"
#include "query/lookups.h"
#include "query/textkey.h"
#include "storage/recordstore.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTranslator>
#include <QUuid>

namespace mcfund {

QString ImportReport::summary() const
{
    return Importer::tr("%1 rows: %2 added, %3 updated, %4 unchanged, %5 refused")
        .arg(rows)
        .arg(added)
        .arg(updated)
        .arg(unchanged)
        .arg(refused);
}

std::optional<Entity> Importer::entityFromName(const QString& name)
{
    static const QHash<QString, Entity> names = {{QStringLiteral("projects"), Entity::Project},
                                                 {QStringLiteral("credentials"), Entity::Credential},
                                                 {QStringLiteral("micro-credentials"), Entity::Credential},
                                                 {QStringLiteral("institutions"), Entity::Institution},
                                                 {QStringLiteral("partners"), Entity::Partner}};
    const auto it = names.constFind(name.toLower());
    return it == names.cend() ? std::nullopt : std::optional<Entity>(*it);
}

QString Importer::unneutralise(const QString& text)
{
    if (text.size() > 1 && text.at(0) == QLatin1Char('\'')) {
        const QChar c = text.at(1);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
            c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            return text.mid(1);
    }
    return text;
}

QHash<int, QString> Importer::guessMapping(Entity entity, const QStringList& header)
{
    // Every name a column may carry: the field's code, its English label and its French one.
    static QTranslator french;
    static const bool loaded = french.load(QStringLiteral(":/mcfund/i18n/mcfund_fr.qm"));
    Q_UNUSED(loaded);
    QHash<QString, QString> names;
    const EntityDef& def = Schema::entity(entity);
    auto add = [&](const QString& name, const QString& field) {
        if (!name.isEmpty())
            names.insert(TextKey::of(name), field);
    };
    for (const FieldDef& f : def.fields) {
        add(f.column, f.column);
        add(QString::fromLatin1(f.label), f.column);
        add(french.translate("mcfund::Schema", f.label), f.column);
        if (f.column.endsWith(QLatin1String("_cents")))
            add(f.column.chopped(6), f.column);
        if (f.column.endsWith(QLatin1String("_uid")))
            add(f.column.chopped(4), f.column);
    }
    for (const char* id : {"uid", "id", "identifiant", "ID"})
        add(QString::fromLatin1(id), QStringLiteral("uid"));
    // Common spreadsheet words for the title or name in one language.
    const bool titled = def.field(QStringLiteral("title_en")) != nullptr;
    if (titled) {
        add(QStringLiteral("title"), QStringLiteral("title_en"));
        add(QStringLiteral("titre"), QStringLiteral("title_fr"));
        add(QStringLiteral("english title"), QStringLiteral("title_en"));
        add(QStringLiteral("french title"), QStringLiteral("title_fr"));
        add(QStringLiteral("titre anglais"), QStringLiteral("title_en"));
        add(QStringLiteral("titre francais"), QStringLiteral("title_fr"));
    } else if (def.field(QStringLiteral("name_en"))) {
        add(QStringLiteral("name"), QStringLiteral("name_en"));
        add(QStringLiteral("nom"), QStringLiteral("name_fr"));
    }
    add(QStringLiteral("institution name"), QStringLiteral("institution_uid"));
    add(QStringLiteral("etablissement"), QStringLiteral("institution_uid"));
    add(QStringLiteral("osap"), QStringLiteral("osap_approved"));
    add(QStringLiteral("rafeo"), QStringLiteral("osap_approved"));
    QHash<int, QString> mapping;
    QSet<QString> taken;
    for (int i = 0; i < header.size(); ++i) {
        const QString field = names.value(TextKey::of(header.at(i)));
        if (!field.isEmpty() && !taken.contains(field)) {
            mapping.insert(i, field);
            taken << field;
        }
    }
    return mapping;
}

namespace {

// Values every new record needs when the file does not give them.
Record insertDefaults(Entity e, const Lookups& lookups, const QString& language)
{
    QString other;
    for (const LookupItem& s : lookups.items(Entity::Sector))
        if (s.code == QLatin1String("other"))
            other = s.uid;
    switch (e) {
    case Entity::Project:
        return {{QStringLiteral("original_language"), language},
                {QStringLiteral("sector_uid"), other},
                {QStringLiteral("sector_assigned_by"), QStringLiteral("user")},
                {QStringLiteral("status"), QStringLiteral("submitted")},
                {QStringLiteral("project_type"), QStringLiteral("single")},
                {QStringLiteral("round_uid"), lookups.items(Entity::Round).isEmpty()
                                                  ? QVariant()
                                                  : QVariant(lookups.items(Entity::Round).last().uid)}};
    case Entity::Credential:
        return {{QStringLiteral("sector_uid"), other},
                {QStringLiteral("delivery"), QStringLiteral("online")},
                {QStringLiteral("osap_approved"), 0},
                {QStringLiteral("status"), QStringLiteral("in_development")},
                {QStringLiteral("language"), language}};
    case Entity::Institution:
        return {{QStringLiteral("type"), QStringLiteral("college")}, {QStringLiteral("language"), language}};
    case Entity::Partner:
        return {{QStringLiteral("kind"), QStringLiteral("employer")}};
    default:
        return {};
    }
}

QString naturalKey(Entity e, const Record& r)
{
    auto k = [&](const char* c) { return TextKey::of(r.value(QString::fromLatin1(c)).toString()); };
    switch (e) {
    case Entity::Project:
    case Entity::Credential: {
        const QString title = k("title_en").isEmpty() ? QStringLiteral("fr:") + k("title_fr")
                                                      : QStringLiteral("en:") + k("title_en");
        return r.value(QStringLiteral("institution_uid")).toString() + QLatin1Char('|') + title;
    }
    case Entity::Institution:
        return k("name_en").isEmpty() ? QStringLiteral("fr:") + k("name_fr")
                                      : QStringLiteral("en:") + k("name_en");
    case Entity::Partner:
        return k("name");
    default:
        return QString();
    }
}

} // namespace

bool Importer::prepare(const QSqlDatabase& db, const Lookups& lookups, const Sheet& sheet,
                       const ImportOptions& o, EditBatch* batch, ImportReport* report, QString* error)
{
    const EntityDef& def = Schema::entity(o.entity);
    ImportReport rep;
    rep.rows = int(sheet.rows.size());
    bool titleMapped = false;
    for (const QString& f : o.mapping)
        titleMapped |= f == QLatin1String("uid") || f.startsWith(QLatin1String("title_")) ||
                       f.startsWith(QLatin1String("name"));
    if (!titleMapped) {
        if (error)
            *error = tr("No column is mapped to an id, a title or a name: the rows cannot be matched or "
                        "added. Map the columns first.");
        return false;
    }
    // Existing records are looked up row by row through indexes (the id, or the sort key of the title or
    // name within the institution), so that memory stays flat whatever the size of the workspace.
    RecordStore store(db, {});
    QSqlQuery byKeyQuery(db);
    const bool titled = def.field(QStringLiteral("title_en")) != nullptr;
    const bool owned = def.field(QStringLiteral("institution_uid")) != nullptr && o.entity != Entity::Partner;
    byKeyQuery.prepare(QStringLiteral("SELECT uid FROM %1 WHERE %2 (sort_en = ? OR sort_fr = ?) LIMIT 1")
                           .arg(def.table, owned ? QStringLiteral("institution_uid = ? AND") : QString()));
    QHash<QString, Record> cache;
    auto findByKey = [&](const Record& r) -> QString {
        const QString en = r.value(titled ? QStringLiteral("title_en")
                                          : (o.entity == Entity::Partner ? QStringLiteral("name")
                                                                         : QStringLiteral("name_en")))
                               .toString();
        const QString fr =
            o.entity == Entity::Partner
                ? en
                : r.value(titled ? QStringLiteral("title_fr") : QStringLiteral("name_fr")).toString();
        const QString key = TextKey::of(en.isEmpty() ? fr : en);
        if (key.isEmpty())
            return QString();
        if (owned)
            byKeyQuery.addBindValue(r.value(QStringLiteral("institution_uid")));
        byKeyQuery.addBindValue(key);
        byKeyQuery.addBindValue(TextKey::of(fr.isEmpty() ? en : fr));
        return byKeyQuery.exec() && byKeyQuery.next() ? byKeyQuery.value(0).toString() : QString();
    };
    auto fetch = [&](const QString& uid) -> const Record* {
        if (!cache.contains(uid)) {
            const std::optional<Record> r = store.get(o.entity, uid);
            if (!r)
                return nullptr;
            cache.insert(uid, *r);
        }
        return &cache[uid];
    };
    const ValueParser parser(o.locale, o.language, &lookups);
    const Record defaults = insertDefaults(o.entity, lookups, o.language);
    EditBatch b;
    QSet<QString> seenKeys;
    QSet<QString> seenUids;
    QSqlQuery projectQuery(db);
    projectQuery.prepare(QStringLiteral("SELECT uid FROM project WHERE uid = ? OR sort_en = ? OR sort_fr = ? "
                                        "ORDER BY uid = ? DESC, institution_uid = ? DESC LIMIT 1"));
    auto findProject = [&](const QString& text, const QVariant& institution) -> QString {
        const QString key = TextKey::of(text);
        projectQuery.addBindValue(text.trimmed());
        projectQuery.addBindValue(key);
        projectQuery.addBindValue(key);
        projectQuery.addBindValue(text.trimmed());
        projectQuery.addBindValue(institution.toString());
        return projectQuery.exec() && projectQuery.next() ? projectQuery.value(0).toString() : QString();
    };
    for (int i = 0; i < sheet.rows.size(); ++i) {
        if (o.progress && i % 2000 == 0 &&
            !o.progress(int(100LL * i / std::max<qsizetype>(1, sheet.rows.size())))) {
            if (error)
                *error = tr("Import cancelled; nothing was written.");
            return false;
        }
        if (cache.size() > 10000)
            cache.clear(); // keep memory flat on large files
        const QStringList& row = sheet.rows.at(i);
        const int line = sheet.lines.value(i, i + 2);
        Record values;
        QHash<QString, QString> columnOf;
        bool rowOk = true;
        QString uid;
        QSet<QString> badCells;
        for (auto it = o.mapping.cbegin(); it != o.mapping.cend(); ++it) {
            const QString text = unneutralise(row.value(it.key()));
            const QString column = sheet.header.value(it.key());
            if (it.value() == QLatin1String("uid")) {
                uid = text.trimmed();
                continue;
            }
            const FieldDef* f = def.field(it.value());
            if (!f)
                continue;
            if (text.size() > Schema::LongTextMax) {
                rep.problems << ImportProblem{line, column,
                                              tr("the cell holds %1 characters; the limit is %2.")
                                                  .arg(text.size())
                                                  .arg(Schema::LongTextMax)};
                rowOk = false;
                continue;
            }
            QVariant v;
            QString why;
            if (!parser.parse(*f, text, &v, &why)) {
                rep.problems << ImportProblem{line, column, why};
                rowOk = false;
                badCells.insert(f->column);
                continue;
            }
            if (f->column == QLatin1String("project_uid") && !v.isNull()) {
                // A project is named by its id or, as the tables and exports show it, by its title.
                const QString project =
                    findProject(v.toString(), values.value(QStringLiteral("institution_uid")));
                if (project.isEmpty()) {
                    rep.problems << ImportProblem{
                        line, column,
                        tr("Project: there is no project with the id or title “%1”.").arg(v.toString())};
                    rowOk = false;
                    badCells.insert(f->column);
                    continue;
                }
                v = project;
            }
            values.insert(f->column, v);
            columnOf.insert(f->column, column);
        }
        if (!uid.isEmpty() && QUuid::fromString(uid).isNull()) {
            rep.problems << ImportProblem{
                line, QString(),
                tr("the ID “%1” is not an mcfund id; leave the ID empty to add the row "
                   "as a new record.")
                    .arg(uid)};
            ++rep.refused;
            continue;
        }
        const Record* existing = uid.isEmpty() ? nullptr : fetch(uid);
        Record merged = existing ? *existing : defaults;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            merged.insert(it.key(), it.value());
        if (!existing) {
            const QString found = findByKey(merged);
            if (!found.isEmpty() && (existing = fetch(found))) {
                merged = *existing;
                for (auto it = values.cbegin(); it != values.cend(); ++it)
                    merged.insert(it.key(), it.value());
            }
        }
        Record check;
        for (const FieldDef& f : def.fields)
            check.insert(f.column, merged.value(f.column));
        for (const FieldError& fe : Validation::validate(o.entity, check)) {
            if (badCells.contains(fe.field))
                continue; // the cell's own problem is already reported; "is required" would say it twice
            rep.problems << ImportProblem{
                line,
                columnOf.value(fe.field, def.field(fe.field) ? def.field(fe.field)->displayName() : fe.field),
                fe.message};
            rowOk = false;
        }
        if (rowOk && !existing) {
            const QString key = naturalKey(o.entity, check);
            if (seenKeys.contains(key)) {
                rep.problems << ImportProblem{line, QString(),
                                              tr("the same record appears twice in the file.")};
                rowOk = false;
            }
            seenKeys << key;
        }
        if (rowOk) {
            const QString target = existing ? existing->value(QStringLiteral("uid")).toString() : uid;
            if (!target.isEmpty() && seenUids.contains(target)) {
                rep.problems << ImportProblem{line, QString(),
                                              tr("the same record appears twice in the file.")};
                rowOk = false;
            }
            if (!target.isEmpty())
                seenUids << target;
        }
        if (!rowOk) {
            ++rep.refused;
            continue;
        }
        RowEdit r;
        r.entity = o.entity;
        if (existing) {
            r.op = RowEdit::Op::Update;
            r.uid = existing->value(QStringLiteral("uid")).toString();
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                const QVariant before = existing->value(it.key());
                if (before.isNull() == check.value(it.key()).isNull() &&
                    RecordStore::toLogText(before) == RecordStore::toLogText(check.value(it.key())))
                    continue;
                r.before.insert(it.key(), before);
                r.after.insert(it.key(), check.value(it.key()));
            }
            if (r.after.isEmpty()) {
                ++rep.unchanged;
                continue;
            }
            ++rep.updated;
        } else {
            r.op = RowEdit::Op::Insert;
            r.uid = uid.isEmpty() ? RecordStore::newUid() : uid;
            // Only the values: an empty field is null in the table anyway, and a batch of 100,000 additions
            // kept for undo is a third smaller without them.
            for (auto it = check.cbegin(); it != check.cend(); ++it)
                if (!it.value().isNull())
                    r.after.insert(it.key(), it.value());
            ++rep.added;
        }
        b.rows << r;
    }
    *report = rep;
    if (o.allOrNothing && !rep.problems.isEmpty()) {
        if (error)
            *error = tr("Nothing was imported: %n problem(s) found, and the import is all or nothing.",
                        nullptr, int(rep.problems.size()));
        return false;
    }
    b.description = tr("import of %n row(s)", nullptr, int(b.rows.size()));
    *batch = b;
    return true;
}

} // namespace mcfund
