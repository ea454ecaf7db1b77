#include "domain/money.h"

#include <QLocale>
#include <QTest>

#include <limits>
#include <tuple>

using mcfund::Money;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void format_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en envelope") << qint64(500000000) << "en_CA"
                                     << "$5,000,000.00";
        QTest::newRow("fr envelope") << qint64(500000000) << "fr_CA"
                                     << QString::fromUtf8("5\u00a0000\u00a0000,00\u00a0$");
        QTest::newRow("en cents") << qint64(5) << "en_CA"
                                  << "$0.05";
        // Negative amounts as the locale writes them: Canadian English and French use accounting parentheses.
        QTest::newRow("en negative") << qint64(-123456) << "en_CA"
                                     << "($1,234.56)";
        QTest::newRow("fr negative") << qint64(-123456) << "fr_CA"
                                     << QString::fromUtf8("(1\u00a0234,56\u00a0$)");
        QTest::newRow("zero") << qint64(0) << "en_CA"
                              << "$0.00";
    }
    void format()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(Money(cents).toString(QLocale(locale)), expected);
    }

    void oneFormatterForManyAmounts()
    {
        // An export formats a million amounts with one Formatter: each must come out as if formatted alone,
        // whatever came before it (sign, size), to the last of the extremes.
        const Money::Formatter en(QLocale(QStringLiteral("en_CA")));
        const Money::Formatter fr(QLocale(QStringLiteral("fr_CA")));
        const QList<std::tuple<qint64, QString, QString>> amounts = {
            {-123456, QStringLiteral("($1,234.56)"), QString::fromUtf8("(1\u00a0234,56\u00a0$)")},
            {500000000, QStringLiteral("$5,000,000.00"), QString::fromUtf8("5\u00a0000\u00a0000,00\u00a0$")},
            {7, QStringLiteral("$0.07"), QString::fromUtf8("0,07\u00a0$")},
            {-1, QStringLiteral("($0.01)"), QString::fromUtf8("(0,01\u00a0$)")},
            {1000, QStringLiteral("$10.00"), QString::fromUtf8("10,00\u00a0$")},
            {std::numeric_limits<qint64>::max(), QStringLiteral("$92,233,720,368,547,758.07"),
             QString::fromUtf8("92\u00a0233\u00a0720\u00a0368\u00a0547\u00a0758,07\u00a0$")},
            {std::numeric_limits<qint64>::min(), QStringLiteral("($92,233,720,368,547,758.08)"),
             QString::fromUtf8("(92\u00a0233\u00a0720\u00a0368\u00a0547\u00a0758,08\u00a0$)")},
            {0, QStringLiteral("$0.00"), QString::fromUtf8("0,00\u00a0$")},
        };
        for (const auto& [cents, english, french] : amounts) {
            QCOMPARE(en.toString(cents), english);
            QCOMPARE(fr.toString(cents), french);
            QCOMPARE(Money(cents).toString(QLocale(QStringLiteral("fr_CA"))), french);
        }
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("en plain") << "5000000"
                                  << "en_CA" << qint64(500000000);
        QTest::newRow("en grouped") << "$5,000,000.00"
                                    << "en_CA" << qint64(500000000);
        QTest::newRow("en one decimal") << "12.5"
                                        << "en_CA" << qint64(1250);
        QTest::newRow("fr nbsp") << QString::fromUtf8("5\u00a0000\u00a0000,00 $") << "fr_CA"
                                 << qint64(500000000);
        QTest::newRow("fr narrow nbsp") << QString::fromUtf8("5\u202f000,5") << "fr_CA" << qint64(500050);
        QTest::newRow("fr plain space") << "50 000,00"
                                        << "fr_CA" << qint64(5000000);
        QTest::newRow("en minus") << "-$1,234.56"
                                  << "en_CA" << qint64(-123456);
        QTest::newRow("en parentheses") << "($1,234.56)"
                                        << "en_CA" << qint64(-123456);
        QTest::newRow("fr minus") << QString::fromUtf8("-1\u00a0234,56 $") << "fr_CA" << qint64(-123456);
        QTest::newRow("large") << "999999999999.99"
                               << "en_CA" << qint64(99999999999999);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, locale);
        QFETCH(qint64, cents);
        Money m;
        QString error;
        QVERIFY2(Money::parse(text, QLocale(locale), &m, &error), qPrintable(error));
        QCOMPARE(m.cents(), cents);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("locale");
        QTest::newRow("empty") << ""
                               << "en_CA";
        QTest::newRow("letters") << "12abc"
                                 << "en_CA";
        QTest::newRow("three decimals") << "1.234"
                                        << "en_CA";
        QTest::newRow("two decimal marks") << "1,2,3"
                                           << "fr_CA";
        QTest::newRow("too large") << "12345678901234567"
                                   << "en_CA";
        QTest::newRow("only sign") << "$"
                                   << "en_CA";
    }
    void parseRejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, locale);
        Money m(42);
        QString error;
        QVERIFY(!Money::parse(text, QLocale(locale), &m, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(m.cents(), qint64(42)); // untouched on failure
    }

    void roundTripBothLocales()
    {
        for (const char* loc : {"en_CA", "fr_CA"}) {
            for (qint64 c :
                 {qint64(0), qint64(1), qint64(99), qint64(100), qint64(123456789), qint64(-5000)}) {
                Money back;
                QVERIFY(Money::parse(Money(c).toString(QLocale(QLatin1String(loc))),
                                     QLocale(QLatin1String(loc)), &back));
                QCOMPARE(back.cents(), c);
                QVERIFY(Money::parse(Money(c).toPlainString(QLocale(QLatin1String(loc))),
                                     QLocale(QLatin1String(loc)), &back));
                QCOMPARE(back.cents(), c);
            }
        }
    }

    void arithmetic()
    {
        QCOMPARE((Money(150) + Money(250)).cents(), qint64(400));
        QCOMPARE((Money(150) - Money(250)).cents(), qint64(-100));
        QVERIFY(Money(1) < Money(2));
        QCOMPARE(Money::fromDollars(50000).cents(), qint64(5000000));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
