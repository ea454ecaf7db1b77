#include "importer.h"

#include "storage/sqldialect.h"

#include "domain/codes.h"
#include "domain/textkey.h"
#include "edits/editengine.h"
#include "edits/valueparser.h"
#include "io/csvwriter.h"
#include "query/lookups.h"
#include "storage/recordstore.h"
#include "storage/rowstatement.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTranslator>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

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
    // One apostrophe comes off text of apostrophes then a formula sign: exports add one (CsvWriter).
    qsizetype quotes = 0;
    while (quotes < text.size() && text.at(quotes) == QLatin1Char('\''))
        ++quotes;
    if (quotes == 0 || quotes == text.size())
        return text;
    return CsvWriter::isFormulaSign(text.at(quotes)) ? text.mid(1) : text;
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
    for (const char* cip : {"cip", "cip code", "code cip", "code cip 2021"})
        if (def.field(QStringLiteral("cip_code")))
            add(QString::fromLatin1(cip), QStringLiteral("cip_code"));
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
        const QString en = k("title_en");
        const QString title =
            en.isEmpty() ? QStringLiteral("fr:") + k("title_fr") : QStringLiteral("en:") + en;
        return r.value(QStringLiteral("institution_uid")).toString() + QLatin1Char('|') + title;
    }
    case Entity::Institution: {
        const QString en = k("name_en");
        return en.isEmpty() ? QStringLiteral("fr:") + k("name_fr") : QStringLiteral("en:") + en;
    }
    case Entity::Partner:
        return k("name");
    default:
        return QString();
    }
}

// A 128-bit digest of a record's key or id: two rows of a file with the same digest are the same record.
struct Digest
{
    quint64 a = 0, b = 0;
    bool operator==(const Digest&) const = default;
};

/**
 * The digests an import has met, in one array with open addressing: a node-based hash set allocated a node
 * for every row (a fortieth of the writing thread's time). A digest of zero, which no key gives but one in
 * 2^128, is kept beside the array, where zero marks an empty slot.
 */
class DigestSet
{
public:
    qsizetype size() const { return m_size; }
    bool contains(const Digest& d) const
    {
        if (d == Digest())
            return m_hasZero;
        if (m_slots.empty())
            return false;
        for (size_t i = slot(d);; i = (i + 1) & (m_slots.size() - 1)) {
            if (m_slots[i] == d)
                return true;
            if (m_slots[i] == Digest())
                return false;
        }
    }
    /** Adds \a d; false if it was there already. */
    bool insert(const Digest& d)
    {
        if (d == Digest()) {
            const bool added = !m_hasZero;
            m_hasZero = true;
            m_size += added ? 1 : 0;
            return added;
        }
        if (2 * (m_size + 1) > qsizetype(m_slots.size()))
            grow();
        size_t i = slot(d);
        for (; m_slots[i] != Digest(); i = (i + 1) & (m_slots.size() - 1))
            if (m_slots[i] == d)
                return false;
        m_slots[i] = d;
        ++m_size;
        return true;
    }
    template <class F> void forEach(F f) const
    {
        if (m_hasZero)
            f(Digest());
        for (const Digest& d : m_slots)
            if (d != Digest())
                f(d);
    }

private:
    size_t slot(const Digest& d) const { return size_t(d.a) & (m_slots.size() - 1); }
    void grow()
    {
        std::vector<Digest> old(std::max<size_t>(1024, 2 * m_slots.size()));
        old.swap(m_slots);
        for (const Digest& d : old) {
            if (d == Digest())
                continue;
            size_t i = slot(d);
            while (m_slots[i] != Digest())
                i = (i + 1) & (m_slots.size() - 1);
            m_slots[i] = d;
        }
    }

    std::vector<Digest> m_slots; ///< a power of two long, at most half full
    qsizetype m_size = 0;
    bool m_hasZero = false;
};

