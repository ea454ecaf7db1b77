#include "migrations.h"

#include "sqldialect.h"

#include "defaultcriteria.h"
#include "sortkeys.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace mcfund {

namespace {

// Migration 1: the fund's tables. Every row has uid, created_at, updated_at and version; money is integer
// cents; codes are stable text; references are uids with foreign keys. Never edit a shipped migration:
// add the next one.
const char* const kMigration1[] = {
    R"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT))",
    R"(CREATE TABLE sector (
        uid TEXT PRIMARY KEY NOT NULL, code TEXT NOT NULL UNIQUE, name_en TEXT, name_fr TEXT,
        sort_order INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE funding_round (
        uid TEXT PRIMARY KEY NOT NULL, number INTEGER NOT NULL UNIQUE, name_en TEXT, name_fr TEXT,
        fiscal_year TEXT, announced_on TEXT, intake_opens TEXT, intake_closes TEXT,
        envelope_cents INTEGER CHECK (envelope_cents >= 0),
        target_projects INTEGER, target_credentials INTEGER, target_learners INTEGER, target_institutions INTEGER,
        status TEXT NOT NULL DEFAULT 'planning', outcome_en TEXT, outcome_fr TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE round_sector (
        round_uid TEXT NOT NULL REFERENCES funding_round(uid) ON DELETE CASCADE,
        sector_uid TEXT NOT NULL REFERENCES sector(uid) ON DELETE CASCADE,
        is_priority INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (round_uid, sector_uid)))",
    R"(CREATE TABLE round_rule (
        round_uid TEXT NOT NULL REFERENCES funding_round(uid) ON DELETE CASCADE,
        key TEXT NOT NULL, value TEXT, PRIMARY KEY (round_uid, key)))",
    R"(CREATE TABLE institution (
        uid TEXT PRIMARY KEY NOT NULL, name_en TEXT, name_fr TEXT, short_name TEXT,
        type TEXT NOT NULL, region TEXT, language TEXT NOT NULL DEFAULT 'en',
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE project (
        uid TEXT PRIMARY KEY NOT NULL,
        round_uid TEXT NOT NULL REFERENCES funding_round(uid),
        institution_uid TEXT NOT NULL REFERENCES institution(uid),
        title_en TEXT, title_fr TEXT, original_language TEXT NOT NULL DEFAULT 'en',
        sector_uid TEXT NOT NULL REFERENCES sector(uid), sector_assigned_by TEXT NOT NULL DEFAULT 'user',
        status TEXT NOT NULL DEFAULT 'draft', project_type TEXT NOT NULL DEFAULT 'single',
        requested_cents INTEGER CHECK (requested_cents >= 0), approved_cents INTEGER CHECK (approved_cents >= 0),
        target_learners INTEGER, planned_credentials INTEGER, start_on TEXT, end_on TEXT,
        summary_en TEXT, summary_fr TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE micro_credential (
        uid TEXT PRIMARY KEY NOT NULL,
        institution_uid TEXT NOT NULL REFERENCES institution(uid),
        project_uid TEXT REFERENCES project(uid),
        title_en TEXT, title_fr TEXT,
        sector_uid TEXT NOT NULL REFERENCES sector(uid),
        delivery TEXT NOT NULL DEFAULT 'online', hours INTEGER, weeks INTEGER,
        tuition_cents INTEGER CHECK (tuition_cents >= 0), osap_approved INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'in_development', language TEXT NOT NULL DEFAULT 'en',
        learners_enrolled INTEGER, learners_completed INTEGER, cip_code TEXT, noc_codes TEXT,
        outcomes_en TEXT, outcomes_fr TEXT, assessment TEXT, url TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE partner (
        uid TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'employer',
        sector_uid TEXT REFERENCES sector(uid), institution_uid TEXT REFERENCES institution(uid),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE project_partner (
        uid TEXT PRIMARY KEY NOT NULL,
        project_uid TEXT NOT NULL REFERENCES project(uid),
        partner_uid TEXT NOT NULL REFERENCES partner(uid),
        role TEXT NOT NULL DEFAULT 'co_developer', contribution_cents INTEGER CHECK (contribution_cents >= 0),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE change_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user TEXT NOT NULL,
        entity TEXT NOT NULL, uid TEXT NOT NULL, field TEXT, old TEXT, new TEXT,
        origin TEXT NOT NULL, batch TEXT, description TEXT))",
    // The change log is append-only: no UPDATE or DELETE gets through, whatever tool is used.
    R"(CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
        BEGIN SELECT RAISE(ABORT, 'the change log cannot be edited'); END)",
    R"(CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
        BEGIN SELECT RAISE(ABORT, 'the change log cannot be edited'); END)",
    // Indexes for filters, key paging and sorting by each shown column.
    "CREATE INDEX project_round ON project(round_uid)",
    "CREATE INDEX project_institution ON project(institution_uid)",
    "CREATE INDEX project_sector ON project(sector_uid)",
    "CREATE INDEX project_status ON project(status)",
    "CREATE INDEX project_title_en ON project(title_en COLLATE NOCASE)",
    "CREATE INDEX project_title_fr ON project(title_fr COLLATE NOCASE)",
    "CREATE INDEX project_requested ON project(requested_cents)",
    "CREATE INDEX project_approved ON project(approved_cents)",
    "CREATE INDEX credential_institution ON micro_credential(institution_uid)",
    "CREATE INDEX credential_project ON micro_credential(project_uid)",
    "CREATE INDEX credential_sector ON micro_credential(sector_uid)",
    "CREATE INDEX credential_title_en ON micro_credential(title_en COLLATE NOCASE)",
    "CREATE INDEX credential_title_fr ON micro_credential(title_fr COLLATE NOCASE)",
    "CREATE INDEX credential_hours ON micro_credential(hours)",
    "CREATE INDEX credential_weeks ON micro_credential(weeks)",
    "CREATE INDEX credential_tuition ON micro_credential(tuition_cents)",
    "CREATE INDEX credential_delivery ON micro_credential(delivery)",
    "CREATE INDEX credential_status ON micro_credential(status)",
    "CREATE INDEX credential_osap ON micro_credential(osap_approved)",
    "CREATE INDEX partner_sector ON partner(sector_uid)",
    "CREATE INDEX partner_name ON partner(name COLLATE NOCASE)",
    "CREATE INDEX partner_kind ON partner(kind)",
    "CREATE INDEX institution_type ON institution(type)",
    "CREATE INDEX project_learners ON project(target_learners)",
    "CREATE INDEX project_type ON project(project_type)",
    "CREATE INDEX project_language ON project(original_language)",
    "CREATE INDEX credential_language ON micro_credential(language)",
    "CREATE INDEX project_partner_project ON project_partner(project_uid)",
    "CREATE INDEX project_partner_partner ON project_partner(partner_uid)",
    "CREATE INDEX change_log_record ON change_log(entity, uid)",
    // Full-text search over both languages, accent- and case-insensitive ("education" finds "éducation").
    R"(CREATE VIRTUAL TABLE project_fts USING fts5(title_en, title_fr, summary_en, summary_fr,
        content='project', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'))",
    R"(CREATE TRIGGER project_fts_insert AFTER INSERT ON project BEGIN
        INSERT INTO project_fts(rowid, title_en, title_fr, summary_en, summary_fr)
        VALUES (new.rowid, new.title_en, new.title_fr, new.summary_en, new.summary_fr); END)",
    R"(CREATE TRIGGER project_fts_delete AFTER DELETE ON project BEGIN
        INSERT INTO project_fts(project_fts, rowid, title_en, title_fr, summary_en, summary_fr)
        VALUES ('delete', old.rowid, old.title_en, old.title_fr, old.summary_en, old.summary_fr); END)",
    R"(CREATE TRIGGER project_fts_update AFTER UPDATE OF title_en, title_fr, summary_en, summary_fr ON project BEGIN
        INSERT INTO project_fts(project_fts, rowid, title_en, title_fr, summary_en, summary_fr)
        VALUES ('delete', old.rowid, old.title_en, old.title_fr, old.summary_en, old.summary_fr);
        INSERT INTO project_fts(rowid, title_en, title_fr, summary_en, summary_fr)
        VALUES (new.rowid, new.title_en, new.title_fr, new.summary_en, new.summary_fr); END)",
    R"(CREATE VIRTUAL TABLE credential_fts USING fts5(title_en, title_fr, outcomes_en, outcomes_fr,
        content='micro_credential', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'))",
    R"(CREATE TRIGGER credential_fts_insert AFTER INSERT ON micro_credential BEGIN
        INSERT INTO credential_fts(rowid, title_en, title_fr, outcomes_en, outcomes_fr)
        VALUES (new.rowid, new.title_en, new.title_fr, new.outcomes_en, new.outcomes_fr); END)",
    R"(CREATE TRIGGER credential_fts_delete AFTER DELETE ON micro_credential BEGIN
        INSERT INTO credential_fts(credential_fts, rowid, title_en, title_fr, outcomes_en, outcomes_fr)
        VALUES ('delete', old.rowid, old.title_en, old.title_fr, old.outcomes_en, old.outcomes_fr); END)",
    R"(CREATE TRIGGER credential_fts_update AFTER UPDATE OF title_en, title_fr, outcomes_en, outcomes_fr
        ON micro_credential BEGIN
        INSERT INTO credential_fts(credential_fts, rowid, title_en, title_fr, outcomes_en, outcomes_fr)
        VALUES ('delete', old.rowid, old.title_en, old.title_fr, old.outcomes_en, old.outcomes_fr);
        INSERT INTO credential_fts(rowid, title_en, title_fr, outcomes_en, outcomes_fr)
        VALUES (new.rowid, new.title_en, new.title_fr, new.outcomes_en, new.outcomes_fr); END)",
};

