#include "integritystamps.h"

#include "platform/platform.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringList>

namespace mcfund {

namespace {

constexpr int kKept = 64; // files remembered; the oldest stamps go first

QString keyOf(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

/** One file's identity and state: device, inode, size, modification and change times (ns), or "-". */
QString fileState(const QString& path)
{
    return Platform::fileState(path);
}

struct Entry
{
    QString key, state, at;
};

QList<Entry> readAll()
{
    QList<Entry> out;
    QFile f(IntegrityStamps::storePath());
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QStringList parts = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char('\t'));
        if (parts.size() == 3)
            out << Entry{parts.at(0), parts.at(1), parts.at(2)};
    }
    return out;
}

void writeAll(const QList<Entry>& entries)
{
    const QString store = IntegrityStamps::storePath();
    QDir().mkpath(QFileInfo(store).absolutePath());
    QSaveFile f(store);
    if (!f.open(QIODevice::WriteOnly))
        return; // a cache: without it every open checks the whole file, as before
    for (const Entry& e : entries)
        f.write(QStringList{e.key, e.state, e.at}.join(QLatin1Char('\t')).toUtf8() + '\n');
    f.commit();
}

/** Reads, changes and writes the list under a lock, so that two processes never lose each other's stamps. */
template <typename Change> void update(Change change)
{
    const QString store = IntegrityStamps::storePath();
    QDir().mkpath(QFileInfo(store).absolutePath());
    QLockFile lock(store + QStringLiteral(".lock"));
    if (!lock.tryLock(2000))
        return;
    QList<Entry> entries = readAll();
    // Files that are gone (a test's or a benchmark's temporary workspaces) give their places back, so
    // that they never push out the stamps of the files people use.
    entries.removeIf([](const Entry& e) { return !QFileInfo::exists(e.key); });
    change(entries);
    while (entries.size() > kKept)
        entries.removeFirst();
    writeAll(entries);
}

} // namespace

QString IntegrityStamps::storePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/mcfund/integrity-checked.tsv");
}

QString IntegrityStamps::stateOf(const QString& path)
{
    const QString main = fileState(path);
    if (main == QLatin1String("-"))
        return QString();
    // An empty write-ahead log or journal holds nothing, and comes and goes as SQLite opens and closes the
    // file: a read-only check leaves one behind, the next program to close the file removes it. It is the
    // same state as none.
    const auto side = [](const QString& file) {
        const QFileInfo info(file);
        return info.exists() && info.size() == 0 ? QStringLiteral("-") : fileState(file);
    };
    return main + QLatin1Char('/') + side(path + QStringLiteral("-wal")) + QLatin1Char('/') +
           side(path + QStringLiteral("-journal"));
}

bool IntegrityStamps::isCurrent(const QString& path)
{
    const QString state = stateOf(path);
    if (state.isEmpty())
        return false;
    const QString key = keyOf(path);
    for (const Entry& e : readAll())
        if (e.key == key)
            return e.state == state;
    return false;
}

void IntegrityStamps::record(const QString& path)
{
    const QString state = stateOf(path);
    if (state.isEmpty())
        return;
    const QString key = keyOf(path);
    // A file that a read left as it found it (a command that only reads): its stamp stands as it is, and
    // the list is not written again while the stamp is among the newer half; an older one moves to the end,
    // so that the files in use are the last to be forgotten.
    const QList<Entry> entries = readAll();
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (entries.at(i).key == key && entries.at(i).state == state && i >= entries.size() - kKept / 2)
            return;
    update([&](QList<Entry>& entries) {
        entries.removeIf([&](const Entry& e) { return e.key == key; });
        entries << Entry{key, state, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    });
}

void IntegrityStamps::forget(const QString& path)
{
    const QString key = keyOf(path);
    update([&](QList<Entry>& entries) { entries.removeIf([&](const Entry& e) { return e.key == key; }); });
}

} // namespace mcfund
