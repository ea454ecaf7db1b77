#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace mcfund {

/**
 * Why a write to the workspace file failed when the change itself was fine: the disk is full, the file or
 * its medium is read-only, another program holds the lock beyond the busy timeout, or the disk reported an
 * input/output error. These are the failures a person can fix outside mcfund and then retry; anything else
 * (a refused value, a conflict) is Kind::None here.
 */
class WriteFailure
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::WriteFailure)
public:
    enum class Kind
    {
        None,
        DiskFull,
        ReadOnly,
        Locked,
        IoError,
        Disconnected, ///< the connection to a shared workspace's server was lost
    };

    Kind kind = Kind::None;
    /** Translated, specific: what happened, to which workspace, and which change was not saved. */
    QString message;
    /** SQLite's own words, for the details. */
    QString detail;

    bool isFailure() const { return kind != Kind::None; }

    /** SQLITE_FULL, SQLITE_READONLY, SQLITE_BUSY/SQLITE_LOCKED, SQLITE_IOERR (primary or extended codes). */
    static Kind kindOfCode(int sqliteCode);
    /** From QSqlError::nativeErrorCode(), else from SQLite's message in the error's text. */
    static Kind kindOf(const QSqlError& error);
    /**
     * From SQLite's fixed English messages ("database or disk is full", …) inside \a text, and libpq's for a
     * lost connection or a row held by someone else beyond the lock timeout.
     */
    static Kind kindOfText(const QString& text);

    /** A short translated name of the kind: "full disk", "read-only", "locked", "input/output error". */
    static QString kindName(Kind kind);
    /**
     * The message for \a kind at \a path about \a what ("the change to Tuition of “…”"): "The workspace
     * /path/x.mcfund is on a full disk: the change to Tuition of “…” was not saved."
     */
    static QString describe(Kind kind, const QString& path, const QString& what);
    /** What to do next, one sentence for the kind. */
    static QString advice(Kind kind);

    /**
     * True when writes to \a db cannot succeed: a connection opened read-only (QSQLITE_OPEN_READONLY,
     * ?mode=ro, a read-only medium), PRAGMA query_only, or a file the user may not write.
     */
    static bool isReadOnly(const QSqlDatabase& db);
};

} // namespace mcfund
