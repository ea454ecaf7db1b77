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

std::pair<QVariant, QVariant> SortKeys::of(Entity entity, const Record& record)
{
    // The sources of every entity, listed once: an import asks for each row it adds.
    static const QList<QStringList> all = [] {
        QList<QStringList> out;
        for (int e = 0; e <= int(Entity::Assignment); ++e)
            out << sources(Entity(e));
        return out;
    }();
    const QStringList& s = all.at(int(entity));
    if (s.isEmpty())
        return {};
    const QString en = record.value(s.first()).toString();
    const QString fr = record.value(s.last()).toString();
    const QString shownEn = en.isEmpty() ? fr : en;
    const QString shownFr = fr.isEmpty() ? en : fr;
    return {shownEn.isEmpty() ? QVariant() : QVariant(TextKey::of(shownEn)),
            shownFr.isEmpty() ? QVariant() : QVariant(TextKey::of(shownFr))};
}

void SortKeys::fill(Entity entity, Record& record)
{
    if (sources(entity).isEmpty())
        return;
    auto [en, fr] = of(entity, record);
    record.insert(QStringLiteral("sort_en"), std::move(en));
    record.insert(QStringLiteral("sort_fr"), std::move(fr));
}

} // namespace mcfund
