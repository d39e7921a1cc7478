#pragma once

#include "workflow/stepclock.h"

#include <QColor>
#include <QString>

namespace aduan::gui {

/// How a step's clock looks everywhere on screen: on time, warning (under a fifth of the target
/// left), overdue; and the time left in working time ("4 mnt 10 dtk").
namespace stepclockstyle {

QColor background(StepClock::State state);
QColor foreground(StepClock::State state);
/// "4 mnt 10 dtk left", "1 mnt 30 dtk overdue", "On hold".
QString timeLeft(const StepClock &clock);
/// "On time", "Almost due", "Overdue".
QString stateName(StepClock::State state);

} // namespace stepclockstyle
} // namespace aduan::gui