// Migration 2: sort keys, so that titles and names sort as people read them in either language
// ("École" with the Es, case and accents ignored) using an index. sort_en is the text shown in English
// (the English value, or the French one when there is none) folded by TextKey; sort_fr the same in French.
const char* const kMigration2[] = {
    "ALTER TABLE project ADD COLUMN sort_en TEXT",
    "ALTER TABLE project ADD COLUMN sort_fr TEXT",
    "ALTER TABLE micro_credential ADD COLUMN sort_en TEXT",
    "ALTER TABLE micro_credential ADD COLUMN sort_fr TEXT",
    "ALTER TABLE institution ADD COLUMN sort_en TEXT",
    "ALTER TABLE institution ADD COLUMN sort_fr TEXT",
    "ALTER TABLE partner ADD COLUMN sort_en TEXT",
    "ALTER TABLE partner ADD COLUMN sort_fr TEXT",
    "ALTER TABLE funding_round ADD COLUMN sort_en TEXT",
    "ALTER TABLE funding_round ADD COLUMN sort_fr TEXT",
    "ALTER TABLE sector ADD COLUMN sort_en TEXT",
    "ALTER TABLE sector ADD COLUMN sort_fr TEXT",
};
const char* const kMigration2Indexes[] = {
    "CREATE INDEX project_sort_en ON project(sort_en)",
    "CREATE INDEX project_sort_fr ON project(sort_fr)",
    "CREATE INDEX credential_sort_en ON micro_credential(sort_en)",
    "CREATE INDEX credential_sort_fr ON micro_credential(sort_fr)",
    "CREATE INDEX institution_sort_en ON institution(sort_en)",
    "CREATE INDEX institution_sort_fr ON institution(sort_fr)",
    "CREATE INDEX partner_sort_en ON partner(sort_en)",
    // Covers every aggregate of the dashboard, charts and reports: GROUP BY reads this index, not the rows.
    "CREATE INDEX project_funding ON project(round_uid, sector_uid, status, institution_uid, approved_cents, "
    "requested_cents, target_learners)",
    "CREATE INDEX project_funding_by_institution ON project(institution_uid, round_uid, sector_uid, status, "
    "approved_cents, requested_cents, target_learners)",
};

