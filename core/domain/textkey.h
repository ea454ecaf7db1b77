#pragma once

#include <QString>

namespace mcfund {

/** Accent- and case-insensitive keys for matching and sorting text ("École" sorts with "E"). */
class TextKey
{
public:
    /** Lower case, accents removed (NFD without combining marks), curly quotes made straight. */
    static QString of(const QString& text);
};

} // namespace mcfund
