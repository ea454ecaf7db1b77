#include "generator.h"

#include "domain/microcredential.h"
#include "domain/textkey.h"
#include "platform/platform.h"
#include "storage/database.h"
#include "storage/defaultcriteria.h"
#include "storage/integritystamps.h"
#include "storage/officialdataset.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <map>
#include <random>
#include <thread>
#include <vector>

namespace mcfund {

namespace {

/** A deterministic random source: std::mt19937_64 is specified exactly, unlike the distributions. */
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    {}
    quint64 next() { return m_engine(); }
    /** Uniform integer in [lo, hi]. */
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    bool chance(int percent) { return range(1, 100) <= percent; }
    template <class T> const T& pick(const std::vector<T>& v)
    {
        return v[size_t(range(0, qint64(v.size()) - 1))];
    }
    /**
     * A new uid, as text. Uids are ordered like UUID version 7: a counter takes the place of the time in
     * the first 48 bits, so that each table's key index fills in order instead of at random places (a
     * tenth of the bulk load went to placing random keys); the other 74 bits come from the engine.
     */
    std::array<char, 36> uid()
    {
        const quint64 a = next();
        const quint64 b = next();
        const quint64 order = 0x018f00000000ULL + ++m_issued;
        static const char digits[] = "0123456789abcdef";
        std::array<char, 36> text;
        int at = 0;
        const auto hex = [&](quint64 v, int count) {
            for (int shift = (count - 1) * 4; shift >= 0; shift -= 4)
                text[size_t(at++)] = digits[(v >> shift) & 0xf];
        };
        hex(order >> 16, 8);
        text[size_t(at++)] = '-';
        hex(order & 0xffff, 4);
        text[size_t(at++)] = '-';
        text[size_t(at++)] = '7';
        hex(a & 0xfff, 3);
        text[size_t(at++)] = '-';
        hex(0x8000 | ((b >> 48) & 0x3fff), 4);
        text[size_t(at++)] = '-';
        hex(b & 0xffffffffffffULL, 12);
        return text;
    }
    QByteArray uidUtf8()
    {
        const std::array<char, 36> text = uid();
        return QByteArray(text.data(), qsizetype(text.size()));
    }
    QString uidString() { return QString::fromLatin1(uidUtf8()); }

private:
    std::mt19937_64 m_engine;
    quint64 m_issued = 0;
};

/** Removes an SQLite file and whatever SQLite may have left beside it. */
void removeWithSidecars(const QString& file)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(file + QLatin1String(suffix));
}

/** Flushes \a file to the disk. */
bool syncFile(const QString& file)
{
    return Platform::syncToDisk(file);
}

/** Flushes the folder of \a file, so that a rename into it is on the disk too (best effort). */
void syncFolder(const QString& file)
{
    Platform::syncToDisk(QFileInfo(file).absolutePath());
}

struct Pair
{
    const char* en;
    const char* fr;
};

// Skills per sector (same order as the official sectors), English and French.
const std::array<std::vector<Pair>, 7> kSkills = {{
    {{"Wound Care", "Soins des plaies"},
     {"Infection Prevention", "Prévention des infections"},
     {"Personal Support Work", "Soutien personnel"},
     {"Health Data Analytics", "Analyse de données en santé"},
     {"Clinical Documentation", "Documentation clinique"},
     {"Palliative Care", "Soins palliatifs"},
     {"Medical Device Safety", "Sécurité des dispositifs médicaux"},
     {"Pharmacy Assistance", "Assistance en pharmacie"}},
    {{"Robotics Programming", "Programmation robotique"},
     {"Lean Manufacturing", "Fabrication allégée"},
     {"Quality Assurance", "Assurance qualité"},
     {"CNC Machining", "Usinage CNC"},
     {"Industrial Automation", "Automatisation industrielle"},
     {"Additive Manufacturing", "Fabrication additive"},
     {"Welding Inspection", "Inspection du soudage"},
     {"Supply Chain Planning", "Planification de la chaîne d’approvisionnement"}},
    {{"Battery Systems", "Systèmes de batteries"},
     {"EV Charging Installation", "Installation de bornes de recharge"},
     {"High-Voltage Safety", "Sécurité haute tension"},
     {"Electric Powertrains", "Groupes motopropulseurs électriques"},
     {"Hybrid Vehicle Repair", "Réparation de véhicules hybrides"}},
    {{"Mineral Processing", "Traitement des minéraux"},
     {"Mine Safety", "Sécurité minière"},
     {"Geological Mapping", "Cartographie géologique"},
     {"Battery Metals Refining", "Raffinage des métaux pour batteries"},
     {"Environmental Monitoring", "Surveillance environnementale"}},
    {{"Crisis Intervention", "Intervention en situation de crise"},
     {"Trauma-Informed Practice", "Pratique tenant compte des traumatismes"},
     {"Accessible Design", "Conception accessible"},
     {"Peer Support", "Soutien par les pairs"},
     {"Addictions Counselling", "Counseling en dépendances"},
     {"Behaviour Support", "Soutien au comportement"}},
    {{"Residential Construction", "Construction résidentielle"},
     {"Building Code Essentials", "Notions essentielles du code du bâtiment"},
     {"Energy-Efficient Retrofits", "Rénovations écoénergétiques"},
     {"Modular Housing", "Habitations modulaires"},
     {"Property Maintenance", "Entretien des immeubles"}},
    {{"Digital Marketing", "Marketing numérique"},
     {"Business Analytics", "Analytique d’affaires"},
     {"Cybersecurity Fundamentals", "Fondements de la cybersécurité"},
     {"Project Management", "Gestion de projet"},
     {"Generative AI", "IA générative"},
     {"Hospitality Leadership", "Leadership en hôtellerie"},
     {"Agri-Food Safety", "Salubrité agroalimentaire"}},
}};

const std::vector<Pair> kAudiences = {
    {"for Frontline Workers", "pour le personnel de première ligne"},
    {"for Supervisors", "pour les superviseurs"},
    {"for Newcomers", "pour les personnes nouvellement arrivées"},
    {"for Small Employers", "pour les petits employeurs"},
    {"for Indigenous Learners", "pour les personnes apprenantes autochtones"},
    {"in Northern Communities", "dans les collectivités du Nord"},
    {"for Career Changers", "pour la réorientation professionnelle"},
    {"Essentials", "– notions de base"},
};

const std::vector<const char*> kPlaces = {
    "Algoma",    "Bruce",      "Cochrane",    "Durham",  "Elgin",    "Frontenac",
    "Grey",      "Haliburton", "Huron",       "Kenora",  "Lanark",   "Muskoka",
    "Nipissing", "Oxford",     "Parry Sound", "Peel",    "Prescott", "Rainy River",
    "Renfrew",   "Simcoe",     "Temiskaming", "Timmins", "Waterloo", "Wellington"};
const std::vector<const char*> kCompanyWords = {"Manufacturing",
                                                "Health Network",
                                                "Builders",
                                                "Energy",
                                                "Logistics",
                                                "Mining",
                                                "Auto Parts",
                                                "Care Homes",
                                                "Technologies",
                                                "Foods",
                                                "Housing Co-operative",
                                                "Community Services"};

const std::vector<QString> kRegions = {QStringLiteral("north"), QStringLiteral("east"),
                                       QStringLiteral("central"), QStringLiteral("toronto"),
                                       QStringLiteral("southwest")};

