#include "domain/entityschema.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/repository.h"
#include "storage/rowstatement.h"
#include "storage/sqldialect.h"

#include "testworkspace.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace mcfund;

namespace {
qint64 count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestRepository : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_db;
    QString m_round, m_institution, m_sector;

    Repository repo()
    {
        return Repository(m_db.connection(),
                          ChangeContext{QStringLiteral("tester"), QStringLiteral("edit"), {}, {}});
    }
    QByteArray dataSnapshot()
    {
        // Every table's content, to prove a refused write changed nothing.
        QByteArray out;
        for (const char* t : {"project", "micro_credential", "institution", "partner", "change_log"}) {
            QSqlQuery q(m_db.connection());
            const bool log = qstrcmp(t, "change_log") == 0;
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                       .arg(QLatin1String(t), log ? QStringLiteral("id") : QStringLiteral("rowid")));
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString().toUtf8() + '|';
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(test::workspace(m_dir), &error), qPrintable(error));
        m_round = repo().roundByNumber(2)->uid;
        m_institution = repo().findInstitution(QStringLiteral("Fleming College"))->uid;
        m_sector = repo().sectorUid(QStringLiteral("health_care"));
        QVERIFY(!m_round.isEmpty() && !m_institution.isEmpty() && !m_sector.isEmpty());
    }

    void projectRoundTrip()
    {
        Project p;
        p.roundUid = m_round;
        p.institutionUid = m_institution;
        p.sectorUid = m_sector;
        p.titleEn = QStringLiteral("Wound Care – Level 2");
        p.titleFr = QStringLiteral("Soins des plaies – niveau 2");
        p.requested = Money(4999999);
        p.targetLearners = 40;
        p.startOn = QStringLiteral("2025-01-06");
        QString error;
        Repository r = repo();
        QVERIFY2(r.add(p, Entity::Project, &error), qPrintable(error));
        QVERIFY(!p.uid.isEmpty());
        const std::optional<Project> back = r.project(p.uid);
        QVERIFY(back);
        QCOMPARE(back->titleFr, p.titleFr);
        QCOMPARE(back->requested->cents(), qint64(4999999));
        QVERIFY(!back->approved);
        QCOMPARE(*back->targetLearners, qint64(40));
        QCOMPARE(back->startOn, QStringLiteral("2025-01-06"));

        QVERIFY2(
            r.change(Entity::Project, p.uid, {{QStringLiteral("approved_cents"), qint64(4000000)}}, &error),
            qPrintable(error));
        QCOMPARE(r.project(p.uid)->approved->cents(), qint64(4000000));
        const Record rec = *r.get(Entity::Project, p.uid);
        QCOMPARE(rec.value(QStringLiteral("version")).toInt(), 2);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT \"user\", field, old, new, origin FROM change_log WHERE uid = ? ORDER BY id"));
        q.addBindValue(p.uid);
        QVERIFY(q.exec());
        QVERIFY(q.next()); // the insert
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), test::loggedAs(QStringLiteral("tester")));
        QCOMPARE(q.value(1).toString(), QStringLiteral("approved_cents"));
        QVERIFY(q.value(2).isNull());
        QCOMPARE(q.value(3).toString(), QStringLiteral("4000000"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("edit"));
    }

    void credentialAndPartnerRoundTrip()
    {
        QString error;
        Repository r = repo();
        MicroCredential c;
        c.institutionUid = m_institution;
        c.sectorUid = m_sector;
        c.titleEn = QStringLiteral("Embedded C: Foundations");
        c.titleFr = QStringLiteral("C embarqué : fondements");
        c.hours = 40;
        c.weeks = 8;
        c.tuition = Money(125000);
        c.osapApproved = true;
        c.delivery = QStringLiteral("hybrid");
        c.nocCodes = QStringLiteral("21301;22310");
        c.cipCode = QStringLiteral("15.0303");
        QVERIFY2(r.add(c, Entity::Credential, &error), qPrintable(error));
        const MicroCredential back = *r.credential(c.uid);
        QCOMPARE(back.titleFr, c.titleFr);
        QCOMPARE(back.tuition->cents(), qint64(125000));
        QVERIFY(back.osapApproved);
        QCOMPARE(back.nocCodes, c.nocCodes);

        Partner partner;
        partner.name = QStringLiteral("Peterborough Manufacturing");
        partner.kind = QStringLiteral("industry_association");
        partner.sectorUid = m_sector;
        QVERIFY2(r.add(partner, Entity::Partner, &error), qPrintable(error));
        QCOMPARE(r.partner(partner.uid)->kind, QStringLiteral("industry_association"));
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expect");
        QTest::newRow("negative amount")
            << "requested_cents" << QVariant(qint64(-100)) << "cannot be negative";
        QTest::newRow("empty title") << "title_en" << QVariant(QStringLiteral("   ")) << "title is required";
        QTest::newRow("unknown sector")
            << "sector_uid" << QVariant(QStringLiteral("no-such-sector")) << "no sector";
        QTest::newRow("title too long")
            << "title_en" << QVariant(QString(301, QLatin1Char('x'))) << "the limit is 300";
        QTest::newRow("unknown status") << "status" << QVariant(QStringLiteral("funded")) << "not a known";
        QTest::newRow("bad date") << "start_on" << QVariant(QStringLiteral("31/12/2024")) << "must be a date";
    }
    void badInputWritesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(QString, expect);
        const QByteArray before = dataSnapshot();
        Record rec{{QStringLiteral("round_uid"), m_round},
                   {QStringLiteral("institution_uid"), m_institution},
                   {QStringLiteral("sector_uid"), m_sector},
                   {QStringLiteral("title_en"), QStringLiteral("A valid title")},
                   {QStringLiteral("original_language"), QStringLiteral("en")},
                   {QStringLiteral("sector_assigned_by"), QStringLiteral("user")},
                   {QStringLiteral("status"), QStringLiteral("draft")},
                   {QStringLiteral("project_type"), QStringLiteral("single")}};
        rec.insert(field, value);
        QString error;
        Repository r = repo();
        QVERIFY(!r.add(Entity::Project, rec, &error));
        QVERIFY2(error.contains(expect, Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(dataSnapshot(), before);

        // The same with every field of a project in the record, as an import gives it (the store takes such
        // a record as it is): refused the same way, and the record is the caller's again, uid and all.
        Record complete;
        for (const FieldDef& f : Schema::entity(Entity::Project).fields)
            complete.insert(f.column, rec.value(f.column));
        const QString givenUid = QStringLiteral("0190f0e0-0000-7000-8000-000000000001");
        complete.insert(QStringLiteral("uid"), givenUid);
        const QList<QString> givenFields = complete.keys();
        RecordStore store(m_db.connection(), {});
        error.clear();
        QVERIFY(!store.insert(Entity::Project, complete, &error));
        QVERIFY2(error.contains(expect, Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(dataSnapshot(), before);
        QCOMPARE(complete.keys(), givenFields);
        QCOMPARE(complete.value(QStringLiteral("uid")).toString(), givenUid);
        QCOMPARE(complete.value(QStringLiteral("institution_uid")).toString(), m_institution);

        // The same value as a change to an existing project is refused too.
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT uid FROM project WHERE title_fr IS NULL LIMIT 1")) && q.next());
        const QString uid = q.value(0).toString();
        q.finish();
        QVERIFY(!r.change(Entity::Project, uid, {{field, value}}, &error));
        QCOMPARE(dataSnapshot(), before);
    }

    void deleteThatWouldOrphanIsRefused()
    {
        QString error;
        Repository r = repo();
        const QByteArray before = dataSnapshot();
        QVERIFY(!r.remove(Entity::Institution, m_institution, &error));
        QVERIFY2(error.contains(QStringLiteral("projects")) &&
                     error.contains(QStringLiteral("Fleming College")),
                 qPrintable(error));
        QCOMPARE(dataSnapshot(), before);
    }

    void deleteIsLogged()
    {
        QString error;
        Repository r = repo();
        Partner partner;
        partner.name = QStringLiteral("Temporary partner");
        QVERIFY(r.add(partner, Entity::Partner, &error));
        QVERIFY2(r.remove(Entity::Partner, partner.uid, &error), qPrintable(error));
        QVERIFY(!r.partner(partner.uid));
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT old FROM change_log WHERE uid = ? AND new IS NULL"));
        q.addBindValue(partner.uid);
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("Temporary partner")));
    }

    void newUidsAreVersion7InTheOrderMade()
    {
        // UUID version 7: the time first, so that uids made one after another sort one after another
        // (a table's key index fills at its end), and all different.
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QStringList made;
        for (int i = 0; i < 20000; ++i) // more than the counter holds in one millisecond (4,096)
            made << RecordStore::newUid();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QStringList sorted = made;
        sorted.sort();
        QCOMPARE(sorted, made);
        QCOMPARE(QSet<QString>(made.cbegin(), made.cend()).size(), made.size());
        const QUuid first = QUuid::fromString(made.first());
        QVERIFY(!first.isNull());
        QCOMPARE(first.variant(), QUuid::DCE);
        QCOMPARE(made.first().at(14), QLatin1Char('7')); // the version (Qt 6.4's QUuid knows 1 to 5)
        QCOMPARE(made.first().size(), 36);
        const qint64 ms = made.first().left(8).append(made.first().mid(9, 4)).toLongLong(nullptr, 16);
        QVERIFY2(ms >= before && ms <= after + 5, qPrintable(made.first()));
    }

    void findInstitutionByAnyName()
    {
        Repository r = repo();
        QCOMPARE(r.findInstitution(QStringLiteral("fleming college"))->uid, m_institution);
        QCOMPARE(r.findInstitution(m_institution)->nameEn, QStringLiteral("Fleming College"));
        QVERIFY(r.findInstitution(QStringLiteral("Université d’Ottawa")));
        QVERIFY(!r.findInstitution(QStringLiteral("Hogwarts")));
        QCOMPARE(count(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM institution")), 36);
    }

    void rowStatementBindsAndReadsAsQtDoes()
    {
        const QSqlDatabase db = m_db.connection();
        if (Sql::isServer(db))
            QSKIP("On a server RowStatement is QSqlQuery itself; the imports' tests run it there.");
        QSqlQuery make(db);
        QVERIFY(make.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS probe (t TEXT UNIQUE, i INTEGER, b "
                                         "BLOB, n TEXT, d REAL)")));
        QVERIFY(make.exec(QStringLiteral("DELETE FROM temp.probe")));

        RowStatement bad(db, QStringLiteral("SELEC nothing"));
        QVERIFY(!bad.isValid());
        QVERIFY2(bad.lastError().contains(QLatin1String("syntax error")), qPrintable(bad.lastError()));
        QVERIFY(!bad.exec());

        RowStatement insert(db, QStringLiteral("INSERT INTO temp.probe VALUES (?, ?, ?, ?, ?)"));
        QVERIFY2(insert.isValid(), qPrintable(insert.lastError()));
        // Text as UTF-8, a 64-bit integer, bytes with a zero, a null QString as NULL, a double.
        insert.bind(0, QStringLiteral("é€ “quoted”"));
        insert.bind(1, qint64(1) << 40);
        insert.bind(2, QByteArray("\0\1\xff", 3));
        insert.bind(3, QString());
        insert.bind(4, 2.5);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError()));
        QCOMPARE(insert.rowsAffected(), 1);
        // A bool is 1, an empty QVariant NULL, an empty (not null) string the empty text.
        insert.bind(0, QStringLiteral("second"));
        insert.bind(1, true);
        insert.bind(2, QVariant());
        insert.bind(3, QStringLiteral(""));
        insert.bind(4, QVariant());
        QVERIFY(insert.exec());
        // The same text again breaks the UNIQUE constraint: refused with SQLite's words, nothing written,
        // and the statement runs on afterwards.
        insert.bind(0, QStringLiteral("second"));
        QVERIFY(!insert.exec());
        QVERIFY2(insert.lastError().contains(QLatin1String("UNIQUE constraint failed")),
                 qPrintable(insert.lastError()));
        insert.bind(0, QStringLiteral("third"));
        insert.bind(1, -7);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError()));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM temp.probe")), 3);

        RowStatement read(db,
                          QStringLiteral("SELECT t, i, b, typeof(n), n, d FROM temp.probe WHERE rowid >= ? "
                                         "ORDER BY rowid"));
        read.bind(0, 1);
        QVERIFY(read.exec());
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toString(), QStringLiteral("é€ “quoted”"));
        QCOMPARE(read.value(1).toLongLong(), qint64(1) << 40);
        QCOMPARE(read.value(2).toByteArray(), QByteArray("\0\1\xff", 3));
        QCOMPARE(read.value(3).toString(), QStringLiteral("null"));
        QVERIFY(!read.value(4).isValid());
        QCOMPARE(read.value(5).toDouble(), 2.5);
        QVERIFY(read.next());
        QCOMPARE(read.value(1).toLongLong(), 1);
        QCOMPARE(read.value(3).toString(), QStringLiteral("text"));
        QCOMPARE(read.value(4).toString(), QString());
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toString(), QStringLiteral("third"));
        QCOMPARE(read.value(1).toLongLong(), -7);
        QVERIFY(!read.next());
        QVERIFY(!read.value(0).isValid());
        // Bound again while a row is still unread: the statement starts over with the new value.
        read.bind(0, 1);
        QVERIFY(read.exec());
        read.bind(0, 3);
        QVERIFY(read.exec() && read.next());
        QCOMPARE(read.value(0).toString(), QStringLiteral("third"));
        QVERIFY(!read.next());
        // A query's columns by name; finish() ends it before its last row.
        QCOMPARE(read.columnCount(), 6);
        QCOMPARE(read.columnName(0), QStringLiteral("t"));
        QCOMPARE(read.columnName(3), QStringLiteral("typeof(n)"));
        read.bind(0, 1);
        QVERIFY(read.exec());
        read.finish();
        QVERIFY(!read.next());
    }

    void getReadsARecordAsTheDriverDoes()
    {
        // RecordStore::get reads SQLite without Qt's driver (an import reads a record per row); what it
        // gives must be what a QSqlQuery gives, type for type, NULL as a null text.
        QString error;
        Repository r = repo();
        MicroCredential c;
        c.institutionUid = m_institution;
        c.sectorUid = m_sector;
        c.titleEn = QStringLiteral("Welding inspection");
        c.hours = 30;
        c.tuition = Money(99050);
        QVERIFY2(r.add(c, Entity::Credential, &error), qPrintable(error));
        const std::optional<Record> got = RecordStore(m_db.connection(), {}).get(Entity::Credential, c.uid);
        QVERIFY(got);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.prepare(QStringLiteral("SELECT * FROM micro_credential WHERE uid = ?")));
        q.bindValue(0, c.uid);
        QVERIFY(q.exec() && q.next());
        int nulls = 0, compared = 0;
        for (int i = 0; i < q.record().count(); ++i) {
            const QString name = q.record().fieldName(i);
            if (Sql::isDerived(name)) {
                QVERIFY2(!got->contains(name), qPrintable(name));
                continue;
            }
            QVERIFY2(got->contains(name), qPrintable(name));
            QCOMPARE(got->value(name).metaType(), q.value(i).metaType());
            QCOMPARE(got->value(name), q.value(i));
            nulls += q.value(i).isNull() ? 1 : 0;
            ++compared;
        }
        QCOMPARE(got->size(), compared);
        QVERIFY(nulls >= 5); // weeks, outcomes, cip code, url, … were left empty
        QCOMPARE(got->value(QStringLiteral("tuition_cents")).toLongLong(), 99050);
        QVERIFY(!RecordStore(m_db.connection(), {}).get(Entity::Credential, QUuid::createUuid().toString()));
    }

    void getSeesAColumnAddedWhileTheStoreLives()
    {
        if (Sql::isServer(m_db.connection()))
            QSKIP("The store's own reading of SQLite is what is tested.");
        // A store lists the columns of its read once; SQLite prepares the statement again by itself when
        // the table changes (a migration), and the list must follow.
        Database db;
        QString error;
        QVERIFY2(db.open(test::workspace(m_dir, QStringLiteral("columns.sqlite")), &error),
                 qPrintable(error));
        RecordStore store(db.connection(), {});
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT uid FROM institution LIMIT 1")) && q.next());
        const QString uid = q.value(0).toString();
        q.finish();
        const std::optional<Record> before = store.get(Entity::Institution, uid);
        QVERIFY(before && !before->contains(QStringLiteral("probe_note")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE institution ADD COLUMN probe_note TEXT")));
        QVERIFY(q.exec(QStringLiteral("UPDATE institution SET probe_note = 'noted'")));
        const std::optional<Record> after = store.get(Entity::Institution, uid);
        QVERIFY(after);
        QCOMPARE(after->value(QStringLiteral("probe_note")).toString(), QStringLiteral("noted"));
        QCOMPARE(after->value(QStringLiteral("name_en")), before->value(QStringLiteral("name_en")));
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
