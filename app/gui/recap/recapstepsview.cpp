#include "recap/recapstepsview.h"

#include "common/palette.h"
#include "recap/figuretable.h"
#include "recap/recapbuilder.h"
#include "recap/recapcomparison.h"
#include "support/officetime.h"
#include "workflow/stepclock.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace aduan::gui {

using namespace figures;

RecapStepsView::RecapStepsView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_steps = newTable({tr("Step"), tr("Target"), tr("Completed"), tr("On time"), tr("Late"),
                        tr("On-time rate"), tr("Median time"), tr("90th percentile"),
                        QString(), QString()});
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *stepHeader = m_steps->horizontalHeader();
    stepHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    stepHeader->setSectionResizeMode(StepName, QHeaderView::Stretch);
    m_steps->setToolTip(tr("Steps completed in the period, their time in office working minutes "
                           "(median and 90th percentile) against the SOP's target."));
    layout->addWidget(m_steps);

    m_deviationTitle = new QLabel;
    m_deviationTitle->setStyleSheet(u"font-weight:600"_s);
    layout->addWidget(m_deviationTitle);
    m_deviations = newTable({tr("Number"), tr("Step"), tr("Time used"), tr("Target"),
                             tr("Reason"), tr("Completed by"), tr("Completed")});
    QHeaderView *header = m_deviations->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DeviationReason, QHeaderView::Stretch);
    m_deviations->setColumnWidth(DeviationNumber, 150);
    // At least the header's own width ("Langkah", "Step"), whatever the language.
    m_deviations->setColumnWidth(DeviationStep, std::max(50, header->sectionSizeHint(DeviationStep)));
    m_deviations->setColumnWidth(DeviationUsed, 135);
    m_deviations->setColumnWidth(DeviationTarget, 70);
    m_deviations->setColumnWidth(DeviationBy, 150);
    m_deviations->setColumnWidth(DeviationAt, 130);
    layout->addWidget(m_deviations, 1);
}

void RecapStepsView::showRecap(const RecapData *data, const PeriodNames &names,
                               const QTimeZone &zone)
{
    m_steps->horizontalHeaderItem(StepPreviousCompleted)
        ->setText(tr("Completed\n%1").arg(names.previousBrief));
    m_steps->horizontalHeaderItem(StepPreviousRate)
        ->setText(tr("On-time rate\n%1").arg(names.previousBrief));
    m_steps->setRowCount(0);
    m_deviations->setRowCount(0);
    if (!data) {
        m_deviationTitle->setText(tr("Deviations"));
        fitHeight(m_steps, 1);
        return;
    }
    showSteps(*data);
    showDeviations(*data, names, zone);
}

void RecapStepsView::showSteps(const RecapData &data)
{
    const QList<RecapStepLine> lines = stepLines(data.recap);
    m_steps->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const auto &[s, before] = lines.at(r);
        QString name = tr("Step %1").arg(s.stepNumber);
        if (data.stepActors.contains(s.stepNumber)) {
            name = tr("Step %1 · %2")
                       .arg(s.stepNumber)
                       .arg(data.stepActors.value(s.stepNumber));
        }
        QTableWidgetItem *nameItem = textItem(name);
        if (data.stepActivities.contains(s.stepNumber))
            nameItem->setToolTip(data.stepActivities.value(s.stepNumber));
        m_steps->setItem(r, StepName, nameItem);
        m_steps->setItem(r, StepTarget,
                         figureItem(formatWorkingDuration(qint64(s.targetMinutes) * 60)));
        m_steps->setItem(r, StepCompleted, countItem(s.completed));
        m_steps->setItem(r, StepOnTime, countItem(s.onTime));
        QTableWidgetItem *late = countItem(s.late);
        if (s.late > 0)
            late->setForeground(palette::color(palette::lateText));
        m_steps->setItem(r, StepLate, late);
        m_steps->setItem(r, StepRate,
                         figureItem(percent(percentOf(s.onTime, s.completed)), s.completed == 0));
        const bool none = s.completed == 0;
        m_steps->setItem(r, StepMedian,
                         figureItem(none ? u"—"_s : formatWorkingDuration(s.medianSeconds),
                                    none));
        m_steps->setItem(r, StepP90,
                         figureItem(none ? u"—"_s : formatWorkingDuration(s.p90Seconds), none));
        m_steps->setItem(r, StepPreviousCompleted, countItem(before.completed));
        m_steps->setItem(r, StepPreviousRate,
                         figureItem(percent(percentOf(before.onTime, before.completed)),
                                    before.completed == 0));
    }
    fitHeight(m_steps, std::max(1, m_steps->rowCount()));
}

void RecapStepsView::showDeviations(const RecapData &data, const PeriodNames &names,
                                    const QTimeZone &zone)
{
    const PeriodRecap &c = data.recap.current;
    m_deviationTitle->setText(tr("Deviations (penyimpangan) in %1: %2 · %3: %4")
                                  .arg(names.current, number(c.deviationCount), names.previous,
                                       number(data.recap.previous.deviationCount)));
    m_deviations->setRowCount(int(c.deviations.size()));
    for (int r = 0; r < c.deviations.size(); ++r) {
        const DeviationLine &d = c.deviations.at(r);
        m_deviations->setItem(r, DeviationNumber, textItem(d.agendaNumber));
        m_deviations->setItem(r, DeviationStep, figureItem(number(d.stepNumber)));
        QTableWidgetItem *used = figureItem(formatWorkingDuration(d.workedSeconds));
        used->setForeground(palette::color(palette::lateText));
        used->setToolTip(tr("Late by %1")
                             .arg(formatWorkingDuration(d.workedSeconds
                                                        - qint64(d.targetMinutes) * 60)));
        m_deviations->setItem(r, DeviationUsed, used);
        m_deviations->setItem(r, DeviationTarget,
                              figureItem(formatWorkingDuration(qint64(d.targetMinutes) * 60)));
        m_deviations->setItem(r, DeviationReason, textItem(d.reason));
        m_deviations->setItem(r, DeviationBy, textItem(d.completedBy));
        m_deviations->setItem(r, DeviationAt,
                              textItem(officetime::shortDateTime(d.completedAt, zone)));
    }
}

} // namespace aduan::gui
