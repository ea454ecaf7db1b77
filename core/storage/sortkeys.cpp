#include "sortkeys.h"

#include "domain/textkey.h"

namespace mcfund {

bool SortKeys::applies(Entity entity)
{
    return entity != Entity::ProjectPartner && entity != Entity::Criterion && entity != Entity::Review &&
           entity != Entity::Decision && entity != Entity::Assignment;
}

QStringList SortKeys::sources(Entity entity)
{
    switch (entity) {
    case Entity::Project:
    case Entity::Credential:
        return {QStringLiteral("title_en"), QStringLiteral("title_fr")};
    case Entity::Partner:
        return {QStringLiteral("name")};
    case Entity::ProjectPartner:
    case Entity::Criterion:
    case Entity::Review:
    case Entity::Decision:
    case Entity::Assignment:
        return {};
    default:
        return {QStringLiteral("name_en"), QStringLiteral("name_fr")};
    }
}

void SortKeys::fill(Entity entity, Record& record)
{
    const QStringList s = sources(entity);
    if (s.isEmpty())
        return;
    const QString en = record.value(s.first()).toString();
    const QString fr = record.value(s.last()).toString();
    const QString shownEn = en.isEmpty() ? fr : en;
    const QString shownFr = fr.isEmpty() ? en : fr;
    record.insert(QStringLiteral("sort_en"), shownEn.isEmpty() ? QVariant() : QVariant(TextKey::of(shownEn)));
    record.insert(QStringLiteral("sort_fr"), shownFr.isEmpty() ? QVariant() : QVariant(TextKey::of(shownFr)));
}

} // namespace mcfund
