#include "server.h"
#include "version.h"

#include "domain/entityschema.h"
#include "officialdataset.h"
#include "tablecopy.h"
#include "transaction.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace mcfund {

namespace {

// The tables of a shared workspace: the columns, names and constraints of a SQLite workspace at its latest
// migration, in PostgreSQL's types (money bigint cents, timestamps timestamptz). Each table that a window
// pages through has a rowid too: an identity column, the key that pages and sorts end on, as SQLite's.
const char* const kSchema[] = {
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    // Full-text search over both languages, accent- and case-insensitive: unaccent in an immutable wrapper
    // (so that a generated column may use it). The folded words of a project or micro-credential are a
    // stored column of its own, search_words, with a GIN index: a filter reads them instead of folding the
    // text of every row it passes (82 ms for the first page of "battery" on 1M credentials; now 3 ms).
    // It is the one column a SQLite workspace lacks (which has its FTS5 tables instead); mcfund's readers
    // leave it out (Sql::isDerived).
    R"(CREATE FUNCTION mcfund_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$)",
    R"(CREATE FUNCTION mcfund_words(VARIADIC text[]) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT to_tsvector('simple'::regconfig, mcfund_fold(array_to_string($1, ' '))) $$)",
    R"(CREATE TABLE meta (key text PRIMARY KEY, value text))",
    R"(CREATE TABLE sector (
        rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        uid text PRIMARY KEY NOT NULL, code text NOT NULL UNIQUE, name_en text, name_fr text,
        sort_order integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version integer NOT NULL DEFAULT 1,
        sort_en text, sort_fr text))",
    R"(CREATE TABLE funding_round (
        rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        uid text PRIMARY KEY NOT NULL, number integer NOT NULL UNIQUE, name_en text, name_fr text,
        fiscal_year text, announced_on text, intake_opens text, intake_closes text,
        envelope_cents bigint CHECK (envelope_cents >= 0),
        target_projects integer, target_credentials integer, target_learners integer, target_institutions integer,
        status text NOT NULL DEFAULT 'planning', outcome_en text, outcome_fr text,
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version integer NOT NULL DEFAULT 1,
        sort_en text, sort_fr text))",
    R"(CREATE TABLE round_sector (
        round_uid text NOT NULL REFERENCES funding_round(uid) ON DELETE CASCADE,
        sector_uid text NOT NULL REFERENCES sector(uid) ON DELETE CASCADE,
        is_priority integer NOT NULL DEFAULT 0, PRIMARY KEY (round_uid, sector_uid)))",
    R"(CREATE TABLE round_rule (
        round_uid text NOT NULL REFERENCES funding_round(uid) ON DELETE CASCADE,
        key text NOT NULL, value text, PRIMARY KEY (round_uid, key)))",
    R"(CREATE TABLE institution (
        rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        uid text PRIMARY KEY NOT NULL, name_en text, name_fr text, short_name text,
        type text NOT NULL, region text, language text NOT NULL DEFAULT 'en',
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version integer NOT NULL DEFAULT 1,
        sort_en text, sort_fr text))",
    R"(CREATE TABLE project (
        rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        uid text PRIMARY KEY NOT NULL,
        round_uid text NOT NULL REFERENCES funding_round(uid),
        institution_uid text NOT NULL REFERENCES institution(uid),
        title_en text, title_fr text, original_language text NOT NULL DEFAULT 'en',
        sector_uid text NOT NULL REFERENCES sector(uid), sector_assigned_by text NOT NULL DEFAULT 'user',
        status text NOT NULL DEFAULT 'draft', project_type text NOT NULL DEFAULT 'single',
        requested_cents bigint CHECK (requested_cents >= 0), approved_cents bigint CHECK (approved_cents >= 0),
        target_learners integer, planned_credentials integer, start_on text, end_on text,
        summary_en text, summary_fr text,
        search_words tsvector GENERATED ALWAYS AS (mcfund_words(title_en, title_fr, summary_en, summary_fr))
            STORED,
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version integer NOT NULL DEFAULT 1,
        sort_en text, sort_fr text,
        collaboration integer NOT NULL DEFAULT 0, indigenous_institute integer NOT NULL DEFAULT 0,
        indigenous_partnership integer NOT NULL DEFAULT 0))",
    R"(CREATE TABLE micro_credential (
        rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        uid text PRIMARY KEY NOT NULL,
        institution_uid text NOT NULL REFERENCES institution(uid),
        project_uid text REFERENCES project(uid),
        title_en text, title_fr text,
        sector_uid text NOT NULL REFERENCES sector(uid),
        delivery text NOT NULL DEFAULT 'online', hours integer, weeks integer,
        tuition_cents bigint CHECK (tuition_cents >= 0), osap_approved integer NOT NULL DEFAULT 0,
        status text NOT NULL DEFAULT 'in_development', language text NOT NULL DEFAULT 'en',
        learners_enrolled integer, learners_completed integer, cip_code text, noc_codes text,
        outcomes_en text, outcomes_fr text, assessment text, url text,
        search_words tsvector GENERATED ALWAYS AS (mcfund_words(title_en, title_fr, outcomes_en, outcomes_fr))
            STORED,
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version integer NOT NULL DEFAULT 1,
        sort_en text, sort_fr text))",
    R"(CREATE TABLE partner (
        rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        uid text PRIMARY KEY NOT NULL, name text NOT NULL, kind text NOT NULL DEFAULT 'employer',
        sector_uid text REFERENCES sector(uid), institution_uid text REFERENCES institution(uid),
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version integer NOT NULL DEFAULT 1,
        sort_en text, sort_fr text))",
    R"(CREATE TABLE project_partner (
        rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        uid text PRIMARY KEY NOT NULL,
        project_uid text NOT NULL REFERENCES project(uid),
        partner_uid text NOT NULL REFERENCES partner(uid),
        role text NOT NULL DEFAULT 'co_developer', contribution_cents bigint CHECK (contribution_cents >= 0),
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version integer NOT NULL DEFAULT 1))",
    R"(CREATE TABLE change_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz NOT NULL, "user" text NOT NULL,
        entity text NOT NULL, uid text NOT NULL, field text, old text, new text,
        origin text NOT NULL, batch text, description text))",
    R"(CREATE TABLE review_criterion (
        rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        uid text PRIMARY KEY NOT NULL, round_uid text NOT NULL REFERENCES funding_round(uid),
        name_en text, name_fr text, weight integer NOT NULL CHECK (weight > 0),
        max_score integer NOT NULL CHECK (max_score > 0), sort_order integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version integer NOT NULL DEFAULT 1))",
    R"(CREATE TABLE review (
        rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        uid text PRIMARY KEY NOT NULL, project_uid text NOT NULL REFERENCES project(uid),
        criterion_uid text NOT NULL REFERENCES review_criterion(uid), reviewer text NOT NULL,
        score integer NOT NULL CHECK (score >= 0), comment text,
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version integer NOT NULL DEFAULT 1,
        UNIQUE (project_uid, criterion_uid, reviewer)))",
    R"(CREATE TABLE decision (
        rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        uid text PRIMARY KEY NOT NULL, project_uid text NOT NULL REFERENCES project(uid), outcome text NOT NULL,
        approved_cents bigint CHECK (approved_cents >= 0), decided_by text NOT NULL, decided_at text NOT NULL,
        reason text, override_reason text,
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version integer NOT NULL DEFAULT 1))",
    R"(CREATE TABLE assignment (
        uid text PRIMARY KEY NOT NULL, project_uid text NOT NULL REFERENCES project(uid),
        reviewer text NOT NULL, conflict integer NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1)), reason text,
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version integer NOT NULL DEFAULT 1,
        UNIQUE (project_uid, reviewer)))",
    R"(CREATE TABLE import_preset (name text PRIMARY KEY NOT NULL, entity text NOT NULL, mapping text NOT NULL))",
    // Who is who: a person's mcfund role and, for a coordinator, their institution. Read by the policies.
    R"(CREATE TABLE workspace_user (
        name text PRIMARY KEY NOT NULL, role text NOT NULL
            CHECK (role IN ('admin', 'officer', 'reviewer', 'coordinator')),
        institution_uid text REFERENCES institution(uid), created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role <> 'coordinator' OR institution_uid IS NOT NULL),
        CHECK (role IN ('coordinator', 'reviewer') OR institution_uid IS NULL)))",
    // The indexes of a SQLite workspace, for the same filters, key paging and sorts. SQLite's carry the rowid
    // and sort NULL first: so do these, so that "ORDER BY column NULLS FIRST, rowid LIMIT n" (what the
    // window asks for a first page) reads the index in order and stops after n rows.
    "CREATE INDEX project_round ON project(round_uid, rowid)",
    "CREATE INDEX project_uid_round ON project(uid, round_uid)",
    "CREATE INDEX project_institution ON project(institution_uid, rowid)",
    "CREATE INDEX project_sector ON project(sector_uid, rowid)",
    "CREATE INDEX project_status ON project(status, rowid)",
    "CREATE INDEX project_requested ON project(requested_cents NULLS FIRST, rowid)",
    "CREATE INDEX project_approved ON project(approved_cents NULLS FIRST, rowid)",
    "CREATE INDEX credential_institution ON micro_credential(institution_uid, rowid)",
    "CREATE INDEX credential_project ON micro_credential(project_uid, rowid)",
    "CREATE INDEX credential_sector ON micro_credential(sector_uid, rowid)",
    "CREATE INDEX credential_hours ON micro_credential(hours NULLS FIRST, rowid)",
    "CREATE INDEX credential_weeks ON micro_credential(weeks NULLS FIRST, rowid)",
    "CREATE INDEX credential_tuition ON micro_credential(tuition_cents NULLS FIRST, rowid)",
    "CREATE INDEX credential_delivery ON micro_credential(delivery, rowid)",
    "CREATE INDEX credential_status ON micro_credential(status, rowid)",
    "CREATE INDEX credential_osap ON micro_credential(osap_approved NULLS FIRST, rowid)",
    "CREATE INDEX partner_sector ON partner(sector_uid, rowid)",
    "CREATE INDEX partner_name ON partner(lower(name) COLLATE \"C\" NULLS FIRST, rowid)",
    "CREATE INDEX partner_kind ON partner(kind, rowid)",
    "CREATE INDEX institution_type ON institution(type, rowid)",
    "CREATE INDEX project_learners ON project(target_learners NULLS FIRST, rowid)",
    "CREATE INDEX project_type ON project(project_type, rowid)",
    "CREATE INDEX project_language ON project(original_language, rowid)",
    "CREATE INDEX credential_language ON micro_credential(language, rowid)",
    "CREATE INDEX project_partner_project ON project_partner(project_uid, rowid)",
    "CREATE INDEX project_partner_partner ON project_partner(partner_uid, rowid)",
    "CREATE INDEX change_log_record ON change_log(entity, uid)",
    "CREATE INDEX project_sort_en ON project(sort_en COLLATE \"C\" NULLS FIRST, rowid)",
    "CREATE INDEX project_sort_fr ON project(sort_fr COLLATE \"C\" NULLS FIRST, rowid)",
    "CREATE INDEX credential_sort_en ON micro_credential(sort_en COLLATE \"C\" NULLS FIRST, rowid)",
    "CREATE INDEX credential_sort_fr ON micro_credential(sort_fr COLLATE \"C\" NULLS FIRST, rowid)",
    "CREATE INDEX institution_sort_en ON institution(sort_en COLLATE \"C\" NULLS FIRST, rowid)",
    "CREATE INDEX institution_sort_fr ON institution(sort_fr COLLATE \"C\" NULLS FIRST, rowid)",
    "CREATE INDEX partner_sort_en ON partner(sort_en COLLATE \"C\" NULLS FIRST, rowid)",
    "CREATE INDEX project_funding ON project(round_uid, sector_uid, status, institution_uid, approved_cents, "
    "requested_cents, target_learners)",
    "CREATE INDEX project_funding_by_institution ON project(institution_uid, round_uid, sector_uid, status, "
    "approved_cents, requested_cents, target_learners)",
    "CREATE INDEX criterion_round ON review_criterion(round_uid)",
    "CREATE INDEX review_project ON review(project_uid)",
    "CREATE INDEX review_criterion_ref ON review(criterion_uid)",
    "CREATE INDEX decision_project ON decision(project_uid)",
    "CREATE INDEX assignment_reviewer ON assignment(reviewer, project_uid)",
    "CREATE INDEX change_log_user ON change_log(\"user\")",
    "CREATE INDEX change_log_at ON change_log(at)",
    "CREATE INDEX change_log_batch ON change_log(batch, id)",
    // Full-text search: a GIN index on the stored words of each searchable table.
    "CREATE INDEX project_fts ON project USING gin (search_words)",
    "CREATE INDEX credential_fts ON micro_credential USING gin (search_words)",
};

