#pragma once

#include "domain/money.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mcfund {

/** One project as a list shows it: names resolved in both languages. */
struct ProjectRow
{
    qint64 rowid = 0;
    QString uid;
    QString titleEn, titleFr;
    QString institutionEn, institutionFr;
    int roundNumber = 0;
    QString sectorEn, sectorFr;
    QString status;
    std::optional<Money> requested;
    std::optional<Money> approved;
};

/** Reads projects page by page, keyed on rowid (never OFFSET), for lists and exports. */
class ProjectList
{
public:
    explicit ProjectList(QSqlDatabase db) : m_db(std::move(db)) {}
    /** Up to \a limit projects with rowid greater than \a afterRowid, in rowid order. */
    QList<ProjectRow> page(qint64 afterRowid, int limit) const;
    qint64 count() const;

private:
    QSqlDatabase m_db;
};

} // namespace mcfund
