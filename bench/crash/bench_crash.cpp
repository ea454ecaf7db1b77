// Crash safety, measured: mcfund is killed with SIGKILL at random moments (seeded, printed) while it
// imports, edits, undoes a large import, merges a package, exports (CSV, XLSX, JSON, a package), generates
// and copies; after every kill the workspace must pass SQLite's integrity_check and each full-text index's
// integrity-check, every write must be all there or not there at all, no half-written file may sit under
// the name asked for, and mcfund must open the workspace again. Prints the counts; exits 1 on any unsound
// trial.
//
//   bench_crash [--short] [--trials N] [--seed S] [--keep] [--mcfund PATH]
//
// --short (run by CTest as crash_short) is 2 kills per operation on small data. The edit stream and the
// undo have no command of their own, so this program runs itself as the child for them:
//   bench_crash --edit-stream WORKSPACE BATCHES   applies BATCHES edit batches of 10 cells through EditEngine
//   bench_crash --undo WORKSPACE BATCH           undoes a change-log batch with ChangeLogUndo

#include "../benchcommon.h"
#include "edits/changelogundo.h"
#include "edits/editengine.h"
#include "spreadsheets/rowsource.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <cstdio>
#include <map>
#include <random>

#ifndef MCFUND_EXE
#define MCFUND_EXE "mcfund"
#endif

using namespace mcfund;

