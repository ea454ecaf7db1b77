#include "writefailure.h"

#include "sqldialect.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace mcfund {

WriteFailure::Kind WriteFailure::kindOfCode(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return Kind::DiskFull;
    case SQLITE_READONLY:
        return Kind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Kind::Locked;
    case SQLITE_IOERR:
        return Kind::IoError;
    default:
        return Kind::None;
    }
}

WriteFailure::Kind WriteFailure::kindOf(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok && code != SQLITE_OK) {
        const Kind k = kindOfCode(code);
        if (k != Kind::None)
            return k;
    }
    return kindOfText(error.text());
}

WriteFailure::Kind WriteFailure::kindOfText(const QString& text)
{
    if (text.isEmpty())
        return Kind::None;
    // SQLite's own messages for these codes (sqlite3_errstr) are fixed English text, whatever the language
    // of the interface; a full disk can also be reported by the operating system as ENOSPC.
    const struct
    {
        int code;
        Kind kind;
    } known[] = {{SQLITE_FULL, Kind::DiskFull},
                 {SQLITE_READONLY, Kind::ReadOnly},
                 {SQLITE_BUSY, Kind::Locked},
                 {SQLITE_LOCKED, Kind::Locked},
                 {SQLITE_IOERR, Kind::IoError}};
    for (const auto& k : known)
        if (text.contains(QString::fromUtf8(sqlite3_errstr(k.code)), Qt::CaseInsensitive))
            return k.kind;
    if (text.contains(QLatin1String("No space left on device"), Qt::CaseInsensitive))
        return Kind::DiskFull;
    // PostgreSQL (libpq and the server): the connection is gone, or a row stays locked by someone else.
    for (const char* lost :
         {"server closed the connection", "no connection to the server", "terminating connection",
          "connection to server", "could not send data to server", "could not receive data",
          "SSL SYSCALL error", "Connection refused", "the database system is shutting down",
          "the database system is starting up"})
        if (text.contains(QLatin1String(lost), Qt::CaseInsensitive))
            return Kind::Disconnected;
    if (text.contains(QLatin1String("lock timeout"), Qt::CaseInsensitive))
        return Kind::Locked;
    return Kind::None;
}

QString WriteFailure::kindName(Kind kind)
{
    switch (kind) {
    case Kind::DiskFull:
        return tr("full disk");
    case Kind::ReadOnly:
        return tr("read-only");
    case Kind::Locked:
        return tr("locked by another program");
    case Kind::IoError:
        return tr("input/output error");
    case Kind::Disconnected:
        return tr("connection lost");
    case Kind::None:
        break;
    }
    return QString();
}

QString WriteFailure::describe(Kind kind, const QString& path, const QString& what)
{
    switch (kind) {
    case Kind::DiskFull:
        return tr("The workspace %1 is on a full disk: %2 was not saved.").arg(path, what);
    case Kind::ReadOnly:
        return tr("The workspace %1 is read-only (the file or the disk it is on cannot be written): %2 was "
                  "not saved.")
            .arg(path, what);
    case Kind::Locked:
        return tr("The workspace %1 is locked by another program: %2 was not saved.").arg(path, what);
    case Kind::IoError:
        return tr("The disk of the workspace %1 reported an input/output error: %2 was not saved.")
            .arg(path, what);
    case Kind::Disconnected:
        return tr("The connection to the shared workspace %1 was lost: %2 was not saved yet.")
            .arg(path, what);
    case Kind::None:
        break;
    }
    return QString();
}

QString WriteFailure::advice(Kind kind)
{
    switch (kind) {
    case Kind::DiskFull:
        return tr("Free some space on the disk and retry, or save a copy elsewhere.");
    case Kind::ReadOnly:
        return tr("Save a copy to a folder you can write to, or make the file writable and retry.");
    case Kind::Locked:
        return tr("Close the other program that has the workspace open and retry, or save a copy elsewhere.");
    case Kind::IoError:
        return tr("Check the disk or network drive and retry, or save a copy elsewhere.");
    case Kind::Disconnected:
        return tr("mcfund reconnects and sends it every few seconds; check the network, or retry now.");
    case Kind::None:
        break;
    }
    return QString();
}

bool WriteFailure::isReadOnly(const QSqlDatabase& db)
{
    if (!db.isOpen())
        return false;
    if (sqlite3* raw = Sql::sqliteHandle(db); raw && sqlite3_db_readonly(raw, "main") == 1)
        return true;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA query_only")) && q.next() && q.value(0).toInt() == 1)
        return true;
    const QFileInfo file(db.databaseName());
    return file.exists() && !file.isWritable();
}

} // namespace mcfund
