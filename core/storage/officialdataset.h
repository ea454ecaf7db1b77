#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace mcfund {

/**
 * The official data of the fund (resources/data/official.json, built from the public Ontario page):
 * two rounds, sectors, 36 institutions and 88 Round 2 projects. Amounts are not published, so none are set.
 */
class OfficialDataset
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::OfficialDataset)
public:
    /** The parsed data file. */
    static QJsonObject document();
    /** Writes the dataset into an empty workspace in one transaction. */
    static bool load(QSqlDatabase& db, QString* error);
    /** The same for \a doc, a document shaped like the data file (the fuzz target reads one from bytes). */
    static bool load(QSqlDatabase& db, const QJsonObject& doc, QString* error);
    /** The sector code the data file's keyword rules give \a title ("other" if none match). */
    static QString sectorByRules(const QString& title);
    /** Stable uid of an official row, so that the same record has the same id in every workspace. */
    static QString stableUid(const QString& kind, const QString& key);
};

} // namespace mcfund
