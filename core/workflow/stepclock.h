#pragma once

#include "calendar/officecalendar.h"
#include "domain/complaint.h"

#include <QDateTime>

namespace aduan {

/// The clock of one step against its time target (Mutu Baku "Waktu"), in office working
/// seconds: from the moment the step became actionable to its completion (or `now` while open),
/// minus the step's pauses. A step exactly at its target is on time.
struct StepClock {
    enum class State {
        OnTime,  ///< more than a fifth of the target left (or finished within it)
        Warning, ///< open, under a fifth of the target left
        Overdue, ///< past the target
    };
    qint64 workedSeconds = 0;
    qint64 targetSeconds = 0;
    qint64 remainingSeconds = 0; ///< negative when overdue
    QDateTime dueAt;             ///< UTC; invalid while paused (the clock stands still)
    bool paused = false;
    State state = State::OnTime;

    bool late() const { return workedSeconds > targetSeconds; }
    qint64 lateBySeconds() const { return std::max<qint64>(0, workedSeconds - targetSeconds); }

    /// The clock of `step` of `complaint` at `now` (UTC); uses the step's own pauses.
    static StepClock of(const ComplaintRecord &complaint, const StepState &step,
                        const OfficeCalendar &calendar, const QDateTime &now);
    /// The clock of a completed step as its record holds it (time used, target); no due time.
    static StepClock ofCompleted(const StepState &step);
};

/// What a step's time came to, in one sentence, as every screen says it: "Step 2 took 8 mnt
/// against a target of 10 minutes: on time." or "Step 1 took 6 mnt against a target of 5
/// minutes: it is late by 1 mnt." (Indonesian when the language is).
QString stepTimeSummary(int stepNumber, const StepClock &clock);

/// "4 mnt 10 dtk", "1 jam 5 mnt", "0 dtk": a duration in working time, as the office writes it.
QString formatWorkingDuration(qint64 seconds);

} // namespace aduan