// A row of the file as read, its cells parsed: what needs no workspace.
struct ReadRow
{
    int line = 0;
    int percent = 0;
    QString uid;     ///< the id column's text
    Record values;   ///< the fields the cells give (the project's as read, not yet looked up)
    QString project; ///< the project cell's text, to look up on the workspace; empty when none was given
    QList<ImportProblem> problems;
    QSet<QString> badCells; ///< fields whose cell could not be read
    /// The record the row makes if it matches none (the defaults of a new record, the cells over them),
    /// validated: most rows of a large import are new. Not made when a project is to be looked up.
    std::optional<Record> asNew;
    FieldErrors asNewErrors;
    QVariantList asNewOrdered; ///< when it passed: its values in order, for RowEdit::ordered
    QString asNewKey;          ///< its natural key (naturalKey())
};

/**
 * Reads and parses the rows of a file on a thread of its own, a few batches ahead of the one that matches
 * and writes them (which needs the connection): on two cores the reading of a file no longer adds to its
 * writing. Memory is bounded by the batches waiting. Stops, and waits for its thread, when destroyed.
 *
 * What the writing thread is done with — each batch of rows handed out, and the edits given to recycle() —
 * goes back to the reading thread to be freed: a row's maps of values take as long to free as to fill (a
 * twentieth of the writing thread's time in an import of new rows).
 */
class ReadAhead
{
public:
    using Parse = std::function<void(const QStringList& cells, ReadRow* row)>;
    ReadAhead(RowSource& source, Parse parse)
        : m_source(source)
        , m_parse(std::move(parse))
        , m_thread([this] { read(); })
    {}
    ~ReadAhead()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join(); // within a row: the reading thread looks at m_stop before each
    }
    ReadAhead(const ReadAhead&) = delete;
    ReadAhead& operator=(const ReadAhead&) = delete;

    /** The next row, which the caller may change until the next call; null at the end of the file or on
     *  its error (the source's error() then says). */
    ReadRow* next()
    {
        if (m_at == m_current.size()) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
            if (m_ready.empty())
                return nullptr;
            // The batch done with, and the edits written since the last batch, to be freed over there.
            m_spentRows.push_back(std::move(m_current));
            m_spentEdits.push_back(std::move(m_edits));
            m_current = std::move(m_ready.front());
            m_ready.pop_front();
            m_at = 0;
            lock.unlock();
            m_changed.notify_all();
            m_edits = {};
            m_edits.reserve(BatchRows);
        }
        return &m_current[m_at++];
    }
    /** Takes an edit the writing thread is done with, to free it on the reading thread. */
    void recycle(RowEdit&& edit) { m_edits.push_back(std::move(edit)); }

private:
    static constexpr size_t BatchRows = 256;
    static constexpr size_t BatchesAhead = 8;

    void read()
    {
        std::vector<ReadRow> batch;
        batch.reserve(BatchRows);
        QStringList cells;
        int line = 0;
        int percent = 0;
        bool more = true;
        while (more && !m_stop) {
            more = m_source.next(&cells, &line);
            if (more) {
                // Once a batch: a CSV file's share read asks the file its size (a system call).
                if (batch.empty())
                    percent = m_source.percent();
                ReadRow r;
                r.line = line;
                r.percent = percent;
                m_parse(cells, &r);
                batch.push_back(std::move(r));
            }
            if (batch.size() == BatchRows || (!more && !batch.empty())) {
                std::deque<std::vector<ReadRow>> spentRows;
                std::deque<std::vector<RowEdit>> spentEdits;
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_ready.size() < BatchesAhead || m_stop; });
                if (m_stop)
                    return;
                m_ready.push_back(std::move(batch));
                spentRows.swap(m_spentRows);
                spentEdits.swap(m_spentEdits);
                lock.unlock();
                m_changed.notify_all();
                batch = {};
                batch.reserve(BatchRows);
                // spentRows and spentEdits are freed here, on this thread, outside the lock.
            }
        }
        {
            const std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_changed.notify_all();
    }

    RowSource& m_source;
    const Parse m_parse;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<ReadRow>> m_ready;
    bool m_done = false;
    std::atomic<bool> m_stop = false;
    std::deque<std::vector<ReadRow>> m_spentRows;  ///< handed out, to be freed by the reading thread
    std::deque<std::vector<RowEdit>> m_spentEdits; ///< likewise
    std::vector<ReadRow> m_current; ///< the batch being handed out, on the writing thread's side
    std::vector<RowEdit> m_edits;   ///< recycled since the current batch was taken, on the writing side
    size_t m_at = 0;
    std::thread m_thread; ///< last: started once everything it uses is made
};

} // namespace

