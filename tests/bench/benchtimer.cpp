#include "benchtimer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace aduan::bench {

double Report::medianMs(int runs, const std::function<void()> &work,
                        const std::function<void()> &before)
{
    if (before)
        before();
    work(); // warm-up, not counted
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        if (before)
            before();
        QElapsedTimer t;
        t.start();
        work();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
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
    row.ours = medianMs(runs, ours, before);
    row.direct = direct ? medianMs(runs, direct) : -1;
    std::printf("  %-70s %10.2f ms\n", qPrintable(what), row.ours);
    std::fflush(stdout);
    m_rows << row;
}

void Report::figure(const QString &what, double value, const QString &unit)
{
    if (!wanted(what))
        return;
    Row row;
    row.what = what;
    row.ours = value;
    row.unit = unit;
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
    std::printf("\n| work | Aduan (median) | %s | ratio |\n|---|---:|---:|---:|\n",
                qPrintable(m_baselineName));
    for (const Row &r : m_rows) {
        const QString ours = u"%1 %2"_s.arg(r.ours, 0, 'f', r.ours < 10 ? 2 : 1).arg(r.unit);
        const QString direct = r.direct >= 0 ? u"%1 ms"_s.arg(r.direct, 0, 'f', r.direct < 10 ? 2 : 1)
                                             : u"—"_s;
        const QString ratio = r.direct > 0 ? u"%1×"_s.arg(r.ours / r.direct, 0, 'f', 1) : u"—"_s;
        std::printf("| %s | %s | %s | %s |\n", qPrintable(r.what), qPrintable(ours),
                    qPrintable(direct), qPrintable(ratio));
    }
    std::fflush(stdout);
}

} // namespace aduan::bench
