// The translation files are part of the product: this test fails on any unfinished, obsolete or vanished
// entry, on a French translation whose placeholders differ from its source, and on English plural forms
// that are missing.
#include "domain/money.h"
#include "domain/translations.h"
#include "edits/valueparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace mcfund;

namespace {
struct Message
{
    QString context, source, translation, type;
    QStringList forms;
    bool numerus = false;
};
QList<Message> read(const QString& path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader x(&f);
    QString context;
    Message m;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == QLatin1String("name"))
                context = x.readElementText();
            else if (x.name() == QLatin1String("message")) {
                m = Message();
                m.context = context;
                m.numerus = x.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (x.name() == QLatin1String("source"))
                m.source = x.readElementText();
            else if (x.name() == QLatin1String("translation")) {
                m.type = x.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.translation = x.readElementText();
            } else if (x.name() == QLatin1String("numerusform"))
                m.forms << x.readElementText();
        } else if (x.isEndElement() && x.name() == QLatin1String("message")) {
            out << m;
        }
    }
    return out;
}
QSet<QString> placeholders(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured();
    return out;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void frenchIsComplete()
    {
        const QList<Message> fr = read(QStringLiteral(MCFUND_SOURCE_DIR "/translations/mcfund_fr.ts"));
        QVERIFY(fr.size() > 150);
        for (const Message& m : fr) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 entry: %2").arg(m.type, where)));
            if (m.numerus) {
                QCOMPARE(m.forms.size(), 2);
                for (const QString& form : m.forms)
                    QVERIFY2(!form.isEmpty(), qPrintable(where));
            } else {
                QVERIFY2(!m.translation.isEmpty(), qPrintable(where));
                QVERIFY2(placeholders(m.translation) == placeholders(m.source), qPrintable(where));
                QVERIFY2(m.translation.count(QLatin1Char('&')) == m.source.count(QLatin1Char('&')),
                         qPrintable(where));
            }
        }
    }

    void everyStringOfTheSourcesIsTranslated()
    {
        // lupdate over the sources now, into a scratch file: a string added since the last update of the
        // .ts files (and so not translated) fails here rather than showing in English to French users.
        const QString lupdate = QStringLiteral("/usr/lib/qt6/bin/lupdate");
        if (!QFile::exists(lupdate))
            QSKIP("lupdate (qt6-l10n-tools) is not installed");
        QTemporaryDir dir;
        const QString scratch = dir.filePath(QStringLiteral("scratch_fr.ts"));
        QProcess p;
        p.setWorkingDirectory(QStringLiteral(MCFUND_SOURCE_DIR));
        p.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("app"),
                          QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("-ts"), scratch});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QSet<QString> translated;
        for (const Message& m : read(QStringLiteral(MCFUND_SOURCE_DIR "/translations/mcfund_fr.ts")))
            if (m.type.isEmpty())
                translated << m.context + QLatin1Char('|') + m.source;
        QStringList missing;
        for (const Message& m : read(scratch))
            if (!translated.contains(m.context + QLatin1Char('|') + m.source))
                missing << m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral(
                                "not in translations/mcfund_fr.ts (run scripts/update-translations.sh): ") +
                            missing.mid(0, 10).join(QStringLiteral(" | "))));
    }

    void englishCarriesPluralForms()
    {
        const QList<Message> en = read(QStringLiteral(MCFUND_SOURCE_DIR "/translations/mcfund_en.ts"));
        int plurals = 0;
        for (const Message& m : en) {
            QVERIFY2(m.type.isEmpty(), qPrintable(m.source));
            if (!m.numerus)
                continue;
            ++plurals;
            QCOMPARE(m.forms.size(), 2);
            QVERIFY2(!m.forms.first().contains(QStringLiteral("(s)")), qPrintable(m.source));
        }
        QVERIFY(plurals >= 5);
    }

    void pluralsAtRunTime()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("mcfund::TablePage", "%n project(s)", nullptr, 1),
                 QStringLiteral("1 project"));
        QCOMPARE(QCoreApplication::translate("mcfund::TablePage", "%n project(s)", nullptr, 2),
                 QStringLiteral("2 projects"));
        QVERIFY(Translations::install(QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("mcfund::TablePage", "%n project(s)", nullptr, 1),
                 QStringLiteral("1 projet"));
        QCOMPARE(QCoreApplication::translate("mcfund::TablePage", "%n project(s)", nullptr, 2),
                 QStringLiteral("2 projets"));
        QCOMPARE(QLocale().name(), QStringLiteral("fr_CA"));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(QLocale().name(), QStringLiteral("en_CA"));
        QVERIFY(!Translations::install(QStringLiteral("de")));
    }

    void datesAndNumbersBothLocales()
    {
        const FieldDef* start = Schema::entity(Entity::Project).field(QStringLiteral("start_on"));
        const FieldDef* learners = Schema::entity(Entity::Project).field(QStringLiteral("target_learners"));
        for (const char* loc : {"en_CA", "fr_CA"}) {
            const QLocale locale{QLatin1String(loc)};
            ValueParser p(locale, QString::fromLatin1(loc).left(2), nullptr);
            QVariant v;
            QString error;
            // The locale's own short date, as a user of that locale types it.
            const QString typed = locale.toString(QDate(2025, 3, 7), QLocale::ShortFormat);
            QVERIFY2(p.parse(*start, typed, &v, &error), qPrintable(typed + error));
            QCOMPARE(v.toString(), QStringLiteral("2025-03-07"));
            QVERIFY(p.parse(*learners, locale.toString(12500), &v, &error));
            QCOMPARE(v.toLongLong(), qint64(12500));
            Money m;
            QVERIFY(Money::parse(Money(123456789).toString(locale), locale, &m));
            QCOMPARE(m.cents(), qint64(123456789));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
