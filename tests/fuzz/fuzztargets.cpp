#include "fuzztargets.h"

#include "rowsource.h"
#include "xlsxreader.h"

#include "domain/entityschema.h"
#include "domain/money.h"
#include "edits/editbatch.h"
#include "edits/valueparser.h"
#include "packages/packagemerger.h"
#include "query/lookups.h"
#include "storage/database.h"
#include "storage/officialdataset.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace mcfund::fuzz {

namespace {

// One folder per process, reused by every input (libFuzzer runs them all in one process); in memory when the
// system has /dev/shm, since every input is written there as a file.
const QTemporaryDir& workDir()
{
    static const QTemporaryDir dir(
        (QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath()) +
        QStringLiteral("/mcfund-fuzz-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "mcfund fuzz: cannot create a temporary folder\n");
        std::abort();
    }
    return dir;
}

QString workFile(const char* name)
{
    return workDir().filePath(QLatin1String(name));
}

void removeSqliteFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

bool writeFile(const QString& path, const uint8_t* data, size_t size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const bool ok = f.write(reinterpret_cast<const char*>(data), qint64(size)) == qint64(size);
    f.close();
    return ok;
}

// A property that must hold whatever the input: a broken one is a finding, like a crash.
void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "mcfund fuzz: property broken: %s\n", what);
        std::abort();
    }
}

void readRows(RowSource& source)
{
    QStringList row;
    int line = 0;
    int previous = 0;
    while (source.next(&row, &line)) {
        for (int c = 0; c < row.size(); ++c)
            (void)source.isNumber(c);
        const int percent = source.percent();
        require(percent >= 0 && percent <= 100, "RowSource::percent() is within 0-100");
        require(line > previous, "RowSource gives rows in increasing line order");
        previous = line;
    }
    (void)source.error();
}

const QLocale& locale(bool french)
{
    static const QLocale en(QLocale::English, QLocale::Canada);
    static const QLocale fr(QLocale::French, QLocale::Canada);
    return french ? fr : en;
}

const QList<const FieldDef*>& allFields()
{
    static const QList<const FieldDef*> fields = [] {
        QList<const FieldDef*> out;
        for (Entity e : Schema::entities())
            for (const FieldDef& f : Schema::entity(e).fields)
                out.append(&f);
        return out;
    }();
    return fields;
}

const Lookups& lookups()
{
    static const Lookups* items = [] {
        auto* l = new Lookups;
        l->load(workspace().connection());
        return l;
    }();
    return *items;
}

// An empty workspace made once, kept open: each official-json input is loaded inside a transaction that is
// rolled back, so that every input starts from the same empty workspace without a file copy and an open each.
Database& emptyWorkspace()
{
    static Database* db = [] {
        auto* d = new Database;
        QString error;
        if (!d->create(workFile("empty.sqlite"), WorkspaceKind::Empty, &error)) {
            std::fprintf(stderr, "mcfund fuzz: %s\n", qPrintable(error));
            std::abort();
        }
        return d;
    }();
    return *db;
}

