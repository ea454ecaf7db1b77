#include "registryexport.h"

#include "query/lookups.h"
#include "query/tablequery.h"
#include "storage/recordstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mcfund {

namespace {
QString text(const Record& r, const char* c)
{
    return r.value(QString::fromLatin1(c)).toString();
}
QString either(const Record& r, const char* en, const char* fr)
{
    return text(r, en).isEmpty() ? text(r, fr) : text(r, en);
}
QJsonObject languageMap(const QString& en, const QString& fr)
{
    QJsonObject o;
    if (!en.isEmpty())
        o.insert(QStringLiteral("en"), en);
    if (!fr.isEmpty())
        o.insert(QStringLiteral("fr"), fr);
    return o;
}
QString dollars(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}
} // namespace

QJsonObject RegistryExport::openBadge(const QSqlDatabase& db, const Lookups& lookups, const QString& uid)
{
    const std::optional<Record> r = RecordStore(db, {}).get(Entity::Credential, uid);
    if (!r)
        return {};
    const LookupItem* inst = lookups.find(Entity::Institution, text(*r, "institution_uid"));
    const LookupItem* sector = lookups.find(Entity::Sector, text(*r, "sector_uid"));
    const QString name = either(*r, "title_en", "title_fr");
    const QString outcomes = either(*r, "outcomes_en", "outcomes_fr");
    QJsonObject a{{QStringLiteral("@context"),
                   QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                              QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")}},
                  {QStringLiteral("id"), QString(QStringLiteral("urn:uuid:") + uid)},
                  {QStringLiteral("type"), QJsonArray{QStringLiteral("Achievement")}},
                  {QStringLiteral("achievementType"), QStringLiteral("MicroCredential")},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("description"), outcomes.isEmpty() ? name : outcomes},
                  {QStringLiteral("inLanguage"), text(*r, "language") == QLatin1String("fr")
                                                     ? QStringLiteral("fr")
                                                     : QStringLiteral("en")}};
    QString criteria = text(*r, "assessment");
    if (criteria.isEmpty()) {
        criteria = QStringLiteral("Complete the micro-credential");
        // The registry's text is English, as the records' names are; "1 hour", "1 week".
        auto count = [](qint64 n, const char* one, const char* many) -> QString {
            return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
        };
        if (!r->value(QStringLiteral("hours")).isNull())
            criteria += QStringLiteral(" (") +
                        count(r->value(QStringLiteral("hours")).toLongLong(), "hour", "hours") +
                        (r->value(QStringLiteral("weeks")).isNull()
                             ? QStringLiteral(")")
                             : QStringLiteral(" over ") +
                                   count(r->value(QStringLiteral("weeks")).toLongLong(), "week", "weeks") +
                                   QLatin1Char(')'));
        criteria += QLatin1Char('.');
    }
    a.insert(QStringLiteral("criteria"), QJsonObject{{QStringLiteral("narrative"), criteria}});
    if (inst)
        a.insert(QStringLiteral("creator"),
                 QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("urn:uuid:") + inst->uid)},
                             {QStringLiteral("type"), QJsonArray{QStringLiteral("Profile")}},
                             {QStringLiteral("name"), inst->name(QStringLiteral("en"))}});
    if (sector)
        a.insert(QStringLiteral("fieldOfStudy"), sector->name(QStringLiteral("en")));
    if (!text(*r, "cip_code").isEmpty())
        a.insert(QStringLiteral("humanCode"), text(*r, "cip_code"));
    // Learning outcomes, one per line, become alignments.
    QJsonArray alignment;
    // targetType is left out: OB 3.0 allows only its own list (or ext: terms), and none names an outcome.
    const QString base =
        text(*r, "url").isEmpty() ? QString(QStringLiteral("urn:uuid:") + uid) : text(*r, "url");
    int n = 0;
    for (const QString& line : outcomes.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        alignment << QJsonObject{
            {QStringLiteral("type"), QJsonArray{QStringLiteral("Alignment")}},
            {QStringLiteral("targetName"), line.trimmed()},
            {QStringLiteral("targetUrl"), QString(base + QStringLiteral("#outcome-%1").arg(++n))}};
    if (!alignment.isEmpty())
        a.insert(QStringLiteral("alignment"), alignment);
    return a;
}