namespace {

// ---------------------------------------------------------------------------------------------------
// The children that have no mcfund command.

int editStream(const QString& path, int batches)
{
    Database db;
    QString error;
    if (!db.open(path, &error, false)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT uid, title_en FROM micro_credential ORDER BY uid LIMIT 10")))
        return 1;
    QStringList uids;
    QVariantList titles;
    while (q.next()) {
        uids << q.value(0).toString();
        titles << q.value(1);
    }
    EditEngine engine(db.connection(), QStringLiteral("bench"));
    for (int j = 1; j <= batches; ++j) {
        EditBatch batch;
        batch.description = QStringLiteral("bench edit %1").arg(j);
        for (int i = 0; i < uids.size(); ++i) {
            RowEdit r;
            r.op = RowEdit::Op::Update;
            r.entity = Entity::Credential;
            r.uid = uids.at(i);
            r.before.insert(QStringLiteral("title_en"), titles.at(i));
            r.after.insert(QStringLiteral("title_en"), QStringLiteral("Edit %1").arg(j));
            batch.rows << r;
        }
        QList<EditProblem> problems;
        if (!engine.apply(batch, QStringLiteral("edit"), &problems)) {
            std::fprintf(stderr, "%s\n", qPrintable(EditEngine::describe(batch, problems)));
            return 1;
        }
        for (QVariant& t : titles)
            t = QStringLiteral("Edit %1").arg(j);
        std::printf("committed %d\n", j);
        std::fflush(stdout);
    }
    return 0;
}

int undoBatch(const QString& path, const QString& batch)
{
    Database db;
    QString error, written;
    if (!db.open(path, &error, false)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    EditEngine engine(db.connection(), QStringLiteral("bench"));
    if (!ChangeLogUndo::revert(engine, db.connection(), batch, QStringLiteral("undo"),
                               QStringLiteral("import"), {}, &written, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------------
// Looking at a file from outside, with SQLite itself.

/** One connection to a file, closed on scope exit. */
class Sqlite
{
public:
    explicit Sqlite(const QString& path, bool readOnly = false)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                            readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_close(m_db);
            m_db = nullptr;
        }
    }
    ~Sqlite() { sqlite3_close(m_db); }
    Sqlite(const Sqlite&) = delete;
    Sqlite& operator=(const Sqlite&) = delete;
    bool ok() const { return m_db; }
    QString error() const { return m_error; }

    /** Every row's first column, joined by "; "; on an error, "error: …". */
    QString text(const QString& sql, const QString& bind = QString())
    {
        if (!m_db)
            return QStringLiteral("error: ") + m_error;
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
            return QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(m_db));
        const QByteArray b = bind.toUtf8();
        if (!bind.isNull())
            sqlite3_bind_text(st, 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        QStringList rows;
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            rows << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(m_db));
        return rows.join(QStringLiteral("; "));
    }
    qint64 number(const QString& sql, const QString& bind = QString())
    {
        bool ok = false;
        const qint64 n = text(sql, bind).toLongLong(&ok);
        return ok ? n : -1;
    }

private:
    sqlite3* m_db = nullptr;
    QString m_error;
};

/** "" when \a path passes integrity_check and every FTS5 index passes its integrity-check; else why not. */
QString soundness(const QString& path)
{
    if (!QFileInfo::exists(path))
        return QStringLiteral("missing");
    Sqlite db(path);
    if (!db.ok())
        return QStringLiteral("cannot open: ") + db.error();
    const QString ic = db.text(QStringLiteral("PRAGMA integrity_check"));
    if (ic != QLatin1String("ok"))
        return QStringLiteral("integrity_check: ") + ic.left(300);
    const QStringList fts =
        db.text(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                               "'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name"))
            .split(QStringLiteral("; "), Qt::SkipEmptyParts);
    for (const QString& t : fts) {
        const QString r =
            db.text(QStringLiteral("INSERT INTO \"%1\"(\"%1\") VALUES ('integrity-check')").arg(t));
        if (!r.isEmpty())
            return QStringLiteral("%1 integrity-check: %2").arg(t, r.left(300));
    }
    return QString();
}

bool sameBytes(const QString& a, const QString& b)
{
    QFile fa(a), fb(b);
    return fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly) && fa.size() == fb.size() &&
           fa.readAll() == fb.readAll();
}

bool copyFresh(const QString& from, const QString& to)
{
    for (const char* s : {"", "-wal", "-shm", "-journal"})
        QFile::remove(to + QLatin1String(s));
    return QFile::copy(from, to);
}

// ---------------------------------------------------------------------------------------------------

enum class Op
{
    Import,
    Edits,
    Undo,
    Merge,
    ExportCsv,
    ExportXlsx,
    ExportJson,
    PackageExport,
    Generate,
    Copy
};
const QList<Op> kOps = {Op::Import,     Op::Edits,      Op::Undo,          Op::Merge,    Op::ExportCsv,
                        Op::ExportXlsx, Op::ExportJson, Op::PackageExport, Op::Generate, Op::Copy};

const char* opName(Op op)
{
    switch (op) {
    case Op::Import:
        return "import";
    case Op::Edits:
        return "edit stream";
    case Op::Undo:
        return "undo import";
    case Op::Merge:
        return "package merge";
    case Op::ExportCsv:
        return "export csv";
    case Op::ExportXlsx:
        return "export xlsx";
    case Op::ExportJson:
        return "export json";
    case Op::PackageExport:
        return "package export";
    case Op::Generate:
        return "generate";
    case Op::Copy:
        return "copy";
    }
    return "?";
}

bool writesFile(Op op)
{
    return op == Op::ExportCsv || op == Op::ExportXlsx || op == Op::ExportJson || op == Op::PackageExport ||
           op == Op::Generate || op == Op::Copy;
}

struct Sizes
{
    qint64 projects, credentials; ///< the workspace every trial starts from
    int importRows;               ///< the large CSV import (and the import that is undone)
    int editBatches;              ///< the edit stream
    qint64 genProjects, genCredentials;
};

struct Tally
{
    int trials = 0, sound = 0, killed = 0;
};

class Bench
{
public:
    Bench(QString mcfund, QString dir, Sizes sizes)
        : m_mcfund(std::move(mcfund))
        , m_dir(std::move(dir))
        , m_sizes(sizes)
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(QStringLiteral("DISPLAY"));
        m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_env.insert(QStringLiteral("USER"), QStringLiteral("bench"));
    }

    QString file(const QString& name) const { return QDir(m_dir).filePath(name); }

