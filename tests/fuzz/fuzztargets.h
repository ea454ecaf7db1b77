#pragma once

// The fuzz targets of mcfund, one entry function each, shared by the libFuzzer executables (build-fuzz,
// scripts/fuzz.sh) and by tst_fuzzregressions, which replays the seed corpus and every regression file
// through the same functions in the ordinary (and the sanitized) suite.
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

class QSqlDatabase;

namespace mcfund {
class Database;
}

namespace mcfund::fuzz {

using Entry = int (*)(const uint8_t* data, size_t size);

struct Target
{
    const char*
        name; ///< as given to scripts/fuzz.sh and as the folder under tests/fuzz/corpus and regressions
    Entry entry;
};

/** Every target, in the order scripts/fuzz.sh --list prints them. */
const QList<Target>& targets();

/** Bytes written as a CSV file and read row by row through RowSource. */
int csv(const uint8_t* data, size_t size);
/** Bytes written as an .xlsx file: its sheet names, then every row of its first sheet through RowSource. */
int xlsx(const uint8_t* data, size_t size);
/** Amounts (Money::parse, en_CA and fr_CA) and every field type of ValueParser, dates included. */
int values(const uint8_t* data, size_t size);
/** Bytes written as an SQLite file, inspected as an institution package and merge-planned. */
int package(const uint8_t* data, size_t size);
/** Bytes parsed as the official data JSON and loaded into an empty workspace. */
int officialJson(const uint8_t* data, size_t size);

/** Creates the QCoreApplication the targets need when there is none yet (libFuzzer's main). */
void ensureApplication(int* argc, char*** argv);

/**
 * Opens (creating it once per process) the workspace packages are merge-planned into: the official data
 * with a fixed workspace id, so that the seed packages made by mcfund_fuzz_seeds are merged, not refused.
 */
Database& workspace();
/** The workspace id of workspace(). */
QString workspaceId();

} // namespace mcfund::fuzz
