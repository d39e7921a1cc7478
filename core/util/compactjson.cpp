#include "util/compactjson.h"

namespace aduan {

namespace {

char hexDigit(unsigned value)
{
    return static_cast<char>(value < 10 ? '0' + value : 'a' + value - 10);
}

void appendEscape(QByteArray &out, char16_t unit, int digits)
{
    out += '\\';
    out += 'u';
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
        out += hexDigit((unit >> shift) & 0xf);
}

} // namespace

void appendJsonString(QByteArray &out, QStringView text)
{
    out += '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t unit = *src++;
        if (unit < 0x80) {
            switch (unit) {
            case u'"': out += "\\\""; break;
            case u'\\': out += "\\\\"; break;
            case u'\b': out += "\\b"; break;
            case u'\f': out += "\\f"; break;
            case u'\n': out += "\\n"; break;
            case u'\r': out += "\\r"; break;
            case u'\t': out += "\\t"; break;
            default:
                if (unit < 0x20) {
                    out += "\\u00";
                    out += hexDigit(unit >> 4);
                    out += hexDigit(unit & 0xf);
                } else {
                    out += static_cast<char>(unit);
                }
            }
        } else if (unit < 0x800) {
            out += static_cast<char>(0xc0 | (unit >> 6));
            out += static_cast<char>(0x80 | (unit & 0x3f));
        } else if (unit >= 0xd800 && unit <= 0xdbff && src != end && *src >= 0xdc00
                   && *src <= 0xdfff) {
            const char32_t code = 0x10000 + ((char32_t(unit) - 0xd800) << 10) + (*src++ - 0xdc00);
            out += static_cast<char>(0xf0 | (code >> 18));
            out += static_cast<char>(0x80 | ((code >> 12) & 0x3f));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (code & 0x3f));
        } else if (unit >= 0xd800 && unit <= 0xdfff) {
            appendEscape(out, unit, 4); // a lone surrogate: no UTF-8 for it
        } else {
            out += static_cast<char>(0xe0 | (unit >> 12));
            out += static_cast<char>(0x80 | ((unit >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (unit & 0x3f));
        }
    }
    out += '"';
}

} // namespace aduan
