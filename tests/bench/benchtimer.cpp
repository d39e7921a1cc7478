#include "benchtimer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace aduan::bench {

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

Report::Timing Report::median(int runs, const std::function<void()> &work,
                              const std::function<void()> &before)
{
    if (before)
        before();
    work(); // warm-up, not counted
    QList<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        if (before)
            before();
        const double cpuStart = processCpuMs();
        QElapsedTimer t;
        t.start();
        work();
        wall << t.nsecsElapsed() / 1e6;
        cpu << processCpuMs() - cpuStart;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall.at(wall.size() / 2), cpu.at(cpu.size() / 2)};
}

double Report::medianMs(int runs, const std::function<void()> &work,
                        const std::function<void()> &before)
{
    return median(runs, work, before).wallMs;
}

void Report::measure(const QString &what, int runs, const std::function<void()> &ours,
                     const std::function<void()> &direct, const std::function<void()> &before)
{
    if (!wanted(what))
        return;
    if (onShare()) {
        measureOnShare(what, runs, ours, direct, before);
        return;
    }
    Row row;
    row.what = what;
    const Timing timing = median(runs, ours, before);
    row.ours = timing.wallMs;
    row.oursCpu = timing.cpuMs;
    if (direct) {
        const Timing baseline = median(runs, direct);
        row.direct = baseline.wallMs;
        row.directCpu = baseline.cpuMs;
    }
    std::printf("  %-70s %10.2f ms  (CPU %.2f ms)\n", qPrintable(what), row.ours, row.oursCpu);
    std::fflush(stdout);
    m_rows << row;
}

void Report::figure(const QString &what, double value, const QString &unit, double cpuMs)
{
    if (!wanted(what))
        return;
    Row row;
    row.what = what;
    row.ours = value;
    row.unit = unit;
    row.oursCpu = cpuMs;
    m_rows << row;
}

void Report::note(const QString &text)
{
    std::printf("# %s\n", qPrintable(text));
    std::fflush(stdout);
    m_notes << text;
}

void Report::print() const
{
    if (onShare()) {
        printShare();
        return;
    }
    // The CPU time of this process (CLOCK_PROCESS_CPUTIME_ID) beside each wall time: on a
    // loaded host the wall time grows with the other processes, the CPU time much less. A
    // server's own CPU time (PostgreSQL) is not in it.
    std::printf("\n| work | Aduan (median) | CPU | %s | CPU | ratio |\n"
                "|---|---:|---:|---:|---:|---:|\n",
                qPrintable(m_baselineName));
    const auto ms = [](double value) {
        return value >= 0 ? u"%1 ms"_s.arg(value, 0, 'f', value < 10 ? 2 : 1) : u"—"_s;
    };
    for (const Row &r : m_rows) {
        const QString ours = u"%1 %2"_s.arg(r.ours, 0, 'f', r.ours < 10 ? 2 : 1).arg(r.unit);
        const QString direct = r.direct >= 0 ? u"%1 ms"_s.arg(r.direct, 0, 'f', r.direct < 10 ? 2 : 1)
                                             : u"—"_s;
        const QString ratio = r.direct > 0 ? u"%1×"_s.arg(r.ours / r.direct, 0, 'f', 1) : u"—"_s;
        std::printf("| %s | %s | %s | %s | %s | %s |\n", qPrintable(r.what), qPrintable(ours),
                    qPrintable(ms(r.oursCpu)), qPrintable(direct),
                    qPrintable(r.direct >= 0 ? ms(r.directCpu) : u"—"_s), qPrintable(ratio));
    }
    std::fflush(stdout);
}

} // namespace aduan::bench
