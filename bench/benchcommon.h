#pragma once

// What every benchmark needs: memory figures of this process and the large generated workspace.

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>
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
 * Samples this process's resident size on a timer of its own (every 10 ms, on a thread of its own, so that
 * a long step between callbacks is seen too) from construction to stop() or destruction: the largest, and
 * the largest up to mark().
 */
class RssSampler
{
public:
    RssSampler()
        : m_thread([this] {
            while (!m_stop.load()) {
                const long now = procStatusKb("VmRSS:");
                long seen = m_largest.load();
                while (now > seen && !m_largest.compare_exchange_weak(seen, now)) {
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        })
    {}
    ~RssSampler() { stop(); }
    RssSampler(const RssSampler&) = delete;
    RssSampler& operator=(const RssSampler&) = delete;

    /** Remembers the largest so far (the first half of a file read, say). */
    void mark() { m_marked = std::max(m_largest.load(), procStatusKb("VmRSS:")); }
    long markedKb() const { return m_marked; }
    /** Stops sampling; the largest resident size seen, in kB. */
    long stop()
    {
        if (m_thread.joinable()) {
            m_stop.store(true);
            m_thread.join();
        }
        return std::max(m_largest.load(), procStatusKb("VmRSS:"));
    }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<long> m_largest{procStatusKb("VmRSS:")};
    long m_marked = 0;
    std::thread m_thread;
};

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

/** \a v milliseconds as text: one decimal under 10 ms. */
inline QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 1 : 0) + QStringLiteral(" ms");
}

/** \a a ÷ \a b as text, or a dash when there is no \a b. */
inline QString ratio(double a, double b)
{
    if (a <= 0 || b <= 0)
        return QStringLiteral("—");
    const double r = a / b;
    return QString::number(r, 'f', r < 10 ? 2 : 1);
}

/**
 * One row of the performance table. ./scripts/bench.sh collects the lines that start with "@row" from every
 * benchmark it runs and prints them at the end as one Markdown table, the README's: which benchmark and
 * conditions, the measure, mcfund's figure, the reference's figure measured the same way in the same run
 * (a dash when there is none), mcfund ÷ reference, and the target the issue set (if any).
 */
inline void row(QTextStream& out, const QString& benchmark, const QString& measure, const QString& mcfund,
                const QString& reference = QString(), const QString& ratio = QString(),
                const QString& target = QString())
{
    const auto cell = [](const QString& s) {
        return s.isEmpty() ? QStringLiteral("—") : QString(s).replace(QLatin1Char('|'), QLatin1Char('/'));
    };
    out << "@row\t" << cell(benchmark) << '\t' << cell(measure) << '\t' << cell(mcfund) << '\t'
        << cell(reference) << '\t' << cell(ratio) << '\t' << cell(target) << '\n';
    out.flush();
}

} // namespace mcfund::bench