    /** Runs a command to completion; false (with its output) when it fails. */
    bool run(const QString& program, const QStringList& args, QString* output = nullptr, qint64* ms = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        const bool finished = p.waitForFinished(600000);
        if (ms)
            *ms = t.elapsed();
        const QString out = QString::fromUtf8(p.readAll());
        if (output)
            *output = out;
        if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            std::fprintf(stderr, "failed: %s %s\n%s\n", qPrintable(program),
                         qPrintable(args.join(QLatin1Char(' '))), qPrintable(out));
            return false;
        }
        return true;
    }
    bool mc(const QStringList& args, QString* output = nullptr, qint64* ms = nullptr)
    {
        return run(m_mcfund, QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args, output, ms);
    }
    bool statsOk(const QString& workspace)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(m_mcfund, {QStringLiteral("stats"), QStringLiteral("--database"), workspace});
        return p.waitForFinished(300000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    bool setUp();
    /** Puts the files of a trial of \a op in place; the command to run then goes to \a program and \a args.
     */
    bool prepare(Op op, QString* program, QStringList* args);
    /** After the kill: "" when everything is sound, else what is not. \a childOutput is what the child
     * printed. */
    QString check(Op op, const QString& childOutput);
    /** The same operation run again to completion after a kill, on what the kill left behind. */
    QString recover(Op op);
    qint64 calibrated(Op op) const { return m_duration.value(op, 1000); }

private:
    QString target(Op op) const;
    QString outputValid(Op op, const QString& path);
    QString workspaceSound(const QString& path);

    QString m_mcfund, m_dir;
    Sizes m_sizes;
    QProcessEnvironment m_env;
    QMap<Op, qint64> m_duration;
    QString m_importBatch;
    QStringList m_editUids;
    QStringList m_editOriginal;
    qint64 m_merged = 0;
    qint64 m_packageCredentials = 0;
    qint64 m_baseCredentials = 0, m_baseProjects = 0;
};

QString Bench::target(Op op) const
{
    switch (op) {
    case Op::ExportCsv:
        return file(QStringLiteral("out.csv"));
    case Op::ExportXlsx:
        return file(QStringLiteral("out.xlsx"));
    case Op::ExportJson:
        return file(QStringLiteral("out.json"));
    case Op::PackageExport:
        return file(QStringLiteral("out.mcfpkg"));
    case Op::Generate:
        return file(QStringLiteral("gen.sqlite"));
    case Op::Copy:
        return file(QStringLiteral("copy.sqlite"));
    default:
        return QString();
    }
}

QString Bench::workspaceSound(const QString& path)
{
    const QString why = soundness(path);
    if (!why.isEmpty())
        return why;
    if (!statsOk(path))
        return QStringLiteral("mcfund stats fails on it");
    return QString();
}

