#pragma once

#include <QString>

namespace mcfund {

/**
 * Which workspace files are known sound as they are now, so that a command need not read a whole file
 * (SQLite's quick_check: 2.8 s of a million-credential workspace's 3 s `mcfund stats`) before every answer.
 *
 * A file earns a stamp when a full check of it passes (the window's background check, `mcfund check`) or
 * when mcfund made it whole (`mcfund generate`), and keeps it through mcfund's own work: a session that
 * opened a stamped file and closes cleanly stamps the file as it leaves it. A stamp is the file's identity
 * and state as the system sees them (device, inode, size, modification and change times in nanoseconds,
 * and the same of its write-ahead log and journal): any write by another program, a copy, a restore or a
 * session that crashed leaves the file without a current stamp, and the next open checks it whole again.
 * Damage that changes none of these (a failing disk) is found by the window's next check or by
 * `mcfund check`, and by SQLite itself on any page a command reads.
 *
 * Stamps are kept outside the workspace, in the user's cache folder, so that a command that only reads
 * never writes to the workspace. Losing the list costs one check per file, nothing else.
 */
class IntegrityStamps
{
public:
    /** True when \a path was stamped as it is now. */
    static bool isCurrent(const QString& path);
    /** Stamps \a path as it is now (after a check passed, or as a clean session leaves it). */
    static void record(const QString& path);
    /** Removes any stamp of \a path (a check failed). */
    static void forget(const QString& path);
    /** The file the stamps are kept in. */
    static QString storePath();
    /** The state of \a path that a stamp records, or an empty string when it cannot be read. */
    static QString stateOf(const QString& path);
};

} // namespace mcfund