// Triggers and functions that the database runs whoever writes: the change log, written by the server under
// the writer's own role and closed to any change; the ministry's fields, closed to coordinators.
const char* const kTriggers[] = {
    // What the review policies ask of a reviewer (\a who, the caller's current_user): is the application
    // assigned to them, without a conflict (declared, or their own institution's); have they scored every
    // criterion of its round. Security definers, so that a policy on review may read review and assignment
    // without recursing into their own policies; they read nothing but what they answer.
    R"(CREATE FUNCTION mcfund_assigned(p text, who text) RETURNS boolean LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT EXISTS (SELECT 1 FROM assignment a WHERE a.project_uid = p AND a.reviewer = who AND a.conflict = 0)
       AND NOT EXISTS (SELECT 1 FROM project x JOIN workspace_user w ON w.name = who
                       WHERE x.uid = p AND x.institution_uid = w.institution_uid) $$)",
    R"(CREATE FUNCTION mcfund_scored(p text, who text) RETURNS boolean LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT NOT EXISTS (SELECT 1 FROM review_criterion c JOIN project x ON x.round_uid = c.round_uid
                       WHERE x.uid = p AND NOT EXISTS (SELECT 1 FROM review r WHERE r.project_uid = p
                                                        AND r.criterion_uid = c.uid AND r.reviewer = who)) $$)",
    // Every added, changed or removed record, one row per changed field, under current_user. What the
    // application knows of the change (its batch, origin and description) comes in settings of the session.
    R"(CREATE FUNCTION mcfund_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    o jsonb; n jsonb; k text;
    skip constant text[] := ARRAY['rowid', 'created_at', 'updated_at', 'version', 'sort_en', 'sort_fr',
                                  'search_words'];
    b text := coalesce(nullif(current_setting('mcfund.batch', true), ''), 'sql-' || txid_current());
    org text := coalesce(nullif(current_setting('mcfund.origin', true), ''), 'sql');
    d text := nullif(current_setting('mcfund.description', true), '');
