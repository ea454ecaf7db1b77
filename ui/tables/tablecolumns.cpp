#include "tablecolumns.h"

#include <QHash>

namespace mcfund {

QString TableColumn::header(Entity entity) const
{
    if (label)
        return QCoreApplication::translate("mcfund::TableColumns", label);
    const FieldDef* f = Schema::entity(entity).field(fieldEn);
    return f ? f->displayName() : id;
}

namespace {

TableColumn pair(const char* id, const char* label, const char* base)
{
    return {QString::fromLatin1(id), label, QString::fromLatin1(base) + QStringLiteral("_en"),
            QString::fromLatin1(base) + QStringLiteral("_fr"), TableColumn::Derived::None};
}

TableColumn field(const char* column)
{
    return {QString::fromLatin1(column), nullptr, QString::fromLatin1(column), QString(),
            TableColumn::Derived::None};
}

TableColumn derived(const char* id, const char* label, TableColumn::Derived d)
{
    return {QString::fromLatin1(id), label, QString(), QString(), d};
}

QList<TableColumn> build(Entity e)
{
    switch (e) {
    case Entity::Project:
        return {pair("title", QT_TRANSLATE_NOOP("mcfund::TableColumns", "Title"), "title"),
                field("institution_uid"),
                field("round_uid"),
                field("sector_uid"),
                field("status"),
                field("project_type"),
                field("requested_cents"),
                field("approved_cents"),
                field("target_learners"),
                field("planned_credentials"),
                field("start_on"),
                field("end_on"),
                field("original_language"),
                field("sector_assigned_by")};
    case Entity::Credential:
        return {pair("title", QT_TRANSLATE_NOOP("mcfund::TableColumns", "Title"), "title"),
                field("institution_uid"),
                derived("project", QT_TRANSLATE_NOOP("mcfund::TableColumns", "Project"),
                        TableColumn::Derived::ProjectTitle),
                field("sector_uid"),
                field("delivery"),
                field("hours"),
                field("weeks"),
                derived("osap_length", QT_TRANSLATE_NOOP("mcfund::TableColumns", "OSAP-eligible length"),
                        TableColumn::Derived::OsapEligibleLength),
                field("osap_approved"),
                field("tuition_cents"),
                field("status"),
                field("language"),
                field("learners_enrolled"),
                field("learners_completed"),
                field("cip_code"),
                field("noc_codes")};
    case Entity::Institution:
        return {pair("name", QT_TRANSLATE_NOOP("mcfund::TableColumns", "Name"), "name"), field("short_name"),
                field("type"), field("region"), field("language")};
    case Entity::Round:
        return {
            field("number"),          pair("name", QT_TRANSLATE_NOOP("mcfund::TableColumns", "Name"), "name"),
            field("fiscal_year"),     field("envelope_cents"),
            field("status"),          field("announced_on"),
            field("intake_opens"),    field("intake_closes"),
            field("target_projects"), field("target_credentials"),
            field("target_learners")};
    case Entity::Partner:
        return {field("name"), field("kind"), field("sector_uid"), field("institution_uid")};
    case Entity::Sector:
        return {field("code"), pair("name", QT_TRANSLATE_NOOP("mcfund::TableColumns", "Name"), "name")};
    case Entity::ProjectPartner:
        return {field("project_uid"), field("partner_uid"), field("role"), field("contribution_cents")};
    case Entity::Criterion:
        return {pair("name", QT_TRANSLATE_NOOP("mcfund::TableColumns", "Name"), "name"), field("weight"),
                field("max_score"), field("sort_order")};
    case Entity::Review:
        return {field("project_uid"), field("criterion_uid"), field("reviewer"), field("score"),
                field("comment")};
    case Entity::Assignment:
        return {field("project_uid"), field("reviewer"), field("conflict"), field("reason")};
    case Entity::Decision:
        return {field("project_uid"), field("outcome"), field("approved_cents"), field("decided_by"),
                field("decided_at"),  field("reason"),  field("override_reason")};
    }
    return {};
}

} // namespace

const QList<TableColumn>& TableColumns::of(Entity entity)
{
    static QHash<int, QList<TableColumn>> cache;
    auto it = cache.find(int(entity));
    if (it == cache.end())
        it = cache.insert(int(entity), build(entity));
    return *it;
}

QString TableColumns::pageKey(Entity entity)
{
    switch (entity) {
    case Entity::Project:
        return QStringLiteral("projects");
    case Entity::Credential:
        return QStringLiteral("credentials");
    case Entity::Institution:
        return QStringLiteral("institutions");
    case Entity::Round:
        return QStringLiteral("rounds");
    case Entity::Partner:
        return QStringLiteral("partners");
    case Entity::Sector:
        return QStringLiteral("sectors");
    case Entity::ProjectPartner:
        return QStringLiteral("project_partners");
    case Entity::Criterion:
        return QStringLiteral("criteria");
    case Entity::Review:
        return QStringLiteral("reviews");
    case Entity::Decision:
        return QStringLiteral("decisions");
    case Entity::Assignment:
        return QStringLiteral("assignments");
    }
    return QString();
}

} // namespace mcfund