// Migration 3: reviewing applications — the additional-consideration flags of each application, review
// criteria per round, reviewers' scores, and decisions (with the reason for any envelope override).
const char* const kMigration3[] = {
    "ALTER TABLE project ADD COLUMN collaboration INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE project ADD COLUMN indigenous_institute INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE project ADD COLUMN indigenous_partnership INTEGER NOT NULL DEFAULT 0",
    R"(CREATE TABLE review_criterion (
        uid TEXT PRIMARY KEY NOT NULL, round_uid TEXT NOT NULL REFERENCES funding_round(uid),
        name_en TEXT, name_fr TEXT, weight INTEGER NOT NULL CHECK (weight > 0), max_score INTEGER NOT NULL CHECK (max_score > 0),
        sort_order INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE review (
        uid TEXT PRIMARY KEY NOT NULL, project_uid TEXT NOT NULL REFERENCES project(uid),
        criterion_uid TEXT NOT NULL REFERENCES review_criterion(uid), reviewer TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score >= 0), comment TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (project_uid, criterion_uid, reviewer)))",
    R"(CREATE TABLE decision (
        uid TEXT PRIMARY KEY NOT NULL, project_uid TEXT NOT NULL REFERENCES project(uid), outcome TEXT NOT NULL,
        approved_cents INTEGER CHECK (approved_cents >= 0), decided_by TEXT NOT NULL, decided_at TEXT NOT NULL,
        reason TEXT, override_reason TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1))",
    "CREATE INDEX criterion_round ON review_criterion(round_uid)",
    "CREATE INDEX review_project ON review(project_uid)",
    "CREATE INDEX review_criterion_ref ON review(criterion_uid)",
    "CREATE INDEX decision_project ON decision(project_uid)",
    "CREATE INDEX change_log_user ON change_log(user)",
    "CREATE INDEX change_log_at ON change_log(at)",
};

