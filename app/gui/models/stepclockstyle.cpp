#include "models/stepclockstyle.h"

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
        return QColor(0xd9, 0xf2, 0xdc); // light green
    case StepClock::State::Warning:
        return QColor(0xff, 0xec, 0xb3); // light amber
    case StepClock::State::Overdue:
        return QColor(0xf8, 0xd0, 0xd0); // light red
    }
    return {};
}

QColor foreground(StepClock::State state)
{
    switch (state) {
    case StepClock::State::OnTime:
        return QColor(0x1b, 0x5e, 0x20);
    case StepClock::State::Warning:
        return QColor(0x7a, 0x4f, 0x00);
    case StepClock::State::Overdue:
        return QColor(0xb7, 0x1c, 0x1c);
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