BEGIN
    IF TG_OP = 'INSERT' THEN
        n := jsonb_strip_nulls(to_jsonb(NEW)) - skip;
        INSERT INTO change_log(at, "user", entity, uid, field, old, new, origin, batch, description)
        VALUES (now(), current_user, TG_ARGV[0], NEW.uid, NULL, NULL, n::text, org, b, d);
        RETURN NEW;
    ELSIF TG_OP = 'DELETE' THEN
        o := jsonb_strip_nulls(to_jsonb(OLD)) - skip;
        INSERT INTO change_log(at, "user", entity, uid, field, old, new, origin, batch, description)
        VALUES (now(), current_user, TG_ARGV[0], OLD.uid, NULL, o::text, NULL, org, b, d);
        RETURN OLD;
    END IF;
    o := to_jsonb(OLD); n := to_jsonb(NEW);
    FOR k IN SELECT key FROM jsonb_object_keys(n) AS key WHERE NOT key = ANY (skip) ORDER BY key LOOP
        IF n -> k IS DISTINCT FROM o -> k THEN
            INSERT INTO change_log(at, "user", entity, uid, field, old, new, origin, batch, description)
            VALUES (now(), current_user, TG_ARGV[0], NEW.uid, k, o ->> k, n ->> k, org, b, d);
        END IF;
    END LOOP;
    RETURN NEW;