bool Bench::setUp()
{
    const QString base = file(QStringLiteral("base.sqlite"));
    std::printf(
        "setting up in %s: a workspace of %lld projects and %lld micro-credentials, a %d-row CSV...\n",
        qPrintable(m_dir), m_sizes.projects, m_sizes.credentials, m_sizes.importRows);
    std::fflush(stdout);
    if (!mc({QStringLiteral("generate"), QStringLiteral("--projects"), QString::number(m_sizes.projects),
             QStringLiteral("--credentials"), QString::number(m_sizes.credentials), QStringLiteral("--seed"),
             QStringLiteral("5"), QStringLiteral("-o"), base}))
        return false;
    {
        Sqlite db(base, true);
        m_baseProjects = db.number(QStringLiteral("SELECT COUNT(*) FROM project"));
        m_baseCredentials = db.number(QStringLiteral("SELECT COUNT(*) FROM micro_credential"));
        m_editUids = db.text(QStringLiteral("SELECT uid FROM micro_credential ORDER BY uid LIMIT 10"))
                         .split(QStringLiteral("; "));
        for (const QString& uid : std::as_const(m_editUids))
            m_editOriginal << db.text(QStringLiteral("SELECT title_en FROM micro_credential WHERE uid = ?"),
                                      uid);
    }
    // The large CSV, as an institution would send it.
    {
        QFile csv(file(QStringLiteral("big.csv")));
        if (!csv.open(QIODevice::WriteOnly))
            return false;
        QTextStream s(&csv);
        s << "Institution,Title (English),Sector,Hours,Weeks\n";
        for (int i = 0; i < m_sizes.importRows; ++i)
            s << "Fleming College,Kill test " << i << ",Health care,40,6\n";
    }
    // The workspace whose large import is undone: the import done, its change-log batch noted.
    const QString imported = file(QStringLiteral("imported.sqlite"));
    if (!copyFresh(base, imported) ||
        !mc({QStringLiteral("import"), file(QStringLiteral("big.csv")), QStringLiteral("--into"),
             QStringLiteral("credentials"), QStringLiteral("--database"), imported}))
        return false;
    {
        Sqlite db(imported, true);
        m_importBatch = db.text(
            QStringLiteral("SELECT batch FROM change_log WHERE origin = 'import' ORDER BY id DESC LIMIT 1"));
        if (db.number(
                QStringLiteral("SELECT COUNT(*) FROM micro_credential WHERE title_en LIKE 'Kill test %'")) !=
            m_sizes.importRows) {
            std::fprintf(stderr, "the import did not add %d rows\n", m_sizes.importRows);
            return false;
        }
    }
    // A package of one institution whose every micro-credential title was changed by its coordinator.
    const QString pkg = file(QStringLiteral("fleming.mcfpkg"));
    if (!mc({QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--institution"),
             QStringLiteral("Fleming College"), QStringLiteral("--database"), base, QStringLiteral("-o"),
             pkg}))
        return false;
    {
        Sqlite db(pkg);
        const QString r =
            db.text(QStringLiteral("UPDATE micro_credential SET title_en = 'Merged ' || title_en"));
        if (!r.isEmpty()) {
            std::fprintf(stderr, "cannot change the package: %s\n", qPrintable(r));
            return false;
        }
        m_packageCredentials = db.number(QStringLiteral("SELECT COUNT(*) FROM micro_credential"));
    }
    // Each operation once, to completion: how long it takes (kills fall anywhere in that time) and what
    // it leaves (the "after" of all or nothing, the reference outputs).
    for (Op op : kOps) {
        QString program, out;
        QStringList args;
        qint64 ms = 0;
        if (!prepare(op, &program, &args) || !run(program, args, &out, &ms))
            return false;
        m_duration[op] = std::max<qint64>(ms, 50);
        if (op == Op::Merge) {
            Sqlite db(file(QStringLiteral("work.sqlite")), true);
            m_merged = db.number(
                QStringLiteral("SELECT COUNT(*) FROM micro_credential WHERE title_en LIKE 'Merged %'"));
            if (m_merged <= 0) {
                std::fprintf(stderr, "the merge changed nothing:\n%s\n", qPrintable(out));
                return false;
            }
        }
        if (op == Op::ExportCsv || op == Op::ExportJson) {
            const QString ref = target(op) + QStringLiteral(".reference");
            QFile::remove(ref);
            if (!QFile::rename(target(op), ref))
                return false;
        }
        if (writesFile(op)) {
            if (op != Op::ExportCsv && op != Op::ExportJson) {
                const QString why = outputValid(op, target(op));
                if (!why.isEmpty()) {
                    std::fprintf(stderr, "%s: the output of an uninterrupted run is not valid: %s\n",
                                 opName(op), qPrintable(why));
                    return false;
                }
            }
        } else {
            const QString why = check(op, out);
            if (!why.isEmpty()) {
                std::fprintf(stderr, "%s: an uninterrupted run is not sound: %s\n", opName(op),
                             qPrintable(why));
                return false;
            }
        }
        std::printf("  %-15s %6lld ms uninterrupted\n", opName(op), ms);
    }
    std::fflush(stdout);
    return true;
}

