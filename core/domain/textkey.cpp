#include "textkey.h"

#include <array>

namespace mcfund {

namespace {

// The general key of a text, before its spaces are made single: compatibility decomposition (NFKD), the
// combining marks left out, curly single quotes made straight, each character case-folded.
QString folded(const QString& text)
{
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
    return out;
}

// What folded() makes of each character below U+0100 on its own (é → e, Æ → æ, ¼ → 1⁄4, a no-break
// space → a space), worked out once by folded() itself. A text of such characters decomposes character by
// character, and the marks that canonical ordering would move are left out: its key is these strings end
// to end, which saves the normalisation of French titles and names.
const std::array<QString, 256>& latin1Folded()
{
    static const std::array<QString, 256> table = [] {
        std::array<QString, 256> t;
        for (int c = 0; c < 256; ++c)
            t[size_t(c)] = folded(QString(QChar(c)));
        return t;
    }();
    return table;
}

} // namespace

QString TextKey::of(const QString& text)
{
    // Fast path for plain ASCII (most titles and names): lower case and single spaces, no normalisation.
    bool ascii = true, latin1 = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            ascii = false;
        if (u >= 0x100 && u != 0x2018 && u != 0x2019) {
            latin1 = false;
            break;
        }
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
    if (latin1) {
        // Latin-1 with curly quotes (French titles and names): each character's key from the table.
        const std::array<QString, 256>& table = latin1Folded();
        QString out;
        out.reserve(text.size());
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x100)
                out += table[u];
            else
                out += QLatin1Char('\'');
        }
        return out.simplified();
    }
    return folded(text).simplified();
}

} // namespace mcfund
