#include "domain/textkey.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mcfund;

namespace {
// The key as its definition says, with no shortcut: compatibility decomposition of the whole text, the
// combining marks left out, curly single quotes made straight, each character case-folded, spaces single.
QString byDefinition(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c == QChar(0x2018) || c == QChar(0x2019) ? QChar(u'\'') : c.toCaseFolded();
    }
    return out.simplified();
}
} // namespace

class TestTextKey : public QObject
{
    Q_OBJECT
private slots:
    void examples_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("ASCII") << QStringLiteral("  Skills   Module 7 ") << QStringLiteral("skills module 7");
        QTest::newRow("French") << QStringLiteral("Module de compétences 12")
                                << QStringLiteral("module de competences 12");
        QTest::newRow("capitals and ligature")
            << QStringLiteral("ÉCOLE Œuvre Æsop Ça") << QStringLiteral("ecole œuvre æsop ca");
        QTest::newRow("curly quote") << QStringLiteral("L’Université d’été")
                                     << QStringLiteral("l'universite d'ete");
        QTest::newRow("no-break space and a half")
            << QStringLiteral("Soins\u00a0des plaies ½") << QStringLiteral("soins des plaies 1\u20442");
        QTest::newRow("beyond Latin-1")
            << QStringLiteral("Ŝtudo Ǆ Ωmega") << QStringLiteral("studo dz ωmega");
    }

    void examples()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(TextKey::of(text), key);
        QCOMPARE(byDefinition(text), key);
    }

    void everyTextIsKeyedAsItsDefinitionSays()
    {
        // The shortcuts (plain ASCII; Latin-1 and curly quotes, character by character) give what the
        // definition gives: every character below U+0100 alone and beside others, and random texts of
        // them with quotes, marks and characters beyond.
        for (char16_t c = 0; c < 0x100; ++c) {
            const QString around = QStringLiteral("A") + QChar(c) + QStringLiteral("é ");
            const QString quoted = QChar(c) + QString(QChar(0x2019)) + QChar(c);
            for (const QString& text : {QString(QChar(c)), around, quoted})
                QVERIFY2(TextKey::of(text) == byDefinition(text),
                         qPrintable(QStringLiteral("U+%1").arg(int(c), 4, 16, QLatin1Char('0'))));
        }
        QRandomGenerator random(16);
        const QString extra = QStringLiteral("\u2018\u2019\u0301\u0327\u00a0\u2003ŒœĳŁł");
        for (int n = 0; n < 20000; ++n) {
            QString text;
            const int length = random.bounded(0, 12);
            for (int i = 0; i < length; ++i) {
                const int pick = random.bounded(0, 10);
                text += pick == 0 ? extra.at(random.bounded(extra.size()))
                                  : QChar(char16_t(random.bounded(0x100)));
            }
            QVERIFY2(TextKey::of(text) == byDefinition(text), qPrintable(text.toUtf8().toHex()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTextKey)
#include "tst_textkey.moc"