bool Importer::run(const QSqlDatabase& db, const Lookups& lookups, RowSource& source, const ImportOptions& o,
                   const Sink& sink, ImportReport* report, QString* error)
{
    const EntityDef& def = Schema::entity(o.entity);
    ImportReport rep;
    auto problem = [&rep](int line, const QString& column, const QString& message) {
        if (rep.problems.size() < ImportReport::MaxListed)
            rep.problems << ImportProblem{line, column, message};
        else
            ++rep.unlisted;
    };
    bool titleMapped = false;
    for (const QString& f : o.mapping)
        titleMapped |= f == QLatin1String("uid") || f.startsWith(QLatin1String("title_")) ||
                       f.startsWith(QLatin1String("name"));
    if (!titleMapped) {
        rep.stop = ImportReport::Stop::BadInput;
        *report = rep;
        if (error)
            *error = tr("No column is mapped to an id, a title or a name: the rows cannot be matched or "
                        "added. Map the columns first.");
        return false;
    }
    // Existing records are looked up row by row through indexes (the id, or the sort key of the title or
    // name within the institution), so that memory stays flat whatever the size of the workspace.
    RecordStore store(db, {});
    const bool titled = def.field(QStringLiteral("title_en")) != nullptr;
    const bool owned = def.field(QStringLiteral("institution_uid")) != nullptr && o.entity != Entity::Partner;
    // The unary + keeps SQLite off the institution index, which it would otherwise pick on a workspace
    // without statistics: a scan of the institution's rows for every row of the file, which grows as the
    // import writes.
    // Only records that were there before the import are matched: while writing, the rows this import has
    // added are in the table too, and matching them would make the write differ from the check.
    // A read of the workspace that fails stops the import: a row not matched because its record could not
    // be read would be added a second time, or refused as naming what is not there.
    QString unread;
    auto cannotRead = [&] {
        rep.stop = ImportReport::Stop::BadInput;
        *report = rep;
        if (error)
            *error = tr("Cannot read the workspace to match the rows with its records: %1").arg(unread);
        return false;
    };
    qint64 lastBefore = 0;
    {
        QSqlQuery last(db);
        if (!last.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM %1").arg(def.table)) ||
            !last.next()) {
            unread = last.lastError().text();
            return cannotRead();
        }
        lastBefore = last.value(0).toLongLong();
    }
    RowStatement byKeyQuery(
        db, QStringLiteral("SELECT uid FROM %1 WHERE %2 (sort_en = ? OR sort_fr = ?) AND rowid <= ? LIMIT 1")
                .arg(def.table, !owned              ? QString()
                                : Sql::isServer(db) ? QStringLiteral("institution_uid = ? AND")
                                                    : QStringLiteral("+institution_uid = ? AND")));
    QHash<QString, Record> cache;
    auto findByKey = [&](const Record& r) -> QString {
        if (lastBefore == 0)
            return QString(); // nothing was there before the import to match
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
        int at = 0;
        if (owned)
            byKeyQuery.bind(at++, r.value(QStringLiteral("institution_uid")));
        byKeyQuery.bind(at++, key);
        byKeyQuery.bind(at++, TextKey::of(fr.isEmpty() ? en : fr));
        byKeyQuery.bind(at++, lastBefore);
        if (!byKeyQuery.exec()) {
            unread = byKeyQuery.lastError();
            return QString();
        }
        return byKeyQuery.next() ? byKeyQuery.value(0).toString() : QString();
    };
    auto fetch = [&](const QString& uid) -> const Record* {
        if (!cache.contains(uid)) {
            const std::optional<Record> r = store.get(o.entity, uid);
            if (!r && store.lastError().isValid())
                unread = store.lastError().text();
            if (!r)
                return nullptr;
            cache.insert(uid, *r);
        }
        return &cache[uid];
    };
    const ValueParser parser(o.locale, o.language, &lookups);
    const Record defaults = insertDefaults(o.entity, lookups, o.language);
    // Records already met in the file, by a 128-bit digest of their key (k) or id (u): in a hash set while
    // there are few enough (a B-tree insert for each row cost a tenth of an import's time), then in a
    // temporary table — on disk behind SQLite's page cache — so that memory stays bounded however long the
    // file.
    DigestSet seenInMemory;
    std::unique_ptr<RowStatement> seenOnDisk;
    const bool server = Sql::isServer(db);
    auto seenDigest = [&](const Digest& d) -> std::optional<bool> {
        seenOnDisk->bind(0, QByteArray(reinterpret_cast<const char*>(&d), sizeof d));
        if (!seenOnDisk->exec())
            return std::nullopt;
        return seenOnDisk->rowsAffected() == 1;
    };
    QString seenError;
    auto moveToDisk = [&]() -> bool {
        const QString table = Sql::temp(QStringLiteral("mcfund_import_seen"), db);
        QSqlQuery make(db);
        if (!make.exec(server ? QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS mcfund_import_seen (digest "
                                               "bytea PRIMARY KEY)")
                              : QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS mcfund_import_seen (digest "
                                               "BLOB PRIMARY KEY) WITHOUT ROWID")) ||
            !make.exec(QStringLiteral("DELETE FROM %1").arg(table))) {
            seenError = make.lastError().text();
            return false;
        }
        seenOnDisk = std::make_unique<RowStatement>(
            db, QStringLiteral("INSERT INTO %1 VALUES (?) ON CONFLICT DO NOTHING").arg(table));
        if (!seenOnDisk->isValid()) {
            seenError = seenOnDisk->lastError();
            return false;
        }
        bool noted = true;
        seenInMemory.forEach([&](const Digest& d) { noted = noted && seenDigest(d).has_value(); });
        if (!noted) {
            seenError = seenOnDisk->lastError();
            return false;
        }
        seenInMemory = DigestSet();
        return true;
    };
    // Whether \a key of \a kind is met for the first time; nullopt, with seenError, when that cannot be
    // known.
    auto firstSight = [&](char kind, const QString& key) -> std::optional<bool> {
        const Digest d{qHash(key, 0x9e3779b9U ^ uchar(kind)), qHash(key, 0x85ebca6bU ^ uchar(kind))};
        if (!seenOnDisk) {
            if (seenInMemory.size() < o.keysInMemory)
                return seenInMemory.insert(d);
            if (seenInMemory.contains(d))
                return false;
            if (!moveToDisk())
                return std::nullopt;
        }
        const std::optional<bool> first = seenDigest(d);
        if (!first)
            seenError = seenOnDisk->lastError();
        return first;
    };
    bool sinking = bool(sink);
    RowStatement projectQuery(
        db, QStringLiteral("SELECT uid FROM project WHERE uid = ? OR sort_en = ? OR sort_fr = ? "
                           "ORDER BY uid = ? DESC, institution_uid = ? DESC LIMIT 1"));
    auto findProject = [&](const QString& text, const QVariant& institution) -> QString {
        const QString key = TextKey::of(text);
        projectQuery.bind(0, text.trimmed());
        projectQuery.bind(1, key);
        projectQuery.bind(2, key);
        projectQuery.bind(3, text.trimmed());
        projectQuery.bind(4, institution.toString());
        if (!projectQuery.exec()) {
            unread = projectQuery.lastError();
            return QString();
        }
        return projectQuery.next() ? projectQuery.value(0).toString() : QString();
    };
    // What each mapped column of the file holds, worked out once: its field (none for the id), and the
    // header that problems name. A project is looked up after the institution of the row is known, so that
    // a title that two institutions share finds the row's own.
    struct Cell
    {
        int index = 0;
        QString column;
        const FieldDef* field = nullptr; // null: the id column
    };
    QList<Cell> cells;
    QHash<QString, QString> columnOf;
    for (auto it = o.mapping.cbegin(); it != o.mapping.cend(); ++it) {
        const QString column = source.header().value(it.key());
        const FieldDef* f = it.value() == QLatin1String("uid") ? nullptr : def.field(it.value());
        if (!f && it.value() != QLatin1String("uid"))
            continue;
        cells << Cell{it.key(), column, f};
        if (f)
            columnOf.insert(f->column, column);
    }
    std::stable_partition(cells.begin(), cells.end(), [](const Cell& c) {
        return !c.field || c.field->column != QLatin1String("project_uid");
    });
    // A new record: every field, with the defaults of a new record where the file says nothing.
    Record blank;
    for (const FieldDef& f : def.fields)
        blank.insert(f.column, defaults.value(f.column));
    // The workspace could not note a row as read (its temporary table): nothing can be said of the rest.
    auto cannotTrack = [&] {
        rep.stop = ImportReport::Stop::WriteFail;
        *report = rep;
        if (error)
            *error = tr("Cannot note the rows already read in a temporary table: %1").arg(seenError);
        return false;
    };
    // What needs no workspace — reading a row and parsing its cells — is done on a thread of its own.
    ReadAhead reader(
        source, [&cells, &parser, &blank, entity = o.entity](const QStringList& row, ReadRow* r) {
            for (const Cell& cell : std::as_const(cells)) {
                const QString text = unneutralise(row.value(cell.index));
                if (!cell.field) {
                    r->uid = text.trimmed();
                    continue;
                }
                const FieldDef* f = cell.field;
                if (text.size() > Schema::LongTextMax) {
                    r->problems << ImportProblem{r->line, cell.column,
                                                 tr("the cell holds %1 characters; the limit is %2.")
                                                     .arg(text.size())
                                                     .arg(Schema::LongTextMax)};
                    continue;
                }
                QVariant v;
                QString why;
                // A number cell of a workbook comes in its canonical form (1234.5): amounts and numbers are
                // read under both conventions, so it needs no parser of its own.
                if (!parser.parse(*f, text, &v, &why)) {
                    // The report already names the column: "line 3, Tuition: “12.345” has …", not "Tuition:"
                    // twice.
                    const QString named = f->displayName() + QStringLiteral(": ");
                    r->problems << ImportProblem{r->line, cell.column,
                                                 why.startsWith(named) ? why.mid(named.size()) : why};
                    r->badCells.insert(f->column);
                    continue;
                }
                if (f->column == QLatin1String("project_uid") && !v.isNull())
                    r->project = v.toString(); // looked up once the row's institution is known
                else
                    r->values.insert(f->column, v);
            }
            if (r->project.isEmpty() && r->problems.isEmpty()) {
                Record record = blank;
                for (auto it = r->values.cbegin(); it != r->values.cend(); ++it)
                    record.insert(it.key(), it.value());
                r->asNewErrors = Validation::validate(entity, record);
                r->asNewKey = naturalKey(entity, record);
                if (r->asNewErrors.isEmpty())
                    r->asNewOrdered = RecordStore::orderedForInsert(entity, record); // as the store binds it
                r->asNew = std::move(record);
            }
        });
    for (int i = 0;; ++i) {
        ReadRow* const next = reader.next();
        if (!next)
            break;
        ReadRow& read = *next;
        if (o.progress && i % 1000 == 0 && !o.progress(read.percent)) {
            rep.stop = ImportReport::Stop::Cancelled;
            *report = rep;
            if (error)
                *error = tr("Import cancelled; nothing was written.");
            return false;
        }
        if (cache.size() > 10000)
            cache.clear(); // keep memory flat on large files
        ++rep.rows;
        const int line = read.line;
        const QString& uid = read.uid;
        Record& values = read.values;
        QSet<QString>& badCells = read.badCells;
        bool rowOk = read.problems.isEmpty();
        for (const ImportProblem& p : std::as_const(read.problems))
            problem(p.line, p.column, p.message);
        if (!read.project.isEmpty()) {
            // A project is named by its id or, as the tables and exports show it, by its title.
            const QString project =
                findProject(read.project, values.value(QStringLiteral("institution_uid")));
            if (!unread.isEmpty())
                return cannotRead();
            if (project.isEmpty()) {
                problem(line, columnOf.value(QStringLiteral("project_uid")),
                        tr("Project: there is no project with the id or title “%1”.").arg(read.project));
                rowOk = false;
                badCells.insert(QStringLiteral("project_uid"));
            } else {
                values.insert(QStringLiteral("project_uid"), project);
            }
        }
        if (!uid.isEmpty() && QUuid::fromString(uid).isNull()) {
            problem(line, QString(),
                    tr("the ID “%1” is not an mcfund id; leave the ID empty to add the row "
                       "as a new record.")
                        .arg(uid));
            ++rep.refused;
            continue;
        }
        // Every field of the record as it would be: the file's values over the record it matches, or over
        // the defaults of a new record.
        Record check;
        auto fill = [&](const Record* base) {
            if (!base) {
                check = blank;
                for (auto it = values.cbegin(); it != values.cend(); ++it)
                    check.insert(it.key(), it.value());
                return;
            }
            check = Record();
            for (const FieldDef& f : def.fields) {
                const auto given = values.constFind(f.column);
                check.insert(f.column, given != values.cend() ? given.value() : base->value(f.column));
            }
        };
        const Record* existing = uid.isEmpty() ? nullptr : fetch(uid);
        if (!unread.isEmpty())
            return cannotRead();
        FieldErrors errors;
        bool validated = false;
        if (!existing && read.asNew) {
            check = std::move(*read.asNew); // checked as a new record on the reading thread
            errors = std::move(read.asNewErrors);
            validated = true;
        } else {
            fill(existing);
        }
        if (!existing) {
            const QString found = findByKey(check);
            if (!found.isEmpty() && (existing = fetch(found))) {
                fill(existing);
                validated = false;
            }
            if (!unread.isEmpty())
                return cannotRead();
        }
        if (!validated)
            errors = Validation::validate(o.entity, check);
        for (const FieldError& fe : std::as_const(errors)) {
            if (badCells.contains(fe.field))
                continue; // the cell's own problem is already reported; "is required" would say it twice
            problem(
                line,
                columnOf.value(fe.field, def.field(fe.field) ? def.field(fe.field)->displayName() : fe.field),
                fe.message);
            rowOk = false;
        }
        if (rowOk && !existing) {
            const std::optional<bool> first =
                firstSight('k', validated ? read.asNewKey : naturalKey(o.entity, check));
            if (!first)
                return cannotTrack();
            if (!*first) {
                problem(line, QString(), tr("the same record appears twice in the file."));
                rowOk = false;
            }
        }
        if (rowOk) {
            const QString target = existing ? existing->value(QStringLiteral("uid")).toString() : uid;
            const std::optional<bool> first =
                target.isEmpty() ? std::optional<bool>(true) : firstSight('u', target);
            if (!first)
                return cannotTrack();
            if (!*first) {
                problem(line, QString(), tr("the same record appears twice in the file."));
                rowOk = false;
            }
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
        } else {
            r.op = RowEdit::Op::Insert;
            r.uid = uid.isEmpty() ? RecordStore::newUid() : uid;
            r.after = std::move(check); // every field, so that the store need not fill in the missing ones;
                                        // moved, so that the store takes it without a copy
            r.checked = true;
            if (validated)
                r.ordered = std::move(read.asNewOrdered); // made with the record, on the reading thread
        }
        // A rule of the workspace that the import's own checks do not cover (an institution package's
        // limits), applied here so that the check and the write refuse the same rows.
        if (o.rowRule) {
            const QString refusal = o.rowRule(r);
            if (!refusal.isEmpty()) {
                problem(line, QString(), refusal);
                ++rep.refused;
                continue;
            }
        }
        ++(r.op == RowEdit::Op::Insert ? rep.added : rep.updated);
        if (sinking && o.allOrNothing && !rep.problems.isEmpty())
            sinking = false; // all or nothing, and something is wrong: check the rest, write no more
        if (sinking && !sink(r, line, error)) {
            rep.stop = ImportReport::Stop::WriteFail;
            *report = rep;
            return false;
        }
        reader.recycle(std::move(r));
    }
    if (!source.error().isEmpty()) {
        if (error)
            *error = source.error();
        rep.stop = ImportReport::Stop::BadInput;
        *report = rep;
        return false;
    }
    if (o.allOrNothing && !rep.problems.isEmpty())
        rep.stop = ImportReport::Stop::Refused;
    *report = rep;
    if (o.allOrNothing && !rep.problems.isEmpty()) {
        if (error)
            *error = tr("Nothing was imported: %n problem(s) found, and the import is all or nothing.",
                        nullptr, int(rep.problems.size()) + rep.unlisted);
        return false;
    }
    return true;
}

