#pragma once

// What every benchmark needs: memory figures of this process and the large generated workspace.

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

namespace mcfund::bench {

/** A figure of /proc/self/status in kB: "VmRSS:" (now) or "VmHWM:" (peak). */
inline long procStatusKb(const char* key = "VmRSS:")
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(std::strlen(key))).trimmed().split(' ').value(0).toLong();
    return 0;
}

/**
 * The 100,000-project, 1,000,000-credential workspace (seed 11) at \a path. A benchmark never makes its own
 * input inside the process it measures: when the file is missing it says how to make it, and fails.
 */
inline bool ensureLargeWorkspace(const QString& path)
{
    if (QFileInfo::exists(path))
        return true;
    std::fprintf(stderr,
                 "%s does not exist; make it first (about a minute on 2 cores), then run again:\n"
                 "  build/mcfund generate --projects 100000 --credentials 1000000 --seed 11 -o %s\n"
                 "(./scripts/bench.sh does this itself)\n",
                 qPrintable(path), qPrintable(path));
    return false;
}

/** The median of \a values (sorted in place); 0 when empty. */
inline double median(std::vector<double>& values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace mcfund::bench
