#pragma once

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

/// Collects figures and prints them as a table: the median of `runs` runs in milliseconds,
/// beside it the baseline's figure (sqlite3 or libpq direct) and the ratio.
class Report
{
public:
    /// Times `ours` and, when given, `direct` (each run once untimed first, to warm caches).
    void measure(const QString &what, int runs, const std::function<void()> &ours,
                 const std::function<void()> &direct);
    /// A figure measured elsewhere (milliseconds, or another unit named in `unit`).
    void figure(const QString &what, double value, const QString &unit = QStringLiteral("ms"));
    void note(const QString &text);
    /// Only figures whose description contains `text` (case-insensitive) are measured.
    void setOnly(const QString &text) { m_only = text; }
    /// The heading of the baseline's column ("sqlite3 direct" unless set).
    void setBaselineName(const QString &name) { m_baselineName = name; }
    bool wanted(const QString &what) const { return what.contains(m_only, Qt::CaseInsensitive); }
    void print() const;

    static double medianMs(int runs, const std::function<void()> &work);

private:
    struct Row {
        QString what;
        double ours = 0;
        double direct = -1;
        QString unit;
    };
    QList<Row> m_rows;
    QStringList m_notes;
    QString m_only;
    QString m_baselineName = QStringLiteral("sqlite3 direct");
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
