#include "defaultcriteria.h"

#include "recordstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mcfund::DefaultCriteria {

QList<Criterion> all()
{
    // Stored data in both languages (not interface text): criteria are edited per round like any record.
    return {
        {QStringLiteral("Employer-responsive; leads directly to local or regional jobs"),
         QStringLiteral(
             "Adapté aux besoins des employeurs; mène directement à des emplois locaux ou régionaux"),
         20},
        {QStringLiteral("Fills a labour-market gap in a priority sector"),
         QStringLiteral("Comble une lacune du marché du travail dans un secteur prioritaire"), 20},
        {QStringLiteral("Formal partnership between institutions, training providers and employers"),
         QStringLiteral("Partenariat officiel entre établissements, fournisseurs de formation et employeurs"),
         20},
        {QStringLiteral("Number of learners reached"),
         QStringLiteral("Nombre de personnes apprenantes jointes"), 15},
        {QStringLiteral("Value for money"), QStringLiteral("Optimisation des ressources"), 15},
        {QStringLiteral("Feasibility of delivery"), QStringLiteral("Faisabilité de la prestation"), 10},
    };
}

bool addTo(QSqlDatabase& db, const QString& roundUid, QString* error)
{
    QSqlQuery rounds(db);
    if (roundUid.isEmpty())
        rounds.prepare(QStringLiteral("SELECT uid FROM funding_round r WHERE NOT EXISTS (SELECT 1 FROM "
                                      "review_criterion c WHERE c.round_uid = r.uid)"));
    else {
        rounds.prepare(QStringLiteral("SELECT uid FROM funding_round r WHERE uid = ? AND NOT EXISTS (SELECT "
                                      "1 FROM review_criterion c WHERE c.round_uid = r.uid)"));
        rounds.addBindValue(roundUid);
    }
    if (!rounds.exec()) {
        if (error)
            *error = rounds.lastError().text();
        return false;
    }
    QStringList targets;
    while (rounds.next())
        targets << rounds.value(0).toString();
    // A round not read would be left without criteria, its applications never to be scored.
    if (rounds.lastError().isValid()) {
        if (error)
            *error = rounds.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO review_criterion(uid, round_uid, name_en, name_fr, weight, max_score, sort_order, "
        "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 5, ?, ?, ?, 1)"));
    for (const QString& round : targets) {
        int order = 0;
        for (const Criterion& d : all()) {
            insert.addBindValue(RecordStore::newUid());
            insert.addBindValue(round);
            insert.addBindValue(d.nameEn);
            insert.addBindValue(d.nameFr);
            insert.addBindValue(d.weight);
            insert.addBindValue(++order);
            insert.addBindValue(RecordStore::now());
            insert.addBindValue(RecordStore::now());
            if (!insert.exec()) {
                if (error)
                    *error = insert.lastError().text();
                return false;
            }
        }
    }
    return true;
}

} // namespace mcfund::DefaultCriteria