END $$)",
    // Whoever inserts a row of the change log, it bears their own role and the time of the server; only
    // the role that owns the workspace (loading a copy of another workspace) writes history as it was.
    R"(CREATE FUNCTION mcfund_log_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(current_user, (SELECT tableowner FROM pg_tables
                                      WHERE tablename = 'change_log' AND schemaname = current_schema()),
                       'MEMBER') THEN
        NEW."user" := current_user;
        NEW.at := now();
    END IF;
    RETURN NEW;
END $$)",
    R"(CREATE FUNCTION mcfund_log_closed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the change log cannot be edited' USING ERRCODE = 'insufficient_privilege';
END $$)",
    "CREATE TRIGGER change_log_stamp BEFORE INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION "
    "mcfund_log_stamp()",
    // Every open window listens: a change someone saves reaches the others when it commits (one
    // notification per entity and transaction; PostgreSQL folds identical ones together).
    R"(CREATE FUNCTION mcfund_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('mcfund_change', NEW.entity);
    RETURN NULL;
END $$)",
    "CREATE TRIGGER change_log_notify AFTER INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION "
    "mcfund_notify()",
    "CREATE TRIGGER change_log_no_update BEFORE UPDATE OR DELETE ON change_log FOR EACH ROW "
    "EXECUTE FUNCTION mcfund_log_closed()",
    "CREATE TRIGGER change_log_no_truncate BEFORE TRUNCATE ON change_log FOR EACH STATEMENT "
    "EXECUTE FUNCTION mcfund_log_closed()",
    // A coordinator never sets what the ministry decides: a status other than draft or submitted, an
    // approved amount, OSAP approval (the columns are named by the trigger; see guardStatements()).
    R"(CREATE FUNCTION mcfund_ministry_fields() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n jsonb := to_jsonb(NEW);
    o jsonb := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END;
    c text;
BEGIN
    IF NOT pg_has_role(current_user, 'mcfund_coordinator', 'MEMBER')
       OR pg_has_role(current_user, 'mcfund_officer', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    FOREACH c IN ARRAY TG_ARGV LOOP
        IF c = 'status' AND n ->> c IN ('draft', 'submitted') THEN
            CONTINUE;
        END IF;
        IF (TG_OP = 'INSERT' AND coalesce(n ->> c, '0') NOT IN ('0', 'in_development'))
           OR (TG_OP = 'UPDATE' AND n -> c IS DISTINCT FROM o -> c) THEN
            RAISE EXCEPTION '% is decided by the ministry', c USING ERRCODE = 'insufficient_privilege';
        END IF;
    END LOOP;
    RETURN NEW;
END $$)",
};

const char* const kGroups[] = {"mcfund_admin", "mcfund_officer", "mcfund_reviewer", "mcfund_coordinator"};

QString quoted(const QString& identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

/** What each step of the server's work does with a failure: says why in \a error, and returns false. */
auto failInto(QString* error)
{
    return [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
}

bool execAll(QSqlDatabase& db, const QStringList& statements, QString* error)
{
    QSqlQuery q(db);
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            if (error)
                *error = Server::tr("The shared workspace could not be set up: %1 (in: %2)")
                             .arg(q.lastError().databaseText().trimmed(), sql.simplified().left(120));
            return false;
        }
    }
    return true;
}

/** Libpq's own quoting of a connection option value. */
QString optionValue(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

QString Server::roleCode(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::None:
        break;
    }
    return QString();
}

Server::Role Server::roleFromCode(const QString& code)
{
    for (Role r : {Role::Admin, Role::Officer, Role::Reviewer, Role::Coordinator})
        if (roleCode(r) == code)
            return r;
    return Role::None;
}

QString Server::roleName(Role role)
{
    switch (role) {
    case Role::Owner:
        return tr("workspace owner");
    case Role::Admin:
        return tr("administrator");
    case Role::Officer:
        return tr("program officer");
    case Role::Reviewer:
        return tr("reviewer");
    case Role::Coordinator:
        return tr("institution coordinator");
    case Role::None:
        break;
    }
    return tr("no mcfund role");
}

bool Server::isLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString Server::displayName(const QString& uri)
{
    QUrl url(uri);
    if (!url.isValid())
        return uri;
    url.setPassword(QString());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString(QUrl::RemovePassword | QUrl::PrettyDecoded);
}

bool Server::connect(const QString& uri, const QString& name, QString* error)
{
    const QUrl url(uri, QUrl::StrictMode);
    const auto fail = failInto(error);
    if (!url.isValid() || !isLocation(uri))
        return fail(tr("“%1” is not a PostgreSQL address (postgresql://user@host:port/database).")
                        .arg(displayName(uri)));
    QString host = url.host();
    int port = url.port(-1);
    QString database = url.path().mid(1);
    QStringList options;
    bool timeoutGiven = false;
    const QUrlQuery query(url);
    static const QRegularExpression optionName(QStringLiteral("^[a-z_]{1,40}$"));
    for (const auto& [key, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = rawValue;
        if (key == QLatin1String("host")) {
            host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            port = value.toInt(&ok);
            if (!ok || port <= 0 || port > 65535)
                return fail(tr("“%1” in the address %2 is not a port number.").arg(value, displayName(uri)));
        } else if (key == QLatin1String("dbname")) {
            database = value;
        } else if (!optionName.match(key).hasMatch() || value.contains(QLatin1Char(';'))) {
            return fail(tr("“%1” in the address %2 is not a connection option.").arg(key, displayName(uri)));
        } else {
            timeoutGiven |= key == QLatin1String("connect_timeout");
            options << key + QLatin1Char('=') + optionValue(value);
        }
    }
    // A server that does not answer is reported within seconds, not after the system's TCP timeout.
    if (!timeoutGiven)
        options << QStringLiteral("connect_timeout=5");
    options << QStringLiteral("application_name=mcfund");
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isValid()) {
            why = tr("This mcfund cannot reach PostgreSQL: Qt's PostgreSQL driver (libqt6sql6-psql) is not "
                     "installed.");
        } else {
            if (!host.isEmpty())
                db.setHostName(host);
            if (port > 0)
                db.setPort(port);
            if (!database.isEmpty())
                db.setDatabaseName(database);
            if (!url.userName().isEmpty())
                db.setUserName(url.userName());
            if (!url.password().isEmpty())
                db.setPassword(url.password());
            db.setConnectOptions(options.join(QLatin1Char(';')));
            if (!db.open())
                why = explain(db.lastError(), uri);
            else if (!configureSession(db, &why))
                why = explain(db.lastError(), uri);
            if (!why.isEmpty())
                db.close();
        }
    }
    if (!why.isEmpty()) {
        QSqlDatabase::removeDatabase(name);
        return fail(why);
    }
    return true;
}

