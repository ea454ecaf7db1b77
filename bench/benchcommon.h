#pragma once

// What every benchmark needs: memory figures of this process and the large generated workspace.

#include "synthetic/generator.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <cstdio>
#include <cstring>

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

/** The 100,000-project, 1,000,000-credential workspace (seed 11) at \a path, generated when missing. */
inline bool ensureLargeWorkspace(const QString& path)
{
    if (QFileInfo::exists(path))
        return true;
    std::printf("generating %s (100,000 projects, 1,000,000 micro-credentials)...\n", qPrintable(path));
    GeneratorOptions o;
    o.projects = 100000;
    o.credentials = 1000000;
    o.seed = 11;
    QString error;
    if (Generator::generate(path, o, &error))
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return false;
}

} // namespace mcfund::bench