bool Importer::check(const QSqlDatabase& db, const Lookups& lookups, RowSource& source,
                     const ImportOptions& o, const Sink& sink, ImportReport* report, QString* error)
{
    QSqlDatabase connection = db;
    // On PostgreSQL a transaction sees one state of the workspace only when it says so (each statement
    // sees its own otherwise); SQLite's read transaction does by itself.
    QSqlQuery isolation(db);
    if (!connection.transaction() ||
        (Sql::isServer(db) &&
         !isolation.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")))) {
        const QString why =
            isolation.lastError().isValid() ? isolation.lastError().text() : connection.lastError().text();
        connection.rollback();
        if (report) {
            *report = ImportReport();
            report->stop = ImportReport::Stop::BadInput;
        }
        if (error)
            *error = tr("Cannot read the workspace to check the file: %1").arg(why);
        return false;
    }
    const bool ok = run(db, lookups, source, o, sink, report, error);
    connection.rollback(); // nothing of the check is kept (its notes of the records met are temporary)
    return ok;
}

bool Importer::prepare(const QSqlDatabase& db, const Lookups& lookups, const Sheet& sheet,
                       const ImportOptions& o, EditBatch* batch, ImportReport* report, QString* error)
{
    SheetSource source(sheet);
    EditBatch b;
    const bool ok = run(
        db, lookups, source, o,
        [&b](RowEdit& r, int, QString*) {
            b.rows << r;
            return true;
        },
        report, error);
    if (!ok)
        return false;
    b.description = describe(int(b.rows.size()));
    *batch = b;
    return true;
}

QString Importer::describe(int rows)
{
    return tr("import of %n row(s)", nullptr, rows);
}

bool Importer::write(EditEngine& engine, const QSqlDatabase& db, const Lookups& lookups, RowSource& source,
                     const ImportOptions& o, ImportReport* report, QString* batchId, QString* error)
{
    if (!engine.begin(o.description.isEmpty() ? tr("import") : o.description, QStringLiteral("import"), error,
                      true))
        return false;
    // Cancel is still heard at the very end (the full-text indexing of the added rows takes seconds).
    engine.setProgress(o.progress);
    int written = 0;
    const bool ok = run(
        db, lookups, source, o,
        [&](RowEdit& r, int line, QString* why) {
            QList<EditProblem> problems;
            if (engine.applyRow(r, written++, &problems))
                return true;
            // The check passed but the row cannot be stored (a rule of the workspace, a
            // coordinator's limits): the whole import stops, as one transaction.
            QStringList lines;
            for (const EditProblem& p : std::as_const(problems))
                lines << p.message;
            if (why)
                *why = tr("Line %1: %2 Nothing was imported.").arg(line).arg(lines.join(u' '));
            return false;
        },
        report, error);
    if (!ok) {
        engine.rollback();
        engine.setProgress({});
        return false;
    }
    QList<EditProblem> problems;
    const bool committed = engine.commit(std::nullopt, &problems);
    engine.setProgress({});
    if (!committed) {
        if (report)
            report->stop = ImportReport::Stop::WriteFail;
        if (error && !problems.isEmpty())
            *error = problems.first().message;
        return false;
    }
    if (batchId)
        *batchId = engine.batchId();
    return true;
}

} // namespace mcfund
