#pragma once

#include <QByteArray>
#include <QStringView>

namespace mcfund {

/**
 * JSON text written straight into a byte buffer, as QJsonDocument::toJson(Compact) writes it: strings in
 * UTF-8 with the same escapes (\", \\, \b, \f, \n, \r, \t, \u00XX for other control characters, and
 * \uXXXX for a lone surrogate), integers in decimal. For an export of a million objects, where building a
 * QJsonObject for each and serialising it was a third of the time.
 */
namespace JsonText {

/** Appends \a text as a quoted JSON string. */
void appendString(QByteArray& out, QStringView text);

} // namespace JsonText

} // namespace mcfund