class Bulk
{
public:
    explicit Bulk(sqlite3* db)
        : m_db(db)
    {}
    bool exec(const char* sql)
    {
        char* msg = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
            m_error = QString::fromUtf8(msg ? msg : "?");
            sqlite3_free(msg);
            return false;
        }
        return true;
    }
    bool exec(const QString& sql) { return exec(sql.toUtf8().constData()); }
    bool exec(const QByteArray& sql) { return exec(sql.constData()); }
    sqlite3_stmt* prepare(const char* sql)
    {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_statements.push_back(st);
        return st;
    }
    bool step(sqlite3_stmt* st)
    {
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        return true;
    }
    /** Runs \a st and keeps its bindings, for the columns that hold the same value in every row. */
    bool run(sqlite3_stmt* st)
    {
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        return true;
    }
    ~Bulk()
    {
        for (sqlite3_stmt* st : m_statements)
            sqlite3_finalize(st);
    }
    QString error() const { return m_error; }

private:
    sqlite3* m_db;
    std::vector<sqlite3_stmt*> m_statements;
    QString m_error;
};

void bindText(sqlite3_stmt* st, int i, const QString& s)
{
    if (s.isNull()) {
        sqlite3_bind_null(st, i);
        return;
    }
    const QByteArray b = s.toUtf8();
    sqlite3_bind_text(st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
}

/** No text: bindUtf8 binds it as NULL. */
const QByteArray kNone;

/** Binds UTF-8 text without copying it: \a b must stay unchanged until the statement next runs (bind a
 *  named array, never a temporary; kNone for NULL). */
void bindUtf8(sqlite3_stmt* st, int i, const QByteArray& b)
{
    if (b.isNull())
        sqlite3_bind_null(st, i);
    else
        sqlite3_bind_text(st, i, b.constData(), int(b.size()), SQLITE_STATIC);
}

void bindUid(sqlite3_stmt* st, int i, const std::array<char, 36>& uid)
{
    sqlite3_bind_text(st, i, uid.data(), int(uid.size()), SQLITE_TRANSIENT);
}

void bindInt(sqlite3_stmt* st, int i, std::optional<qint64> v)
{
    if (v)
        sqlite3_bind_int64(st, i, *v);
    else
        sqlite3_bind_null(st, i);
}

// The sort key of \a text (see TextKey), computed once per distinct title: a generated workspace repeats a
// few hundred of them a million times.
QString keyOf(const QString& text)
{
    thread_local QHash<QString, QString> keys;
    auto it = keys.constFind(text);
    if (it == keys.cend()) {
        if (keys.size() > 100000)
            keys.clear();
        it = keys.insert(text, TextKey::of(text));
    }
    return *it;
}

// The sort keys of a record shown as \a en / \a fr (see SortKeys): bound at \a at and \a at + 1.
void bindKeys(sqlite3_stmt* st, int at, const QString& en, const QString& fr)
{
    const QString shownEn = en.isEmpty() ? fr : en;
    const QString shownFr = fr.isEmpty() ? en : fr;
    bindText(st, at, shownEn.isEmpty() ? QString() : keyOf(shownEn));
    bindText(st, at + 1, shownFr.isEmpty() ? QString() : keyOf(shownFr));
}

/**
 * Builds the micro-credentials' full-text index on a second thread, into a file of its own, from the texts
 * the generator wrote, while the first thread builds the table's indexes (a million rows: the 3 s of the
 * full-text index leave the generator's path). The file holds a contentless FTS5 table with the workspace
 * index's columns and tokenizer; an external-content table keeps its index in the same shadow tables, so
 * the generator then copies their rows into the workspace's.
 */
class SearchIndexBuilder
{
public:
    /** The texts of one document, by rowid: title and outcomes in English and in French (null for none). */
    using Texts = std::array<const QByteArray*, 4>;
    /** Starts the thread: \a definition creates the contentless table, \a texts gives the texts of a rowid
     *  (1 to \a rows); both must stay valid until finish(). */
    SearchIndexBuilder(const QString& path, const QByteArray& definition, qint64 rows,
                       std::function<Texts(qint64 rowid)> texts)
        : m_path(path)
        , m_definition(definition)
        , m_rows(rows)
        , m_texts(std::move(texts))
        , m_thread([this] { run(); })
    {}
    ~SearchIndexBuilder()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    /** Waits for the index to be written; false with \a error if it could not be. */
    bool finish(QString* error)
    {
        if (m_thread.joinable())
            m_thread.join();
        if (!m_error.isEmpty())
            *error = m_error;
        return m_error.isEmpty();
    }

private:
    void run()
    {
        sqlite3* db = nullptr;
        sqlite3_stmt* insert = nullptr;
        const auto exec = [&](const char* sql) {
            return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        };
        bool ok = sqlite3_open_v2(QFile::encodeName(m_path).constData(), &db,
                                  SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                  nullptr) == SQLITE_OK &&
                  exec("PRAGMA journal_mode = OFF") && exec("PRAGMA synchronous = OFF") && exec("BEGIN") &&
                  exec(m_definition.constData()) &&
                  // 64 MB of terms in memory before a segment is written, as for the rebuilds.
                  exec("INSERT INTO credential_fts(credential_fts, rank) VALUES ('hashsize', 67108864)") &&
                  sqlite3_prepare_v2(db,
                                     "INSERT INTO credential_fts(rowid, title_en, title_fr, outcomes_en, "
                                     "outcomes_fr) VALUES (?,?,?,?,?)",
                                     -1, &insert, nullptr) == SQLITE_OK;
        for (qint64 rowid = 1; rowid <= m_rows && ok; ++rowid) {
            const Texts texts = m_texts(rowid);
            sqlite3_bind_int64(insert, 1, rowid);
            for (size_t t = 0; t < texts.size(); ++t)
                bindUtf8(insert, int(t) + 2, texts[t] ? *texts[t] : kNone);
            ok = sqlite3_step(insert) == SQLITE_DONE;
            sqlite3_reset(insert);
        }
        ok = ok && exec("INSERT INTO credential_fts(credential_fts, rank) VALUES ('hashsize', 1048576)") &&
             exec("COMMIT");
        if (!ok)
            m_error = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_finalize(insert);
        sqlite3_close(db);
    }

    const QString m_path;
    const QByteArray m_definition;
    const qint64 m_rows;
    const std::function<Texts(qint64)> m_texts;
    QString m_error;
    std::thread m_thread; // last: it starts once everything above is made
};

struct GenProject
{
    QByteArray uid;
    int round;
    int institution;
    int sector;
    int status; ///< index into the status list
    std::optional<qint64> approved;
};

/** The distinct values met in a column, each named by a small code: what ANALYZE counts in its index. */
class DistinctCodes
{
public:
    void note(size_t code)
    {
        if (code >= m_seen.size())
            m_seen.resize(code + 1, false);
        if (!m_seen[code]) {
            m_seen[code] = true;
            ++m_count;
        }
    }
    qint64 count() const { return m_count; }
    /** The codes met, in order. */
    std::vector<size_t> codes() const
    {
        std::vector<size_t> out;
        for (size_t c = 0; c < m_seen.size(); ++c)
            if (m_seen[c])
                out.push_back(c);
        return out;
    }

private:
    std::vector<bool> m_seen;
    qint64 m_count = 0;
};

/**
 * ANALYZE, but for the micro-credentials' indexes, whose statistics are written from the numbers of
 * distinct values that \a distinct gives for their column (\a rows rows): the figures ANALYZE would write,
 * "rows (rows + distinct - 1) / distinct", without reading the table again. An index of the table that is
 * not on one of those columns alone has the table analysed as ANALYZE does.
 */
bool analyze(Bulk& bulk, qint64 rows, const std::map<QByteArray, qint64>& distinct)
{
    sqlite3_stmt* list = bulk.prepare(
        "SELECT il.name, il.partial, COUNT(*), MIN(ii.name) FROM pragma_index_list('micro_credential') il "
        "JOIN pragma_index_info(il.name) ii GROUP BY il.name, il.partial");
    std::vector<std::pair<QByteArray, QByteArray>> stats; // index, stat
    bool known = rows > 0;
    while (sqlite3_step(list) == SQLITE_ROW) {
        const QByteArray index(reinterpret_cast<const char*>(sqlite3_column_text(list, 0)));
        const auto column =
            distinct.find(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(list, 3))));
        if (sqlite3_column_int(list, 1) != 0 || sqlite3_column_int(list, 2) != 1 ||
            column == distinct.end() || column->second <= 0) {
            known = false;
            continue;
        }
        stats.emplace_back(index, QByteArray::number(rows) + ' ' +
                                      QByteArray::number((rows + column->second - 1) / column->second));
    }
    sqlite3_reset(list);
    if (!known)
        return bulk.exec("ANALYZE");
    sqlite3_stmt* tables =
        bulk.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'micro_credential' AND "
                     "name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    QList<QByteArray> names;
    while (sqlite3_step(tables) == SQLITE_ROW)
        names << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(tables, 0)));
    sqlite3_reset(tables);
    bool ok = true;
    for (const QByteArray& name : names)
        ok = ok && bulk.exec("ANALYZE \"" + QByteArray(name).replace('"', "\"\"") + '"');
    sqlite3_stmt* insert =
        bulk.prepare("INSERT INTO sqlite_stat1(tbl, idx, stat) VALUES ('micro_credential', ?, ?)");
    for (const auto& [index, stat] : stats) {
        bindUtf8(insert, 1, index);
        bindUtf8(insert, 2, stat);
        ok = ok && bulk.step(insert);
    }
    return ok;
}

} // namespace

