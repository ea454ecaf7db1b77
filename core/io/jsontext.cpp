#include "jsontext.h"

namespace mcfund::JsonText {

namespace {

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

char* escape(char* to, char16_t unit)
{
    *to++ = '\\';
    *to++ = 'u';
    *to++ = hexDigit((unit >> 12) & 0xf);
    *to++ = hexDigit((unit >> 8) & 0xf);
    *to++ = hexDigit((unit >> 4) & 0xf);
    *to++ = hexDigit(unit & 0xf);
    return to;
}

/** The letter of a character's two-character escape (\" \\ \b \f \n \r \t), or 0 when it has none. */
char shortEscape(char16_t u)
{
    switch (u) {
    case u'"':
        return '"';
    case u'\\':
        return '\\';
    case u'\b':
        return 'b';
    case u'\f':
        return 'f';
    case u'\n':
        return 'n';
    case u'\r':
        return 'r';
    case u'\t':
        return 't';
    default:
        return 0;
    }
}

} // namespace

void appendString(QByteArray& out, QStringView text)
{
    // Written through a pointer into room for the longest form (six bytes a code unit, \uXXXX), then cut
    // to what was written: appending byte by byte was most of the time of a JSON export.
    const qsizetype before = out.size();
    out.resize(before + 6 * text.size() + 2);
    char* to = out.data() + before;
    *to++ = '"';
    const char16_t* at = text.utf16();
    const char16_t* const end = at + text.size();
    while (at != end) {
        const char16_t u = *at++;
        if (u < 0x80) {
            if (const char letter = shortEscape(u)) {
                *to++ = '\\';
                *to++ = letter;
            } else if (u < 0x20) {
                to = escape(to, u);
            } else {
                *to++ = char(u);
            }
        } else if (u < 0x800) {
            *to++ = char(0xc0 | (u >> 6));
            *to++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            *to++ = char(0xe0 | (u >> 12));
            *to++ = char(0x80 | ((u >> 6) & 0x3f));
            *to++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xdc00 && at != end && *at >= 0xdc00 && *at <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*at++) - 0xdc00);
            *to++ = char(0xf0 | (c >> 18));
            *to++ = char(0x80 | ((c >> 12) & 0x3f));
            *to++ = char(0x80 | ((c >> 6) & 0x3f));
            *to++ = char(0x80 | (c & 0x3f));
        } else {
            to = escape(to, u); // a surrogate without its other half is not UTF-8
        }
    }
    *to++ = '"';
    out.truncate(to - out.constData());
}

} // namespace mcfund::JsonText
