#pragma once

#include "entityschema.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace mcfund {

/** A record as stored: column name to value (text, qint64 cents, ISO date text, 0/1, code, uid). */
using Record = QVariantMap;

/** A problem with one field of a record, with a translated message saying what and why. */
struct FieldError
{
    QString field;
    QString message;
    bool operator==(const FieldError&) const = default;
};
using FieldErrors = QList<FieldError>;

/** Checks values against the schema and the fund's rules. Pure: never touches the database. */
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::Validation)
public:
    /** Normalises \a value for \a field (trims text, empty text to null) and checks it; "" when valid. */
    static QString checkField(const FieldDef& field, QVariant& value);
    /** Checks every field present in \a record and the rules that tie fields together. */
    static FieldErrors validate(Entity entity, Record& record);
    /** Joins errors into one message: "Title (English): …; Hours: …". */
    static QString describe(Entity entity, const FieldErrors& errors);
};

} // namespace mcfund
