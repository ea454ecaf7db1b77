// Every way a value is read — import, paste, typing in a cell, package merge — goes through ValueParser,
// and through it Money::parse, NumberText and DateText. The same table of cases is run in an English and in
// a French session: what a cell means never depends on who reads it.
#include "testworkspace.h"

#include "domain/datetext.h"
#include "domain/entityschema.h"
#include "domain/money.h"
#include "domain/numbertext.h"
#include "domain/translations.h"
#include "edits/valueparser.h"
#include "query/lookups.h"

#include <QTest>

using namespace mcfund;

namespace {

struct Case
{
    const char* entity; ///< "credential" or "project"
    const char* field;
    const char* text;   ///< UTF-8
    const char* stored; ///< the stored value as text, "!" when refused, "@kind:key" for a reference
};

// At least 60 cases; each one runs once per session language.
const Case cases[] = {
    // Amounts: read under the English and the French conventions alike.
    {"credential", "tuition_cents", "$1,234.56", "123456"},
    {"credential", "tuition_cents", "1 234,56 $", "123456"},
    {"credential", "tuition_cents", "1\u00a0234,56\u00a0$", "123456"},
    {"credential", "tuition_cents", "1\u202f234,56\u00a0$", "123456"},
    {"credential", "tuition_cents", "1234.56", "123456"},
    {"credential", "tuition_cents", "1234,56", "123456"},
    {"credential", "tuition_cents", "12,5", "1250"},
    {"credential", "tuition_cents", "$5,00", "500"},
    {"credential", "tuition_cents", "5,00 $", "500"},
    {"credential", "tuition_cents", "12.5", "1250"},
    {"credential", "tuition_cents", "1,234", "123400"},
    {"credential", "tuition_cents", "1 234", "123400"},
    {"credential", "tuition_cents", "$40.00", "4000"},
    {"credential", "tuition_cents", "40,00 $", "4000"},
    {"credential", "tuition_cents", "0.05", "5"},
    {"credential", "tuition_cents", ",5", "50"},
    {"credential", "tuition_cents", "$1,234,567.89", "123456789"},
    {"credential", "tuition_cents", "1 234 567,89 $", "123456789"},
    {"credential", "tuition_cents", "  $ 7  ", "700"},
    {"project", "requested_cents", "$50,000", "5000000"},
    {"project", "requested_cents", "50 000 $", "5000000"},
    {"credential", "tuition_cents", "-5", "!"},
    {"credential", "tuition_cents", "($5.00)", "!"},
    {"credential", "tuition_cents", "12.345", "!"},
    {"credential", "tuition_cents", "12,345,6", "!"},
    {"credential", "tuition_cents", "99999999999999999999", "!"},
    {"credential", "tuition_cents", "twelve", "!"},
    {"credential", "tuition_cents", "1.2.3", "!"},
    {"credential", "tuition_cents", "1.234,56", "!"},
    {"credential", "tuition_cents", "1,23,456.00", "!"},
    {"credential", "tuition_cents", "12 34", "!"},
    {"credential", "tuition_cents", "$", "!"},
    {"credential", "tuition_cents", "1,,000", "!"},
    {"credential", "tuition_cents", "1, 000", "!"},
    {"credential", "tuition_cents", "$5,00.00", "!"},
    {"credential", "tuition_cents", "1e5", "!"},
    // Whole numbers: hours, weeks, counts.
    {"credential", "hours", "40", "40"},
    {"credential", "hours", "1,000", "1000"},
    {"credential", "hours", "1 000", "1000"},
    {"credential", "hours", "1\u00a0000", "1000"},
    {"credential", "hours", "+12", "12"},
    {"credential", "hours", "1,5", "!"},
    {"credential", "hours", "1.5", "!"},
    {"credential", "hours", "40.0", "!"},
    {"credential", "hours", "0", "!"},
    {"credential", "hours", "2001", "!"},
    {"credential", "hours", "forty", "!"},
    {"credential", "hours", "-3", "!"},
    {"credential", "hours", "1 5", "!"},
    {"credential", "weeks", "6", "6"},
    {"credential", "weeks", "12,0", "!"},
    {"project", "target_learners", "12 500", "12500"},
    {"project", "target_learners", "12,500", "12500"},
    // Dates.
    {"project", "start_on", "2024-01-05", "2024-01-05"},
    {"project", "start_on", "2024/01/05", "2024-01-05"},
    {"project", "start_on", "2024-01-05T00:00:00", "2024-01-05"},
    {"project", "start_on", "January 5, 2024", "2024-01-05"},
    {"project", "start_on", "5 Jan 2024", "2024-01-05"},
    {"project", "start_on", "5 janvier 2024", "2024-01-05"},
    {"project", "start_on", "1er mars 2024", "2024-03-01"},
    {"project", "start_on", "le 5 févr. 2024", "2024-02-05"},
    {"project", "start_on", "25/12/2024", "2024-12-25"},
    {"project", "start_on", "12/25/2024", "2024-12-25"},
    {"project", "start_on", "05/05/2024", "2024-05-05"},
    {"project", "start_on", "05/01/2024", "!"},
    {"project", "start_on", "05/01/24", "!"},
    {"project", "start_on", "2024-02-30", "!"},
    {"project", "start_on", "tomorrow", "!"},
    // Codes by their code, English label or French label, any case or accents.
    {"credential", "delivery", "Hybrid", "hybrid"},
    {"credential", "delivery", "Hybride", "hybrid"},
    {"credential", "delivery", "HYBRIDE", "hybrid"},
    {"credential", "delivery", "in_person", "in_person"},
    {"credential", "delivery", "En personne", "in_person"},
    {"credential", "delivery", "intégré au travail", "work_integrated"},
    {"credential", "delivery", "by carrier pigeon", "!"},
    {"credential", "language", "Anglais", "en"},
    {"credential", "language", "English", "en"},
    {"credential", "language", "francais", "fr"},
    {"credential", "language", "Bilingue", "bilingual"},
    {"credential", "language", "Klingon", "!"},
    {"credential", "status", "Offerte", "offered"},
    {"credential", "status", "Offered", "offered"},
    {"credential", "status", "en élaboration", "in_development"},
    {"project", "status", "Approuvé", "approved"},
    {"project", "project_type", "Microcertification unique", "single"},
    {"project", "project_type", "Stack or suite of micro-credentials", "stack"},
    // Yes and no in both languages.
    {"credential", "osap_approved", "Oui", "1"},
    {"credential", "osap_approved", "Non", "0"},
    {"credential", "osap_approved", "Yes", "1"},
    {"credential", "osap_approved", "no", "0"},
    {"credential", "osap_approved", "peut-être", "!"},
    // References by name in either language.
    {"credential", "sector_uid", "Health care", "@sector:health_care"},
    {"credential", "sector_uid", "Soins de santé", "@sector:health_care"},
    {"credential", "sector_uid", "soins de sante", "@sector:health_care"},
    {"project", "round_uid", "Round 2", "@round:2"},
    {"project", "round_uid", "Volet 2", "@round:2"},
    {"credential", "institution_uid", "Fleming College", "@institution:Fleming College"},
    {"credential", "institution_uid", "Nowhere University of Atlantis", "!"},
};

} // namespace