qint64 rowCount(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

const QList<Target>& targets()
{
    static const QList<Target> list = {{"csv", &csv},
                                       {"xlsx", &xlsx},
                                       {"values", &values},
                                       {"package", &package},
                                       {"official-json", &officialJson}};
    return list;
}

void ensureApplication(int* argc, char*** argv)
{
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    if (QCoreApplication::instance())
        return;
    // QCoreApplication keeps references to its arguments: they live as long as the process.
    static int count = 1;
    static char name[] = "mcfund-fuzz";
    static char* arguments[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(count, arguments);
    Q_UNUSED(app);
}

QString workspaceId()
{
    return QStringLiteral("6f757a7a-0000-4000-8000-6d6366756e64");
}

Database& workspace()
{
    static Database* db = [] {
        auto* d = new Database;
        const QString path = workFile("workspace.sqlite");
        QString error;
        if (!d->create(path, WorkspaceKind::Official, &error) ||
            !d->setMeta(QStringLiteral("workspace_id"), workspaceId(), &error)) {
            std::fprintf(stderr, "mcfund fuzz: %s\n", qPrintable(error));
            std::abort();
        }
        return d;
    }();
    return *db;
}

int csv(const uint8_t* data, size_t size)
{
    const QString path = workFile("input.csv");
    if (!writeFile(path, data, size))
        return 0;
    QString error;
    if (std::unique_ptr<RowSource> source = RowSource::open(path, QString(), &error))
        readRows(*source);
    return 0;
}

int xlsx(const uint8_t* data, size_t size)
{
    const QString path = workFile("input.xlsx");
    if (!writeFile(path, data, size))
        return 0;
    QString error;
    QStringList names;
    if (!XlsxReader::sheetNames(path, &names, &error))
        return 0;
    if (std::unique_ptr<RowSource> source = RowSource::open(path, QString(), &error))
        readRows(*source);
    // A second sheet is read by its name too.
    if (names.size() > 1)
        if (std::unique_ptr<RowSource> source = RowSource::open(path, names.at(1), &error))
            readRows(*source);
    return 0;
}

int values(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses the field and the language; the rest is the text, as UTF-8.
    const unsigned selector = data[0];
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));

    for (bool french : {false, true}) {
        const QLocale& l = locale(french);
        Money amount;
        QString error;
        if (Money::parse(text, l, &amount, &error)) {
            // What mcfund writes for an amount it reads back as the same amount.
            Money back;
            require(Money::parse(amount.toString(l), l, &back) && back == amount,
                    "Money::parse(toString()) gives the same amount");
            require(Money::parse(amount.toPlainString(l), l, &back) && back == amount,
                    "Money::parse(toPlainString()) gives the same amount");
        }
    }

    const bool french = selector & 1;
    const QList<const FieldDef*>& fields = allFields();
    const FieldDef& field = *fields.at(qsizetype((selector >> 1) % unsigned(fields.size())));
    const ValueParser parser(locale(french), french ? QStringLiteral("fr") : QStringLiteral("en"),
                             &lookups());
    QVariant value;
    QString error;
    if (parser.parse(field, text, &value, &error))
        (void)parser.format(field, value);
    return 0;
}

int package(const uint8_t* data, size_t size)
{
    Database& ws = workspace();
    const QString path = workFile("input.mcfpkg");
    removeSqliteFiles(path);
    if (writeFile(path, data, size)) {
        MergePlan plan;
        QString error;
        const bool planned = PackageMerger::plan(ws.connection(), path, &plan, &error);
        // For checking what a seed reaches: MCFUND_FUZZ_VERBOSE=1 fuzz_package -runs=0
        // tests/fuzz/corpus/package
        if (qEnvironmentVariableIsSet("MCFUND_FUZZ_VERBOSE"))
            std::fprintf(stderr, "package: %s\n", qPrintable(planned ? plan.summary() : error));
        if (planned) {
            (void)plan.summary();
            (void)plan.details(QStringLiteral("en"));
            plan.prefer(MergeConflict::Choice::Package);
            for (MergeDeletion& d : plan.deletions)
                d.accept = true;
            for (MergeRestoration& r : plan.restorations)
                r.accept = true;
            EditBatch batch;
            (void)PackageMerger::batch(plan, &batch, &error);
        }
    }
    removeSqliteFiles(path);
    return 0;
}

int officialJson(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    QSqlDatabase connection = emptyWorkspace().connection();
    {
        // OfficialDataset::load's own transaction is a savepoint of this one, which is never committed.
        Transaction outer(connection);
        require(outer.isActive(), "a transaction begins on the fuzzing workspace");
        QString error;
        (void)OfficialDataset::load(connection, doc.object(), &error);
    }
    require(rowCount(connection, QStringLiteral("funding_round")) == 0 &&
                rowCount(connection, QStringLiteral("institution")) == 0 &&
                rowCount(connection, QStringLiteral("project")) == 0 &&
                rowCount(connection, QStringLiteral("micro_credential")) == 0,
            "a rolled-back load leaves the workspace empty");
    return 0;
}

} // namespace mcfund::fuzz
