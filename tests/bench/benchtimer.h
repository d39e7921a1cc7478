#pragma once

#include "benchsharevfs.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace aduan {
class Clock;
class Database;
class IntakeBook;
struct IntakeBookFilter;
}

namespace aduan::bench {

/// The CPU time this process has used so far (CLOCK_PROCESS_CPUTIME_ID, all threads), in
/// milliseconds.
double processCpuMs();

/// Collects figures and prints them as a table: the median of `runs` runs in milliseconds (wall
/// time, and beside it the CPU time of this process: processCpuMs()), beside them the
/// baseline's figures (sqlite3 or libpq direct) and the ratio of the wall times.
///
/// With share delays set (`aduan_bench --share`, ShareVfs installed), each figure is measured
/// as on a network share instead: one run after a warm-up with no delay, its file operations
/// counted (and the baseline's, the same way), then the median of `runs` runs at each delay
/// (milliseconds per file operation). A figure whose runs would take more than a minute at a
/// delay is not run at it: its time is estimated as the run without delay plus its operations
/// times the delay, and marked "≈".
class Report
{
public:
    /// Times `ours` and, when given, `direct` (each run once untimed first, to warm caches).
    /// `before`, when given, runs before each run of `ours`, untimed and uncounted.
    void measure(const QString &what, int runs, const std::function<void()> &ours,
                 const std::function<void()> &direct, const std::function<void()> &before = {});
    /// A figure measured elsewhere (milliseconds, or another unit named in `unit`), with the
    /// process's CPU time in milliseconds when known (negative: not known).
    void figure(const QString &what, double value, const QString &unit = QStringLiteral("ms"),
                double cpuMs = -1);
    void note(const QString &text);
    /// Only figures whose description contains `text` (case-insensitive) are measured.
    void setOnly(const QString &text) { m_only = text; }
    /// The heading of the baseline's column ("sqlite3 direct" unless set).
    void setBaselineName(const QString &name) { m_baselineName = name; }
    /// Measure through the share VFS at these delays (milliseconds per file operation).
    void setShareDelays(const QList<double> &delaysMs) { m_shareDelays = delaysMs; }
    bool onShare() const { return !m_shareDelays.isEmpty(); }
    bool wanted(const QString &what) const { return what.contains(m_only, Qt::CaseInsensitive); }
    void print() const;

    /// The median wall time and the median CPU time of this process (milliseconds) of `runs`
    /// runs of `work` after one untimed run; `before` runs before each, untimed.
    struct Timing {
        double wallMs = 0;
        double cpuMs = 0;
    };
    static Timing median(int runs, const std::function<void()> &work,
                         const std::function<void()> &before = {});
    static double medianMs(int runs, const std::function<void()> &work,
                           const std::function<void()> &before = {});

private:
    struct Row {
        QString what;
        double ours = 0;
        double direct = -1;
        double oursCpu = -1;   ///< CPU time of the process (CLOCK_PROCESS_CPUTIME_ID), ms
        double directCpu = -1;
        QString unit = QStringLiteral("ms");
        FileOpCounts ops;            ///< on a share: one run's file operations
        long long directOps = -1;    ///< on a share: the baseline's, in total
        QList<double> shareMs;       ///< on a share: per delay, the median (or the estimate)
        QList<bool> estimated;       ///< on a share: per delay, estimated rather than run
    };
    void measureOnShare(const QString &what, int runs, const std::function<void()> &ours,
                        const std::function<void()> &direct, const std::function<void()> &before);
    void printShare() const;
    QList<Row> m_rows;
    QStringList m_notes;
    QString m_only;
    QString m_baselineName = QStringLiteral("sqlite3 direct");
    QList<double> m_shareDelays;
};

/// Print figures (the Formulir Aduan to PDF, a month's register to PDF).
void runPrintFigures(Report &report, Database &db, const Clock &clock, qint64 viewerId,
                     const IntakeBookFilter &month, int runs);
/// The register's first page under every sort of the register view, both directions: the
/// whole register, a common word's matches, one month (benchreads.cpp).
void runSortFigures(Report &report, IntakeBook &book, qint64 viewerId,
                    const IntakeBookFilter &month, int runs);
/// A month's recap (last month, the data's second month, half-way back) and a year's recap;
/// months given as their first day.
void runRecapFigures(Report &report, Database &db, QDate lastMonth, QDate oldestMonth,
                     const QDateTime &now, int runs);
/// GUI figures (start to a usable main window, peak memory showing the register).
void runGuiFigures(Report &report, const QString &databasePath, int runs);

} // namespace aduan::bench
