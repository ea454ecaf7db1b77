#pragma once

#include <QString>

/**
 * Everything in core and ui that depends on the operating system, in one place: flushing files to the disk,
 * a file's identity, the account's name, a thread's share of the processor. Each function says what it does
 * on Unix (what this project builds and tests on Debian) and what it falls back to elsewhere, so that a
 * Windows or macOS build needs only this file looked at.
 */
namespace mcfund::Platform {

/**
 * Flushes \a path (a file, or a folder so that a rename into it is on the disk too) to the disk: fsync on
 * Unix. False if it cannot be opened or flushed. Elsewhere, true when the file exists (Qt has no portable
 * flush of a file another handle wrote).
 */
bool syncToDisk(const QString& path);

/**
 * Starts writing \a path's changed pages to the disk without waiting for them (Linux: sync_file_range), so
 * that a later syncToDisk has less to wait for; a bulk writer calls it between phases. Does nothing
 * elsewhere.
 */
void startWriteBack(const QString& path);

/**
 * One file's identity and state, as text that changes whenever the file is replaced or written: device,
 * inode, size, and modification and status-change times in nanoseconds on Unix; elsewhere the size, the
 * modification time in milliseconds and Qt's file id. "-" when the file does not exist.
 */
QString fileState(const QString& path);

/** The operating system's name of the account running mcfund (getpwuid on Unix); "" if unknown. */
QString accountName();

/**
 * Makes the calling thread give way to the interface thread when both want a core: background readers
 * (a table's whole ordered row set, the dashboard's figures, the integrity check) call it when they start.
 *
 * QThread::LowPriority has no effect under Linux's default scheduler (every SCHED_OTHER thread has
 * priority 0), so on a two-core machine five readers and a check shared the cores evenly with the window
 * while it painted its first rows. On Linux a thread has a nice value of its own: this sets it to 10, which
 * gives the interface about nine tenths of a core it competes for, while the readers still run at full
 * speed on an idle core. Elsewhere it asks Qt for QThread::LowPriority.
 */
void yieldToInterface();

} // namespace mcfund::Platform