// Migration 4: named column mappings for imports, shared by the window and the command line.
const char* const kMigration4[] = {
    "CREATE TABLE import_preset (name TEXT PRIMARY KEY NOT NULL, entity TEXT NOT NULL, mapping TEXT NOT "
    "NULL)",
};

// Migration 5: undo and redo of large writes read their batch back from the change log, newest row first.
const char* const kMigration5[] = {
    "CREATE INDEX change_log_batch ON change_log(batch, id)",
};

// Migration 6: titles sort and match by their folded keys (sort_en, sort_fr, migration 2); the case-blind
// title indexes of migration 1 are no longer read by any query, and every added or changed row paid for them.
const char* const kMigration6[] = {
    "DROP INDEX IF EXISTS project_title_en",
    "DROP INDEX IF EXISTS project_title_fr",
    "DROP INDEX IF EXISTS credential_title_en",
    "DROP INDEX IF EXISTS credential_title_fr",
};

// Migration 7: reviewing as a team — who reviews which application, and the conflicts of interest reviewers
// declare (a reviewer has one row per application at most).
const char* const kMigration7[] = {
    R"(CREATE TABLE assignment (
        uid TEXT PRIMARY KEY NOT NULL, project_uid TEXT NOT NULL REFERENCES project(uid),
        reviewer TEXT NOT NULL, conflict INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1)), reason TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (project_uid, reviewer)))",
    "CREATE INDEX assignment_reviewer ON assignment(reviewer, project_uid)",
};

