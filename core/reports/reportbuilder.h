#pragma once

#include "report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlDatabase>

namespace mcfund {

class Lookups;

/**
 * Builds report content from the workspace with aggregates in SQL: the round summary, an institution's
 * report and a sector's report, in the interface language installed when called. Returns false with a
 * translated message when the round, institution or sector does not exist.
 */
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::ReportBuilder)
public:
    ReportBuilder(QSqlDatabase db, QString language);

    bool roundSummary(int roundNumber, const FilterSpec& filter, Report* out, QString* error) const;
    bool institutionReport(const QString& institutionNameOrUid, const FilterSpec& filter, Report* out,
                           QString* error) const;
    bool sectorReport(const QString& sectorCode, const FilterSpec& filter, Report* out, QString* error) const;

private:
    /** False, with \a error, when what the workspace holds (official, synthetic, empty) cannot be read. */
    bool begin(Report* r, const QString& title, const QString& subtitle, const FilterSpec& filter,
               const Lookups& lookups, QString* error) const;
    QString describeFilter(const FilterSpec& filter, const Lookups& lookups) const;
    QString pick(const QString& en, const QString& fr) const;
    QString amount(const QVariant& cents) const;

    QSqlDatabase m_db;
    QString m_language;
    QLocale m_locale;
};

} // namespace mcfund
