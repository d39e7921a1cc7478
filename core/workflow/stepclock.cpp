#include "workflow/stepclock.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace aduan {

StepClock StepClock::of(const ComplaintRecord &complaint, const StepState &step,
                        const OfficeCalendar &calendar, const QDateTime &now)
{
    QList<TimeInterval> pauses;
    StepClock clock;
    for (const PauseRecord &pause : complaint.pauses) {
        if (pause.stepNumber != step.number)
            continue;
        pauses << TimeInterval{pause.pausedAt, pause.resumedAt};
        clock.paused = clock.paused || !pause.resumedAt.isValid();
    }
    const QDateTime end = step.completed() ? step.completedAt : now;
    clock.targetSeconds = qint64(step.targetMinutes) * 60;
    clock.workedSeconds = step.completed()
                              ? step.workedSeconds
                              : calendar.workingSecondsBetween(step.actionableAt, end, pauses);
    clock.remainingSeconds = clock.targetSeconds - clock.workedSeconds;
    clock.paused = clock.paused && !step.completed();
    if (!clock.paused)
        clock.dueAt = calendar.addWorkingSeconds(step.actionableAt, clock.targetSeconds, pauses);
    if (clock.remainingSeconds < 0)
        clock.state = State::Overdue;
    else if (!step.completed() && clock.remainingSeconds * 5 < clock.targetSeconds)
        clock.state = State::Warning;
    return clock;
}

StepClock StepClock::ofCompleted(const StepState &step)
{
    StepClock clock;
    clock.targetSeconds = qint64(step.targetMinutes) * 60;
    clock.workedSeconds = step.workedSeconds;
    clock.remainingSeconds = clock.targetSeconds - clock.workedSeconds;
    clock.state = clock.remainingSeconds < 0 ? State::Overdue : State::OnTime;
    return clock;
}

QString stepTimeSummary(int stepNumber, const StepClock &clock)
{
    const qint64 targetMinutes = clock.targetSeconds / 60;
    if (clock.late()) {
        return QCoreApplication::translate("aduan::StepClock",
                                           "Step %1 took %2 against a target of %3 minutes: it "
                                           "is late by %4.")
            .arg(stepNumber)
            .arg(formatWorkingDuration(clock.workedSeconds))
            .arg(targetMinutes)
            .arg(formatWorkingDuration(clock.lateBySeconds()));
    }
    return QCoreApplication::translate("aduan::StepClock",
                                       "Step %1 took %2 against a target of %3 minutes: on time.")
        .arg(stepNumber)
        .arg(formatWorkingDuration(clock.workedSeconds))
        .arg(targetMinutes);
}

QString formatWorkingDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    qint64 s = negative ? -seconds : seconds;
    const qint64 hours = s / 3600;
    s %= 3600;
    const qint64 minutes = s / 60;
    s %= 60;
    QStringList parts;
    if (hours > 0)
        parts << u"%1 jam"_s.arg(hours);
    if (minutes > 0)
        parts << u"%1 mnt"_s.arg(minutes);
    if (s > 0 || parts.isEmpty())
        parts << u"%1 dtk"_s.arg(s);
    return (negative ? u"-"_s : QString()) + parts.join(u' ');
}

} // namespace aduan
