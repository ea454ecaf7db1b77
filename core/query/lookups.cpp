#include "lookups.h"

#include "storage/sqldialect.h"

#include "domain/textkey.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mcfund {

QString LookupItem::name(const QString& language, bool* fallback) const
{
    const bool fr = language == QLatin1String("fr");
    const QString& wanted = fr ? nameFr : nameEn;
    const QString& other = fr ? nameEn : nameFr;
    if (fallback)
        *fallback = wanted.isEmpty() && !other.isEmpty();
    return wanted.isEmpty() ? other : wanted;
}

bool Lookups::load(const QSqlDatabase& db, QString* error)
{
    m_items.clear();
    m_index.clear();
    m_byKey.clear();
    struct Source
    {
        Entity entity;
        const char* sql;
    };
    const Source sources[] = {
        {Entity::Sector, "SELECT uid, name_en, name_fr, code, '' FROM sector ORDER BY sort_order, code"},
        {Entity::Round,
         "SELECT uid, name_en, name_fr, number, fiscal_year FROM funding_round ORDER BY number"},
        {Entity::Institution,
         "SELECT uid, name_en, name_fr, type, short_name FROM institution ORDER BY name_en"},
    };
    for (const Source& s : sources) {
        QSqlQuery q(db);
        Sql::stream(q);
        QList<LookupItem>& list = m_items[int(s.entity)];
        QHash<QString, int>& index = m_index[int(s.entity)];
        const bool read = q.exec(QString::fromLatin1(s.sql));
        while (read && q.next()) {
            LookupItem item{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString()};
            index.insert(item.uid, int(list.size()));
            QHash<QString, int>& keys = m_byKey[int(s.entity)];
            for (const QString& name : {item.nameEn, item.nameFr, item.extra})
                if (!name.isEmpty())
                    keys.insert(TextKey::of(name), int(list.size()));
            keys.insert(item.code.toLower(), int(list.size()));
            list << item;
        }
        if (!read || q.lastError().isValid()) {
            if (error)
                *error = tr("Cannot read the sectors, rounds and institutions of the workspace: %1")
                             .arg(q.lastError().text());
            m_items.clear();
            m_index.clear();
            m_byKey.clear();
            return false;
        }
    }
    return true;
}

const QList<LookupItem>& Lookups::items(Entity entity) const
{
    static const QList<LookupItem> none;
    const auto it = m_items.constFind(int(entity));
    return it == m_items.cend() ? none : *it;
}

const LookupItem* Lookups::find(Entity entity, const QString& uid) const
{
    const auto idx = m_index.constFind(int(entity));
    if (idx == m_index.cend())
        return nullptr;
    const auto at = idx->constFind(uid);
    return at == idx->cend() ? nullptr : &m_items[int(entity)].at(*at);
}

const LookupItem* Lookups::match(Entity entity, const QString& text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return nullptr;
    if (const LookupItem* byUid = find(entity, t))
        return byUid;
    const auto keys = m_byKey.constFind(int(entity));
    if (keys == m_byKey.cend())
        return nullptr;
    auto at = keys->constFind(TextKey::of(t));
    if (at == keys->cend())
        at = keys->constFind(t.toLower());
    return at == keys->cend() ? nullptr : &m_items[int(entity)].at(*at);
}

QList<LookupItem> Lookups::projectsOf(const QSqlDatabase& db, const QString& institutionUid,
                                      const QString& language, QString* error)
{
    QList<LookupItem> out;
    QSqlQuery q(db);
    Sql::stream(q);
    const bool prepared =
        q.prepare(QStringLiteral("SELECT p.uid, p.title_en, p.title_fr, r.number FROM project p JOIN "
                                 "funding_round r ON r.uid = p.round_uid "
                                 "WHERE p.institution_uid = ? ORDER BY %1")
                      .arg(language == QLatin1String("fr") ? QStringLiteral("p.sort_fr")
                                                           : QStringLiteral("p.sort_en")));
    q.addBindValue(institutionUid);
    if (!prepared || !q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << LookupItem{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), QString()};
    if (q.lastError().isValid()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    return out;
}

std::optional<LookupItem> Lookups::project(const QSqlDatabase& db, const QString& uid)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.uid, p.title_en, p.title_fr, r.number FROM project p JOIN "
                             "funding_round r ON r.uid = p.round_uid WHERE p.uid = ?"));
    q.addBindValue(uid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return LookupItem{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), QString()};
}

QList<LookupItem> Lookups::sorted(Entity entity, const QString& language) const
{
    QList<LookupItem> out = items(entity);
    if (entity == Entity::Round)
        return out; // by number
    std::stable_sort(out.begin(), out.end(), [&](const LookupItem& a, const LookupItem& b) {
        return TextKey::of(a.name(language)) < TextKey::of(b.name(language));
    });
    return out;
}

} // namespace mcfund