QJsonObject RegistryExport::ctdl(const QSqlDatabase& db, const Lookups& lookups, const QString& uid)
{
    const std::optional<Record> r = RecordStore(db, {}).get(Entity::Credential, uid);
    if (!r)
        return {};
    const LookupItem* inst = lookups.find(Entity::Institution, text(*r, "institution_uid"));
    static const QHash<QString, QString> delivery = {
        {QStringLiteral("online"), QStringLiteral("deliveryType:OnlineOnly")},
        {QStringLiteral("in_person"), QStringLiteral("deliveryType:InPerson")},
        {QStringLiteral("hybrid"), QStringLiteral("deliveryType:BlendedDelivery")},
        {QStringLiteral("work_integrated"), QStringLiteral("deliveryType:WorkBased")}};
    static const QHash<QString, QString> status = {
        {QStringLiteral("in_development"), QStringLiteral("credentialStat:Probationary")},
        {QStringLiteral("offered"), QStringLiteral("credentialStat:Active")},
        {QStringLiteral("retired"), QStringLiteral("credentialStat:Deprecated")}};
    auto term = [](const QString& node) {
        return QJsonObject{{QStringLiteral("@type"), QStringLiteral("ceterms:CredentialAlignmentObject")},
                           {QStringLiteral("ceterms:targetNode"), node}};
    };
    QJsonObject c{
        {QStringLiteral("@type"), QStringLiteral("ceterms:MicroCredential")},
        {QStringLiteral("@id"), QString(QStringLiteral("urn:uuid:") + uid)},
        {QStringLiteral("ceterms:ctid"), QString(QStringLiteral("ce-") + uid)},
        {QStringLiteral("ceterms:name"), languageMap(text(*r, "title_en"), text(*r, "title_fr"))},
        {QStringLiteral("ceterms:description"),
         languageMap(text(*r, "outcomes_en").isEmpty() ? text(*r, "title_en") : text(*r, "outcomes_en"),
                     text(*r, "outcomes_fr").isEmpty() ? text(*r, "title_fr") : text(*r, "outcomes_fr"))},
        {QStringLiteral("ceterms:credentialStatusType"),
         term(status.value(text(*r, "status"), QStringLiteral("credentialStat:Active")))},
        {QStringLiteral("ceterms:inLanguage"),
         QJsonArray{text(*r, "language") == QLatin1String("fr") ? QStringLiteral("fr")
                                                                : QStringLiteral("en")}},
        {QStringLiteral("ceterms:learningDeliveryType"),
         QJsonArray{term(delivery.value(text(*r, "delivery"), QStringLiteral("deliveryType:OnlineOnly")))}}};
    if (inst)
        c.insert(QStringLiteral("ceterms:ownedBy"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("@type"), QStringLiteral("ceterms:CredentialOrganization")},
                                 {QStringLiteral("@id"), QString(QStringLiteral("urn:uuid:") + inst->uid)},
                                 {QStringLiteral("ceterms:name"), languageMap(inst->nameEn, inst->nameFr)}}});
    if (!text(*r, "url").isEmpty())
        c.insert(QStringLiteral("ceterms:subjectWebpage"), text(*r, "url"));
    if (!r->value(QStringLiteral("hours")).isNull())
        c.insert(QStringLiteral("ceterms:estimatedDuration"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("@type"), QStringLiteral("ceterms:DurationProfile")},
                     {QStringLiteral("ceterms:exactDuration"),
                      QStringLiteral("PT%1H").arg(r->value(QStringLiteral("hours")).toLongLong())}}});
    if (!r->value(QStringLiteral("tuition_cents")).isNull())
        c.insert(QStringLiteral("ceterms:estimatedCost"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("@type"), QStringLiteral("ceterms:CostProfile")},
                     {QStringLiteral("ceterms:currency"), QStringLiteral("CAD")},
                     {QStringLiteral("ceterms:price"),
                      dollars(r->value(QStringLiteral("tuition_cents")).toLongLong()).toDouble()}}});
    return c;
}

bool RegistryExport::write(const QSqlDatabase& db, const Lookups& lookups, const FilterSpec& filter,
                           Format format, const QString& path, QString* error, int* written,
                           const std::function<bool(int)>& progress)
{
    TableQuery query(Entity::Credential, db, &lookups);
    const QVector<qint64> order = query.allRowids(filter, SortSpec());
    // A record that cannot be read is an error, never an empty list or an empty object in the file.
    auto unread = [error](const QString& why) {
        if (error)
            *error = tr("Cannot read the records to export: %1").arg(why);
        return false; // the QSaveFile, if open, is discarded
    };
    if (!query.lastError().isEmpty())
        return unread(query.lastError());
    // Written record by record (QSaveFile: nothing replaces the target unless the whole file is written), so
    // memory does not grow with the number of micro-credentials. One Open Badges record is a lone object.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(path, f.errorString());
        return false;
    }
    const bool single = format == Format::OpenBadges && order.size() == 1;
    if (format == Format::Ctdl)
        f.write(R"({"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": [)"
                "\n");
    else if (!single)
        f.write("[\n");
    int count = 0;
    for (qsizetype start = 0; start < order.size(); start += 1000) {
        if (progress && !progress(int(start * 100 / order.size()))) {
            if (error)
                *error = tr("Export cancelled; no file was written.");
            return false; // the QSaveFile is discarded
        }
        const QVector<qint64> page = order.mid(start, 1000);
        const QHash<qint64, Record> records = query.records(page);
        if (!query.lastError().isEmpty())
            return unread(query.lastError());
        for (qint64 id : page) {
            const QString uid = records.value(id).value(QStringLiteral("uid")).toString();
            const QJsonObject item = uid.isEmpty()                  ? QJsonObject()
                                     : format == Format::OpenBadges ? openBadge(db, lookups, uid)
                                                                    : ctdl(db, lookups, uid);
            if (item.isEmpty())
                return unread(tr("the micro-credential of row %1").arg(id));
            if (count++ > 0)
                f.write(",\n");
            f.write(QJsonDocument(item).toJson(QJsonDocument::Indented).trimmed());
        }
    }
    if (format == Format::Ctdl)
        f.write("\n]}\n");
    else if (!single)
        f.write("\n]\n");
    else
        f.write("\n");
    if (!f.commit()) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(path, f.errorString());
        return false;
    }
    if (written)
        *written = count;
    return true;
}

} // namespace mcfund
