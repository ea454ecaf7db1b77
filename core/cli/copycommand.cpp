#include "copycommand.h"

#include "platform/platform.h"
#include "storage/database.h"
#include "storage/server.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstdio>

namespace mcfund {

namespace {

const char* const kSidecars[] = {"-journal", "-wal", "-shm"};

/** Removes an SQLite file and whatever SQLite may have left beside it. */
void removeWithSidecars(const QString& file)
{
    QFile::remove(file);
    for (const char* suffix : kSidecars)
        QFile::remove(file + QLatin1String(suffix));
}

/**
 * A write-ahead log or journal with something in it beside \a file: the file is open, or was not closed
 * cleanly. (An empty one, as a reader leaves, holds nothing to replay.)
 */
bool hasLog(const QString& file)
{
    return QFileInfo(file + QLatin1String("-wal")).size() > 0 ||
           QFileInfo(file + QLatin1String("-journal")).size() > 0;
}

/** Puts \a file in rollback-journal mode, which needs no file beside it once closed. */
bool selfContained(const QString& file, QString* error)
{
    sqlite3* db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
                  SQLITE_OK &&
              sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    if (sqlite3_close(db) != SQLITE_OK)
        ok = false;
    return ok;
}

/** Flushes \a path (a file or a folder) to the disk. */
bool sync(const QString& path)
{
    return Platform::syncToDisk(path);
}

bool sameFile(const QString& a, const QString& b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

} // namespace

bool CopyCommand::copy(const QString& source, const QString& target, bool force, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    int version = 0;
    QString why;
    // Read-only: a source that is not a workspace, or from a newer mcfund, is refused without a write.
    if (!Database::inspect(source, &version, &why, false))
        return fail(why);
    if (sameFile(source, target))
        return fail(tr("“%1” is the workspace being copied; choose another file name.").arg(target));
    const QFileInfo info(target);
    if (info.exists()) {
        if (!force)
            return fail(
                tr("“%1” already exists; choose a new file name, or add --force to replace it.").arg(target));
        if (info.isDir())
            return fail(tr("“%1” is a folder.").arg(target));
        // Replacing the file under a log that belongs to it would have SQLite replay that log into the copy.
        if (hasLog(target))
            return fail(
                tr("“%1” is open in mcfund or was not closed cleanly (a log is beside it); close it, or "
                   "open it once with mcfund, before replacing it.")
                    .arg(target));
    } else {
        if (!info.absoluteDir().exists())
            return fail(tr("The folder “%1” does not exist.").arg(info.absolutePath()));
        // Logs beside a file that no longer exists are left-overs; a new file must not inherit them.
        for (const char* suffix : kSidecars)
            QFile::remove(target + QLatin1String(suffix));
    }

    // Copied beside the target and renamed into place only when complete and checked. A copy killed
    // half-way leaves only FILE.copying (removed by the next copy), never half a workspace under FILE.
    const QString temp = target + QStringLiteral(".copying");
    removeWithSidecars(temp);
    if (!Database::backupFile(source, temp, &why)) {
        removeWithSidecars(temp);
        return fail(why);
    }
    // One self-contained file, as a copy to keep or send should be: the copy of a workspace in WAL mode is
    // in WAL mode too, and every later reader would leave a log beside it. Opening it turns WAL back on.
    if (!selfContained(temp, &why)) {
        removeWithSidecars(temp);
        return fail(tr("Cannot write “%1”: %2").arg(target, why));
    }
    if (!Database::checkIntegrity(temp, &why)) {
        removeWithSidecars(temp);
        return fail(tr("The copy could not be verified: %1").arg(why));
    }
    if (!sync(temp)) {
        removeWithSidecars(temp);
        return fail(tr("Cannot write “%1”.").arg(target));
    }
    // QFile::rename never replaces an existing file; with --force, rename(2) replaces it in one step.
    const bool renamed =
        force ? std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) == 0
              : QFile::rename(temp, target);
    if (!renamed) {
        removeWithSidecars(temp);
        return fail(tr("Cannot write “%1”.").arg(target));
    }
    sync(info.absolutePath());
    return true;
}

int CopyCommand::run(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a consistent copy of a workspace (safe while it is in use): "
                                        "mcfund copy --database SOURCE -o FILE."));
    Cli::addCommonOptions(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The copy to write."), tr("FILE")});
    parser.addOption({QStringLiteral("force"), tr("Replace FILE if it exists.")});
    if (const int code = Cli::parse(parser, ctx); code >= 0)
        return code;
    auto fail = [&](const QString& why, int code = 2) {
        ctx.err << tr("mcfund copy: %1").arg(why) << Qt::endl;
        return code;
    };
    const QString output = parser.value(QStringLiteral("o"));
    if (output.isEmpty())
        return fail(tr("say where to write the copy with -o FILE."));
    const QString source = Cli::databasePath(parser);
    const bool force = parser.isSet(QStringLiteral("force"));
    // What is wrong with the arguments (exit 2) is told apart from a copy that fails on the way (exit 1).
    QString error;
    if (Server::isLocation(source)) {
        const QFileInfo target(output);
        if (target.exists())
            return fail(tr("“%1” already exists; choose a new file name.").arg(output));
        if (!target.absoluteDir().exists())
            return fail(tr("the folder “%1” does not exist.").arg(target.absolutePath()));
        Database db;
        if (!db.open(source, &error))
            return fail(error, 1);
        QElapsedTimer timer;
        timer.start();
        if (!db.backupTo(output, &error))
            return fail(error, 1);
        ctx.out << tr("Copied %1 to %2 (%3 MB) in %4 s.")
                       .arg(db.displayName(), output,
                            ctx.locale.toString(double(QFileInfo(output).size()) / 1e6, 'f', 1),
                            ctx.locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1))
                << Qt::endl;
        return 0;
    }
    if (!QFileInfo(source).isFile())
        return fail(tr("there is no workspace “%1” to copy.").arg(source));
    if (!Database::inspect(source, nullptr, &error, false))
        return fail(error);
    if (sameFile(source, output))
        return fail(tr("“%1” is the workspace being copied; choose another file name.").arg(output));
    const QFileInfo target(output);
    if (target.exists() && (!force || target.isDir()))
        return fail(target.isDir()
                        ? tr("“%1” is a folder.").arg(output)
                        : tr("“%1” already exists; choose a new file name, or add --force to replace it.")
                              .arg(output));
    if (!target.exists() && !target.absoluteDir().exists())
        return fail(tr("the folder “%1” does not exist.").arg(target.absolutePath()));
    QElapsedTimer timer;
    timer.start();
    if (!copy(source, output, force, &error))
        return fail(error, 1);
    ctx.out << tr("Copied %1 to %2 (%3 MB) in %4 s.")
                   .arg(source, output, ctx.locale.toString(double(QFileInfo(output).size()) / 1e6, 'f', 1),
                        ctx.locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1))
            << Qt::endl;
    return 0;
}

} // namespace mcfund
