#pragma once

#include "validation.h"

namespace mcfund {

/** A postsecondary institution: college, university, Indigenous Institute or career college. */
struct Institution
{
    QString uid;
    QString nameEn;
    QString nameFr;
    QString shortName;
    QString type = QStringLiteral("college");
    QString region;
    QString language = QStringLiteral("en");

    Record toRecord() const;
    static Institution fromRecord(const Record& r);
    FieldErrors validate() const;
};

} // namespace mcfund