bool Server::configureSession(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    // Times are written and read in UTC, as a SQLite workspace holds them; the server's notices ("already a
    // member of role") are not the person's business.
    for (const char* sql :
         {"SET TIME ZONE 'UTC'", "SET datestyle = 'ISO, YMD'", "SET client_min_messages = warning"}) {
        if (!q.exec(QLatin1String(sql))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool Server::isAlive(const QSqlDatabase& db)
{
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

QString Server::explain(const QSqlError& error, const QString& uri)
{
    const QString where = displayName(uri);
    const QString text = error.driverText() + QLatin1Char(' ') + error.databaseText();
    static const QRegularExpression role(QStringLiteral("role \"([^\"]*)\" does not exist"));
    static const QRegularExpression database(QStringLiteral("database \"([^\"]*)\" does not exist"));
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied")) || text.contains(QLatin1String("fe_sendauth")))
        return tr("The server at %1 refused the password (or asked for one and none was given; ~/.pgpass is "
                  "the place for it).")
            .arg(where);
    if (const auto m = role.match(text); m.hasMatch())
        return tr("The server at %1 has no user “%2”: ask an administrator to add you with mcfund server "
                  "add-user.")
            .arg(where, m.captured(1));
    if (const auto m = database.match(text); m.hasMatch())
        return tr("The server at %1 has no database “%2”.").arg(where, m.captured(1));
    if (text.contains(QLatin1String("does not support SSL")))
        return tr("The server at %1 offers no encrypted connections, and the address requires one (sslmode); "
                  "ask "
                  "its administrator to turn TLS on.")
            .arg(where);
    if (text.contains(QLatin1String("SSL"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("no encryption")))
        return tr("The server at %1 accepts only encrypted connections: add ?sslmode=require to the address.")
            .arg(where);
    if (text.contains(QLatin1String("timeout expired")))
        return tr("The server at %1 did not answer within 5 seconds.").arg(where);
    if (text.contains(QLatin1String("No such file or directory")) ||
        text.contains(QLatin1String("Connection refused")) ||
        text.contains(QLatin1String("could not translate host name")) ||
        text.contains(QLatin1String("could not connect")) ||
        text.contains(QLatin1String("Is the server running")))
        return tr("No PostgreSQL server answers at %1.").arg(where);
    if (text.contains(QLatin1String("permission denied")))
        return tr("The server at %1 does not let this user connect: %2")
            .arg(where, error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed());
    const QString first = (error.databaseText().isEmpty() ? error.driverText() : error.databaseText())
                              .section(QLatin1Char('\n'), 0, 0)
                              .trimmed();
    return tr("Cannot use the shared workspace at %1: %2").arg(where, first);
}

bool Server::inspect(QSqlDatabase& db, const QString& uri, int* version, QString* error)
{
    const auto fail = failInto(error);
    const QString where = displayName(uri);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT to_regclass('meta') IS NOT NULL, to_regclass('change_log') IS NOT NULL")) ||
        !q.next())
        return fail(explain(q.lastError(), uri));
    if (!q.value(0).toBool() || !q.value(1).toBool())
        return fail(
            tr("The database at %1 is not an mcfund shared workspace (it was not changed; mcfund server "
               "init makes one in an empty database).")
                .arg(where));
    q.finish();
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('application', 'schema_version')")))
        return fail(explain(q.lastError(), uri));
    QString application;
    int found = 0;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("application"))
            application = q.value(1).toString();
        else
            found = q.value(1).toString().toInt();
    }
    if (application != QLatin1String("mcfund") || found < 1)
        return fail(
            tr("The database at %1 is not an mcfund shared workspace (it was not changed).").arg(where));
    if (found > SchemaVersion)
        return fail(
            tr("The shared workspace at %1 was made by a newer version of mcfund (schema %2; this version "
               "reads up to %3).")
                .arg(where)
                .arg(found)
                .arg(SchemaVersion));
    if (version)
        *version = found;
    return true;
}

Server::Role Server::role(const QSqlDatabase& db, QString* institutionUid)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT pg_has_role(current_user, t.tableowner, 'MEMBER') FROM pg_tables t "
                              "WHERE t.tablename = 'change_log' AND t.schemaname = current_schema()")) &&
        q.next() && q.value(0).toBool())
        return Role::Owner;
    q.finish();
    q.prepare(QStringLiteral("SELECT role, institution_uid FROM workspace_user WHERE name = current_user"));
    if (q.exec() && q.next()) {
        if (institutionUid)
            *institutionUid = q.value(1).toString();
        return roleFromCode(q.value(0).toString());
    }
    // A login role made outside mcfund but put in one of its groups.
    for (Role r : {Role::Admin, Role::Officer, Role::Reviewer, Role::Coordinator}) {
        q.prepare(QStringLiteral("SELECT pg_has_role(current_user, ?, 'MEMBER')"));
        q.addBindValue(QString(QStringLiteral("mcfund_") + roleCode(r)));
        if (q.exec() && q.next() && q.value(0).toBool())
            return r;
    }
    return Role::None;
}

