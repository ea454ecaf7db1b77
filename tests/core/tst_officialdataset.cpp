#include "storage/database.h"
#include "storage/officialdataset.h"

#include "publishedpage.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcfund;

class TestOfficialDataset : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_db;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(test::workspace(m_dir, QStringLiteral("official.sqlite")), &error),
                 qPrintable(error));
    }

    void totals()
    {
        const QSqlDatabase db = m_db.connection();
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM funding_round")), 2);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM institution")), 36);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sector")), 7);
        QCOMPARE(
            test::scalar(db, QStringLiteral(
                                 "SELECT COUNT(*) FROM project p JOIN funding_round r ON r.uid = p.round_uid "
                                 "WHERE r.number = 2")),
            88);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(DISTINCT institution_uid) FROM project")), 36);
        // Amounts are not published: none may be invented.
        QCOMPARE(test::scalar(
                     db, QStringLiteral("SELECT COUNT(*) FROM project WHERE requested_cents IS NOT NULL OR "
                                        "approved_cents IS NOT NULL")),
                 0);
        QCOMPARE(
            test::scalar(db, QStringLiteral("SELECT envelope_cents FROM funding_round WHERE number = 1")),
            1500000000);
        QCOMPARE(
            test::scalar(db, QStringLiteral("SELECT envelope_cents FROM funding_round WHERE number = 2")),
            500000000);
        QCOMPARE(
            test::scalar(db, QStringLiteral("SELECT target_projects FROM funding_round WHERE number = 2")),
            88);
        QCOMPARE(test::scalar(
                     db, QStringLiteral("SELECT COUNT(*) FROM project WHERE sector_assigned_by <> 'mcfund'")),
                 0);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM change_log")), 0);
    }

    void roundTwoFacts()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT fiscal_year, announced_on, intake_closes, name_fr FROM funding_round WHERE number = 2")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2024–25"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2023-11-23"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("2024-01-05"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("Volet 2"));
        QVERIFY(q.exec(QStringLiteral(
            "SELECT COUNT(*) FROM round_sector rs JOIN funding_round r ON r.uid = rs.round_uid "
            "WHERE r.number = 2 AND rs.is_priority = 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 6);
    }

    void everyInstitutionAsPublished()
    {
        test::PublishedPage page;
        QString error;
        QVERIFY2(test::readPublishedPage(&page, &error), qPrintable(error));
        const auto& published = page.recipients;
        QCOMPARE(published.size(), 36);
        int titles = 0;
        for (const auto& [name, projects] : published) {
            QSqlQuery q(m_db.connection());
            q.prepare(
                QStringLiteral("SELECT COALESCE(p.title_en, p.title_fr) FROM project p JOIN institution i "
                               "ON i.uid = p.institution_uid WHERE i.name_en = ? ORDER BY p.rowid"));
            q.addBindValue(name);
            QVERIFY(q.exec());
            QStringList stored;
            while (q.next())
                stored << q.value(0).toString();
            QVERIFY2(stored == projects, qPrintable(name));
            titles += int(projects.size());
        }
        QCOMPARE(titles, 88);
    }

    void frenchTitlesIntact()
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT original_language, title_en FROM project WHERE title_fr = ?"));
        q.addBindValue(QStringLiteral(
            "Sensibilisation aux besoins particuliers dans le domaine de l’éducation de la petite enfance"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("fr"));
        QVERIFY(q.value(1).isNull()); // no invented translation
        QCOMPARE(test::scalar(m_db.connection(),
                              QStringLiteral("SELECT COUNT(*) FROM project WHERE original_language = 'fr'")),
                 3);
        q.prepare(QStringLiteral("SELECT type, language FROM institution WHERE name_en = ?"));
        q.addBindValue(QStringLiteral("Université de Hearst"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("university"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("fr"));
    }

    void institutionTypes()
    {
        const QSqlDatabase db = m_db.connection();
        QCOMPARE(
            test::scalar(
                db, QStringLiteral("SELECT COUNT(*) FROM institution WHERE type = 'indigenous_institute'")),
            2);
        QCOMPARE(test::scalar(
                     db, QStringLiteral("SELECT COUNT(*) FROM institution WHERE type = 'career_college'")),
                 6);
        QCOMPARE(
            test::scalar(db, QStringLiteral(
                                 "SELECT COUNT(*) FROM institution WHERE type IN ('college','university')")),
            28);
    }

    void sectorsFollowTheReadableRule()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COALESCE(p.title_en, p.title_fr), s.code FROM project p "
                                      "JOIN sector s ON s.uid = p.sector_uid")));
        int n = 0;
        while (q.next()) {
            QCOMPARE(OfficialDataset::sectorByRules(q.value(0).toString()), q.value(1).toString());
            ++n;
        }
        QCOMPARE(n, 88);
    }

    void stableUids()
    {
        QCOMPARE(OfficialDataset::stableUid(QStringLiteral("sector"), QStringLiteral("housing")),
                 OfficialDataset::stableUid(QStringLiteral("sector"), QStringLiteral("housing")));
        QVERIFY(OfficialDataset::stableUid(QStringLiteral("sector"), QStringLiteral("housing")) !=
                OfficialDataset::stableUid(QStringLiteral("sector"), QStringLiteral("other")));
    }
};

QTEST_GUILESS_MAIN(TestOfficialDataset)
#include "tst_officialdataset.moc"