bool Bench::prepare(Op op, QString* program, QStringList* args)
{
    const QString work = file(QStringLiteral("work.sqlite"));
    const QString base = file(QStringLiteral("base.sqlite"));
    *program = m_mcfund;
    const QStringList lang = {QStringLiteral("--lang"), QStringLiteral("en")};
    if (writesFile(op)) {
        // The target goes; whatever a killed run left beside it (its temporary files) stays.
        for (const char* s : {"", "-wal", "-shm", "-journal"})
            QFile::remove(target(op) + QLatin1String(s));
    }
    switch (op) {
    case Op::Import:
        *args = lang + QStringList{QStringLiteral("import"),     file(QStringLiteral("big.csv")),
                                   QStringLiteral("--into"),     QStringLiteral("credentials"),
                                   QStringLiteral("--database"), work};
        return copyFresh(base, work);
    case Op::Edits:
        *program = QCoreApplication::applicationFilePath();
        *args = {QStringLiteral("--edit-stream"), work, QString::number(m_sizes.editBatches)};
        return copyFresh(base, work);
    case Op::Undo:
        *program = QCoreApplication::applicationFilePath();
        *args = {QStringLiteral("--undo"), work, m_importBatch};
        return copyFresh(file(QStringLiteral("imported.sqlite")), work);
    case Op::Merge:
        *args = lang + QStringList{QStringLiteral("package"), QStringLiteral("merge"),
                                   file(QStringLiteral("p.mcfpkg")), QStringLiteral("--database"), work};
        return copyFresh(file(QStringLiteral("fleming.mcfpkg")), file(QStringLiteral("p.mcfpkg"))) &&
               copyFresh(base, work);
    case Op::ExportCsv:
    case Op::ExportXlsx:
    case Op::ExportJson:
        *args = lang + QStringList{QStringLiteral("export"),
                                   QStringLiteral("--table"),
                                   QStringLiteral("credentials"),
                                   QStringLiteral("--format"),
                                   op == Op::ExportCsv    ? QStringLiteral("csv")
                                   : op == Op::ExportXlsx ? QStringLiteral("xlsx")
                                                          : QStringLiteral("json"),
                                   QStringLiteral("--database"),
                                   work,
                                   QStringLiteral("-o"),
                                   target(op)};
        return copyFresh(base, work);
    case Op::PackageExport:
        *args = lang + QStringList{QStringLiteral("package"),
                                   QStringLiteral("export"),
                                   QStringLiteral("--institution"),
                                   QStringLiteral("Fleming College"),
                                   QStringLiteral("--database"),
                                   work,
                                   QStringLiteral("-o"),
                                   target(op)};
        return copyFresh(base, work);
    case Op::Generate:
        *args = lang + QStringList{QStringLiteral("generate"),
                                   QStringLiteral("--projects"),
                                   QString::number(m_sizes.genProjects),
                                   QStringLiteral("--credentials"),
                                   QString::number(m_sizes.genCredentials),
                                   QStringLiteral("--seed"),
                                   QStringLiteral("9"),
                                   QStringLiteral("-o"),
                                   target(op)};
        return true;
    case Op::Copy:
        *args = lang + QStringList{QStringLiteral("copy"), QStringLiteral("--database"), work,
                                   QStringLiteral("-o"), target(op)};
        return copyFresh(base, work);
    }
    return false;
}

QString Bench::outputValid(Op op, const QString& path)
{
    switch (op) {
    case Op::ExportCsv:
    case Op::ExportJson:
        return sameBytes(path, path + QStringLiteral(".reference"))
                   ? QString()
                   : QStringLiteral("differs from a complete export");
    case Op::ExportXlsx: {
        QString error;
        const std::unique_ptr<RowSource> rows = RowSource::open(path, QString(), &error);
        if (!rows)
            return QStringLiteral("unreadable workbook: ") + error;
        qint64 n = 0;
        QStringList row;
        int line = 0;
        while (rows->next(&row, &line))
            ++n;
        if (!rows->error().isEmpty())
            return QStringLiteral("unreadable workbook: ") + rows->error();
        return n == m_baseCredentials
                   ? QString()
                   : QStringLiteral("workbook of %1 rows, not %2").arg(n).arg(m_baseCredentials);
    }
    case Op::PackageExport: {
        if (const QString why = soundness(path); !why.isEmpty())
            return why;
        Sqlite db(path, true);
        const qint64 n = db.number(QStringLiteral("SELECT COUNT(*) FROM micro_credential"));
        return n == m_packageCredentials
                   ? QString()
                   : QStringLiteral("package of %1 credentials, not %2").arg(n).arg(m_packageCredentials);
    }
    case Op::Generate: {
        if (const QString why = workspaceSound(path); !why.isEmpty())
            return why;
        Sqlite db(path, true);
        const qint64 p = db.number(QStringLiteral("SELECT COUNT(*) FROM project"));
        const qint64 c = db.number(QStringLiteral("SELECT COUNT(*) FROM micro_credential"));
        return p == m_sizes.genProjects && c == m_sizes.genCredentials
                   ? QString()
                   : QStringLiteral("%1 projects and %2 credentials").arg(p).arg(c);
    }
    case Op::Copy: {
        if (const QString why = workspaceSound(path); !why.isEmpty())
            return why;
        Sqlite db(path, true);
        const qint64 p = db.number(QStringLiteral("SELECT COUNT(*) FROM project"));
        const qint64 c = db.number(QStringLiteral("SELECT COUNT(*) FROM micro_credential"));
        return p == m_baseProjects && c == m_baseCredentials
                   ? QString()
                   : QStringLiteral("%1 projects and %2 credentials").arg(p).arg(c);
    }
    default:
        return QString();
    }
}