// Migration 8: the round of each project, read with its uid from an index of its own. `mcfund stats` counts
// a million credentials by round through their projects: 100,000 project lookups by uid, each of which read
// the project's row for its round (0.6 s of a 1 s command); now each is one index search (0.3 s). The
// index is analysed at once, so that the planner chooses it in a workspace that has statistics.
const char* const kMigration8[] = {
    "CREATE INDEX project_uid_round ON project(uid, round_uid)",
    "ANALYZE project_uid_round",
};

bool fillSortKeys(QSqlDatabase& db, QString* error)
{
    for (Entity e : {Entity::Project, Entity::Credential, Entity::Institution, Entity::Partner, Entity::Round,
                     Entity::Sector}) {
        const QString table = Schema::entity(e).table;
        QSqlQuery read(db);
        Sql::stream(read);
        QSqlQuery write(db);
        write.prepare(QStringLiteral("UPDATE %1 SET sort_en = ?, sort_fr = ? WHERE rowid = ?").arg(table));
        if (!read.exec(QStringLiteral("SELECT rowid, * FROM %1").arg(table))) {
            if (error)
                *error = read.lastError().text();
            return false;
        }
        while (read.next()) {
            Record r;
            const QSqlRecord rec = read.record();
            for (int i = 1; i < rec.count(); ++i)
                r.insert(rec.fieldName(i), read.value(i));
            SortKeys::fill(e, r);
            write.addBindValue(r.value(QStringLiteral("sort_en")));
            write.addBindValue(r.value(QStringLiteral("sort_fr")));
            write.addBindValue(read.value(0));
            if (!write.exec()) {
                if (error)
                    *error = write.lastError().text();
                return false;
            }
        }
        // Rows not read would keep no sort key: the migration fails (and is undone) rather than half-done.
        if (read.lastError().isValid()) {
            if (error)
                *error = read.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

int Migrations::sameTablesSince()
{
    // Migrations 5, 6 and 8 only add and drop indexes, and 7 adds a table packages do not carry (assignment);
    // raise this with any migration that changes a table a package holds.
    return 4;
}

int Migrations::latestVersion()
{
    return 8;
}

QStringList Migrations::statements(int version)
{
    QStringList out;
    if (version == 1)
        for (const char* s : kMigration1)
            out << QString::fromUtf8(s);
    if (version == 2) {
        for (const char* s : kMigration2)
            out << QString::fromUtf8(s);
        for (const char* s : kMigration2Indexes)
            out << QString::fromUtf8(s);
    }
    if (version == 3)
        for (const char* s : kMigration3)
            out << QString::fromUtf8(s);
    if (version == 4)
        for (const char* s : kMigration4)
            out << QString::fromUtf8(s);
    if (version == 5)
        for (const char* s : kMigration5)
            out << QString::fromUtf8(s);
    if (version == 6)
        for (const char* s : kMigration6)
            out << QString::fromUtf8(s);
    if (version == 7)
        for (const char* s : kMigration7)
            out << QString::fromUtf8(s);
    if (version == 8)
        for (const char* s : kMigration8)
            out << QString::fromUtf8(s);
    return out;
}

bool Migrations::migrate(QSqlDatabase& db, QString* error, int target)
{
    if (target <= 0 || target > latestVersion())
        target = latestVersion();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    int current = q.value(0).toInt();
    q.finish();
    while (current < target) {
        const int next = current + 1;
        Transaction tx(db);
        if (!tx.isActive()) {
            if (error)
                *error = tx.error();
            return false;
        }
        for (const QString& sql : statements(next)) {
            if (!q.exec(sql)) {
                if (error)
                    *error = QCoreApplication::translate("mcfund::Migrations", "Migration %1 failed: %2")
                                 .arg(next)
                                 .arg(q.lastError().text());
                return false;
            }
        }
        if (next == 2 && !fillSortKeys(db, error))
            return false;
        if (next == 3 && !DefaultCriteria::addTo(db, QString(), error))
            return false;
        // PRAGMA takes no bound values; the number is ours, not user input.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)) || !tx.commit()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        current = next;
    }
    return true;
}

} // namespace mcfund
