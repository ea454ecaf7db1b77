#include "textkey.h"

namespace mcfund {

QString TextKey::of(const QString& text)
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
    return out.simplified();
}

} // namespace mcfund
