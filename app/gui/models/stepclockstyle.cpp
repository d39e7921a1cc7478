#include "models/stepclockstyle.h"

#include "common/palette.h"

#include <QCoreApplication>

#include <cstdlib>

namespace aduan::gui::stepclockstyle {

namespace {
QString tr(const char *text)
{
    // The context lupdate gives tr() calls in this namespace.
    return QCoreApplication::translate("aduan::gui::stepclockstyle", text);
}
} // namespace

QColor background(StepClock::State state)
{
    switch (state) {
    case StepClock::State::OnTime:
        return palette::color(palette::onTimeFill);
    case StepClock::State::Warning:
        return palette::color(palette::nearTargetFill);
    case StepClock::State::Overdue:
        return palette::color(palette::lateFill);
    }
    return {};
}

QColor foreground(StepClock::State state)
{
    switch (state) {
    case StepClock::State::OnTime:
        return palette::color(palette::onTimeText);
    case StepClock::State::Warning:
        return palette::color(palette::nearTargetText);
    case StepClock::State::Overdue:
        return palette::color(palette::lateText);
    }
    return {};
}

QString timeLeft(const StepClock &clock)
{
    if (clock.paused)
        return tr("On hold");
    // Seconds matter only in the last minutes; beyond an hour, minutes are enough.
    const qint64 magnitude = std::abs(clock.remainingSeconds);
    const qint64 shown = magnitude >= 3600 ? magnitude / 60 * 60 : magnitude;
    if (clock.remainingSeconds >= 0)
        return tr("%1 left").arg(formatWorkingDuration(shown));
    return tr("%1 overdue").arg(formatWorkingDuration(shown));
}

QString stateName(StepClock::State state)
{
    switch (state) {
    case StepClock::State::OnTime:
        return tr("On time");
    case StepClock::State::Warning:
        return tr("Almost due");
    case StepClock::State::Overdue:
        return tr("Overdue");
    }
    return {};
}

} // namespace aduan::gui::stepclockstyle
