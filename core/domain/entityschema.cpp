#include "entityschema.h"

#include <QHash>

namespace mcfund {

QString FieldDef::displayName() const
{
    return QCoreApplication::translate("mcfund::Schema", label);
}

QStringList EntityDef::columns() const
{
    QStringList out;
    for (const FieldDef& f : fields)
        out << f.column;
    return out;
}

QString EntityDef::displaySingular() const
{
    return QCoreApplication::translate("mcfund::Schema", singular);
}

QString EntityDef::displayPlural() const
{
    return QCoreApplication::translate("mcfund::Schema", plural);
}

namespace {

FieldDef text(const char* column, const char* label, bool required = false, int maxLength = Schema::TitleMax)
{
    FieldDef f;
    f.column = QString::fromLatin1(column);
    f.type = FieldType::Text;
    f.label = label;
    f.required = required;
    f.maxLength = maxLength;
    return f;
}

FieldDef longText(const char* column, const char* label)
{
    FieldDef f = text(column, label, false, Schema::LongTextMax);
    f.type = FieldType::LongText;
    return f;
}

FieldDef integer(const char* column, const char* label, qint64 min, qint64 max, bool required = false)
{
    FieldDef f;
    f.column = QString::fromLatin1(column);
    f.type = FieldType::Integer;
    f.label = label;
    f.min = min;
    f.max = max;
    f.required = required;
    return f;
}

FieldDef money(const char* column, const char* label, bool ministryOnly = false)
{
    FieldDef f;
    f.column = QString::fromLatin1(column);
    f.type = FieldType::Money;
    f.label = label;
    f.min = 0;
    f.max = qint64(1000000000) * 100; // a billion dollars: far above any envelope
    f.ministryOnly = ministryOnly;
    return f;
}

FieldDef date(const char* column, const char* label)
{
    FieldDef f;
    f.column = QString::fromLatin1(column);
    f.type = FieldType::Date;
    f.label = label;
    return f;
}

FieldDef boolean(const char* column, const char* label)
{
    FieldDef f;
    f.column = QString::fromLatin1(column);
    f.type = FieldType::Bool;
    f.label = label;
    return f;
}

FieldDef code(const char* column, const char* label, CodeList list, bool required = true)
{
    FieldDef f;
    f.column = QString::fromLatin1(column);
    f.type = FieldType::Code;
    f.label = label;
    f.codes = list;
    f.required = required;
    return f;
}

FieldDef reference(const char* column, const char* label, Entity target, bool required = true)
{
    FieldDef f;
    f.column = QString::fromLatin1(column);
    f.type = FieldType::Reference;
    f.label = label;
    f.ref = target;
    f.required = required;
    return f;
}

FieldDef ministry(FieldDef f)
{
    f.ministryOnly = true;
    return f;
}

QList<EntityDef> buildAll()
{
    QList<EntityDef> all;
    all << EntityDef{Entity::Sector,
                     QStringLiteral("sector"),
                     QStringLiteral("sector"),
                     QT_TRANSLATE_NOOP("mcfund::Schema", "sector"),
                     QT_TRANSLATE_NOOP("mcfund::Schema", "sectors"),
                     {
                         text("code", QT_TRANSLATE_NOOP("mcfund::Schema", "Code"), true, 40),
                         text("name_en", QT_TRANSLATE_NOOP("mcfund::Schema", "Name (English)")),
                         text("name_fr", QT_TRANSLATE_NOOP("mcfund::Schema", "Name (French)")),
                         integer("sort_order", QT_TRANSLATE_NOOP("mcfund::Schema", "Order"), 0, 1000),
                     }};
    all << EntityDef{
        Entity::Round,
        QStringLiteral("funding_round"),
        QStringLiteral("round"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "round"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "rounds"),
        {
            integer("number", QT_TRANSLATE_NOOP("mcfund::Schema", "Number"), 1, 999, true),
            text("name_en", QT_TRANSLATE_NOOP("mcfund::Schema", "Name (English)")),
            text("name_fr", QT_TRANSLATE_NOOP("mcfund::Schema", "Name (French)")),
            text("fiscal_year", QT_TRANSLATE_NOOP("mcfund::Schema", "Fiscal year"), false, 20),
            date("announced_on", QT_TRANSLATE_NOOP("mcfund::Schema", "Announced on")),
            date("intake_opens", QT_TRANSLATE_NOOP("mcfund::Schema", "Intake opens")),
            date("intake_closes", QT_TRANSLATE_NOOP("mcfund::Schema", "Intake closes")),
            ministry(money("envelope_cents", QT_TRANSLATE_NOOP("mcfund::Schema", "Envelope"))),
            integer("target_projects", QT_TRANSLATE_NOOP("mcfund::Schema", "Target projects"), 0, 1000000),
            integer("target_credentials", QT_TRANSLATE_NOOP("mcfund::Schema", "Target micro-credentials"), 0,
                    10000000),
            integer("target_learners", QT_TRANSLATE_NOOP("mcfund::Schema", "Target learners"), 0, 100000000),
            integer("target_institutions", QT_TRANSLATE_NOOP("mcfund::Schema", "Target institutions"), 0,
                    10000),
            code("status", QT_TRANSLATE_NOOP("mcfund::Schema", "Status"), CodeList::RoundStatus),
            longText("outcome_en", QT_TRANSLATE_NOOP("mcfund::Schema", "Outcome (English)")),
            longText("outcome_fr", QT_TRANSLATE_NOOP("mcfund::Schema", "Outcome (French)")),
        }};
    all << EntityDef{
        Entity::Institution,
        QStringLiteral("institution"),
        QStringLiteral("institution"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "institution"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "institutions"),
        {
            text("name_en", QT_TRANSLATE_NOOP("mcfund::Schema", "Name (English)")),
            text("name_fr", QT_TRANSLATE_NOOP("mcfund::Schema", "Name (French)")),
            text("short_name", QT_TRANSLATE_NOOP("mcfund::Schema", "Short name"), false, 60),
            code("type", QT_TRANSLATE_NOOP("mcfund::Schema", "Type"), CodeList::InstitutionType),
            code("region", QT_TRANSLATE_NOOP("mcfund::Schema", "Region"), CodeList::Region, false),
            code("language", QT_TRANSLATE_NOOP("mcfund::Schema", "Language"), CodeList::Language),
        }};
    all << EntityDef{
        Entity::Project,
        QStringLiteral("project"),
        QStringLiteral("project"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "project"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "projects"),
        {
            reference("round_uid", QT_TRANSLATE_NOOP("mcfund::Schema", "Round"), Entity::Round),
            reference("institution_uid", QT_TRANSLATE_NOOP("mcfund::Schema", "Institution"),
                      Entity::Institution),
            text("title_en", QT_TRANSLATE_NOOP("mcfund::Schema", "Title (English)")),
            text("title_fr", QT_TRANSLATE_NOOP("mcfund::Schema", "Title (French)")),
            code("original_language", QT_TRANSLATE_NOOP("mcfund::Schema", "Published in"),
                 CodeList::Language),
            reference("sector_uid", QT_TRANSLATE_NOOP("mcfund::Schema", "Sector"), Entity::Sector),
            code("sector_assigned_by", QT_TRANSLATE_NOOP("mcfund::Schema", "Sector assigned by"),
                 CodeList::SectorAssignment),
            ministry(code("status", QT_TRANSLATE_NOOP("mcfund::Schema", "Status"), CodeList::ProjectStatus)),
            code("project_type", QT_TRANSLATE_NOOP("mcfund::Schema", "Project type"), CodeList::ProjectType),
            money("requested_cents", QT_TRANSLATE_NOOP("mcfund::Schema", "Requested")),
            money("approved_cents", QT_TRANSLATE_NOOP("mcfund::Schema", "Approved"), true),
            boolean("collaboration",
                    QT_TRANSLATE_NOOP("mcfund::Schema", "Collaboration between institutions")),
            boolean("indigenous_institute",
                    QT_TRANSLATE_NOOP("mcfund::Schema", "Led by an Indigenous Institute")),
            boolean("indigenous_partnership",
                    QT_TRANSLATE_NOOP("mcfund::Schema",
                                      "Partners with Indigenous Institutes or trains Indigenous learners")),
            integer("target_learners", QT_TRANSLATE_NOOP("mcfund::Schema", "Target learners"), 0, 1000000),
            integer("planned_credentials", QT_TRANSLATE_NOOP("mcfund::Schema", "Planned micro-credentials"),
                    0, 1000),
            date("start_on", QT_TRANSLATE_NOOP("mcfund::Schema", "Start")),
            date("end_on", QT_TRANSLATE_NOOP("mcfund::Schema", "End")),
            longText("summary_en", QT_TRANSLATE_NOOP("mcfund::Schema", "Summary (English)")),
            longText("summary_fr", QT_TRANSLATE_NOOP("mcfund::Schema", "Summary (French)")),
        }};
    all << EntityDef{
        Entity::Credential,
        QStringLiteral("micro_credential"),
        QStringLiteral("credential"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "micro-credential"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "micro-credentials"),
        {
            reference("institution_uid", QT_TRANSLATE_NOOP("mcfund::Schema", "Institution"),
                      Entity::Institution),
            reference("project_uid", QT_TRANSLATE_NOOP("mcfund::Schema", "Project"), Entity::Project, false),
            text("title_en", QT_TRANSLATE_NOOP("mcfund::Schema", "Title (English)")),
            text("title_fr", QT_TRANSLATE_NOOP("mcfund::Schema", "Title (French)")),
            reference("sector_uid", QT_TRANSLATE_NOOP("mcfund::Schema", "Sector"), Entity::Sector),
            code("delivery", QT_TRANSLATE_NOOP("mcfund::Schema", "Delivery"), CodeList::Delivery),
            integer("hours", QT_TRANSLATE_NOOP("mcfund::Schema", "Hours"), 1, 2000),
            integer("weeks", QT_TRANSLATE_NOOP("mcfund::Schema", "Weeks"), 1, 104),
            money("tuition_cents", QT_TRANSLATE_NOOP("mcfund::Schema", "Tuition")),
            ministry(boolean("osap_approved", QT_TRANSLATE_NOOP("mcfund::Schema", "OSAP approved"))),
            code("status", QT_TRANSLATE_NOOP("mcfund::Schema", "Status"), CodeList::CredentialStatus),
            code("language", QT_TRANSLATE_NOOP("mcfund::Schema", "Language"), CodeList::Language),
            integer("learners_enrolled", QT_TRANSLATE_NOOP("mcfund::Schema", "Learners enrolled"), 0,
                    1000000),
            integer("learners_completed", QT_TRANSLATE_NOOP("mcfund::Schema", "Learners completed"), 0,
                    1000000),
            text("cip_code", QT_TRANSLATE_NOOP("mcfund::Schema", "CIP 2021 code"), false, 7),
            text("noc_codes", QT_TRANSLATE_NOOP("mcfund::Schema", "NOC 2021 codes"), false, 20),
            longText("outcomes_en", QT_TRANSLATE_NOOP("mcfund::Schema", "Learning outcomes (English)")),
            longText("outcomes_fr", QT_TRANSLATE_NOOP("mcfund::Schema", "Learning outcomes (French)")),
            text("assessment", QT_TRANSLATE_NOOP("mcfund::Schema", "Assessment"), false, 1000),
            text("url", QT_TRANSLATE_NOOP("mcfund::Schema", "Web page"), false, 2000),
        }};
    all << EntityDef{
        Entity::Partner,
        QStringLiteral("partner"),
        QStringLiteral("partner"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "partner"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "partners"),
        {
            text("name", QT_TRANSLATE_NOOP("mcfund::Schema", "Name"), true),
            code("kind", QT_TRANSLATE_NOOP("mcfund::Schema", "Kind"), CodeList::PartnerKind),
            reference("sector_uid", QT_TRANSLATE_NOOP("mcfund::Schema", "Sector"), Entity::Sector, false),
            reference("institution_uid", QT_TRANSLATE_NOOP("mcfund::Schema", "Institution"),
                      Entity::Institution, false),
        }};
    all << EntityDef{
        Entity::ProjectPartner,
        QStringLiteral("project_partner"),
        QStringLiteral("project_partner"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "project partner"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "project partners"),
        {
            reference("project_uid", QT_TRANSLATE_NOOP("mcfund::Schema", "Project"), Entity::Project),
            reference("partner_uid", QT_TRANSLATE_NOOP("mcfund::Schema", "Partner"), Entity::Partner),
            code("role", QT_TRANSLATE_NOOP("mcfund::Schema", "Role"), CodeList::PartnerRole),
            money("contribution_cents", QT_TRANSLATE_NOOP("mcfund::Schema", "Contribution")),
        }};
    all << EntityDef{
        Entity::Criterion,
        QStringLiteral("review_criterion"),
        QStringLiteral("criterion"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "review criterion"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "review criteria"),
        {
            reference("round_uid", QT_TRANSLATE_NOOP("mcfund::Schema", "Round"), Entity::Round),
            text("name_en", QT_TRANSLATE_NOOP("mcfund::Schema", "Name (English)")),
            text("name_fr", QT_TRANSLATE_NOOP("mcfund::Schema", "Name (French)")),
            integer("weight", QT_TRANSLATE_NOOP("mcfund::Schema", "Weight"), 1, 100, true),
            integer("max_score", QT_TRANSLATE_NOOP("mcfund::Schema", "Maximum score"), 1, 100, true),
            integer("sort_order", QT_TRANSLATE_NOOP("mcfund::Schema", "Order"), 0, 1000),
        }};
    all << EntityDef{
        Entity::Review,
        QStringLiteral("review"),
        QStringLiteral("review"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "review"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "reviews"),
        {
            reference("project_uid", QT_TRANSLATE_NOOP("mcfund::Schema", "Project"), Entity::Project),
            reference("criterion_uid", QT_TRANSLATE_NOOP("mcfund::Schema", "Criterion"), Entity::Criterion),
            text("reviewer", QT_TRANSLATE_NOOP("mcfund::Schema", "Reviewer"), true, 120),
            integer("score", QT_TRANSLATE_NOOP("mcfund::Schema", "Score"), 0, 100, true),
            longText("comment", QT_TRANSLATE_NOOP("mcfund::Schema", "Comment")),
        }};
    all << EntityDef{
        Entity::Decision,
        QStringLiteral("decision"),
        QStringLiteral("decision"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "decision"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "decisions"),
        {
            reference("project_uid", QT_TRANSLATE_NOOP("mcfund::Schema", "Project"), Entity::Project),
            code("outcome", QT_TRANSLATE_NOOP("mcfund::Schema", "Decision"), CodeList::DecisionOutcome),
            money("approved_cents", QT_TRANSLATE_NOOP("mcfund::Schema", "Approved"), true),
            text("decided_by", QT_TRANSLATE_NOOP("mcfund::Schema", "Decided by"), true, 120),
            text("decided_at", QT_TRANSLATE_NOOP("mcfund::Schema", "Decided at"), true, 40),
            longText("reason", QT_TRANSLATE_NOOP("mcfund::Schema", "Reason")),
            longText("override_reason", QT_TRANSLATE_NOOP("mcfund::Schema", "Envelope override reason")),
        }};
    // Who reviews which application: an assignment, or a conflict of interest the reviewer declared (with
    // its reason). Whether it is scored is read from the reviews, never stored twice.
    all << EntityDef{
        Entity::Assignment,
        QStringLiteral("assignment"),
        QStringLiteral("assignment"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "assignment"),
        QT_TRANSLATE_NOOP("mcfund::Schema", "assignments"),
        {
            reference("project_uid", QT_TRANSLATE_NOOP("mcfund::Schema", "Project"), Entity::Project),
            text("reviewer", QT_TRANSLATE_NOOP("mcfund::Schema", "Reviewer"), true, 120),
            boolean("conflict", QT_TRANSLATE_NOOP("mcfund::Schema", "Conflict of interest")),
            longText("reason", QT_TRANSLATE_NOOP("mcfund::Schema", "Reason")),
        }};
    return all;
}

const QList<EntityDef>& all()
{
    static const QList<EntityDef> defs = buildAll();
    return defs;
}

} // namespace

const FieldDef* EntityDef::field(const QString& column) const
{
    // Looked up for every cell of an import and every field of every record checked: by hash, not along
    // the list (Schema's definitions are the only ones there are).
    static const QList<QHash<QString, qsizetype>> byColumn = [] {
        QList<QHash<QString, qsizetype>> out;
        for (const EntityDef& d : all()) {
            QHash<QString, qsizetype> index;
            for (qsizetype i = 0; i < d.fields.size(); ++i)
                index.insert(d.fields.at(i).column, i);
            out << index;
        }
        return out;
    }();
    if (this != &Schema::entity(entity)) {
        for (const FieldDef& f : fields)
            if (f.column == column)
                return &f;
        return nullptr;
    }
    const QHash<QString, qsizetype>& index = byColumn.at(int(entity));
    const auto it = index.constFind(column);
    return it == index.cend() ? nullptr : &fields.at(*it);
}

const EntityDef& Schema::entity(Entity e)
{
    return all().at(int(e));
}

const QList<Entity>& Schema::entities()
{
    static const QList<Entity> list = {Entity::Sector,         Entity::Round,      Entity::Institution,
                                       Entity::Project,        Entity::Credential, Entity::Partner,
                                       Entity::ProjectPartner, Entity::Criterion,  Entity::Review,
                                       Entity::Decision,       Entity::Assignment};
    return list;
}

const EntityDef* Schema::byName(const QString& name)
{
    for (const EntityDef& d : all())
        if (d.name == name)
            return &d;
    return nullptr;
}

const EntityDef* Schema::byTable(const QString& table)
{
    for (const EntityDef& d : all())
        if (d.table == table)
            return &d;
    return nullptr;
}

} // namespace mcfund
