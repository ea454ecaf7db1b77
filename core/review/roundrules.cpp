#include "roundrules.h"

#include "domain/codes.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace mcfund {

namespace {
// round_rule holds each value as a one-element JSON array, so that any JSON value fits one column.
QJsonValue ruleValue(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}
QString ruleText(const QJsonValue& v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}
} // namespace

RoundRules RoundRules::load(const QSqlDatabase& db, const QString& roundUid, QString* error)
{
    RoundRules r;
    QSqlQuery q(db);
    const bool prepared = q.prepare(QStringLiteral("SELECT key, value FROM round_rule WHERE round_uid = ?"));
    q.addBindValue(roundUid);
    auto failed = [&q, error] {
        if (error)
            *error = tr("Cannot read the rules of the round: %1").arg(q.lastError().text());
        return RoundRules();
    };
    if (!prepared || !q.exec())
        return failed();
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QJsonValue v = ruleValue(q.value(1).toString());
        if (key == QLatin1String("caps")) {
            for (const QJsonValue& c : v.toArray()) {
                const QJsonObject o = c.toObject();
                const QString type = o.value(QStringLiteral("project_type")).toString();
                r.caps.insert(type, Money(o.value(QStringLiteral("cap_cents")).toInteger()));
                if (o.contains(QStringLiteral("min_credentials")))
                    r.minCredentials.insert(type, o.value(QStringLiteral("min_credentials")).toInt());
            }
        } else if (key == QLatin1String("eligible_types")) {
            for (const QJsonValue& t : v.toArray())
                r.eligibleTypes << t.toString();
        } else if (key == QLatin1String("partner_required")) {
            r.partnerRequired = v.toBool();
        } else if (key == QLatin1String("disagreement_points")) {
            r.disagreementPoints = v.toInt(20);
        }
    }
    if (q.lastError().isValid())
        return failed();
    return r;
}

bool RoundRules::save(const QSqlDatabase& db, const QString& roundUid, const QString& user,
                      QString* error) const
{
    QJsonArray caps;
    for (auto it = this->caps.cbegin(); it != this->caps.cend(); ++it) {
        QJsonObject o{{QStringLiteral("project_type"), it.key()},
                      {QStringLiteral("cap_cents"), double(it.value().cents())}};
        if (minCredentials.contains(it.key()))
            o.insert(QStringLiteral("min_credentials"), minCredentials.value(it.key()));
        caps << o;
    }
    const QList<QPair<QString, QJsonValue>> values = {
        {QStringLiteral("caps"), caps},
        {QStringLiteral("eligible_types"), QJsonArray::fromStringList(eligibleTypes)},
        {QStringLiteral("partner_required"), partnerRequired},
        {QStringLiteral("disagreement_points"), disagreementPoints}};
    Transaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery old(db);
    old.prepare(QStringLiteral("SELECT value FROM round_rule WHERE round_uid = ? AND key = ?"));
    QSqlQuery write(db);
    write.prepare(QStringLiteral("INSERT INTO round_rule(round_uid, key, value) VALUES (?, ?, ?) "
                                 "ON CONFLICT(round_uid, key) DO UPDATE SET value = excluded.value"));
    QSqlQuery log(db);
    log.prepare(QStringLiteral("INSERT INTO change_log(at, \"user\", entity, uid, field, old, new, origin, "
                               "batch) VALUES (?,?,?,?,?,?,?,?,?)"));
    const QString batch = RecordStore::newUid();
    for (const auto& [key, value] : values) {
        old.addBindValue(roundUid);
        old.addBindValue(key);
        const QString before = old.exec() && old.next() ? old.value(0).toString() : QString();
        old.finish();
        const QString after = ruleText(value);
        if (before == after)
            continue;
        write.addBindValue(roundUid);
        write.addBindValue(key);
        write.addBindValue(after);
        log.addBindValue(RecordStore::now());
        log.addBindValue(user);
        log.addBindValue(QStringLiteral("round"));
        log.addBindValue(roundUid);
        log.addBindValue(QString(QStringLiteral("rule:") + key));
        log.addBindValue(before.isEmpty() ? QVariant() : QVariant(before));
        log.addBindValue(after);
        log.addBindValue(QStringLiteral("edit"));
        log.addBindValue(batch);
        if (!write.exec() || !log.exec()) {
            if (error)
                *error = write.lastError().text() + log.lastError().text();
            return false;
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

QStringList RoundRules::intakeFlags(const QSqlDatabase& db, const QString& projectUid,
                                    const QString& language, QString* error)
{
    QStringList flags;
    QSqlQuery q(db);
    const bool prepared = q.prepare(
        QStringLiteral("SELECT p.round_uid, p.project_type, p.requested_cents, i.type, r.name_en, r.name_fr, "
                       "(SELECT COUNT(*) FROM project_partner pp JOIN partner pa ON pa.uid = pp.partner_uid "
                       " WHERE pp.project_uid = p.uid AND pa.kind IN ('employer', 'industry_association')), "
                       "p.planned_credentials "
                       "FROM project p JOIN institution i ON i.uid = p.institution_uid JOIN funding_round r "
                       "ON r.uid = p.round_uid "
                       "WHERE p.uid = ?"));
    q.addBindValue(projectUid);
    if (!prepared || !q.exec() || !q.next()) {
        if (q.lastError().isValid() && error)
            *error = tr("Cannot read the application's intake flags: %1").arg(q.lastError().text());
        return flags; // or no such application: nothing to flag
    }
    const QLocale locale(language == QLatin1String("fr") ? QStringLiteral("fr_CA") : QStringLiteral("en_CA"));
    QString unread;
    const RoundRules rules = load(db, q.value(0).toString(), &unread);
    if (!unread.isEmpty()) {
        if (error)
            *error = unread;
        return {};
    }
    const QString type = q.value(1).toString();
    const QString round = language == QLatin1String("fr") && !q.value(5).toString().isEmpty()
                              ? q.value(5).toString()
                              : q.value(4).toString();
    if (rules.caps.contains(type) && !q.value(2).isNull() &&
        q.value(2).toLongLong() > rules.caps.value(type).cents())
        flags << tr("Requested %1 is over the %2 cap of %3 for a %4.")
                     .arg(Money(q.value(2).toLongLong()).toString(locale), round,
                          rules.caps.value(type).toString(locale),
                          Codes::label(CodeList::ProjectType, type).toLower());
    if (rules.minCredentials.contains(type) && !q.value(7).isNull() &&
        q.value(7).toInt() < rules.minCredentials.value(type))
        flags << tr("A %1 needs at least %2 micro-credentials; %3 are planned.")
                     .arg(Codes::label(CodeList::ProjectType, type).toLower())
                     .arg(rules.minCredentials.value(type))
                     .arg(q.value(7).toInt());
    const QString institutionType = q.value(3).toString();
    if (!rules.eligibleTypes.isEmpty() && !rules.eligibleTypes.contains(institutionType))
        flags << tr("%1 institutions are not eligible in %2.")
                     .arg(Codes::label(CodeList::InstitutionType, institutionType), round);
    if (rules.partnerRequired && q.value(6).toInt() == 0)
        flags << tr("%1 requires an industry or employer partner; none is recorded.").arg(round);
    return flags;
}

} // namespace mcfund
