#include "recap/recapcharts.h"

#include "common/palette.h"
#include "recap/recap.h"
#include "support/officetime.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegend>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {

constexpr int kMaxDailyCategories = 31;

/// Common look: small margins, no animation, a bold but small title. Numbers are whole (counts,
/// rounded percentages) and below a thousand, so they read the same in Indonesian; and Qt 6.4
/// draws no axis labels at all with localizeNumbers and a "%d" label format.
QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(9.5);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(8.5);
    chart->legend()->setFont(legendFont);
    return chart;
}

void smallLabels(QAbstractAxis *axis)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(8);
    axis->setLabelsFont(font);
}

/// A count axis from 0 with whole-number ticks, at most about six of them.
QValueAxis *countAxis(int maximum)
{
    auto *axis = new QValueAxis;
    int step = 1;
    for (const int candidate : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000}) {
        step = candidate;
        if (maximum / candidate <= 5)
            break;
    }
    const int top = std::max(step, (maximum + step - 1) / step * step);
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(u"%d"_s);
    axis->setMinorTickCount(0);
    smallLabels(axis);
    return axis;
}

} // namespace

QColor RecapCharts::color(Channel channel)
{
    switch (channel) {
    case Channel::Direct:
        return palette::color(palette::series[0]);
    case Channel::Sms:
        return palette::color(palette::series[1]);
    case Channel::Telephone:
        return palette::color(palette::series[2]);
    case Channel::Website:
        return palette::color(palette::series[3]);
    case Channel::Letter:
        return palette::color(palette::series[4]);
    case Channel::Email:
        return palette::color(palette::series[5]);
    case Channel::SocialMedia:
        return palette::color(palette::series[6]);
    case Channel::Lapor:
        return palette::color(palette::series[7]);
    }
    return palette::color(palette::other);
}

QColor RecapCharts::color(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::InProgress:
        return palette::color(palette::inProgress);
    case ComplaintStatus::Paused:
        return palette::color(palette::paused);
    case ComplaintStatus::Completed:
        return palette::color(palette::completed);
    case ComplaintStatus::Referred:
        return palette::color(palette::referred);
    case ComplaintStatus::Voided:
        return palette::color(palette::voided);
    }
    return palette::color(palette::other);
}

QChart *RecapCharts::receivedPerDay(const PeriodRecap &period)
{
    const bool daily = period.from.daysTo(period.to) < kMaxDailyCategories;
    const QLocale locale = officetime::locale();

    // Categories: each office date of the period, or each month of it.
    QStringList categories;
    QList<QDate> starts; // first date of each category
    if (!period.from.isValid() || !period.to.isValid()) {
        // No period yet (no recap made): an empty chart. (An invalid date never advances, so
        // the loops below would not end.)
    } else if (daily) {
        for (QDate d = period.from; d <= period.to; d = d.addDays(1)) {
            categories << QString::number(d.day());
            starts << d;
        }
    } else {
        for (QDate d(period.from.year(), period.from.month(), 1); d <= period.to;
             d = d.addMonths(1)) {
            QString label = locale.standaloneMonthName(d.month(), QLocale::ShortFormat);
            if (period.from.year() != period.to.year()) {
                label += u' ';
                label += QString::number(d.year() % 100);
            }
            categories << label;
            starts << d;
        }
    }
    auto categoryOf = [&](QDate date) -> qsizetype {
        if (daily)
            return period.from.daysTo(date);
        return (date.year() - period.from.year()) * 12 + date.month() - period.from.month();
    };

    QMap<Channel, QList<qreal>> counts;
    QList<int> totals(categories.size(), 0);
    for (Channel c : allChannels()) {
        if (period.byChannel.value(c) > 0)
            counts.insert(c, QList<qreal>(categories.size(), 0.0));
    }
    for (auto day = period.receivedPerDay.cbegin(); day != period.receivedPerDay.cend(); ++day) {
        const qsizetype index = categoryOf(day.key());
        if (index < 0 || index >= categories.size())
            continue;
        for (auto it = day->cbegin(); it != day->cend(); ++it) {
            if (!counts.contains(it.key()))
                counts.insert(it.key(), QList<qreal>(categories.size(), 0.0));
            counts[it.key()][index] += it.value();
            totals[index] += it.value();
        }
    }

    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.7);
    for (Channel c : allChannels()) {
        if (!counts.contains(c))
            continue;
        auto *set = new QBarSet(channelLabel(c));
        set->append(counts.value(c));
        set->setColor(color(c));
        set->setBorderColor(color(c));
        series->append(set);
    }

    QChart *chart = newChart(daily ? tr("Complaints received per day, by channel")
                                   : tr("Complaints received per month, by channel"));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    smallLabels(x);
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    const int maximum = totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
    auto *y = countAxis(maximum);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setVisible(!series->barSets().isEmpty());
    return chart;
}

QChart *RecapCharts::onTimeRate(const PeriodRecap &period)
{
    auto *set = new QBarSet(tr("On time"));
    set->setColor(palette::color(palette::completed));
    set->setBorderColor(palette::color(palette::completed));
    QStringList categories;
    for (const StepRecap &s : period.steps) {
        const qreal rate = s.completed > 0 ? 100.0 * s.onTime / s.completed : 0.0;
        set->append(std::round(rate));
        categories << tr("Step %1 · %2/%3").arg(s.stepNumber).arg(s.onTime).arg(s.completed);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value%"_s);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);

    QChart *chart = newChart(tr("On-time rate per step (%)"));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setGridLineVisible(false);
    smallLabels(x);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(25);
    y->setLabelFormat(u"%d"_s);
    smallLabels(y);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
    return chart;
}

QChart *RecapCharts::statuses(const PeriodRecap &period)
{
    auto *series = new QPieSeries;
    series->setPieSize(0.85);
    series->setHoleSize(0.35);
    int total = 0;
    for (int n : period.byStatus)
        total += n;
    const QLocale locale = officetime::locale();
    for (auto s : {ComplaintStatus::InProgress, ComplaintStatus::Paused, ComplaintStatus::Completed,
                   ComplaintStatus::Referred, ComplaintStatus::Voided}) {
        const int n = period.byStatus.value(s);
        if (n <= 0)
            continue;
        const QString label = tr("%1: %2 (%3%)")
                                  .arg(statusLabel(s), locale.toString(n),
                                       locale.toString(100.0 * n / total, 'f', 0));
        QPieSlice *slice = series->append(label, n);
        slice->setColor(color(s));
        slice->setBorderColor(palette::color(palette::sliceBorder));
        slice->setLabelVisible(false);
    }
    QChart *chart = newChart(tr("Status at the period's end"));
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setVisible(series->count() > 0);
    return chart;
}

} // namespace aduan::gui
