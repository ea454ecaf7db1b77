#pragma once

#include "domain/money.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace mcfund {

/** The rules of one round, stored per round and editable: caps by project type, eligibility, partners. */
struct RoundRules
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::RoundRules)
public:
    QHash<QString, Money> caps; ///< project type code → cap
    QHash<QString, int>
        minCredentials;        ///< project type code → minimum number of micro-credentials (stack: 5)
    QStringList eligibleTypes; ///< institution type codes; empty = all
    bool partnerRequired = false;
    int disagreementPoints = 20; ///< a spread of reviewers' totals above this (out of 100) is flagged

    /** The rules of a round; the defaults with \a error set (if given) when they cannot be read. */
    static RoundRules load(const QSqlDatabase& db, const QString& roundUid, QString* error = nullptr);
    /** Writes the rules in one transaction (and the change log). */
    bool save(const QSqlDatabase& db, const QString& roundUid, const QString& user, QString* error) const;

    /**
     * The reasons an application is flagged at intake: over the cap of its project type, from an institution
     * type not eligible in the round, without the required industry or employer partner. None, with
     * \a error set, when the application or its round's rules cannot be read (never "no flags").
     */
    static QStringList intakeFlags(const QSqlDatabase& db, const QString& projectUid, const QString& language,
                                   QString* error = nullptr);
};

} // namespace mcfund
