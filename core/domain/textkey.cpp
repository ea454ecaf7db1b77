#include "textkey.h"

namespace mcfund {

QString TextKey::of(const QString& text)
{
    // Fast path for plain ASCII (most titles and names): lower case and single spaces, no normalisation.
    bool ascii = true;
    for (const QChar c : text)
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) {
        QString out;
        out.reserve(text.size());
        bool space = false;
        for (const QChar c : text) {
            if (c.isSpace()) {
                space = !out.isEmpty();
                continue;
            }
            if (space)
                out += QLatin1Char(' ');
            space = false;
            const char16_t u = c.unicode();
            out += QChar(u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u);
        }
        return out;
    }
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x2019) || c == QChar(0x2018))
            out += QLatin1Char('\'');
        else
            out += c.toCaseFolded();
    }
    return out.simplified();
}

} // namespace mcfund
