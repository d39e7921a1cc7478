#pragma once

#include "domain/channel.h"
#include "domain/complaint.h"

#include <QColor>
#include <QCoreApplication>

#include <QtCharts/QChart>

namespace aduan {
struct PeriodRecap;
}

namespace aduan::gui {

/// The recap's charts (Qt Charts), built from a PeriodRecap that the core computed: nothing here
/// counts or decides, it only draws. Small but readable at 1366×768.
/// Each function returns a new chart that the caller owns (usually a QChartView takes it).
class RecapCharts
{
    Q_DECLARE_TR_FUNCTIONS(RecapCharts)

public:
    /// Complaints received per day, one stacked bar per office date, one bar set per channel that
    /// received any (a period longer than 31 days is drawn per month instead).
    static QChart *receivedPerDay(const PeriodRecap &period);
    /// The on-time rate per SOP step, in whole percent (one bar set; steps with nothing completed
    /// show 0 and "0/0" in their category label).
    static QChart *onTimeRate(const PeriodRecap &period);
    /// The status at the period's end of the complaints received in it: one pie, one slice per
    /// status that occurs.
    static QChart *statuses(const PeriodRecap &period);

    /// The colour of a channel / status, the same in every chart.
    static QColor color(Channel channel);
    static QColor color(ComplaintStatus status);
};

} // namespace aduan::gui
