#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace mcfund {

/** What to generate; the same options and seed always give the same data. */
struct GeneratorOptions
{
    qint64 projects = 1000;
    qint64 credentials = 5000;
    quint64 seed = 1;
    /** Called now and then with 0–100; return false to cancel (the file is then removed). */
    std::function<bool(int)> progress;
    /** Called as each phase ends, with its name and how long it took (ms): what `generate --timings` shows.
     */
    std::function<void(const char* phase, qint64 ms)> phaseDone;
};

/**
 * Writes a realistic synthetic workspace for demos, tests and benchmarks: the official sectors and
 * institutions plus more, rounds whose envelopes fit their projects, applications in every state with
 * requested and approved amounts, micro-credentials with hours, weeks, delivery and OSAP approval, and
 * partners. Bulk-loads with indexes dropped and rebuilt, so a million credentials take seconds.
 */
class Generator
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::Generator)
public:
    static bool generate(const QString& path, const GeneratorOptions& options, QString* error);
};

} // namespace mcfund