QStringList Server::schemaStatements()
{
    QStringList out;
    for (const char* s : kSchema)
        out << QString::fromUtf8(s);
    return out;
}

QStringList Server::securityStatements()
{
    QStringList out;
    for (const char* s : kTriggers)
        out << QString::fromUtf8(s);
    // The change log of every record, written by the server.
    for (Entity e : Schema::entities()) {
        const EntityDef& def = Schema::entity(e);
        out << QStringLiteral("CREATE TRIGGER %1_audit AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                              "EXECUTE FUNCTION mcfund_audit('%2')")
                   .arg(def.table, def.name);
    }
    // The ministry's fields of the records a coordinator keeps.
    QStringList coordinatorTables;
    for (Entity e : {Entity::Project, Entity::Credential, Entity::Partner, Entity::ProjectPartner}) {
        const EntityDef& def = Schema::entity(e);
        coordinatorTables << def.table;
        QStringList ministry;
        for (const FieldDef& f : def.fields)
            if (f.ministryOnly)
                ministry << QStringLiteral("'%1'").arg(f.column);
        if (e == Entity::Project)
            ministry << QStringLiteral("'approved_cents'");
        if (!ministry.isEmpty())
            out << QStringLiteral(
                       "CREATE TRIGGER %1_ministry_fields BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW "
                       "EXECUTE FUNCTION mcfund_ministry_fields(%2)")
                       .arg(def.table, ministry.join(QLatin1Char(',')));
    }

    // The group roles, once a cluster; an administrator is an officer too.
    for (const char* g : kGroups)
        out << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                              "CREATE ROLE %1 NOLOGIN; END IF; END $$")
                   .arg(QLatin1String(g));
    out << QStringLiteral("GRANT mcfund_officer TO mcfund_admin");

    const QStringList all = {QStringLiteral("meta"),          QStringLiteral("sector"),
                             QStringLiteral("funding_round"), QStringLiteral("round_sector"),
                             QStringLiteral("round_rule"),    QStringLiteral("institution"),
                             QStringLiteral("project"),       QStringLiteral("micro_credential"),
                             QStringLiteral("partner"),       QStringLiteral("project_partner"),
                             QStringLiteral("change_log"),    QStringLiteral("review_criterion"),
                             QStringLiteral("review"),        QStringLiteral("decision"),
                             QStringLiteral("import_preset"), QStringLiteral("workspace_user"),
                             QStringLiteral("assignment")};
    const QString groups =
        QStringLiteral("mcfund_admin, mcfund_officer, mcfund_reviewer, mcfund_coordinator");
    out << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(QStringLiteral("public"), groups);
    out << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(all.join(QStringLiteral(", ")));
    out << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(all.join(QStringLiteral(", ")), groups);
    out << QStringLiteral("GRANT INSERT ON change_log TO %1").arg(groups);
    out << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(groups);
    // Officers: applications, partners, reviews and decisions; administrators also rounds, rules, users.
    out << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON institution, project, micro_credential, partner, "
                          "project_partner, review, decision, assignment, import_preset TO mcfund_officer");
    out << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON sector, funding_round, round_sector, round_rule, "
                          "review_criterion, meta, workspace_user TO mcfund_admin");
    // Reviewers: their own scores only (the policy below names them).
    out << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON review TO mcfund_reviewer");
    // ... and the conflicts of interest they declare (the policy below: their own, as conflicts only).
    out << QStringLiteral("GRANT INSERT, UPDATE (conflict, reason, updated_at, version) ON assignment TO "
                          "mcfund_reviewer");
    // Coordinators: their institution's records, without the columns the ministry decides.
    for (Entity e : {Entity::Project, Entity::Credential, Entity::Partner, Entity::ProjectPartner}) {
        const EntityDef& def = Schema::entity(e);
        QStringList columns = {QStringLiteral("uid"), QStringLiteral("created_at"),
                               QStringLiteral("updated_at"), QStringLiteral("version")};
        QStringList updatable = {QStringLiteral("updated_at"), QStringLiteral("version")};
        if (e != Entity::ProjectPartner) {
            columns << QStringLiteral("sort_en") << QStringLiteral("sort_fr");
            updatable << QStringLiteral("sort_en") << QStringLiteral("sort_fr");
        }
        for (const FieldDef& f : def.fields) {
            columns << f.column; // an insert names every column; the trigger checks the ministry's values
            if (!f.ministryOnly || f.column == QLatin1String("status"))
                updatable << f.column;
        }
        if (e == Entity::Project)
            updatable.removeAll(QStringLiteral("approved_cents"));
        out << QStringLiteral("GRANT INSERT (%1), UPDATE (%2) ON %3 TO mcfund_coordinator")
                   .arg(columns.join(QStringLiteral(", ")), updatable.join(QStringLiteral(", ")), def.table);
    }
    out << QStringLiteral("GRANT DELETE ON micro_credential, partner, project_partner TO mcfund_coordinator");

    // Row-level security: what each group sees and writes of the records.
    const QString mine =
        QStringLiteral("(SELECT w.institution_uid FROM workspace_user w WHERE w.name = current_user)");
    struct Rls
    {
        const char* table;
        QString coordinator; ///< the rows a coordinator sees and writes; empty: none
    };
    const QList<Rls> tables = {
        {"institution", QStringLiteral("uid = %1").arg(mine)},
        {"project", QStringLiteral("institution_uid = %1").arg(mine)},
        {"micro_credential", QStringLiteral("institution_uid = %1").arg(mine)},
        {"partner", QStringLiteral("institution_uid IS NULL OR institution_uid = %1").arg(mine)},
        {"project_partner", QStringLiteral("project_uid IN (SELECT uid FROM project)")},
        {"review", QString()},
        {"decision", QString()},
        {"assignment", QString()},
        {"change_log", QStringLiteral("\"user\" = current_user")},
    };
    for (const Rls& t : tables) {
        const QString table = QLatin1String(t.table);
        out << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
        if (table == QLatin1String("review")) {
            // Blind until scored: a reviewer reads their own scores, and another reviewer's only on an
            // application assigned to them once they have scored every criterion of it; they write scores
            // only on applications assigned to them without a conflict.
            out << QStringLiteral(
                "CREATE POLICY officer_all ON review TO mcfund_officer USING (true) WITH CHECK (true)");
            out << QStringLiteral(
                "CREATE POLICY reviewer_read ON review FOR SELECT TO mcfund_reviewer USING (reviewer = "
                "current_user OR (mcfund_assigned(project_uid, current_user) AND "
                "mcfund_scored(project_uid, current_user)))");
            out << QStringLiteral("CREATE POLICY reviewer_add ON review FOR INSERT TO mcfund_reviewer "
                                  "WITH CHECK (reviewer = current_user AND mcfund_assigned(project_uid, "
                                  "current_user))");
            out << QStringLiteral("CREATE POLICY reviewer_change ON review FOR UPDATE TO mcfund_reviewer "
                                  "USING (reviewer = current_user) WITH CHECK (reviewer = current_user AND "
                                  "mcfund_assigned(project_uid, current_user))");
            out << QStringLiteral("CREATE POLICY reviewer_remove ON review FOR DELETE TO mcfund_reviewer "
                                  "USING (reviewer = current_user)");
            continue;
        }
        if (table == QLatin1String("assignment")) {
            // Officers assign; a reviewer sees their own rows and declares a conflict on them (or on an
            // application not assigned to them), never assigns themselves.
            out << QStringLiteral(
                "CREATE POLICY officer_all ON assignment TO mcfund_officer USING (true) WITH CHECK (true)");
            out << QStringLiteral("CREATE POLICY reviewer_read ON assignment FOR SELECT TO mcfund_reviewer "
                                  "USING (reviewer = current_user)");
            out << QStringLiteral(
                "CREATE POLICY reviewer_declare ON assignment FOR INSERT TO mcfund_reviewer "
                "WITH CHECK (reviewer = current_user AND conflict = 1)");
            out << QStringLiteral("CREATE POLICY reviewer_conflict ON assignment FOR UPDATE TO "
                                  "mcfund_reviewer USING (reviewer = current_user) WITH CHECK (reviewer = "
                                  "current_user AND conflict = 1)");
            continue;
        }
        if (table == QLatin1String("change_log")) {
            out << QStringLiteral("CREATE POLICY ministry_read ON change_log FOR SELECT TO mcfund_officer, "
                                  "mcfund_reviewer USING (true)");
            out << QStringLiteral(
                       "CREATE POLICY coordinator_read ON change_log FOR SELECT TO mcfund_coordinator "
                       "USING (%1)")
                       .arg(t.coordinator);
            out << QStringLiteral(
                       "CREATE POLICY everyone_adds ON change_log FOR INSERT TO %1 WITH CHECK (true)")
                       .arg(groups);
            continue;
        }
        out << QStringLiteral(
                   "CREATE POLICY ministry_all ON %1 TO mcfund_officer USING (true) WITH CHECK (true)")
                   .arg(table);
        out << QStringLiteral("CREATE POLICY reviewer_read ON %1 FOR SELECT TO mcfund_reviewer USING (true)")
                   .arg(table);
        if (!t.coordinator.isEmpty())
            out << QStringLiteral("CREATE POLICY own_institution ON %1 TO mcfund_coordinator USING (%2) "
                                  "WITH CHECK (%2)")
                       .arg(table, t.coordinator);
    }
    return out;
}

