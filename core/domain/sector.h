#pragma once

#include "validation.h"

namespace mcfund {

/** A labour-market sector; priority per round is stored in round_sector. */
struct Sector
{
    QString uid;
    QString code; ///< stable, e.g. "health_care"
    QString nameEn;
    QString nameFr;
    int sortOrder = 0;

    Record toRecord() const;
    static Sector fromRecord(const Record& r);
    FieldErrors validate() const;
};

} // namespace mcfund