class TestValueParsing : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;
    Lookups m_lookups;

    QString expectedUid(const QString& key) const
    {
        const QString kind = key.section(QLatin1Char(':'), 0, 0).mid(1);
        const QString name = key.section(QLatin1Char(':'), 1);
        const Entity e = kind == QLatin1String("sector")  ? Entity::Sector
                         : kind == QLatin1String("round") ? Entity::Round
                                                          : Entity::Institution;
        for (const LookupItem& item : m_lookups.items(e))
            if (item.code == name || item.nameEn == name)
                return item.uid;
        return QStringLiteral("(no %1 %2 in the workspace)").arg(kind, name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.open(test::path(m_dir), &error), qPrintable(error));
        m_lookups.load(m_db.connection());
        QVERIFY(!m_lookups.items(Entity::Sector).isEmpty());
    }
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void parse_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stored");
        int n = 0;
        for (const char* language : {"en", "fr"}) {
            for (const Case& c : cases) {
                QTest::addRow("%s %d %s=%s", language, ++n, c.field, c.text)
                    << QString::fromLatin1(language) << QString::fromLatin1(c.entity)
                    << QString::fromLatin1(c.field) << QString::fromUtf8(c.text)
                    << QString::fromUtf8(c.stored);
            }
        }
        QVERIFY(n >= 120);
    }
    void parse()
    {
        QFETCH(QString, language);
        QFETCH(QString, entity);
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, stored);
        QVERIFY(Translations::install(language));
        const FieldDef* f = Schema::byName(entity)->field(field);
        QVERIFY(f);
        const ValueParser parser(QLocale(), language, &m_lookups);
        QVariant value;
        QString error;
        const bool ok = parser.parse(*f, text, &value, &error);
        if (stored == QLatin1String("!")) {
            QVERIFY2(!ok, qPrintable(QStringLiteral("stored as %1").arg(value.toString())));
            QVERIFY(!error.isEmpty());
            // The reason names the field, so that a line of an import report says where.
            QVERIFY2(error.startsWith(f->displayName()), qPrintable(error));
            return;
        }
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(value.toString(), stored.startsWith(QLatin1Char('@')) ? expectedUid(stored) : stored);
    }

    // What is written in one language reads back as the same value in the other.
    void formatReadsBackInTheOtherLanguage_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("tuition") << "tuition_cents" << QVariant(qint64(123456789));
        QTest::newRow("small tuition") << "tuition_cents" << QVariant(qint64(5));
        QTest::newRow("hours") << "hours" << QVariant(qint64(1500));
        QTest::newRow("delivery") << "delivery" << QVariant(QStringLiteral("work_integrated"));
        QTest::newRow("status") << "status" << QVariant(QStringLiteral("retired"));
        QTest::newRow("osap") << "osap_approved" << QVariant(1);
        QTest::newRow("language") << "language" << QVariant(QStringLiteral("bilingual"));
    }
    void formatReadsBackInTheOtherLanguage()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        const FieldDef* f = Schema::entity(Entity::Credential).field(field);
        for (const auto& [writer, reader] : {std::pair{"en", "fr"}, std::pair{"fr", "en"}}) {
            QVERIFY(Translations::install(QString::fromLatin1(writer)));
            const QString text =
                ValueParser(QLocale(), QString::fromLatin1(writer), &m_lookups).format(*f, value);
            QVERIFY(Translations::install(QString::fromLatin1(reader)));
            QVariant back;
            QString error;
            QVERIFY2(ValueParser(QLocale(), QString::fromLatin1(reader), &m_lookups)
                         .parse(*f, text, &back, &error),
                     qPrintable(text + QStringLiteral(": ") + error));
            QCOMPARE(back.toString(), value.toString());
        }
    }

    void moneyNeverDependsOnTheLocale()
    {
        for (const char* l : {"en_CA", "fr_CA", "C", "de_DE"}) {
            Money m;
            QVERIFY(Money::parse(QStringLiteral("$1,234.56"), QLocale(QString::fromLatin1(l)), &m));
            QCOMPARE(m.cents(), qint64(123456));
            QVERIFY(Money::parse(QStringLiteral("1 234,56 $"), QLocale(QString::fromLatin1(l)), &m));
            QCOMPARE(m.cents(), qint64(123456));
        }
    }

    void refusalsSayWhy()
    {
        QString error;
        Money m(42);
        QVERIFY(!Money::parse(QStringLiteral("12.345"), QLocale(QStringLiteral("en_CA")), &m, &error));
        QVERIFY2(error.contains(QStringLiteral("two decimals")), qPrintable(error));
        QCOMPARE(m.cents(), qint64(42));
        QVERIFY(!Money::parse(QStringLiteral("twelve"), QLocale(QStringLiteral("en_CA")), &m, &error));
        QVERIFY2(error.contains(QStringLiteral("“t”")), qPrintable(error));
        qint64 n = 7;
        QVERIFY(!NumberText::parseWhole(QStringLiteral("1,5"), &n, &error));
        QVERIFY2(error.contains(QStringLiteral("decimal part")), qPrintable(error));
        QCOMPARE(n, qint64(7));
        QDate d(2000, 1, 1);
        QVERIFY(!DateText::parse(QStringLiteral("05/01/2024"), &d, &error));
        QVERIFY2(error.contains(QStringLiteral("2024-01-05")) && error.contains(QStringLiteral("2024-05-01")),
                 qPrintable(error));
        QCOMPARE(d, QDate(2000, 1, 1));
    }

    void numberReadings()
    {
        // Both readings valid and different would be refused; with groups of exactly three digits and at most
        // two decimals no amount can be read two ways, but four decimals can.
        const NumberText::Result r = NumberText::read(QStringLiteral("1,234"), 4, 10, false);
        QCOMPARE(r.outcome, NumberText::Outcome::Ambiguous);
        QCOMPARE(r.value, qint64(12340000));   // 1234 in English
        QCOMPARE(r.otherValue, qint64(12340)); // 1.234 in French
        const NumberText::Result same = NumberText::read(QStringLiteral("1 234"), 2, 15, false);
        QCOMPARE(same.outcome, NumberText::Outcome::Ok);
        QCOMPARE(same.value, qint64(123400));
        QCOMPARE(NumberText::read(QStringLiteral("  "), 2, 15, true).outcome, NumberText::Outcome::Empty);
        QCOMPARE(NumberText::read(QStringLiteral("1234567890123456"), 2, 15, true).outcome,
                 NumberText::Outcome::TooLarge);
        QCOMPARE(NumberText::read(QStringLiteral("000000000000000000001"), 2, 15, true).value, qint64(100));
    }
};

QTEST_GUILESS_MAIN(TestValueParsing)
#include "tst_valueparsing.moc"
