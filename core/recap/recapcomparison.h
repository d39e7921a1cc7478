#pragma once

#include "domain/complaint.h"
#include "domain/officeprofile.h"
#include "recap/recap.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace aduan {

// The recap side by side: what the screen, the exports and the print list of a MonthlyRecap,
// merged from its two periods in one order. Built by the core (buildRecap); this only arranges
// its figures, it counts nothing again. No wording: the callers label the lines.

/// One line of a breakdown beside the previous period.
struct RecapLine {
    QString key;      ///< the category or agency as counted (verbatim)
    int current = 0;  ///< complaints of MonthlyRecap::current
    int previous = 0; ///< of MonthlyRecap::previous
};

/// One line of the breakdown by class.
struct RecapClassLine {
    /// The office's class, when `code` is one of them; empty for a code the office no longer
    /// has, or for complaints recorded without a class when the office has no classes.
    std::optional<ComplaintClass> officeClass;
    QString code;     ///< the class code as stored ("" = recorded without a class)
    int current = 0;
    int previous = 0;
};

/// One SOP step's figures in both periods.
struct RecapStepLine {
    StepRecap current;  ///< a step of MonthlyRecap::current.steps
    StepRecap previous; ///< the same step number's figures in the previous period; all zero
                        ///< (stepNumber 0) when that period has none
};

/// The statuses at a period's end in the order every recap lists them: in progress, paused,
/// completed, referred, voided.
QList<ComplaintStatus> recapStatuses();

/// Complaints received by category: the current period's categories in its order (sorted,
/// "(tanpa kategori)" for none), then those only the previous period has.
QList<RecapLine> categoryLines(const MonthlyRecap &recap);

/// Complaints referred by agency: the current period's agencies in its order, then those only
/// the previous period referred to; an agency a period did not refer to counts 0 there.
QList<RecapLine> referralLines(const MonthlyRecap &recap);

/// Complaints received by class, folded onto the office's classes (SettingsStore::
/// complaintClasses(), in their order): a complaint recorded without a class counts in the
/// first class, as Workflow::registerComplaint gives it that class's deadline
/// (ComplaintDraft::classCode: "empty = the first class"). Codes that are not among `classes`
/// follow, in the order of categoryLines(); with no classes at all, nothing is folded and
/// an empty code is a line of its own.
QList<RecapClassLine> classLines(const MonthlyRecap &recap, const QList<ComplaintClass> &classes);

/// Each step of the current period (its order) with the same step of the previous period.
QList<RecapStepLine> stepLines(const MonthlyRecap &recap);

/// `part` of `whole` in whole percent, rounded half up (1 of 3 → 33, 1 of 8 → 13); empty when
/// `whole` is 0 or less (nothing to take a share of). Used for the on-time rate of a step and
/// the overall deadline compliance.
std::optional<int> percentOf(qint64 part, qint64 whole);

/// The file name an export of the recap of office dates [from, to] is offered under:
/// "Rekapitulasi 2026-03.csv" for a calendar month, "Rekapitulasi 2026.xlsx" for a calendar
/// year, else "Rekapitulasi 2026-03-02 2026-03-15.csv". `suffix` without the dot; no folder.
QString recapFileName(QDate from, QDate to, QStringView suffix);

} // namespace aduan
