// Report on a share (aduan_bench --share): each figure's file operations, counted exactly, and
// its time at each delay per operation (benchtimer.h, benchsharevfs.h).
#include "benchtimer.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace aduan::bench {

namespace {

/// A figure is not run at a delay when its runs would take longer than this (milliseconds).
constexpr double kBudgetMs = 60000;

QString milliseconds(double ms)
{
    return ms >= 1000 ? u"%1 s"_s.arg(ms / 1000, 0, 'f', 2)
                      : u"%1 ms"_s.arg(ms, 0, 'f', ms < 10 ? 2 : 1);
}

} // namespace

void Report::measureOnShare(const QString &what, int runs, const std::function<void()> &ours,
                            const std::function<void()> &direct,
                            const std::function<void()> &before)
{
    Row row;
    row.what = what;
    ShareVfs::setDelayMs(0);
    if (before)
        before();
    ours(); // warm-up: the page cache as a PC that has just done the same holds it
    if (before)
        before();
    FileOpCounts at = ShareVfs::counts();
    QElapsedTimer timer;
    timer.start();
    ours();
    row.ours = timer.nsecsElapsed() / 1e6;
    row.ops = ShareVfs::counts() - at;
    if (direct) {
        direct();
        at = ShareVfs::counts();
        direct();
        row.directOps = (ShareVfs::counts() - at).total();
    }
    for (double delay : std::as_const(m_shareDelays)) {
        const double estimate = row.ours + double(row.ops.total()) * delay;
        if (estimate * (runs + 1) > kBudgetMs) {
            row.shareMs << estimate;
            row.estimated << true;
            continue;
        }
        ShareVfs::setDelayMs(delay);
        row.shareMs << medianMs(runs, ours, before);
        row.estimated << false;
        ShareVfs::setDelayMs(0);
    }
    QString times;
    for (qsizetype i = 0; i < row.shareMs.size(); ++i)
        times += u"  %1%2"_s.arg(row.estimated.at(i) ? u"≈"_s : QString(), milliseconds(row.shareMs.at(i)));
    std::printf("  %-70s %6lld ops %s\n", qPrintable(what), row.ops.total(), qPrintable(times));
    std::fflush(stdout);
    m_rows << row;
}

void Report::printShare() const
{
    QString heading = u"| work | file operations (one run) | %1 | no delay |"_s.arg(m_baselineName);
    QString rule = u"|---|---|---:|---:|"_s;
    for (double delay : m_shareDelays) {
        heading += u" at %1 ms |"_s.arg(delay);
        rule += u"---:|"_s;
    }
    std::printf("\n%s\n%s\n", qPrintable(heading), qPrintable(rule));
    for (const Row &r : m_rows) {
        if (r.shareMs.isEmpty()) // a figure measured elsewhere (not through the share)
            continue;
        QString line = u"| %1 | **%2**: %3 | %4 | %5 |"_s.arg(
            r.what, QString::number(r.ops.total()), r.ops.describe(),
            r.directOps >= 0 ? QString::number(r.directOps) : u"—"_s, milliseconds(r.ours));
        for (qsizetype i = 0; i < r.shareMs.size(); ++i)
            line += u" %1%2 |"_s.arg(r.estimated.at(i) ? u"≈"_s : QString(), milliseconds(r.shareMs.at(i)));
        std::printf("%s\n", qPrintable(line));
    }
    std::fflush(stdout);
}

} // namespace aduan::bench