bool Generator::generate(const QString& path, const GeneratorOptions& o, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (o.projects < 0 || o.credentials < 0)
        return fail(tr("The numbers of projects and micro-credentials cannot be negative."));
    if (o.projects > 10000000 || o.credentials > 50000000)
        return fail(tr("At most 10,000,000 projects and 50,000,000 micro-credentials can be generated."));
    if (o.credentials > 0 && o.projects == 0)
        return fail(tr("Micro-credentials need at least one project to belong to."));
    if (QFileInfo::exists(path))
        return fail(tr("“%1” already exists; choose a new file name.").arg(path));

    const QString temp = path + QStringLiteral(".generating");
    // A generate killed earlier may have left its temporary file and, beside it, a write-ahead log or
    // journal. They go too: SQLite would replay a stale log into the new file and damage it.
    removeWithSidecars(temp);
    // Where SearchIndexBuilder writes the credentials' full-text index, beside the temporary file.
    const QString searchPart = temp + QStringLiteral("-search");
    removeWithSidecars(searchPart);
    {
        Database schema;
        if (!schema.create(temp, WorkspaceKind::Synthetic, error))
            return false;
        schema.setMeta(QStringLiteral("generator"),
                       QStringLiteral("projects=%1 credentials=%2 seed=%3")
                           .arg(o.projects)
                           .arg(o.credentials)
                           .arg(o.seed),
                       nullptr);
        schema.close();
    }
    sqlite3* raw = nullptr;
    // One thread uses this connection: SQLite's lock around each call is not needed.
    if (sqlite3_open_v2(QFile::encodeName(temp).constData(), &raw,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(raw);
        removeWithSidecars(temp);
        return fail(tr("Cannot write “%1”.").arg(temp));
    }
    bool ok = true;
    QString why;
    {
        Bulk bulk(raw);
        Rng rng(o.seed);
        const QJsonObject official = OfficialDataset::document();
        const QString stamp = QStringLiteral("2025-01-15T12:00:00.000Z");
        auto report = [&](int pct) { return !o.progress || o.progress(pct); };
        QElapsedTimer phaseTimer;
        phaseTimer.start();
        auto phase = [&](const char* name) {
            // What each phase wrote starts on its way to the disk while the next one works, so that the
            // sync at the end has little left to wait for (a million rows: 2.8 s of waiting otherwise).
            Platform::startWriteBack(temp);
            if (o.phaseDone)
                o.phaseDone(name, phaseTimer.restart());
        };

        // The definition of the credentials' full-text index made contentless, for SearchIndexBuilder (empty
        // if the schema no longer has the expected form: the index is then rebuilt in place).
        QByteArray contentlessSearch;
        // Indexes and full-text triggers are dropped for the bulk load and rebuilt once at the end:
        // building an index over sorted data is far faster than keeping it up to date row by row.
        QStringList recreate;
        {
            sqlite3_stmt* st =
                bulk.prepare("SELECT name, type, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                             "((type = 'index' AND tbl_name IN ('project','micro_credential',"
                             "'partner','project_partner','review','decision','change_log')) OR (type = "
                             "'trigger' AND name LIKE '%fts%'))");
            QStringList drops;
            while (sqlite3_step(st) == SQLITE_ROW) {
                const QString name =
                    QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
                const QString type =
                    QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
                recreate << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 2)));
                drops << QStringLiteral("DROP %1 %2").arg(type, name);
            }
            sqlite3_reset(st);
            sqlite3_stmt* fts = bulk.prepare(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'credential_fts'");
            if (sqlite3_step(fts) == SQLITE_ROW) {
                const QByteArray external(reinterpret_cast<const char*>(sqlite3_column_text(fts, 0)));
                const QByteArray content("content='micro_credential', content_rowid='rowid'");
                if (external.count(content) == 1)
                    contentlessSearch = QByteArray(external).replace(content, "content=''");
            }
            sqlite3_reset(fts);
            // The bulk load runs with no journal at all: the file is temporary until it is renamed, and a
            // failed run removes it. The schema came in write-ahead-log mode, which refuses journal_mode =
            // OFF (and would write every page twice): it leaves, and comes back at the end. The empty
            // schema also moves to 16 KB pages: a million-row workspace then takes a quarter of the
            // reads and writes (a million credentials: 20 s in all, 24 s with 4 KB pages).
            ok = bulk.exec("PRAGMA journal_mode = DELETE") && bulk.exec("PRAGMA page_size = 16384") &&
                 bulk.exec("VACUUM") && bulk.exec("PRAGMA journal_mode = OFF") &&
                 bulk.exec("PRAGMA synchronous = OFF") && bulk.exec("PRAGMA foreign_keys = OFF") &&
                 bulk.exec("PRAGMA cache_size = -200000") &&

                 bulk.exec("BEGIN");
            for (const QString& d : drops)
                ok = ok && bulk.exec(d);
        }

        // Sectors: the official seven.
        std::vector<QString> sectorUids;
        sqlite3_stmt* sector =
            bulk.prepare("INSERT INTO sector(uid, code, name_en, name_fr, sort_order, created_at, "
                         "updated_at, version, sort_en, sort_fr) VALUES (?,?,?,?,?,?,?,1,?,?)");
        int order = 0;
        for (const QJsonValue& v : official.value(QStringLiteral("sectors")).toArray()) {
            const QJsonObject s = v.toObject();
            sectorUids.push_back(OfficialDataset::stableUid(QStringLiteral("sector"),
                                                            s.value(QStringLiteral("code")).toString()));
            bindText(sector, 1, sectorUids.back());
            bindText(sector, 2, s.value(QStringLiteral("code")).toString());
            bindText(sector, 3, s.value(QStringLiteral("name_en")).toString());
            bindText(sector, 4, s.value(QStringLiteral("name_fr")).toString());
            sqlite3_bind_int(sector, 5, ++order);
            bindText(sector, 6, stamp);
            bindText(sector, 7, stamp);
            bindKeys(sector, 8, s.value(QStringLiteral("name_en")).toString(),
                     s.value(QStringLiteral("name_fr")).toString());
            ok = ok && bulk.step(sector);
        }
        // Sector weights: priority sectors get most of the applications.
        const std::vector<int> sectorWeights = {30, 20, 10, 6, 14, 8, 12};
        auto pickSector = [&]() {
            qint64 r = rng.range(1, 100);
            for (int i = 0; i < int(sectorWeights.size()); ++i)
                if ((r -= sectorWeights[size_t(i)]) <= 0)
                    return i;
            return int(sectorWeights.size()) - 1;
        };

        // Institutions: the 36 official ones, then more for large workspaces.
        struct Inst
        {
            QString uid;
            QString type;
        };
        std::vector<Inst> institutions;
        sqlite3_stmt* inst =
            bulk.prepare("INSERT INTO institution(uid, name_en, name_fr, short_name, type, region, "
                         "language, created_at, updated_at, version, sort_en, sort_fr) "
                         "VALUES (?,?,?,?,?,?,?,?,?,1,?,?)");
        auto addInstitution = [&](const QString& uid, const QString& en, const QString& fr,
                                  const QString& shortName, const QString& type, const QString& region,
                                  const QString& language) {
            bindText(inst, 1, uid);
            bindText(inst, 2, en.isEmpty() ? QString() : en);
            bindText(inst, 3, fr.isEmpty() ? QString() : fr);
            bindText(inst, 4, shortName);
            bindText(inst, 5, type);
            bindText(inst, 6, region);
            bindText(inst, 7, language);
            bindText(inst, 8, stamp);
            bindText(inst, 9, stamp);
            bindKeys(inst, 10, en, fr);
            ok = ok && bulk.step(inst);
            institutions.push_back({uid, type});
        };
        for (const QJsonValue& v : official.value(QStringLiteral("institutions")).toArray()) {
            const QJsonObject i = v.toObject();
            addInstitution(
                OfficialDataset::stableUid(QStringLiteral("institution"),
                                           i.value(QStringLiteral("key")).toString()),
                i.value(QStringLiteral("name_en")).toString(), i.value(QStringLiteral("name_fr")).toString(),
                i.value(QStringLiteral("short_name")).toString(), i.value(QStringLiteral("type")).toString(),
                i.value(QStringLiteral("region")).toString(), i.value(QStringLiteral("language")).toString());
        }
        const qint64 extraInstitutions = qMin<qint64>(200, o.projects / 1000);
        const std::vector<QString> types = {QStringLiteral("college"), QStringLiteral("university"),
                                            QStringLiteral("career_college"),
                                            QStringLiteral("indigenous_institute")};
        for (qint64 i = 0; i < extraInstitutions; ++i) {
            const QString place = QString::fromLatin1(kPlaces[size_t(i % qint64(kPlaces.size()))]);
            const QString type = types[size_t(rng.range(0, 3))];
            const qint64 n = i / qint64(kPlaces.size()) + 1;
            QString en, fr;
            if (type == QLatin1String("university")) {
                en = QStringLiteral("University of %1 %2").arg(place).arg(n);
                fr = QStringLiteral("Université de %1 %2").arg(place).arg(n);
            } else if (type == QLatin1String("indigenous_institute")) {
                en = QStringLiteral("%1 Indigenous Institute %2").arg(place).arg(n);
            } else if (type == QLatin1String("career_college")) {
                en = QStringLiteral("%1 Career College %2").arg(place).arg(n);
            } else {
                en = QStringLiteral("%1 College %2").arg(place).arg(n);
                if (rng.chance(30))
                    fr = QStringLiteral("Collège de %1 %2").arg(place).arg(n);
            }
            addInstitution(rng.uidString(), en, fr, QStringLiteral("%1 %2").arg(place.left(6)).arg(n), type,
                           kRegions[size_t(rng.range(0, 4))],
                           fr.isEmpty() ? QStringLiteral("en") : QStringLiteral("bilingual"));
        }

        // Rounds: the two real ones, then one more per 5,000 projects.
        const int roundCount = int(qMin<qint64>(40, 2 + o.projects / 5000));
        std::vector<QString> roundUids;
        std::vector<qint64> roundRequested(size_t(roundCount), 0);
        for (int r = 1; r <= roundCount; ++r)
            roundUids.push_back(OfficialDataset::stableUid(QStringLiteral("round"), QString::number(r)));

        // Projects.
        const std::vector<QString> statuses = {QStringLiteral("draft"),     QStringLiteral("submitted"),
                                               QStringLiteral("in_review"), QStringLiteral("approved"),
                                               QStringLiteral("declined"),  QStringLiteral("withdrawn"),
                                               QStringLiteral("completed")};
        const std::vector<int> statusWeights = {5, 15, 15, 35, 15, 5, 10};
        std::vector<GenProject> projects;
        projects.reserve(size_t(o.projects));
        sqlite3_stmt* proj = bulk.prepare(
            "INSERT INTO project(uid, round_uid, institution_uid, title_en, title_fr, original_language, "
            "sector_uid, "
            "sector_assigned_by, status, project_type, requested_cents, approved_cents, target_learners, "
            "planned_credentials, start_on, end_on, summary_en, summary_fr, created_at, updated_at, version, "
            "sort_en, "
            "sort_fr) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?)");
        // Every title a project can have (skill, audience, level), with its sort keys, and every summary,
        // made once in UTF-8: 100,000 rows then bind them without building or converting text (the
        // projects took 1.1 s, most of it making the same few thousand strings again).
        struct ProjectText
        {
            QByteArray en, fr, keyEn, keyFr;
        };
        std::array<std::vector<std::vector<std::array<ProjectText, 4>>>, kSkills.size()> projectTexts;
        std::array<std::vector<std::array<QByteArray, 2>>, kSkills.size()> summaries;
        for (size_t sector = 0; sector < kSkills.size(); ++sector) {
            for (const Pair& skill : kSkills[sector]) {
                summaries[sector].push_back({QStringLiteral("Employer-led training in %1.")
                                                 .arg(QString::fromUtf8(skill.en).toLower())
                                                 .toUtf8(),
                                             QStringLiteral("Formation dirigée par des employeurs en %1.")
                                                 .arg(QString::fromUtf8(skill.fr).toLower())
                                                 .toUtf8()});
                std::vector<std::array<ProjectText, 4>> byAudience;
                for (const Pair& audience : kAudiences) {
                    std::array<ProjectText, 4> byLevel;
                    for (int level = 1; level <= 4; ++level) {
                        QString en = QStringLiteral("%1 %2").arg(QString::fromUtf8(skill.en),
                                                                 QString::fromUtf8(audience.en));
                        QString fr = QStringLiteral("%1 %2").arg(QString::fromUtf8(skill.fr),
                                                                 QString::fromUtf8(audience.fr));
                        if (level > 1) {
                            en += QStringLiteral(" – Level %1").arg(level);
                            fr += QStringLiteral(" – niveau %1").arg(level);
                        }
                        byLevel[size_t(level - 1)] = {en.toUtf8(), fr.toUtf8(), TextKey::of(en).toUtf8(),
                                                      TextKey::of(fr).toUtf8()};
                    }
                    byAudience.push_back(std::move(byLevel));
                }
                projectTexts[sector].push_back(std::move(byAudience));
            }
        }
        std::vector<QByteArray> roundUids8, institutionUids8, sectorUids8, statuses8;
        for (const QString& uid : roundUids)
            roundUids8.push_back(uid.toUtf8());
        for (const Inst& in : institutions)
            institutionUids8.push_back(in.uid.toUtf8());
        for (const QString& uid : sectorUids)
            sectorUids8.push_back(uid.toUtf8());
        for (const QString& status : statuses)
            statuses8.push_back(status.toUtf8());
        const QByteArray stampUtf8 = stamp.toUtf8(), userCode("user"), stackCode("stack"),
                         singleCode("single"), englishCode("en"), frenchCode("fr");
        bindUtf8(proj, 8, userCode);
        bindUtf8(proj, 19, stampUtf8);
        bindUtf8(proj, 20, stampUtf8);
        for (qint64 i = 0; i < o.projects && ok; ++i) {
            GenProject p;
            p.uid = rng.uidUtf8();
            // Later rounds hold more projects, as a growing fund would.
            p.round = int(rng.range(0, roundCount - 1));
            p.institution = int(rng.range(0, qint64(institutions.size()) - 1));
            p.sector = pickSector();
            const size_t skill = size_t(rng.range(0, qint64(kSkills[size_t(p.sector)].size()) - 1));
            const size_t audience = size_t(rng.range(0, qint64(kAudiences.size()) - 1));
            const qint64 level = rng.range(1, 4);
            const ProjectText& text = projectTexts[size_t(p.sector)][skill][audience][size_t(level - 1)];
            const bool isFrench = rng.chance(15);
            // Some records lack a translation, as real returns do.
            const bool missing = rng.chance(10);
            const bool hasEn = !(missing && isFrench);
            const bool hasFr = !(missing && !isFrench);
            qint64 w = rng.range(1, 100);
            int s = 0;
            while ((w -= statusWeights[size_t(s)]) > 0)
                ++s;
            const QString& status = statuses[size_t(s)];
            const bool stack = rng.chance(25);
            const qint64 cap = stack ? 30000000 : 5000000;
            const qint64 requested = rng.range(cap / 5, cap) / 100 * 100;
            std::optional<qint64> approved;
            if (status == QLatin1String("approved") || status == QLatin1String("completed"))
                approved = rng.chance(70) ? requested : rng.range(requested / 2, requested) / 100 * 100;
            const int year = 2021 + qMin(p.round, 5);
            const QDate start(year, int(rng.range(1, 12)), int(rng.range(1, 28)));
            bindUtf8(proj, 1, p.uid);
            bindUtf8(proj, 2, roundUids8[size_t(p.round)]);
            bindUtf8(proj, 3, institutionUids8[size_t(p.institution)]);
            bindUtf8(proj, 4, hasEn ? text.en : kNone);
            bindUtf8(proj, 5, hasFr ? text.fr : kNone);
            bindUtf8(proj, 6, isFrench ? frenchCode : englishCode);
            bindUtf8(proj, 7, sectorUids8[size_t(p.sector)]);
            bindUtf8(proj, 9, statuses8[size_t(s)]);
            bindUtf8(proj, 10, stack ? stackCode : singleCode);
            bindInt(proj, 11, requested);
            bindInt(proj, 12, approved);
            bindInt(proj, 13, rng.range(10, 400));
            bindInt(proj, 14, stack ? rng.range(5, 10) : 1);
            char startOn[16], endOn[16];
            const QDate end = start.addMonths(rng.range(6, 24));
            sqlite3_bind_text(proj, 15, startOn,
                              std::snprintf(startOn, sizeof startOn, "%04d-%02d-%02d", start.year(),
                                            start.month(), start.day()),
                              SQLITE_STATIC);
            sqlite3_bind_text(
                proj, 16, endOn,
                std::snprintf(endOn, sizeof endOn, "%04d-%02d-%02d", end.year(), end.month(), end.day()),
                SQLITE_STATIC);
            bindUtf8(proj, 17, hasEn ? summaries[size_t(p.sector)][skill][0] : kNone);
            bindUtf8(proj, 18, hasFr ? summaries[size_t(p.sector)][skill][1] : kNone);
            // The keys of the title as shown in each language, from the other when one is missing.
            bindUtf8(proj, 21, hasEn ? text.keyEn : text.keyFr);
            bindUtf8(proj, 22, hasFr ? text.keyFr : text.keyEn);
            ok = bulk.run(proj);
            if (status != QLatin1String("draft") && status != QLatin1String("withdrawn"))
                roundRequested[size_t(p.round)] += requested;
            p.status = s;
            p.approved = approved;
            projects.push_back(p);
            if (i % 20000 == 0 && !report(int(10 * i / qMax<qint64>(1, o.projects))))
                ok = false, why = tr("Cancelled.");
        }

        phase(QT_TRANSLATE_NOOP("mcfund::Generator", "projects"));
        // Micro-credentials, each from a project and its institution.
        const std::vector<const char*> modules = {"Foundations", "Applied Practice", "Advanced Topics",
                                                  "Capstone", "Workplace Project"};
        const std::vector<const char*> modulesFr = {"Fondements", "Pratique appliquée", "Sujets avancés",
                                                    "Projet de synthèse", "Projet en milieu de travail"};
        // Every title a credential can have, with its outcomes and sort keys, made once (in UTF-8) for
        // each skill and module: a million rows then bind them without building or converting text.
        struct CredentialText
        {
            QByteArray en, fr, outcomesEn, outcomesFr, keyEn, keyFr;
            size_t id = 0; ///< its place among all of them
        };
        std::array<std::vector<std::vector<CredentialText>>, kSkills.size()> texts;
        size_t textCount = 0;
        for (size_t sector = 0; sector < kSkills.size(); ++sector) {
            for (const Pair& skill : kSkills[sector]) {
                std::vector<CredentialText> byModule;
                for (size_t m = 0; m < modules.size(); ++m) {
                    const QString en = QStringLiteral("%1: %2").arg(QString::fromUtf8(skill.en),
                                                                    QString::fromLatin1(modules[m]));
                    const QString fr = QStringLiteral("%1 : %2").arg(QString::fromUtf8(skill.fr),
                                                                     QString::fromUtf8(modulesFr[m]));
                    byModule.push_back({en.toUtf8(), fr.toUtf8(),
                                        QStringLiteral("Apply %1 on the job.")
                                            .arg(QString::fromUtf8(skill.en).toLower())
                                            .toUtf8(),
                                        QStringLiteral("Appliquer %1 au travail.")
                                            .arg(QString::fromUtf8(skill.fr).toLower())
                                            .toUtf8(),
                                        TextKey::of(en).toUtf8(), TextKey::of(fr).toUtf8(), textCount++});
                }
                texts[sector].push_back(std::move(byModule));
            }
        }
        const std::vector<QByteArray> deliveries8 = {"online", "in_person", "hybrid", "work_integrated"};
        const std::vector<QByteArray> credStatuses8 = {"in_development", "offered", "offered", "retired"};
        const QByteArray stamp8 = stamp.toUtf8(), english("en"), french("fr");
        sqlite3_stmt* cred =
            bulk.prepare("INSERT INTO micro_credential(uid, institution_uid, project_uid, title_en, "
                         "title_fr, sector_uid, delivery, "
                         "hours, weeks, tuition_cents, osap_approved, status, language, learners_enrolled, "
                         "learners_completed, "
                         "cip_code, noc_codes, outcomes_en, outcomes_fr, assessment, url, created_at, "
                         "updated_at, version, sort_en, "
                         "sort_fr) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,NULL,?,?,1,?,?)");
        bindUtf8(cred, 20, stamp8);
        bindUtf8(cred, 21, stamp8);
        // What SearchIndexBuilder needs of each row, in rowid order: its texts, and which languages it has.
        struct Written
        {
            const CredentialText* text;
            bool hasEn, hasFr;
        };
        std::vector<Written> written;
        if (!contentlessSearch.isEmpty())
            written.reserve(size_t(o.credentials));
        // The distinct values of each indexed column, noted as the rows are made: the statistics of the
        // credentials' indexes then need no second reading of a million rows (ANALYZE's 0.8 s).
        std::map<QByteArray, DistinctCodes> distinct;
        DistinctCodes &seenInstitution = distinct["institution_uid"], &seenProject = distinct["project_uid"],
                      &seenSector = distinct["sector_uid"], &seenDelivery = distinct["delivery"],
                      &seenHours = distinct["hours"], &seenWeeks = distinct["weeks"],
                      &seenTuition = distinct["tuition_cents"], &seenOsap = distinct["osap_approved"],
                      &seenStatus = distinct["status"], &seenLanguage = distinct["language"],
                      &seenSortEn = distinct["sort_en"], &seenSortFr = distinct["sort_fr"];
        for (qint64 i = 0; i < o.credentials && ok; ++i) {
            const size_t projectAt = size_t(rng.range(0, qint64(projects.size()) - 1));
            const GenProject& p = projects[projectAt];
            const auto& bySkill = texts[size_t(p.sector)];
            const CredentialText& t = bySkill[size_t(rng.range(0, qint64(bySkill.size()) - 1))]
                                             [size_t(rng.range(0, qint64(modules.size()) - 1))];
            const bool isFrench = rng.chance(15);
            // Some records lack a translation; the sort keys then come from the language there is.
            const bool missing = rng.chance(8);
            const bool hasEn = !(missing && isFrench);
            const bool hasFr = !(missing && !isFrench);
            const qint64 hours = rng.chance(90) ? rng.range(5, 300) : rng.range(301, 600);
            // Paced as courses are, 4 to 35 hours a week: never 200 hours in one week.
            const qint64 perWeek = rng.range(4, 35);
            const qint64 weeks = std::clamp<qint64>((hours + perWeek - 1) / perWeek, 1, 52);
            // Only a credential of an OSAP-eligible length can be approved (the rule lives in the domain).
            const bool eligible = MicroCredential::osapEligibleLength(hours, weeks);
            const qint64 enrolled = rng.range(0, 120);
            bindUid(cred, 1, rng.uid());
            bindUtf8(cred, 2, institutionUids8[size_t(p.institution)]);
            bindUtf8(cred, 3, p.uid);
            bindUtf8(cred, 4, hasEn ? t.en : kNone);
            bindUtf8(cred, 5, hasFr ? t.fr : kNone);
            bindUtf8(cred, 6, sectorUids8[size_t(p.sector)]);
            const QByteArray& delivery = rng.pick(deliveries8);
            bindUtf8(cred, 7, delivery);
            sqlite3_bind_int64(cred, 8, hours);
            sqlite3_bind_int64(cred, 9, weeks);
            const qint64 tuition = rng.range(0, 300000) / 500 * 500;
            sqlite3_bind_int64(cred, 10, tuition);
            const int osap = eligible && rng.chance(60) ? 1 : 0;
            sqlite3_bind_int(cred, 11, osap);
            const QByteArray& status = rng.pick(credStatuses8);
            bindUtf8(cred, 12, status);
            bindUtf8(cred, 13, isFrench ? french : english);
            seenInstitution.note(size_t(p.institution));
            seenProject.note(projectAt);
            seenSector.note(size_t(p.sector));
            seenDelivery.note(size_t(&delivery - deliveries8.data()));
            seenHours.note(size_t(hours));
            seenWeeks.note(size_t(weeks));
            seenTuition.note(size_t(tuition / 500));
            seenOsap.note(size_t(osap));
            // "offered" is there twice, to be picked twice as often: one value.
            seenStatus.note(size_t(std::find(credStatuses8.begin(), credStatuses8.end(), status) -
                                   credStatuses8.begin()));
            seenLanguage.note(isFrench ? 1 : 0);
            seenSortEn.note(t.id * 2 + (hasEn ? 0 : 1));
            seenSortFr.note(t.id * 2 + (hasFr ? 1 : 0));
            sqlite3_bind_int64(cred, 14, enrolled);
            sqlite3_bind_int64(cred, 15, rng.range(0, enrolled));
            const int cipField = int(rng.range(11, 52));
            const int cipCode = int(rng.range(100, 9999));
            char cip[16], noc[16];
            sqlite3_bind_text(cred, 16, cip, std::snprintf(cip, sizeof cip, "%d.%04d", cipField, cipCode),
                              SQLITE_STATIC);
            sqlite3_bind_text(cred, 17, noc,
                              std::snprintf(noc, sizeof noc, "%d", int(rng.range(10000, 99999))),
                              SQLITE_STATIC);
            bindUtf8(cred, 18, hasEn ? t.outcomesEn : kNone);
            bindUtf8(cred, 19, hasFr ? t.outcomesFr : kNone);
            bindUtf8(cred, 22, hasEn ? t.keyEn : t.keyFr);
            bindUtf8(cred, 23, hasFr ? t.keyFr : t.keyEn);
            ok = bulk.run(cred);
            // The table was empty: its rowids run from 1 (checked, or the index is rebuilt in place).
            if (!contentlessSearch.isEmpty() && sqlite3_last_insert_rowid(raw) == i + 1)
                written.push_back({&t, hasEn, hasFr});
            else
                contentlessSearch.clear();
            if (i % 50000 == 0 && !report(10 + int(70 * i / qMax<qint64>(1, o.credentials))))
                ok = false, why = tr("Cancelled.");
        }

        // The number of distinct values of each indexed column; the sort keys are counted by their text,
        // which two titles may share.
        std::map<QByteArray, qint64> distinctCount;
        {
            std::vector<const CredentialText*> byId(textCount);
            for (const auto& bySkill : texts)
                for (const auto& byModule : bySkill)
                    for (const CredentialText& t : byModule)
                        byId[t.id] = &t;
            for (const auto& [column, codes] : distinct) {
                if (column != "sort_en" && column != "sort_fr") {
                    distinctCount[column] = codes.count();
                    continue;
                }
                QSet<QByteArray> keys;
                for (const size_t code : codes.codes())
                    keys.insert(code % 2 == 0 ? byId[code / 2]->keyEn : byId[code / 2]->keyFr);
                distinctCount[column] = keys.size();
            }
            distinctCount["uid"] = o.credentials;
        }
        phase(QT_TRANSLATE_NOOP("mcfund::Generator", "micro-credentials"));
        std::optional<SearchIndexBuilder> search;
        if (ok && !contentlessSearch.isEmpty()) {
            search.emplace(searchPart, contentlessSearch, o.credentials,
                           [&written](qint64 rowid) -> SearchIndexBuilder::Texts {
                               const Written& w = written[size_t(rowid - 1)];
                               return {w.hasEn ? &w.text->en : nullptr, w.hasFr ? &w.text->fr : nullptr,
                                       w.hasEn ? &w.text->outcomesEn : nullptr,
                                       w.hasFr ? &w.text->outcomesFr : nullptr};
                           });
        }
        // Rounds, with envelopes that fit the applications.
        sqlite3_stmt* round = bulk.prepare("INSERT INTO funding_round(uid, number, name_en, name_fr, "
                                           "fiscal_year, announced_on, intake_opens, "
                                           "intake_closes, envelope_cents, target_projects, status, "
                                           "created_at, updated_at, version, sort_en, sort_fr) "
                                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?)");
        for (int r = 0; r < roundCount && ok; ++r) {
            const int number = r + 1;
            const int year = 2020 + number;
            // About 60 % of what was asked for, to the next $100,000: enough to fund the best applications,
            // not all of them, so that the ranking shows where the envelope runs out.
            const qint64 envelope = (roundRequested[size_t(r)] * 6 / 10 / 10000000 + 1) * 10000000;
            bindText(round, 1, roundUids[size_t(r)]);
            sqlite3_bind_int(round, 2, number);
            bindText(round, 3, QStringLiteral("Round %1").arg(number));
            bindText(round, 4, QStringLiteral("Volet %1").arg(number));
            bindText(round, 5,
                     QStringLiteral("%1–%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0')));
            bindText(round, 6, QStringLiteral("%1-04-30").arg(year));
            bindText(round, 7, QStringLiteral("%1-04-30").arg(year));
            bindText(round, 8, QStringLiteral("%1-06-25").arg(year));
            bindInt(round, 9, envelope);
            bindInt(round, 10, std::nullopt);
            bindText(round, 11,
                     number == roundCount ? QStringLiteral("in_review") : QStringLiteral("closed"));
            bindText(round, 12, stamp);
            bindText(round, 13, stamp);
            bindKeys(round, 14, QStringLiteral("Round %1").arg(number),
                     QStringLiteral("Volet %1").arg(number));
            ok = bulk.step(round);
        }
        sqlite3_stmt* prio =
            bulk.prepare("INSERT INTO round_sector(round_uid, sector_uid, is_priority) VALUES (?,?,1)");
        for (int r = 0; r < roundCount && ok; ++r) {
            for (size_t s = 0; s + 1 < sectorUids.size() && ok; ++s) {
                bindText(prio, 1, roundUids[size_t(r)]);
                bindText(prio, 2, sectorUids[s]);
                ok = bulk.step(prio);
            }
        }

        // Round rules (the official ones for rounds 1 and 2, Round 2's after that) and the default rubric.
        {
            QHash<int, QJsonObject> officialRules;
            for (const QJsonValue& v : official.value(QStringLiteral("rounds")).toArray())
                officialRules.insert(v.toObject().value(QStringLiteral("number")).toInt(),
                                     v.toObject().value(QStringLiteral("rules")).toObject());
            sqlite3_stmt* rule = bulk.prepare("INSERT INTO round_rule(round_uid, key, value) VALUES (?,?,?)");
            sqlite3_stmt* criterion = bulk.prepare(
                "INSERT INTO review_criterion(uid, round_uid, name_en, name_fr, weight, max_score, "
                "sort_order, created_at, updated_at, version) VALUES (?,?,?,?,?,5,?,?,?,1)");
            for (int r = 0; r < roundCount && ok; ++r) {
                const QJsonObject rules = officialRules.value(r == 0 ? 1 : 2);
                for (auto it = rules.begin(); it != rules.end() && ok; ++it) {
                    bindText(rule, 1, roundUids[size_t(r)]);
                    bindText(rule, 2, it.key());
                    bindText(rule, 3,
                             QString::fromUtf8(
                                 QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)));
                    ok = bulk.step(rule);
                }
                int order = 0;
                for (const DefaultCriteria::Criterion& d : DefaultCriteria::all()) {
                    bindUid(criterion, 1, rng.uid());
                    bindText(criterion, 2, roundUids[size_t(r)]);
                    bindText(criterion, 3, d.nameEn);
                    bindText(criterion, 4, d.nameFr);
                    sqlite3_bind_int(criterion, 5, d.weight);
                    sqlite3_bind_int(criterion, 6, ++order);
                    bindText(criterion, 7, stamp);
                    bindText(criterion, 8, stamp);
                    ok = ok && bulk.step(criterion);
                }
            }
        }
        // Reviews and decisions of every application past submission, with their history in the change log.
        {
            // Read back the criteria uids written above, per round, in order.
            sqlite3_stmt* read =
                bulk.prepare("SELECT round_uid, uid FROM review_criterion ORDER BY round_uid, sort_order");
            // UTF-8 made once and bound without copies: the loops below run a million times.
            QHash<QString, std::vector<QByteArray>> byRoundUid;
            while (sqlite3_step(read) == SQLITE_ROW)
                byRoundUid[QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(read, 0)))]
                    .push_back(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(read, 1))));
            sqlite3_reset(read);
            std::vector<std::vector<QByteArray>> criteriaOf;
            for (const QString& r : roundUids)
                criteriaOf.push_back(byRoundUid.value(r));
            const std::vector<QByteArray> reviewers = {"a.tremblay", "j.singh",  "m.gagnon",
                                                       "s.nguyen",   "r.wilson", "l.roy"};
            const QByteArray stamp8 = stamp.toUtf8();
            const QByteArray approvedCode("approved"), submittedCode("submitted"), inReviewCode("in_review"),
                logDescription("decision (synthetic)");
            sqlite3_stmt* review = bulk.prepare(
                "INSERT INTO review(uid, project_uid, criterion_uid, reviewer, score, comment, created_at, "
                "updated_at, version) VALUES (?,?,?,?,?,NULL,?,?,1)");
            bindUtf8(review, 6, stamp8);
            bindUtf8(review, 7, stamp8);
            sqlite3_stmt* decision = bulk.prepare(
                "INSERT INTO decision(uid, project_uid, outcome, approved_cents, decided_by, decided_at, "
                "reason, created_at, updated_at, version) VALUES (?,?,?,?,?,?,NULL,?,?,1)");
            bindUtf8(decision, 7, stamp8);
            bindUtf8(decision, 8, stamp8);
            sqlite3_stmt* log = bulk.prepare(
                "INSERT INTO change_log(at, user, entity, uid, field, old, new, origin, batch, description) "
                "VALUES (?,?,'project',?,'status',?,?,'generate',?,?)");
            bindUtf8(log, 7, logDescription);
            for (size_t i = 0; i < projects.size() && ok; ++i) {
                const GenProject& p = projects[i];
                const QString& status = statuses[size_t(p.status)];
                const bool reviewed =
                    status == QLatin1String("in_review") || status == QLatin1String("approved") ||
                    status == QLatin1String("declined") || status == QLatin1String("completed");
                if (reviewed) {
                    // Approved applications score higher on the whole; reviewers sometimes disagree.
                    const qint64 base = status == QLatin1String("declined")
                                            ? 2
                                            : (status == QLatin1String("in_review") ? 3 : 4);
                    const qint64 count = rng.range(2, 3);
                    const size_t first = size_t(rng.range(0, qint64(reviewers.size()) - 1));
                    bindUtf8(review, 2, p.uid);
                    for (qint64 k = 0; k < count && ok; ++k) {
                        bindUtf8(review, 4, reviewers[(first + size_t(k)) % reviewers.size()]);
                        for (const QByteArray& c : criteriaOf[size_t(p.round)]) {
                            bindUid(review, 1, rng.uid());
                            bindUtf8(review, 3, c);
                            sqlite3_bind_int64(review, 5, std::clamp<qint64>(base + rng.range(-1, 1), 0, 5));
                            ok = ok && bulk.run(review);
                        }
                    }
                }
                if (status == QLatin1String("approved") || status == QLatin1String("declined") ||
                    status == QLatin1String("completed") || status == QLatin1String("withdrawn")) {
                    const QByteArray outcome =
                        status == QLatin1String("completed") ? approvedCode : status.toUtf8();
                    const QByteArray& who = reviewers[size_t(rng.range(0, qint64(reviewers.size()) - 1))];
                    const int month = int(rng.range(7, 12));
                    const int day = int(rng.range(1, 28));
                    char at[32];
                    const int atLength = std::snprintf(at, sizeof at, "%d-%02d-%02dT15:00:00.000Z",
                                                       2021 + qMin(p.round, 5), month, day);
                    bindUid(decision, 1, rng.uid());
                    bindUtf8(decision, 2, p.uid);
                    bindUtf8(decision, 3, outcome);
                    bindInt(decision, 4, outcome == approvedCode ? p.approved : std::nullopt);
                    bindUtf8(decision, 5, who);
                    sqlite3_bind_text(decision, 6, at, atLength, SQLITE_STATIC);
                    ok = ok && bulk.run(decision);
                    sqlite3_bind_text(log, 1, at, atLength, SQLITE_STATIC);
                    bindUtf8(log, 2, who);
                    bindUtf8(log, 3, p.uid);
                    bindUtf8(log, 4, status == QLatin1String("withdrawn") ? submittedCode : inReviewCode);
                    bindUtf8(log, 5, outcome);
                    bindUid(log, 6, rng.uid());
                    ok = ok && bulk.run(log);
                }
            }
        }

        phase(QT_TRANSLATE_NOOP("mcfund::Generator", "rounds, reviews and decisions"));
        // Partners: about one for every two projects, each linked to one to three projects.
        const qint64 partnerCount = qMax<qint64>(o.projects > 0 ? 1 : 0, o.projects / 2);
        const std::vector<QString> kinds = {QStringLiteral("employer"),
                                            QStringLiteral("employer"),
                                            QStringLiteral("industry_association"),
                                            QStringLiteral("training_provider"),
                                            QStringLiteral("community"),
                                            QStringLiteral("indigenous_community")};
        const std::vector<QString> roles = {QStringLiteral("lead_employer"), QStringLiteral("co_developer"),
                                            QStringLiteral("work_placement"), QStringLiteral("advisor")};
        sqlite3_stmt* partner =
            bulk.prepare("INSERT INTO partner(uid, name, kind, sector_uid, institution_uid, "
                         "created_at, updated_at, version, sort_en, sort_fr) "
                         "VALUES (?,?,?,?,?,?,?,1,?,?)");
        sqlite3_stmt* link =
            bulk.prepare("INSERT INTO project_partner(uid, project_uid, partner_uid, role, "
                         "contribution_cents, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,1)");
        for (qint64 i = 0; i < partnerCount && ok; ++i) {
            const GenProject& p = projects[size_t(rng.range(0, qint64(projects.size()) - 1))];
            const QByteArray uid = rng.uidUtf8();
            bindText(partner, 1, uid);
            const QString partnerName =
                QStringLiteral("%1 %2 %3")
                    .arg(QString::fromLatin1(rng.pick(kPlaces)), QString::fromLatin1(rng.pick(kCompanyWords)))
                    .arg(i + 1);
            bindText(partner, 2, partnerName);
            bindKeys(partner, 8, partnerName, partnerName);
            bindText(partner, 3, rng.pick(kinds));
            bindText(partner, 4, sectorUids[size_t(p.sector)]);
            bindText(partner, 5, institutions[size_t(p.institution)].uid);
            bindText(partner, 6, stamp);
            bindText(partner, 7, stamp);
            ok = bulk.step(partner);
            const qint64 links = rng.range(1, 3);
            for (qint64 l = 0; l < links && ok; ++l) {
                const GenProject& q =
                    l == 0 ? p : projects[size_t(rng.range(0, qint64(projects.size()) - 1))];
                bindUid(link, 1, rng.uid());
                bindText(link, 2, q.uid);
                bindText(link, 3, uid);
                bindText(link, 4, rng.pick(roles));
                bindInt(link, 5, rng.range(0, 5000000) / 1000 * 1000);
                bindText(link, 6, stamp);
                bindText(link, 7, stamp);
                ok = bulk.step(link);
            }
        }
        if (ok && !report(85))
            ok = false, why = tr("Cancelled.");
        phase(QT_TRANSLATE_NOOP("mcfund::Generator", "partners"));
        // Each index is built by a sort. With a small cache the sorter writes its data in runs that a
        // second thread sorts while the first reads on: measured on a million rows, 3.0 s where one thread
        // with a 200 MB cache took 5.1 s.
        ok = ok && bulk.exec("PRAGMA threads = 2") && bulk.exec("PRAGMA cache_size = -8000");
        for (const QString& sql : recreate)
            ok = ok && bulk.exec(sql);
        ok = ok && bulk.exec("PRAGMA threads = 0") && bulk.exec("PRAGMA cache_size = -200000");
        phase(QT_TRANSLATE_NOOP("mcfund::Generator", "indexes"));
        // The full-text indexes are rebuilt with a 64 MB buffer of terms instead of 1 MB: fewer, larger
        // segments and less merging (a million credentials: 3.1 s instead of 4.9 s). The setting is stored
        // in the index, so the default goes back for the edits to come.
        std::vector<const char*> rebuilt = {"project_fts"};
        if (!search)
            rebuilt.push_back("credential_fts");
        for (const char* table : rebuilt) {
            ok = ok &&
                 bulk.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('hashsize', 67108864)")
                               .arg(QLatin1String(table))) &&
                 bulk.exec(
                     QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(QLatin1String(table))) &&
                 bulk.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('hashsize', 1048576)")
                               .arg(QLatin1String(table)));
        }
        phase(QT_TRANSLATE_NOOP("mcfund::Generator", "search index"));
        ok = ok && bulk.exec("COMMIT") && bulk.exec("PRAGMA foreign_keys = ON");
        phase(QT_TRANSLATE_NOOP("mcfund::Generator", "commit"));
        if (search) {
            // The credentials' full-text index, built meanwhile on the second thread, goes into the
            // workspace's index tables (the file is still the temporary one: no reader sees it between).
            QString searchError;
            if (!search->finish(&searchError))
                ok = false, why = searchError;
            search.reset();
            sqlite3_stmt* attach = bulk.prepare("ATTACH DATABASE ? AS search_part");
            bindText(attach, 1, searchPart);
            ok = ok && bulk.step(attach) && bulk.exec("BEGIN");
            for (const char* shadow : {"data", "idx", "docsize", "config"}) {
                ok = ok &&
                     bulk.exec(
                         QStringLiteral("DELETE FROM main.credential_fts_%1").arg(QLatin1String(shadow))) &&
                     bulk.exec(QStringLiteral("INSERT INTO main.credential_fts_%1 SELECT * FROM "
                                              "search_part.credential_fts_%1")
                                   .arg(QLatin1String(shadow)));
            }
            ok = ok && bulk.exec("COMMIT") && bulk.exec("DETACH DATABASE search_part");
            removeWithSidecars(searchPart);
            phase(QT_TRANSLATE_NOOP("mcfund::Generator", "micro-credentials' search index"));
        }
        if (ok) {
            // The foreign keys were off for speed. The data honours them by construction (tst_generator
            // proves it, and `mcfund check --full` checks any workspace); a check here took 2 s at a
            // million rows, a tenth of the run.
            ok = analyze(bulk, o.credentials, distinctCount) && bulk.exec("PRAGMA journal_mode = WAL");
        }
        phase(QT_TRANSLATE_NOOP("mcfund::Generator", "statistics (ANALYZE)"));
        if (!ok && why.isEmpty())
            why = bulk.error();
        if (ok)
            report(100);
    }
    sqlite3_close(raw);
    removeWithSidecars(searchPart);
    if (!ok) {
        removeWithSidecars(temp);
        return fail(why);
    }
    // The bulk load ran without syncing (journal and synchronous off): the file reaches the disk before
    // it takes the name asked for, so that even a power cut never leaves a half-written workspace there.
    // QFile::rename never replaces a file that appeared meanwhile.
    QElapsedTimer syncTimer;
    syncTimer.start();
    if (!syncFile(temp) || !QFile::rename(temp, path)) {
        removeWithSidecars(temp);
        return fail(tr("Cannot create “%1”.").arg(path));
    }
    syncFolder(path);
    if (o.phaseDone)
        o.phaseDone(QT_TRANSLATE_NOOP("mcfund::Generator", "sync to disk"), syncTimer.elapsed());
    // Made whole here, in one transaction, its references proven: sound as it is.
    IntegrityStamps::record(path);
    return true;
}

} // namespace mcfund
