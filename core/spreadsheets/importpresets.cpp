#include "importpresets.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace mcfund {

QStringList ImportPresets::names(const QSqlDatabase& db, Entity entity, QString* error)
{
    QStringList out;
    QSqlQuery q(db);
    const bool prepared =
        q.prepare(QStringLiteral("SELECT name FROM import_preset WHERE entity = ? ORDER BY name"));
    q.addBindValue(Schema::entity(entity).name);
    if (!prepared || !q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool ImportPresets::save(const QSqlDatabase& db, const QString& name, Entity entity,
                         const QStringList& header, const QHash<int, QString>& mapping, QString* error)
{
    QJsonObject byHeader;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        byHeader.insert(header.value(it.key()), it.value());
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO import_preset(name, entity, mapping) VALUES (?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET entity = excluded.entity, mapping = excluded.mapping"));
    q.addBindValue(name.trimmed());
    q.addBindValue(Schema::entity(entity).name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(byHeader).toJson(QJsonDocument::Compact)));
    if (name.trimmed().isEmpty() || !q.exec()) {
        if (error)
            *error = name.trimmed().isEmpty() ? tr("Give the preset a name.") : q.lastError().text();
        return false;
    }
    return true;
}

bool ImportPresets::load(const QSqlDatabase& db, const QString& name, Entity entity,
                         const QStringList& header, QHash<int, QString>* mapping, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT entity, mapping FROM import_preset WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("There is no import preset called “%1”.").arg(name);
        return false;
    }
    if (q.value(0).toString() != Schema::entity(entity).name) {
        if (error)
            *error = tr("The preset “%1” is for %2, not %3.")
                         .arg(name,
                              Schema::byName(q.value(0).toString())
                                  ? Schema::byName(q.value(0).toString())->displayPlural()
                                  : q.value(0).toString(),
                              Schema::entity(entity).displayPlural());
        return false;
    }
    const QJsonObject byHeader = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    mapping->clear();
    for (int i = 0; i < header.size(); ++i)
        if (byHeader.contains(header.at(i)))
            mapping->insert(i, byHeader.value(header.at(i)).toString());
    return true;
}

} // namespace mcfund
