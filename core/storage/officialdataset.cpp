#include "officialdataset.h"

#include "defaultcriteria.h"
#include "recordstore.h"
#include "transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace mcfund {

namespace {

QVariant jsonValue(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isString())
        return v.toString().isEmpty() ? QVariant() : QVariant(v.toString());
    if (v.isDouble())
        return QVariant(qint64(v.toInteger()));
    if (v.isBool())
        return QVariant(v.toBool() ? 1 : 0);
    return QVariant(QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)));
}

} // namespace

QJsonObject OfficialDataset::document()
{
    QFile f(QStringLiteral(":/mcfund/data/official.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString OfficialDataset::stableUid(const QString& kind, const QString& key)
{
    static const QUuid ns(QStringLiteral("{6d1c3a52-3f3e-4f0e-9a7a-2b8f0d4c1e55}"));
    return QUuid::createUuidV5(ns, kind + QLatin1Char(':') + key).toString(QUuid::WithoutBraces);
}

QString OfficialDataset::sectorByRules(const QString& title)
{
    const QJsonArray rules = document().value(QStringLiteral("sector_rules")).toArray();
    for (const QJsonValue& rule : rules) {
        for (const QJsonValue& kw : rule.toObject().value(QStringLiteral("keywords")).toArray())
            if (title.contains(kw.toString(), Qt::CaseInsensitive))
                return rule.toObject().value(QStringLiteral("sector")).toString();
    }
    return QStringLiteral("other");
}

bool OfficialDataset::load(QSqlDatabase& db, QString* error)
{
    return load(db, document(), error);
}

bool OfficialDataset::load(QSqlDatabase& db, const QJsonObject& doc, QString* error)
{
    if (doc.isEmpty()) {
        if (error)
            *error = tr("The official dataset is missing from this build.");
        return false;
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    RecordStore store(db, ChangeContext{QStringLiteral("mcfund"), QStringLiteral("dataset"), {}, {}});
    auto fail = [error](const QString& what, const QString& why) {
        if (error)
            *error = tr("The official dataset could not be loaded (%1): %2").arg(what, why);
        return false;
    };
    QString why;

    QHash<QString, QString> sectorUids;
    int order = 0;
    for (const QJsonValue& v : doc.value(QStringLiteral("sectors")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("code")).toString();
        Record r{{QStringLiteral("uid"), stableUid(QStringLiteral("sector"), code)},
                 {QStringLiteral("code"), code},
                 {QStringLiteral("name_en"), jsonValue(o.value(QStringLiteral("name_en")))},
                 {QStringLiteral("name_fr"), jsonValue(o.value(QStringLiteral("name_fr")))},
                 {QStringLiteral("sort_order"), ++order}};
        if (!store.insert(Entity::Sector, r, &why, false))
            return fail(code, why);
        sectorUids.insert(code, r.value(QStringLiteral("uid")).toString());
    }

    QHash<int, QString> roundUids;
    const QStringList roundFields = {QStringLiteral("number"),          QStringLiteral("name_en"),
                                     QStringLiteral("name_fr"),         QStringLiteral("fiscal_year"),
                                     QStringLiteral("announced_on"),    QStringLiteral("intake_opens"),
                                     QStringLiteral("intake_closes"),   QStringLiteral("envelope_cents"),
                                     QStringLiteral("target_projects"), QStringLiteral("target_credentials"),
                                     QStringLiteral("target_learners"), QStringLiteral("target_institutions"),
                                     QStringLiteral("status"),          QStringLiteral("outcome_en"),
                                     QStringLiteral("outcome_fr")};
    QSqlQuery rule(db);
    rule.prepare(QStringLiteral("INSERT INTO round_rule(round_uid, key, value) VALUES (?, ?, ?)"));
    QSqlQuery priority(db);
    priority.prepare(
        QStringLiteral("INSERT INTO round_sector(round_uid, sector_uid, is_priority) VALUES (?, ?, 1)"));
    for (const QJsonValue& v : doc.value(QStringLiteral("rounds")).toArray()) {
        const QJsonObject o = v.toObject();
        const int number = o.value(QStringLiteral("number")).toInt();
        Record r{{QStringLiteral("uid"), stableUid(QStringLiteral("round"), QString::number(number))}};
        for (const QString& f : roundFields)
            r.insert(f, jsonValue(o.value(f)));
        if (!store.insert(Entity::Round, r, &why, false))
            return fail(tr("round %1").arg(number), why);
        const QString uid = r.value(QStringLiteral("uid")).toString();
        roundUids.insert(number, uid);
        const QJsonObject rules = o.value(QStringLiteral("rules")).toObject();
        for (auto it = rules.begin(); it != rules.end(); ++it) {
            rule.addBindValue(uid);
            rule.addBindValue(it.key());
            rule.addBindValue(
                QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)));
            if (!rule.exec())
                return fail(tr("round %1 rules").arg(number), rule.lastError().text());
        }
    }
    for (const QJsonValue& v : doc.value(QStringLiteral("sectors")).toArray()) {
        const QJsonObject o = v.toObject();
        for (const QJsonValue& n : o.value(QStringLiteral("priority_rounds")).toArray()) {
            priority.addBindValue(roundUids.value(n.toInt()));
            priority.addBindValue(sectorUids.value(o.value(QStringLiteral("code")).toString()));
            if (!priority.exec())
                return fail(tr("priority sectors"), priority.lastError().text());
        }
    }

    QHash<QString, QString> institutionUids;
    for (const QJsonValue& v : doc.value(QStringLiteral("institutions")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QStringLiteral("key")).toString();
        Record r{{QStringLiteral("uid"), stableUid(QStringLiteral("institution"), key)}};
        for (const char* f : {"name_en", "name_fr", "short_name", "type", "region", "language"})
            r.insert(QString::fromLatin1(f), jsonValue(o.value(QLatin1String(f))));
        if (!store.insert(Entity::Institution, r, &why, false))
            return fail(o.value(QStringLiteral("name_en")).toString(), why);
        institutionUids.insert(key, r.value(QStringLiteral("uid")).toString());
    }

    int index = 0;
    for (const QJsonValue& v : doc.value(QStringLiteral("projects")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString title = o.value(QStringLiteral("title")).toString();
        const QString language = o.value(QStringLiteral("language")).toString();
        const QString inst = o.value(QStringLiteral("institution")).toString();
        if (!institutionUids.contains(inst))
            return fail(title, tr("unknown institution “%1”").arg(inst));
        Record r{
            {QStringLiteral("uid"),
             stableUid(QStringLiteral("project"), QStringLiteral("%1:%2").arg(inst).arg(++index))},
            {QStringLiteral("round_uid"), roundUids.value(o.value(QStringLiteral("round")).toInt())},
            {QStringLiteral("institution_uid"), institutionUids.value(inst)},
            {QStringLiteral("title_en"), language == QLatin1String("fr") ? QVariant() : QVariant(title)},
            {QStringLiteral("title_fr"), language == QLatin1String("fr") ? QVariant(title) : QVariant()},
            {QStringLiteral("original_language"), language},
            {QStringLiteral("sector_uid"), sectorUids.value(o.value(QStringLiteral("sector")).toString())},
            {QStringLiteral("sector_assigned_by"), QStringLiteral("mcfund")},
            // Listed as "receiving funding": approved, with the amount not published.
            {QStringLiteral("status"), QStringLiteral("approved")},
            {QStringLiteral("project_type"), QStringLiteral("single")}};
        if (!store.insert(Entity::Project, r, &why, false))
            return fail(title, why);
    }
    if (!DefaultCriteria::addTo(db, QString(), &why))
        return fail(tr("review criteria"), why);
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    const QJsonObject ds = doc.value(QStringLiteral("dataset")).toObject();
    for (const char* k : {"name_en", "name_fr", "source_en", "source_fr", "notes_en", "notes_fr"}) {
        meta.addBindValue(QString(QStringLiteral("dataset_") + QLatin1String(k)));
        meta.addBindValue(ds.value(QLatin1String(k)).toString());
        if (!meta.exec())
            return fail(QStringLiteral("meta"), meta.lastError().text());
    }
    if (!tx.commit())
        return fail(QStringLiteral("commit"), tx.error());
    return true;
}

} // namespace mcfund