bool Server::init(QSqlDatabase& db, const QString& uri, const QString& from, bool empty, QString* error)
{
    const auto fail = failInto(error);
    const QString where = displayName(uri);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p', 'f')")) ||
        !q.next())
        return fail(explain(q.lastError(), uri));
    if (q.value(0).toLongLong() > 0) {
        int version = 0;
        QString why;
        if (inspect(db, uri, &version, &why))
            return fail(tr("The database at %1 is already an mcfund shared workspace; nothing was changed.")
                            .arg(where));
        return fail(
            tr("The database at %1 already holds tables; server init needs an empty database. Nothing "
               "was changed.")
                .arg(where));
    }
    q.finish();
    // One transaction: a failure anywhere leaves the database as empty as it was.
    Transaction tx(db);
    if (!tx.isActive())
        return fail(explain(db.lastError(), uri));
    // Tables first; their indexes once the data is in (a million rows load several times faster into
    // tables without them, and each index is then built in one sort).
    QStringList tables, indexes;
    for (const QString& sql : schemaStatements())
        (sql.startsWith(QLatin1String("CREATE INDEX")) ? indexes : tables) << sql;
    if (!execAll(db, tables, error))
        return false;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"));
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("application"), QStringLiteral("mcfund")},
        {QStringLiteral("schema_version"), QString::number(SchemaVersion)},
        {QStringLiteral("workspace_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("kind"),
         from.isEmpty() && empty ? QStringLiteral("empty") : QStringLiteral("official")},
        {QStringLiteral("created_at"), now},
        {QStringLiteral("created_by"), QStringLiteral("mcfund " MCFUND_VERSION)}};
    for (const auto& [k, v] : values) {
        meta.addBindValue(k);
        meta.addBindValue(v);
        if (!meta.exec())
            return fail(tr("The shared workspace could not be set up: %1").arg(meta.lastError().text()));
    }
    // The data a workspace starts with is loaded before the triggers that log changes, as in a SQLite
    // workspace: a SQLite workspace's records and history as they are (its change log included), or the
    // official data, which is where the history starts, not a change.
    if (!from.isEmpty() && !TableCopy::fromFile(from, db, error))
        return false;
    if (from.isEmpty() && !empty && !OfficialDataset::load(db, error))
        return false;
    // The planner's statistics, so that the first queries on a large workspace are planned well.
    if (!execAll(db, indexes, error) || !execAll(db, securityStatements(), error) ||
        !execAll(db, {QStringLiteral("ANALYZE ") + TableCopy::tables().join(QStringLiteral(", "))}, error))
        return false;
    if (!tx.commit())
        return fail(tr("The shared workspace could not be set up: %1").arg(tx.error()));
    // Outside the transaction (VACUUM cannot run in one): the visibility map of the freshly loaded tables,
    // so that counts and key paging read their indexes alone. Only an optimisation: no failure here.
    QSqlQuery(db).exec(QStringLiteral("VACUUM (ANALYZE) ") + TableCopy::tables().join(QStringLiteral(", ")));
    return true;
}

