#include "query/tablequery.h"
#include "reports/reportbuilder.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "synthetic/generator.h"
#include "testworkspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mcfund;
using test::scalar;

namespace {
QVector<qint64> ids(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    QVector<qint64> out;
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}
} // namespace

class TestTableQuery : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_official;
    Database m_generated;
    Lookups m_officialLookups;
    Lookups m_generatedLookups;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // stamps of checked files in the test's own cache
        QString error;
        QVERIFY2(m_official.open(test::workspace(m_dir, QStringLiteral("o.sqlite")), &error),
                 qPrintable(error));
        GeneratorOptions o;
        o.projects = 3000;
        o.credentials = 9000;
        o.seed = 5;
        QVERIFY2(Generator::generate(m_dir.filePath(QStringLiteral("g.sqlite")), o, &error),
                 qPrintable(error));
        QVERIFY2(m_generated.open(m_dir.filePath(QStringLiteral("g.sqlite")), &error), qPrintable(error));
        m_officialLookups.load(m_official.connection());
        m_generatedLookups.load(m_generated.connection());
    }

    void accentInsensitiveTextSearch()
    {
        TableQuery q(Entity::Project, m_official.connection(), &m_officialLookups);
        FilterSpec f;
        f.text = QStringLiteral("education");
        // "l’éducation de la petite enfance" (French) and "Wenjack Education"? no: titles only; check both
        // directions.
        const qint64 n = q.count(f);
        QVERIFY(n >= 1);
        const QHash<qint64, Record> recs = q.records(q.allRowids(f, {}));
        bool foundFrench = false;
        for (const Record& r : recs)
            foundFrench |=
                r.value(QStringLiteral("title_fr")).toString().contains(QStringLiteral("éducation"));
        QVERIFY(foundFrench);
        f.text = QStringLiteral("EDUCATION petite");
        QCOMPARE(q.count(f), 1);
        f.text = QStringLiteral("santé mentale");
        QVERIFY(q.count(f) >= 1);
        f.text = QStringLiteral("\"unbalanced ( AND OR *");
        q.count(f); // syntax characters are never passed to FTS5
        QVERIFY(q.lastError().isEmpty());
    }

    void filtersMatchIndependentSql()
    {
        const QSqlDatabase db = m_generated.connection();
        TableQuery q(Entity::Credential, db, &m_generatedLookups);
        const QString health = Repository(db).sectorUid(QStringLiteral("health_care"));
        const QString housing = Repository(db).sectorUid(QStringLiteral("housing"));
        FilterSpec f;
        f.sectorUids = {health, housing};
        QCOMPARE(q.count(f),
                 scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM micro_credential WHERE sector_uid IN (?, ?)"),
                        {health, housing}));
        f.osapApproved = true;
        QCOMPARE(
            q.count(f),
            scalar(
                db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM micro_credential WHERE sector_uid IN (?, ?) AND osap_approved = 1"),
                {health, housing}));
        f = FilterSpec();
        f.institutionTypes = {QStringLiteral("university")};
        f.statuses = {QStringLiteral("offered")};
        QCOMPARE(
            q.count(f),
            scalar(
                db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM micro_credential m JOIN institution i ON i.uid = m.institution_uid "
                    "WHERE i.type = 'university' AND m.status = 'offered'")));
        f = FilterSpec();
        f.roundUids = {m_generatedLookups.items(Entity::Round).at(1).uid};
        QCOMPARE(q.count(f),
                 scalar(db,
                        QStringLiteral(
                            "SELECT COUNT(*) FROM micro_credential m JOIN project p ON p.uid = m.project_uid "
                            "WHERE p.round_uid = ?"),
                        {f.roundUids.first()}));
        f = FilterSpec();
        f.missing = MissingText::French;
        QCOMPARE(q.count(f),
                 scalar(db, QStringLiteral("SELECT COUNT(*) FROM micro_credential WHERE title_fr IS NULL")));
        QVERIFY(q.count(f) > 0);
    }

    void sortedOrderAndEdges_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("reference"); // the same order written as plain SQL
        QTest::newRow("rowid") << "" << false << "SELECT rowid FROM micro_credential ORDER BY rowid";
        QTest::newRow("title")
            << "title_en" << false
            << "SELECT rowid FROM micro_credential ORDER BY title_en COLLATE NOCASE, rowid";
        QTest::newRow("hours desc") << "hours" << true
                                    << "SELECT rowid FROM micro_credential ORDER BY hours DESC, rowid DESC";
        QTest::newRow("tuition") << "tuition_cents" << false
                                 << "SELECT rowid FROM micro_credential ORDER BY tuition_cents, rowid";
        QTest::newRow("sector by name")
            << "sector_uid" << false
            << "SELECT m.rowid FROM micro_credential m JOIN sector s ON s.uid = m.sector_uid "
               "ORDER BY lower(s.name_en), m.rowid";
    }
    void sortedOrderAndEdges()
    {
        QFETCH(QString, column);
        QFETCH(bool, descending);
        QFETCH(QString, reference);
        TableQuery q(Entity::Credential, m_generated.connection(), &m_generatedLookups);
        const SortSpec sort{column, descending};
        const QVector<qint64> all = q.allRowids({}, sort);
        QCOMPARE(all, ids(m_generated.connection(), reference));
        QCOMPARE(q.edgeRowids({}, sort, 100, false), all.mid(0, 100));
        QCOMPARE(q.edgeRowids({}, sort, 100, true), all.mid(all.size() - 100));
    }

    // Without a filter or a sort, the order of a table whose keys run without a gap is known without reading
    // them; once a row in the middle is gone, every key is read. Both ways give the keys in order, forwards
    // and backwards, on either engine.
    void theWholeTableInKeyOrderWithAndWithoutAGap()
    {
        QTemporaryDir dir;
        Database ws;
        QString error;
        QVERIFY2(ws.open(test::workspace(dir, QStringLiteral("gap.sqlite")), &error), qPrintable(error));
        const QSqlDatabase db = ws.connection();
        Lookups lookups;
        lookups.load(db);
        TableQuery q(Entity::Project, db, &lookups);
        const auto reversed = [](QVector<qint64> v) {
            std::reverse(v.begin(), v.end());
            return v;
        };
        const QString inOrder = QStringLiteral("SELECT rowid FROM project ORDER BY rowid");
        const QVector<qint64> keys = ids(db, inOrder);
        QVERIFY(keys.size() > 50);
        QCOMPARE(keys.last() - keys.first() + 1, qint64(keys.size())); // a new workspace has no gap
        QCOMPARE(q.allRowids({}, {}), keys);
        QCOMPARE(q.allRowids({}, SortSpec{QString(), true}), reversed(keys));

        // A project in the middle that nothing refers to.
        const qint64 gone = scalar(
            db,
            QStringLiteral("SELECT min(rowid) FROM project p WHERE rowid > ? AND NOT EXISTS (SELECT "
                           "1 FROM micro_credential m WHERE m.project_uid = p.uid) AND NOT EXISTS "
                           "(SELECT 1 FROM project_partner x WHERE x.project_uid = p.uid) AND NOT "
                           "EXISTS (SELECT 1 FROM review r WHERE r.project_uid = p.uid) AND NOT EXISTS "
                           "(SELECT 1 FROM assignment a WHERE a.project_uid = p.uid)"),
            {keys.at(keys.size() / 2)});
        QVERIFY(gone > keys.first() && gone < keys.last());
        QSqlQuery remove(db);
        QVERIFY(remove.prepare(QStringLiteral("DELETE FROM project WHERE rowid = ?")));
        remove.addBindValue(gone);
        QVERIFY2(remove.exec(), qPrintable(remove.lastError().text()));
        const QVector<qint64> withGap = ids(db, inOrder);
        QCOMPARE(withGap.size(), keys.size() - 1);
        QVERIFY(!withGap.contains(gone));
        QCOMPARE(q.allRowids({}, {}), withGap);
        QCOMPARE(q.allRowids({}, SortSpec{QString(), true}), reversed(withGap));
    }

    void facetCounts()
    {
        const QSqlDatabase db = m_generated.connection();
        TableQuery q(Entity::Project, db, &m_generatedLookups);
        FilterSpec f;
        f.statuses = {QStringLiteral("approved")};
        f.sectorUids = {
            Repository(db).sectorUid(QStringLiteral("housing"))}; // ignored for the sector facet itself
        const QHash<QString, qint64> counts = q.facet(f, Criterion::Sector);
        for (const LookupItem& s : m_generatedLookups.items(Entity::Sector))
            QCOMPARE(counts.value(s.uid),
                     scalar(db,
                            QStringLiteral(
                                "SELECT COUNT(*) FROM project WHERE status = 'approved' AND sector_uid = ?"),
                            {s.uid}));
    }

    void aFacetReadOnlyInPartIsAnError()
    {
        // A page that cannot be read near the end of what a facet reads (a failing disk under a file whose
        // last check still stands): the counts are an error, never those of the groups read before it.
        QTemporaryDir dir;
        const QString path = test::damagedWorkspace(dir);
        QVERIFY(!path.isEmpty());
        QString error;
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        Lookups lookups;
        lookups.load(db.connection());
        TableQuery q(Entity::Credential, db.connection(), &lookups);
        QVERIFY(q.facet(FilterSpec(), Criterion::Sector).isEmpty());
        QVERIFY2(q.lastError().contains(QLatin1String("malformed")), qPrintable(q.lastError()));
    }

    void lookupsReadOnlyInPartAreAnError()
    {
        // The rounds, read in the order of their numbers' index, span several pages, the last of which cannot
        // be read: the lookups are an error, and so is a report, never a list without the last ones.
        QTemporaryDir dir;
        const QString path = test::path(dir);
        QString error;
        {
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QSqlQuery q(db.connection());
            QVERIFY(db.connection().transaction());
            q.prepare(
                QStringLiteral("INSERT INTO funding_round(uid, number, name_en, created_at, updated_at) "
                               "VALUES (?, ?, ?, 't', 't')"));
            for (int i = 100; i < 3100; ++i) {
                q.addBindValue(QStringLiteral("round-%1").arg(i));
                q.addBindValue(i);
                q.addBindValue(QStringLiteral("Round %1").arg(i));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QVERIFY(db.connection().commit());
            Lookups sound;
            QVERIFY2(sound.load(db.connection(), &error), qPrintable(error));
            QCOMPARE(sound.items(Entity::Round).size(), 3002);
        }
        QVERIFY(test::damageLastLeaf(path, QStringLiteral("sqlite_autoindex_funding_round_2")));
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        Lookups lookups;
        QVERIFY(!lookups.load(db.connection(), &error));
        QVERIFY2(error.contains(QLatin1String("rounds")) && error.contains(QLatin1String("malformed")),
                 qPrintable(error));
        QVERIFY(lookups.items(Entity::Round).isEmpty());
        QVERIFY(lookups.items(Entity::Sector).isEmpty());
        Report report;
        error.clear();
        QVERIFY(!ReportBuilder(db.connection(), QStringLiteral("en"))
                     .roundSummary(2, FilterSpec(), &report, &error));
        QVERIFY2(error.contains(QLatin1String("malformed")), qPrintable(error));
    }

    void statusFacetAndMissingInOnePass_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QString>("sector");
        QTest::addColumn<bool>("french");
        QTest::newRow("projects, all") << int(Entity::Project) << QStringList() << QString() << true;
        QTest::newRow("projects, approved or declined, housing")
            << int(Entity::Project) << QStringList{"approved", "declined"} << "housing" << true;
        QTest::newRow("credentials, offered, health care, English missing")
            << int(Entity::Credential) << QStringList{"offered"} << "health_care" << false;
        QTest::newRow("credentials, critical minerals")
            << int(Entity::Credential) << QStringList() << "critical_minerals" << true;
    }
    void statusFacetAndMissingInOnePass()
    {
        // The one grouped query gives what the status facet and the count of rows missing a title give.
        QFETCH(int, entity);
        QFETCH(QStringList, statuses);
        QFETCH(QString, sector);
        QFETCH(bool, french);
        const QSqlDatabase db = m_generated.connection();
        TableQuery q(Entity(entity), db, &m_generatedLookups);
        FilterSpec f;
        f.statuses = statuses;
        if (!sector.isEmpty())
            f.sectorUids = {Repository(db).sectorUid(sector)};
        const MissingText missing = french ? MissingText::French : MissingText::English;
        const TableQuery::StatusFacet both = q.statusFacet(f, missing);
        QVERIFY2(q.lastError().isEmpty(), qPrintable(q.lastError()));
        QCOMPARE(both.counts, q.facet(f, Criterion::Status));
        FilterSpec withMissing = f;
        withMissing.missing = missing;
        QCOMPARE(both.missing, q.count(withMissing));
        // And against SQL written independently.
        const QString table =
            entity == int(Entity::Project) ? QStringLiteral("project") : QStringLiteral("micro_credential");
        QString sql = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NULL")
                          .arg(table, french ? QStringLiteral("title_fr") : QStringLiteral("title_en"));
        QVariantList binds;
        if (!statuses.isEmpty())
            sql += QStringLiteral(" AND status IN ('%1')").arg(statuses.join(QStringLiteral("','")));
        if (!sector.isEmpty()) {
            sql += QStringLiteral(" AND sector_uid = ?");
            binds << Repository(db).sectorUid(sector);
        }
        QCOMPARE(both.missing, scalar(db, sql, binds));
        QVERIFY(both.missing > 0);
    }

    void recordsByRowid()
    {
        TableQuery q(Entity::Credential, m_generated.connection(), &m_generatedLookups);
        const QVector<qint64> some = q.edgeRowids({}, {}, 5, false);
        const QHash<qint64, Record> recs = q.records(some);
        QCOMPARE(recs.size(), 5);
        for (qint64 id : some) {
            QVERIFY(!recs.value(id).value(QStringLiteral("uid")).toString().isEmpty());
            QVERIFY(recs.value(id).contains(QStringLiteral("project_title_en")));
            QCOMPARE(q.rowidOf(recs.value(id).value(QStringLiteral("uid")).toString()), id);
        }
    }

    void aPageReadAsATableHoldsTheSameValuesAsTheRecords()
    {
        // What an export reads: the same values as records(), one row each, found by rowid, with the
        // page's memory and the statement reused from page to page (of the same size, then of another).
        TableQuery q(Entity::Credential, m_generated.connection(), &m_generatedLookups);
        const QVector<qint64> all = q.allRowids({}, {QStringLiteral("hours"), true});
        QVERIFY(all.size() > 2500);
        TableQuery::RecordPage page;
        for (const QVector<qint64>& ids : {all.mid(0, 1000), all.mid(1000, 1000), all.mid(2000, 7)}) {
            QVERIFY2(q.readPage(ids, &page), qPrintable(q.lastError()));
            QCOMPARE(page.fields, TableQuery::recordFields(Entity::Credential));
            QCOMPARE(page.width, page.fields.size());
            QCOMPARE(page.rowOf.size(), ids.size());
            QCOMPARE(page.values.size(), ids.size() * page.width);
            const QHash<qint64, Record> records = q.records(ids);
            for (qint64 id : ids) {
                const QVariant* row = page.row(id);
                QVERIFY(row);
                const Record& r = records.value(id);
                QCOMPARE(r.size(), page.width);
                for (int c = 0; c < page.width; ++c)
                    QCOMPARE(row[c].toString(), r.value(page.fields.at(c)).toString());
            }
        }
        QCOMPARE(page.row(all.at(0)), nullptr); // not on the last page read
        QVERIFY(page.row(all.at(2006)));
        QSqlQuery uid(m_generated.connection());
        QVERIFY(uid.prepare(QStringLiteral("SELECT uid FROM micro_credential WHERE rowid = ?")));
        uid.addBindValue(all.at(2006));
        QVERIFY(uid.exec() && uid.next());
        QCOMPARE(page.row(all.at(2006))[0].toString(), uid.value(0).toString());
        // Its hours, read from the row, are the sort's: descending.
        const qsizetype hours = page.fields.indexOf(QStringLiteral("hours"));
        QVERIFY(page.row(all.at(2000))[hours].toLongLong() >= page.row(all.at(2006))[hours].toLongLong());
    }

    void frenchCollation()
    {
        // "École" sorts with the Es in both languages, case and accents aside; a missing French title
        // sorts by the English one shown in its place.
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite")), &error));
        Repository repo(db.connection(), ChangeContext{QStringLiteral("t"), QStringLiteral("edit"), {}, {}});
        const QString round = repo.roundByNumber(2)->uid;
        const QString inst = repo.findInstitution(QStringLiteral("Collège Boréal"))->uid;
        const QString sector = repo.sectorUid(QStringLiteral("other"));
        QSqlQuery clear(db.connection());
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM project")));
        for (const auto& [en, fr] :
             QList<QPair<QString, QString>>{{QStringLiteral("Zebra"), QStringLiteral("Zèbre")},
                                            {QString(), QStringLiteral("École de métiers")},
                                            {QStringLiteral("education"), QStringLiteral("Éducation")},
                                            {QStringLiteral("Eau"), QString()},
                                            {QStringLiteral("ethics"), QStringLiteral("éthique")}}) {
            Record r{{QStringLiteral("round_uid"), round},
                     {QStringLiteral("institution_uid"), inst},
                     {QStringLiteral("sector_uid"), sector},
                     {QStringLiteral("title_en"), en.isEmpty() ? QVariant() : QVariant(en)},
                     {QStringLiteral("title_fr"), fr.isEmpty() ? QVariant() : QVariant(fr)},
                     {QStringLiteral("original_language"), QStringLiteral("fr")},
                     {QStringLiteral("sector_assigned_by"), QStringLiteral("user")},
                     {QStringLiteral("status"), QStringLiteral("draft")},
                     {QStringLiteral("project_type"), QStringLiteral("single")}};
            QVERIFY2(repo.add(Entity::Project, r, &error), qPrintable(error));
        }
        Lookups lookups;
        lookups.load(db.connection());
        TableQuery q(Entity::Project, db.connection(), &lookups);
        auto titles = [&](const QString& key, const QString& lang) {
            QStringList out;
            const QVector<qint64> order = q.allRowids({}, SortSpec{key, false});
            const QHash<qint64, Record> recs = q.records(order);
            for (qint64 id : order) {
                const Record& r = recs.value(id);
                const QString want = r.value(QStringLiteral("title_") + lang).toString();
                out << (want.isEmpty() ? r.value(lang == QLatin1String("fr") ? QStringLiteral("title_en")
                                                                             : QStringLiteral("title_fr"))
                                             .toString()
                                       : want);
            }
            return out;
        };
        QCOMPARE(
            titles(QStringLiteral("sort_fr"), QStringLiteral("fr")),
            (QStringList{QStringLiteral("Eau"), QStringLiteral("École de métiers"),
                         QStringLiteral("Éducation"), QStringLiteral("éthique"), QStringLiteral("Zèbre")}));
        QCOMPARE(
            titles(QStringLiteral("sort_en"), QStringLiteral("en")),
            (QStringList{QStringLiteral("Eau"), QStringLiteral("École de métiers"),
                         QStringLiteral("education"), QStringLiteral("ethics"), QStringLiteral("Zebra")}));
        // An edit of a title moves it: the key follows every write.
        QSqlQuery find(db.connection());
        QVERIFY(find.exec(QStringLiteral("SELECT uid FROM project WHERE title_en = 'Zebra'")) && find.next());
        QVERIFY(repo.change(Entity::Project, find.value(0).toString(),
                            {{QStringLiteral("title_fr"), QStringLiteral("Abeille")}}, &error));
        QCOMPARE(titles(QStringLiteral("sort_fr"), QStringLiteral("fr")).first(), QStringLiteral("Abeille"));
    }

    void sortability()
    {
        QVERIFY(TableQuery::sortable(Entity::Credential, QStringLiteral("title_en")));
        QVERIFY(TableQuery::sortable(Entity::Credential, QStringLiteral("institution_uid")));
        QVERIFY(!TableQuery::sortable(Entity::Credential, QStringLiteral("project_uid")));
        QVERIFY(!TableQuery::sortable(Entity::Credential, QStringLiteral("outcomes_en")));
        QVERIFY(!TableQuery::supports(Entity::Project, Criterion::Osap));
        QVERIFY(TableQuery::supports(Entity::Credential, Criterion::Osap));
    }
};

QTEST_GUILESS_MAIN(TestTableQuery)
#include "tst_tablequery.moc"
