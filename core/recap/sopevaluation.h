#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace aduan {

class Database;

/// One SOP step in an evaluation period: its target beside the time actually used.
struct SopStepEvaluation {
    int stepNumber = 0;
    QString activity;         ///< of the revision in force on the period's last day
    int targetMinutes = 0;    ///< ditto, in office working minutes
    int completed = 0;        ///< steps completed in the period
    int onTime = 0;           ///< of them, within their own revision's target (exactly at it counts)
    int late = 0;
    qint64 medianSeconds = 0; ///< office working seconds used (pauses excluded), median
    qint64 p90Seconds = 0;    ///< 90th percentile, nearest rank
    /// The share completed on time, in percent (0–100); 0 when none was completed.
    int onTimePercent() const { return completed > 0 ? int((onTime * 100 + completed / 2) / completed) : 0; }
};

/// The deviations (Penyimpangan) of a period that gave the same reason (compared without case
/// and with runs of white space as one space).
struct DeviationReasonGroup {
    QString reason;           ///< as first written
    int count = 0;
    QList<int> stepNumbers;   ///< the steps it was given for, ascending, each once
    QStringList agendaNumbers; ///< the complaints it was given for, each once, as first met
};

/// The SOP's evaluation for office dates [from, to] — the monitoring that Permenpan RB No. 35
/// Tahun 2012 asks of an SOP: per step its target, the median and 90th percentile of the time
/// used, the share on time; the deviations grouped by their reasons; and the steps that ran late
/// most often. Built from the same figures as the monthly recap (recap/recap.h), so the two
/// agree; comparing a period before a revision's date with one after it shows the revision's
/// effect.
struct SopEvaluation {
    QDate from;
    QDate to;
    QList<SopStepEvaluation> steps;
    int deviationCount = 0;
    QList<DeviationReasonGroup> reasons; ///< most frequent first, then by first step
    /// Steps with at least one late completion, the most often late first (ties: lower number).
    QList<int> lateMostOften;
};

/// Evaluates the SOP over office dates [from, to] (inclusive; Error(Invalid) when to < from).
SopEvaluation evaluateSop(Database &db, QDate from, QDate to, const QDateTime &now);

/// The evaluation as rows of text (heading row first), in Indonesian, for the command line's
/// table and the XLSX workbook: a row per step, then one per reason group.
QList<QStringList> sopEvaluationTable(const SopEvaluation &evaluation);

/// Writes the evaluation to an XLSX workbook (libxlsxwriter), sheet "Evaluasi SOP".
/// Error(ReadOnly) when the file cannot be written.
void exportSopEvaluationXlsx(const SopEvaluation &evaluation, const QString &path);

} // namespace aduan
