#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace mcfund {

/**
 * The review rubric a round starts with, from the fund's stated focus: weights add up to 100, each criterion
 * scored out of 5. It is stored data in both languages, edited per round like any record afterwards; the
 * migrations, the official dataset and the generator seed rounds with it.
 */
namespace DefaultCriteria {

struct Criterion
{
    QString nameEn, nameFr;
    int weight;
};

/** The criteria, in the order they are listed. */
QList<Criterion> all();

/** Adds them to \a roundUid, or to every round without any criterion when \a roundUid is empty. */
bool addTo(QSqlDatabase& db, const QString& roundUid, QString* error);

} // namespace DefaultCriteria

} // namespace mcfund