bool Server::addUser(QSqlDatabase& db, const QString& name, Role role, const QString& institutionUid,
                     const QString& password, QString* error)
{
    const auto fail = failInto(error);
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    if (!valid.match(name).hasMatch())
        return fail(
            tr("“%1” cannot be a user name: use lowercase letters, digits, “_”, “.” or “-”, starting with a "
               "letter.")
                .arg(name));
    if (name.startsWith(QLatin1String("mcfund_")) || name == QLatin1String("public") ||
        name.startsWith(QLatin1String("pg_")))
        return fail(tr("“%1” is a name PostgreSQL or mcfund keeps for itself.").arg(name));
    if (role == Role::None || role == Role::Owner)
        return fail(tr("A user's role is admin, officer, reviewer or coordinator."));
    // A coordinator keeps their institution's records; a reviewer from an institution has a conflict of
    // interest with its applications (the review policies read it).
    if (role == Role::Coordinator && institutionUid.isEmpty())
        return fail(tr("A coordinator needs --institution."));
    if (role != Role::Coordinator && role != Role::Reviewer && !institutionUid.isEmpty())
        return fail(tr("Only a coordinator or a reviewer belongs to an institution."));
    Transaction tx(db);
    if (!tx.isActive())
        return fail(tx.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return fail(q.lastError().text());
    const bool exists = q.next();
    q.finish();
    // Role names and passwords cannot be bound values in CREATE ROLE: PostgreSQL's own format() quotes them.
    QString statement;
    q.prepare(exists ? QStringLiteral("SELECT format('GRANT %I TO %I', ?::text, ?::text)")
              : password.isEmpty()
                  ? QStringLiteral("SELECT format('CREATE ROLE %I LOGIN %s IN ROLE %I', ?::text, ?::text, "
                                   "?::text)")
                  : QStringLiteral("SELECT format('CREATE ROLE %I LOGIN %s PASSWORD %L IN ROLE %I', "
                                   "?::text, ?::text, ?::text, ?::text)"));
    const QString group = QString(QStringLiteral("mcfund_") + roleCode(role));
    if (exists) {
        q.addBindValue(group);
        q.addBindValue(name);
    } else {
        q.addBindValue(name);
        q.addBindValue(role == Role::Admin ? QStringLiteral("CREATEROLE") : QString());
        if (!password.isEmpty())
            q.addBindValue(password);
        q.addBindValue(group);
    }
    if (!q.exec() || !q.next())
        return fail(tr("Cannot add the user “%1”: %2").arg(name, q.lastError().databaseText().trimmed()));
    statement = q.value(0).toString();
    q.finish();
    if (!q.exec(statement))
        return fail(tr("Cannot add the user “%1”: %2").arg(name, q.lastError().databaseText().trimmed()));
    q.prepare(QStringLiteral("INSERT INTO workspace_user(name, role, institution_uid) VALUES (?, ?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET role = excluded.role, "
                             "institution_uid = excluded.institution_uid"));
    q.addBindValue(name);
    q.addBindValue(roleCode(role));
    q.addBindValue(institutionUid.isEmpty() ? QVariant() : QVariant(institutionUid));
    if (!q.exec())
        return fail(tr("Cannot add the user “%1”: %2").arg(name, q.lastError().databaseText().trimmed()));
    if (!tx.commit())
        return fail(tr("Cannot add the user “%1”: %2").arg(name, tx.error()));
    Q_UNUSED(quoted);
    return true;
}

} // namespace mcfund