QString Bench::check(Op op, const QString& childOutput)
{
    const QString work = file(QStringLiteral("work.sqlite"));
    QStringList problems;
    if (op != Op::Generate) {
        // The workspace the operation read or wrote.
        const QString why = soundness(work);
        if (!why.isEmpty())
            return QStringLiteral("workspace: ") + why;
        Sqlite db(work);
        switch (op) {
        case Op::Import:
        case Op::Undo: {
            const qint64 n = db.number(
                QStringLiteral("SELECT COUNT(*) FROM micro_credential WHERE title_en LIKE 'Kill test %'"));
            if (n != 0 && n != m_sizes.importRows)
                problems << QStringLiteral("%1 of %2 imported rows").arg(n).arg(m_sizes.importRows);
            const qint64 total = db.number(QStringLiteral("SELECT COUNT(*) FROM micro_credential"));
            if (total != m_baseCredentials + n)
                problems << QStringLiteral("%1 micro-credentials in all, not %2")
                                .arg(total)
                                .arg(m_baseCredentials + n);
            break;
        }
        case Op::Edits: {
            // Each batch whole: the ten titles all from the same batch (or all as they were), never older
            // than the last batch reported committed, and ten change-log rows per batch.
            int committed = 0;
            for (const QString& line : childOutput.split(QLatin1Char('\n')))
                if (line.startsWith(QLatin1String("committed ")))
                    committed = line.mid(10).toInt();
            QStringList titles;
            for (const QString& uid : std::as_const(m_editUids))
                titles << db.text(QStringLiteral("SELECT title_en FROM micro_credential WHERE uid = ?"), uid);
            int batch = -1;
            if (titles == m_editOriginal) {
                batch = 0;
            } else if (titles.count(titles.first()) == titles.size() &&
                       titles.first().startsWith(QLatin1String("Edit "))) {
                batch = titles.first().mid(5).toInt();
            } else {
                problems << QStringLiteral("a batch half written: %1").arg(titles.join(QStringLiteral(", ")));
            }
            if (batch >= 0 && batch < committed)
                problems << QStringLiteral("batch %1 was committed but the titles are from batch %2")
                                .arg(committed)
                                .arg(batch);
            const qint64 logged =
                db.number(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE origin = 'edit'"));
            if (batch >= 0 && logged != qint64(batch) * m_editUids.size())
                problems << QStringLiteral("%1 change-log rows after %2 batches").arg(logged).arg(batch);
            break;
        }
        case Op::Merge: {
            const qint64 n = db.number(
                QStringLiteral("SELECT COUNT(*) FROM micro_credential WHERE title_en LIKE 'Merged %'"));
            if (n != 0 && n != m_merged)
                problems << QStringLiteral("%1 of %2 merged titles").arg(n).arg(m_merged);
            break;
        }
        default:
            break;
        }
        if (!statsOk(work))
            problems << QStringLiteral("mcfund stats fails on the workspace");
    }
    if (writesFile(op) && QFileInfo::exists(target(op))) {
        const QString why = outputValid(op, target(op));
        if (!why.isEmpty())
            problems
                << QStringLiteral("%1 left under its name: %2").arg(QFileInfo(target(op)).fileName(), why);
    }
    return problems.join(QStringLiteral("; "));
}

QString Bench::recover(Op op)
{
    // Only the output file goes (prepare); the temporary files a kill left beside it stay, for this run to
    // cope with.
    QString program, out;
    QStringList args;
    if (!prepare(op, &program, &args))
        return QStringLiteral("cannot prepare the run after the kill");
    if (!run(program, args, &out))
        return QStringLiteral("a run after the kill failed: ") + out.trimmed().left(300);
    const QString why = outputValid(op, target(op));
    return why.isEmpty() ? QString() : QStringLiteral("after a run following the kill: ") + why;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--edit-stream"))
        return editStream(args.value(2), args.value(3).toInt());
    if (args.value(1) == QLatin1String("--undo"))
        return undoBatch(args.value(2), args.value(3));

    const bool isShort = args.contains(QStringLiteral("--short"));
    auto option = [&](const char* name, const QString& fallback) {
        const int i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int trials = option("--trials", QString::number(isShort ? 2 * int(kOps.size()) : 100)).toInt();
    const quint64 seed =
        option("--seed", QString::number(QDateTime::currentMSecsSinceEpoch() % 1000000)).toULongLong();
    const QString mcfund = option("--mcfund", qEnvironmentVariable("MCFUND", QStringLiteral(MCFUND_EXE)));
    const Sizes sizes =
        isShort ? Sizes{200, 2000, 3000, 30, 300, 3000} : Sizes{2000, 20000, 40000, 300, 5000, 50000};

    QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("bench_crash-XXXXXX")));
    dir.setAutoRemove(!args.contains(QStringLiteral("--keep")));
    if (!dir.isValid() || !QFileInfo(mcfund).isExecutable()) {
        std::fprintf(stderr, "cannot run %s in a temporary folder\n", qPrintable(mcfund));
        return 2;
    }
    std::printf("bench_crash: %d kills with SIGKILL, seed %llu (repeat with --seed %llu), mcfund %s\n",
                trials, static_cast<unsigned long long>(seed), static_cast<unsigned long long>(seed),
                qPrintable(mcfund));
    Bench bench(mcfund, dir.path(), sizes);
    if (!bench.setUp())
        return 2;

    std::mt19937_64 rng(seed);
    std::map<Op, Tally> tally;
    int unsound = 0;
    for (int t = 0; t < trials; ++t) {
        const Op op = kOps.at(t % kOps.size());
        // A moment anywhere in an uninterrupted run. A run that ends before its moment (runs vary) is
        // checked too, and the trial is done again at an earlier moment, so that every trial is a kill.
        qint64 span = bench.calibrated(op) * 95 / 100;
        qint64 at = 0;
        bool killed = false;
        QString why;
        for (int attempt = 0; attempt < 5 && !killed && why.isEmpty(); ++attempt, span /= 2) {
            QString program;
            QStringList childArgs;
            if (!bench.prepare(op, &program, &childArgs)) {
                std::fprintf(stderr, "cannot prepare a trial of %s\n", opName(op));
                return 2;
            }
            at = qint64(rng() % quint64(span + 1));
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(program, childArgs);
            child.waitForStarted();
            if (!child.waitForFinished(int(at))) {
                child.kill(); // SIGKILL
                killed = true;
                child.waitForFinished(60000);
            }
            const QString out = QString::fromUtf8(child.readAll());
            why = bench.check(op, out);
            if (why.isEmpty() && writesFile(op))
                why = bench.recover(op);
        }
        Tally& k = tally[op];
        ++k.trials;
        k.killed += killed ? 1 : 0;
        if (why.isEmpty())
            ++k.sound;
        else
            ++unsound;
        std::printf("  [%3d] %-15s %s at %6lld ms of ~%lld: %s\n", t + 1, opName(op),
                    killed ? "killed     " : "ended before", at, bench.calibrated(op),
                    why.isEmpty() ? "sound" : qPrintable(QStringLiteral("UNSOUND: ") + why));
        std::fflush(stdout);
    }
    std::printf("\n  %-15s %7s %7s %7s %9s\n", "operation", "trials", "killed", "sound", "failures");
    for (Op op : kOps) {
        const Tally& k = tally[op];
        if (k.trials)
            std::printf("  %-15s %7d %7d %7d %9d\n", opName(op), k.trials, k.killed, k.sound,
                        k.trials - k.sound);
    }
    int ended = 0;
    for (const auto& [op, k] : tally)
        ended += k.trials - k.killed;
    if (ended > 0)
        std::printf("(%d of the trials ended five times before their moment came: checked, not killed)\n",
                    ended);
    std::printf("%d kills: %d sound, %d unsound (seed %llu)\n", trials, trials - unsound, unsound,
                static_cast<unsigned long long>(seed));
    std::fflush(stdout);
    QStringList operations;
    for (Op op : kOps)
        if (tally[op].trials)
            operations << QString::fromLatin1(opName(op));
    QTextStream out(stdout);
    bench::row(out, QStringLiteral("crash, seed %1").arg(seed),
               QStringLiteral("SIGKILL at a random moment of %1 (%2)")
                   .arg(trials)
                   .arg(operations.join(QStringLiteral(", "))),
               QStringLiteral("%1 sound, %2 unsound").arg(trials - unsound).arg(unsound), QString(),
               QString(), QStringLiteral("every one sound"));
    return unsound == 0 ? 0 : 1;
}
