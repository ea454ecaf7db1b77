#pragma once

#include "validation.h"

namespace mcfund {

/** An employer, association, training provider or community that works with projects. */
struct Partner
{
    QString uid;
    QString name;
    QString kind = QStringLiteral("employer");
    QString sectorUid;
    QString institutionUid; ///< the institution that brought the partner, if any

    Record toRecord() const;
    static Partner fromRecord(const Record& r);
    FieldErrors validate() const;
};

} // namespace mcfund
