#pragma once

#include "domain/channel.h"
#include "domain/complaint.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace aduan {

class Database;

/// One SOP step's figures in a period (steps completed in it).
struct StepRecap {
    int stepNumber = 0;
    int targetMinutes = 0;   ///< the target of the newest revision's step (for the heading)
    int completed = 0;
    int onTime = 0;
    int late = 0;
    qint64 medianSeconds = 0; ///< office working seconds used, median
    qint64 p90Seconds = 0;    ///< 90th percentile (nearest rank)
};

/// A step that ran past its target, with its reason and who accounted for it (SOP warning 3).
struct DeviationLine {
    QString agendaNumber;
    int stepNumber = 0;
    qint64 workedSeconds = 0;
    int targetMinutes = 0;
    QString reason;
    QString completedBy;
    QDateTime completedAt;
};

/// The figures of one period [from, to] of office dates (Asia/Jakarta by default).
/// Counts by channel, category, class and status are of the complaints received in the
/// period; their status is as it stood at the period's end.
struct PeriodRecap {
    QDate from;
    QDate to;
    /// Received in the period and not voided before its end: a voided complaint (a mistaken or
    /// double entry) is no complaint received; it counts in `voided` and as the status
    /// ComplaintStatus::Voided instead. A complaint voided after the period still counts in it.
    int received = 0;
    QMap<Channel, int> byChannel;      ///< of `received`
    QMap<QString, int> byCategory;     ///< of `received`
    QMap<QString, int> byClass;        ///< of `received`
    /// Of the complaints received in the period (voided ones included, as Voided): their status
    /// at the period's end. Its sum is `received` plus byStatus[Voided].
    QMap<ComplaintStatus, int> byStatus;
    int completed = 0;    ///< finished (last step done) within the period, whenever received
    int carriedIn = 0;    ///< open at the period's start (received earlier)
    int carriedOver = 0;  ///< open at the period's end (carried into the next)
    int voided = 0;       ///< voided within the period, whenever received ("Dibatalkan")
    QList<StepRecap> steps;
    int deviationCount = 0;           ///< steps completed past their target in the period
    QList<DeviationLine> deviations;  ///< those steps; listed for MonthlyRecap::current only
    QList<std::pair<QString, int>> referralsByAgency;
    int referred = 0;
    int finishedWithinDeadline = 0; ///< of those finished in the period, by their overall deadline
    int finishedPastDeadline = 0;
    int openPastDeadline = 0;       ///< open at the end with the overall deadline passed
    /// Office date → channel → count of `received`; for MonthlyRecap::current only.
    QMap<QDate, QMap<Channel, int>> receivedPerDay;
    /// The period's Survei Kepuasan Masyarakat (skm/skmreport.h, its headline version):
    /// respondents, and the SKM value in hundredths with its grade letter; 0 and empty when
    /// nobody answered.
    int skmRespondents = 0;
    int skmValueHundredths = 0;
    QString skmGrade;
};

/// The Rekapitulasi bulanan (SOP, Pencatatan dan Pendataan 3): a period, the one before it side
/// by side, and the head of the audit chain at the time it was made (printed, so the signed paper
/// anchors the log).
struct MonthlyRecap {
    PeriodRecap current;
    PeriodRecap previous; ///< its figures; no deviation list, no series per day
    QString auditHead;
    QDateTime generatedAt;
};

/// Builds the recap of office dates [from, to] and of the period of the same length just before
/// it (for a calendar month: the previous calendar month; for a year: the previous year).
/// Months are counted in office time: a complaint received 2026-03-31T17:30Z counts in April.
MonthlyRecap buildRecap(Database &db, QDate from, QDate to, const QDateTime &now);
/// The recap of one month.
MonthlyRecap buildMonthlyRecap(Database &db, int year, int month, const QDateTime &now);

} // namespace aduan
