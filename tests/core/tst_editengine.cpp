#include "edits/editengine.h"
#include "edits/valueparser.h"
#include "query/lookups.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "storage/sqldialect.h"
#include "testworkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcfund;

namespace {
/** A new micro-credential of \a institution in \a sector, offered online in English. */
RowEdit newCredential(const QString& title, const QString& institution, const QString& sector)
{
    RowEdit r;
    r.op = RowEdit::Op::Insert;
    r.entity = Entity::Credential;
    r.uid = RecordStore::newUid();
    r.after = {{QStringLiteral("title_en"), title},
               {QStringLiteral("institution_uid"), institution},
               {QStringLiteral("sector_uid"), sector},
               {QStringLiteral("delivery"), QStringLiteral("online")},
               {QStringLiteral("status"), QStringLiteral("offered")},
               {QStringLiteral("language"), QStringLiteral("en")},
               {QStringLiteral("osap_approved"), 0}};
    return r;
}
} // namespace

class TestEditEngine : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_db;
    Lookups m_lookups;
    QString m_project;

    qint64 logRows()
    {
        QSqlQuery q(m_db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM change_log")) && q.next() ? q.value(0).toLongLong()
                                                                                     : -1;
    }
    QVariant field(const QString& uid, const QString& column)
    {
        return Repository(m_db.connection()).get(Entity::Project, uid)->value(column);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(test::workspace(m_dir), &error), qPrintable(error));
        m_lookups.load(m_db.connection());
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT uid FROM project WHERE title_en = 'Hydrogen 101'")) &&
                q.next());
        m_project = q.value(0).toString();
    }

    void applyAndInverse()
    {
        EditEngine engine(m_db.connection(), QStringLiteral("alice"));
        EditBatch b = EditBatch::change(Entity::Project, m_project, QStringLiteral("requested_cents"),
                                        QVariant(), qint64(4500000), QStringLiteral("change of requested"));
        QList<EditProblem> problems;
        QVERIFY(engine.apply(b, QStringLiteral("edit"), &problems));
        QCOMPARE(field(m_project, QStringLiteral("requested_cents")).toLongLong(), qint64(4500000));
        EditBatch undo = b.inverse();
        QVERIFY(engine.apply(undo, QStringLiteral("undo"), &problems));
        QVERIFY(field(m_project, QStringLiteral("requested_cents")).isNull());
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("SELECT origin, \"user\", old, new FROM change_log WHERE uid = ? ORDER BY id"));
        q.addBindValue(m_project);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("edit"));
        QCOMPARE(q.value(1).toString(), test::loggedAs(QStringLiteral("alice")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("undo"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("4500000"));
        QVERIFY(q.value(3).isNull());
    }

    void aRecordIsLoggedInTheSameTextAloneAndInBulk()
    {
        // A record added alone is logged as RecordStore writes it; one added in a batch of 1,000 rows or
        // more, by one statement over the rows added (mcfund_record_json). The log holds the same text.
        Repository repo(m_db.connection());
        const QString institution = repo.findInstitution(QStringLiteral("Fleming College"))->uid;
        const QString sector = repo.sectorUid(QStringLiteral("health_care"));
        const QString title = QStringLiteral("Quote \" back \\ bell\b feed\f one\x01 tab\t é 🚀");
        auto tricky = [&] {
            RowEdit r = newCredential(title, institution, sector);
            r.after.insert(QStringLiteral("outcomes_en"), QStringLiteral("Line one\nline\rtwo"));
            r.after.insert(QStringLiteral("hours"), qint64(40));
            r.after.insert(QStringLiteral("tuition_cents"), qint64(99999999999));
            return r;
        };
        EditEngine engine(m_db.connection(), QStringLiteral("alice"));
        QList<EditProblem> problems;
        EditBatch alone;
        alone.rows << tricky();
        QVERIFY2(engine.apply(alone, QStringLiteral("edit"), &problems),
                 qPrintable(EditEngine::describe(alone, problems)));
        EditBatch bulk;
        bulk.rows << tricky();
        for (int i = 0; i < 1000; ++i)
            bulk.rows << newCredential(QStringLiteral("Filler module %1").arg(i), institution, sector);
        QVERIFY2(engine.apply(bulk, QStringLiteral("edit"), &problems),
                 qPrintable(EditEngine::describe(bulk, problems)));
        auto logged = [&](const QString& uid) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT new FROM change_log WHERE uid = ? AND field IS NULL"));
            q.addBindValue(uid);
            return q.exec() && q.next() ? q.value(0).toString().replace(uid, QStringLiteral("<uid>"))
                                        : QString();
        };
        const QString one = logged(alone.rows.first().uid);
        QVERIFY(!one.isEmpty());
        QCOMPARE(logged(bulk.rows.first().uid), one);
        const QJsonObject o = QJsonDocument::fromJson(one.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("title_en")).toString(), title);
        QCOMPARE(o.value(QStringLiteral("outcomes_en")).toString(), QStringLiteral("Line one\nline\rtwo"));
        QVERIFY(!o.contains(QStringLiteral("weeks"))); // null: left out
        QCOMPARE(o.value(QStringLiteral("tuition_cents")).toDouble(), 99999999999.0);
        if (m_db.isServer())
            return; // the server's triggers write the log, as jsonb writes it

        // On a file, mcfund writes it: compact, keys in order, control characters as \u escapes.
        QVERIFY2(one.contains(QStringLiteral("\"tuition_cents\":99999999999,")), qPrintable(one));
        QVERIFY2(one.contains(QStringLiteral("bell\\u0008 feed\\u000c one\\u0001 tab\\t")), qPrintable(one));
        // What it will not write as a record's field: a BLOB.
        QVERIFY(Sql::defineRecordJson(m_db.connection()));
        QSqlQuery blob(m_db.connection());
        QVERIFY(!blob.exec(QStringLiteral("SELECT mcfund_record_json('photo', x'00ff')")));
        QVERIFY2(blob.lastError().text().contains(QStringLiteral("“photo” of a record holds neither text")),
                 qPrintable(blob.lastError().text()));
    }

    void aRefusedInsertLeavesTheEditAsItWas()
    {
        // The store takes an added record rather than copying it; when it refuses it, the edit is given
        // back as it came (with or without a "uid" of its own), so that the batch can be shown and tried
        // again.
        Repository repo(m_db.connection());
        const QString institution = repo.findInstitution(QStringLiteral("Fleming College"))->uid;
        const QString sector = repo.sectorUid(QStringLiteral("health_care"));
        for (const bool uidInRecord : {false, true}) {
            RowEdit r = newCredential(QStringLiteral("Refused module"), institution, sector);
            r.after.insert(QStringLiteral("hours"), qint64(-5));
            if (uidInRecord)
                r.after.insert(QStringLiteral("uid"), r.uid);
            const RowEdit given = r;
            EditBatch batch;
            batch.rows << r;
            EditEngine engine(m_db.connection(), QStringLiteral("alice"));
            QList<EditProblem> problems;
            QVERIFY(!engine.apply(batch, QStringLiteral("edit"), &problems));
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().message.contains(QStringLiteral("Hours")),
                     qPrintable(problems.first().message));
            QCOMPARE(batch.rows.first().uid, given.uid);
            QCOMPARE(batch.rows.first().after, given.after);
        }
    }

    void bulkBatchThatAlsoChangesItsOwnRowsKeepsTheSearchIndexSound()
    {
        // 1,200 micro-credentials added (the bulk path of the full-text index), then, in the same batch, one
        // of them renamed, one deleted, and one more added: the index must end up exactly right.
        Repository repo(m_db.connection());
        const QString institution = repo.findInstitution(QStringLiteral("Fleming College"))->uid;
        const QString sector = repo.sectorUid(QStringLiteral("health_care"));
        EditBatch batch{QStringLiteral("bulk"), {}};
        auto add = [&](const QString& title) {
            batch.rows << newCredential(title, institution, sector);
            return batch.rows.last().uid;
        };
        QStringList uids;
        for (int i = 0; i < 1200; ++i)
            uids << add(QStringLiteral("Bulkword module %1").arg(i));
        RowEdit rename;
        rename.op = RowEdit::Op::Update;
        rename.entity = Entity::Credential;
        rename.uid = uids.at(0);
        rename.before = {{QStringLiteral("title_en"), QStringLiteral("Bulkword module 0")}};
        rename.after = {{QStringLiteral("title_en"), QStringLiteral("Zebraword module")}};
        batch.rows << rename;
        RowEdit remove;
        remove.op = RowEdit::Op::Delete;
        remove.entity = Entity::Credential;
        remove.uid = uids.at(1);
        batch.rows << remove;
        add(QStringLiteral("Lateword module"));
        EditEngine engine(m_db.connection(), QStringLiteral("alice"));
        QList<EditProblem> problems;
        QVERIFY2(engine.apply(batch, QStringLiteral("paste"), &problems),
                 qPrintable(EditEngine::describe(batch, problems)));
        auto matches = [&](const char* word) {
            return test::credentialsMatching(m_db.connection(), QString::fromLatin1(word));
        };
        QVERIFY(test::credentialIndexIsSound(m_db.connection()));
        QCOMPARE(matches("bulkword"), 1198);
        QCOMPARE(matches("zebraword"), 1);
        QCOMPARE(matches("lateword"), 1);
        // The change log holds each added record as it was added — the renamed one under its first title,
        // before the rename; the removed one, then its removal — however the bulk write logged them.
        QSqlQuery log(m_db.connection());
        log.prepare(
            QStringLiteral("SELECT uid, field, old, new FROM change_log WHERE batch = ? ORDER BY id"));
        log.addBindValue(engine.batchId());
        QVERIFY(log.exec());
        QStringList added;
        QList<QStringList> ofFirst, ofSecond;
        while (log.next()) {
            const QString uid = log.value(0).toString();
            const QStringList row = {log.value(1).toString(), log.value(2).toString(),
                                     log.value(3).toString()};
            if (log.value(1).isNull() && log.value(2).isNull())
                added << uid;
            if (uid == uids.at(0))
                ofFirst << row;
            if (uid == uids.at(1))
                ofSecond << row;
        }
        QCOMPARE(added.size(), 1201);
        QCOMPARE(ofFirst.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(ofFirst.at(0).at(2).toUtf8())
                     .object()
                     .value(QStringLiteral("title_en"))
                     .toString(),
                 QStringLiteral("Bulkword module 0"));
        QCOMPARE(ofFirst.at(1), (QStringList{QStringLiteral("title_en"), QStringLiteral("Bulkword module 0"),
                                             QStringLiteral("Zebraword module")}));
        QCOMPARE(ofSecond.size(), 2);
        QVERIFY(ofSecond.at(0).at(2).startsWith(QLatin1Char('{')));
        QVERIFY(ofSecond.at(1).at(1).contains(QStringLiteral("Bulkword module 1")));
        QVERIFY(ofSecond.at(1).at(2).isEmpty());
        // And undone as a whole (deletes of rows added in bulk, then the renamed and removed ones put back).
        EditBatch undo = batch.inverse();
        QVERIFY2(engine.apply(undo, QStringLiteral("undo"), &problems),
                 qPrintable(EditEngine::describe(undo, problems)));
        QVERIFY(test::credentialIndexIsSound(m_db.connection()));
        QCOMPARE(matches("bulkword"), 0);
        QCOMPARE(matches("zebraword"), 0);
    }

    void aRefusedRowInABulkRemovalLeavesTheRowsAndTheSearchIndexAsTheyWere()
    {
        // 1,100 micro-credentials removed in one batch (the bulk path keeps each removed row's text aside
        // for the index), and last in that batch a removal the database refuses: an institution that
        // still has micro-credentials. Nothing is removed, and the index still finds every row.
        Repository repo(m_db.connection());
        const QString institution = repo.findInstitution(QStringLiteral("Lambton College"))->uid;
        const QString sector = repo.sectorUid(QStringLiteral("housing"));
        EditBatch added{QStringLiteral("add"), {}};
        QStringList uids;
        for (int i = 0; i < 1100; ++i) {
            added.rows << newCredential(QStringLiteral("Keptword module %1").arg(i), institution, sector);
            uids << added.rows.last().uid;
        }
        EditEngine engine(m_db.connection(), QStringLiteral("alice"));
        QList<EditProblem> problems;
        QVERIFY2(engine.apply(added, QStringLiteral("import"), &problems),
                 qPrintable(EditEngine::describe(added, problems)));
        auto matches = [&] {
            return test::credentialsMatching(m_db.connection(), QStringLiteral("keptword"));
        };
        QCOMPARE(matches(), 1100);

        EditBatch removal{QStringLiteral("remove"), {}};
        for (const QString& uid : uids) {
            RowEdit r;
            r.op = RowEdit::Op::Delete;
            r.entity = Entity::Credential;
            r.uid = uid;
            removal.rows << r;
        }
        RowEdit institutionGone;
        institutionGone.op = RowEdit::Op::Delete;
        institutionGone.entity = Entity::Institution;
        institutionGone.uid = institution;
        removal.rows << institutionGone;
        problems.clear();
        QVERIFY(!engine.apply(removal, QStringLiteral("edit"), &problems));
        QVERIFY(!problems.isEmpty());
        QCOMPARE(test::scalar(
                     m_db.connection(),
                     QStringLiteral("SELECT count(*) FROM micro_credential WHERE title_en LIKE 'Keptword%'")),
                 qint64(1100));
        QVERIFY(test::credentialIndexIsSound(m_db.connection()));
        QCOMPARE(matches(), 1100);

        // The same removal without the refused row goes through, and the index forgets every row.
        removal.rows.removeLast();
        problems.clear();
        QVERIFY2(engine.apply(removal, QStringLiteral("edit"), &problems),
                 qPrintable(EditEngine::describe(removal, problems)));
        QVERIFY(test::credentialIndexIsSound(m_db.connection()));
        QCOMPARE(matches(), 0);
    }

    void insertDeleteRoundTrip()
    {
        EditEngine engine(m_db.connection(), QStringLiteral("alice"));
        const Repository repo(m_db.connection());
        RowEdit add;
        add.op = RowEdit::Op::Insert;
        add.entity = Entity::Partner;
        add.after = {{QStringLiteral("name"), QStringLiteral("Peterborough Employers")},
                     {QStringLiteral("kind"), QStringLiteral("employer")}};
        EditBatch b{QStringLiteral("addition"), {add}};
        QList<EditProblem> problems;
        QVERIFY(engine.apply(b, QStringLiteral("edit"), &problems));
        const QString uid = b.rows.first().uid;
        QVERIFY(repo.partner(uid));
        EditBatch undo = b.inverse();
        QVERIFY(engine.apply(undo, QStringLiteral("undo"), &problems));
        QVERIFY(!repo.partner(uid));
        EditBatch redo = undo.inverse();
        QVERIFY(engine.apply(redo, QStringLiteral("redo"), &problems));
        QCOMPARE(repo.partner(uid)->name, QStringLiteral("Peterborough Employers")); // same uid comes back
    }

    void oneBadCellWritesNothing()
    {
        EditEngine engine(m_db.connection(), QStringLiteral("alice"));
        const qint64 before = logRows();
        RowEdit good;
        good.entity = Entity::Project;
        good.uid = m_project;
        good.after = {{QStringLiteral("target_learners"), qint64(50)}};
        RowEdit bad = good;
        bad.after = {{QStringLiteral("requested_cents"), qint64(-5)},
                     {QStringLiteral("status"), QStringLiteral("funded")}};
        EditBatch b{QStringLiteral("paste"), {good, bad}};
        QList<EditProblem> problems;
        QVERIFY(!engine.apply(b, QStringLiteral("paste"), &problems));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).row, 1);
        QSet<QString> fields{problems.at(0).field, problems.at(1).field};
        QCOMPARE(fields, (QSet<QString>{QStringLiteral("requested_cents"), QStringLiteral("status")}));
        QVERIFY(field(m_project, QStringLiteral("target_learners"))
                    .isNull()); // the good row was not written either
        QCOMPARE(logRows(), before);
        const QString text = EditEngine::describe(b, problems);
        QVERIFY2(text.contains(QStringLiteral("Row 2")) && text.contains(QStringLiteral("negative")),
                 qPrintable(text));
    }

    void cancelledBatchWritesNothing()
    {
        EditEngine engine(m_db.connection(), QStringLiteral("alice"));
        const qint64 before = logRows();
        EditBatch b{QStringLiteral("import"), {}};
        for (int i = 0; i < 1200; ++i) {
            RowEdit add;
            add.op = RowEdit::Op::Insert;
            add.entity = Entity::Partner;
            add.after = {{QStringLiteral("name"), QStringLiteral("Employer %1").arg(i)},
                         {QStringLiteral("kind"), QStringLiteral("employer")}};
            b.rows << add;
        }
        QList<int> reported;
        engine.setProgress([&](int percent) {
            reported << percent;
            return reported.size() < 2; // cancel at the second report, after 500 rows were written
        });
        QList<EditProblem> problems;
        QVERIFY(!engine.apply(b, QStringLiteral("import"), &problems));
        QCOMPARE(reported, (QList<int>{0, 41}));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(QStringLiteral("Cancelled")));
        QCOMPARE(logRows(), before);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM partner WHERE name LIKE 'Employer %'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void conflictIsRefused()
    {
        EditEngine engine(m_db.connection(), QStringLiteral("alice"));
        // Someone else sets a value; an undo that expects the old one must not overwrite it.
        EditBatch b = EditBatch::change(Entity::Project, m_project, QStringLiteral("planned_credentials"),
                                        qint64(3), qint64(4), QStringLiteral("x"));
        QList<EditProblem> problems;
        QVERIFY(!engine.apply(b, QStringLiteral("undo"), &problems));
        QVERIFY(problems.first().message.contains(QStringLiteral("changed elsewhere")));
    }

    void deleteRefusedWithReason()
    {
        EditEngine engine(m_db.connection(), QStringLiteral("alice"));
        RowEdit del;
        del.op = RowEdit::Op::Delete;
        del.entity = Entity::Institution;
        del.uid = Repository(m_db.connection()).findInstitution(QStringLiteral("Georgian College"))->uid;
        EditBatch b{QStringLiteral("deletion"), {del}};
        QList<EditProblem> problems;
        QVERIFY(!engine.apply(b, QStringLiteral("edit"), &problems));
        QVERIFY2(problems.first().message.contains(QStringLiteral("2 projects")),
                 qPrintable(problems.first().message));
        QVERIFY(Repository(m_db.connection()).findInstitution(QStringLiteral("Georgian College")));
    }

    void valueParserBothLanguages()
    {
        const FieldDef* money = Schema::entity(Entity::Project).field(QStringLiteral("requested_cents"));
        const FieldDef* status = Schema::entity(Entity::Project).field(QStringLiteral("status"));
        const FieldDef* inst = Schema::entity(Entity::Project).field(QStringLiteral("institution_uid"));
        const FieldDef* round = Schema::entity(Entity::Project).field(QStringLiteral("round_uid"));
        const FieldDef* osap = Schema::entity(Entity::Credential).field(QStringLiteral("osap_approved"));
        const FieldDef* start = Schema::entity(Entity::Project).field(QStringLiteral("start_on"));
        ValueParser fr(QLocale(QStringLiteral("fr_CA")), QStringLiteral("fr"), &m_lookups);
        ValueParser en(QLocale(QStringLiteral("en_CA")), QStringLiteral("en"), &m_lookups);
        QVariant v;
        QString error;
        QVERIFY(fr.parse(*money, QString::fromUtf8("50\u202f000,00 $"), &v, &error));
        QCOMPARE(v.toLongLong(), qint64(5000000));
        QVERIFY(en.parse(*money, QStringLiteral("$50,000"), &v, &error));
        QCOMPARE(v.toLongLong(), qint64(5000000));
        QVERIFY(!en.parse(*money, QStringLiteral("fifty"), &v, &error));
        QVERIFY(error.contains(QStringLiteral("Requested")));
        QVERIFY(en.parse(*status, QStringLiteral("In review"), &v, &error));
        QCOMPARE(v.toString(), QStringLiteral("in_review"));
        QVERIFY(en.parse(*status, QStringLiteral("approved"), &v, &error));
        QVERIFY(!en.parse(*status, QStringLiteral("funded"), &v, &error));
        QVERIFY(en.parse(*inst, QStringLiteral("fleming college"), &v, &error));
        QCOMPARE(v.toString(),
                 Repository(m_db.connection()).findInstitution(QStringLiteral("Fleming College"))->uid);
        QVERIFY(fr.parse(*inst, QStringLiteral("Universite d'Ottawa"), &v,
                         &error)); // accents and apostrophes forgiven
        QVERIFY(!en.parse(*inst, QStringLiteral("Hogwarts"), &v, &error));
        QVERIFY(error.contains(QStringLiteral("Hogwarts")));
        QVERIFY(fr.parse(*round, QStringLiteral("Volet 2"), &v, &error));
        QCOMPARE(v.toString(), m_lookups.items(Entity::Round).at(1).uid);
        QVERIFY(fr.parse(*osap, QStringLiteral("oui"), &v, &error));
        QCOMPARE(v.toInt(), 1);
        QVERIFY(en.parse(*osap, QStringLiteral("No"), &v, &error));
        QCOMPARE(v.toInt(), 0);
        QVERIFY(en.parse(*start, QStringLiteral("2025-03-01"), &v, &error));
        QCOMPARE(v.toString(), QStringLiteral("2025-03-01"));
        QVERIFY(!en.parse(*start, QStringLiteral("next spring"), &v, &error));
        QCOMPARE(en.format(*money, qint64(5000000)), QStringLiteral("$50,000.00"));
        // Yes and no are labels of the session's language (English here), whatever the number format.
        QCOMPARE(fr.format(*osap, 1), QStringLiteral("Yes"));
        QCOMPARE(en.format(*osap, 0), QStringLiteral("No"));
    }
};

QTEST_GUILESS_MAIN(TestEditEngine)
#include "tst_editengine.moc"
