#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace aduan::gui {

class Session;

/// Administrator: the SOP's evaluation for a period (recap/sopevaluation.h) — per step its
/// target beside the median and 90th percentile of the working time used and the share on
/// time, the deviations grouped by their reasons, and the steps late most often. Two periods,
/// one before and one after a revision's date, show the revision's effect. Opens on the
/// previous calendar month.
class SopEvaluationPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SopEvaluationPage)

public:
    explicit SopEvaluationPage(Session &session, QWidget *parent = nullptr);

    QTableWidget *stepsTable() const { return m_steps; }
    QTableWidget *reasonsTable() const { return m_reasons; }
    void setPeriod(QDate from, QDate to);

public slots:
    /// Evaluates the chosen period again.
    void evaluate();

private:
    Session &m_session;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableWidget *m_steps = nullptr;
    QTableWidget *m_reasons = nullptr;
    QLabel *m_late = nullptr;
};

} // namespace aduan::gui
