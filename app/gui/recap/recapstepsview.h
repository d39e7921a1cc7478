#pragma once

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace aduan::gui {

struct RecapData;

/// The recap page's tab of SOP steps and deviations: each step's figures in the period (target,
/// completed, on time, late, on-time rate, median and 90th percentile of the office working
/// time used) beside the previous period's, then the deviations (penyimpangan) with their
/// reasons. Shows what the core computed (buildRecap, recap/recapcomparison.h).
class RecapStepsView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecapStepsView)

public:
    explicit RecapStepsView(QWidget *parent = nullptr);

    /// Columns of the step and deviation tables.
    enum StepColumn {
        StepName, StepTarget, StepCompleted, StepOnTime, StepLate, StepRate, StepMedian, StepP90,
        StepPreviousCompleted, StepPreviousRate, StepColumnCount
    };
    enum DeviationColumn {
        DeviationNumber, DeviationStep, DeviationUsed, DeviationTarget, DeviationReason,
        DeviationBy, DeviationAt, DeviationColumnCount
    };

    /// The names of the two periods: in full for the deviations' title ("Maret 2026"), brief
    /// for the column headings ("Mar 2026").
    struct PeriodNames {
        QString current;
        QString previous;
        QString previousBrief;
    };

    /// Shows `data` (nullptr: empty tables); instants in the office `zone`.
    void showRecap(const RecapData *data, const PeriodNames &names, const QTimeZone &zone);

    QTableWidget *stepTable() const { return m_steps; }
    QTableWidget *deviationTable() const { return m_deviations; }

private:
    void showSteps(const RecapData &data);
    void showDeviations(const RecapData &data, const PeriodNames &names, const QTimeZone &zone);

    QTableWidget *m_steps = nullptr;
    QTableWidget *m_deviations = nullptr;
    QLabel *m_deviationTitle = nullptr;
};

} // namespace aduan::gui
