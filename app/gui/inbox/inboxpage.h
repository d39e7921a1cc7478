#pragma once

#include "domain/complaint.h"
#include "domain/role.h"
#include "sop/stepaction.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace aduan::gui {

class InboxModel;
class ResultBanner;
class Session;
class StepPanel;

/// A Kotak masuk: the complaints waiting for a step of the given roles (IntakeBook::inbox), with
/// their time left coloured by the step clock, refreshed every few seconds and whenever the data
/// changes (this PC or another). With a StepPanel, the selected complaint's step form sits on the
/// right; without one the list is read-only. Pausing (Ditunda) and resuming are offered here.
class InboxPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPage)

public:
    /// `roles` empty = every role of the user. `action`: the step the inbox serves; its title
    /// takes the step's number and activity from the SOP revision in force (steptitle).
    InboxPage(Session &session, const QList<Role> &roles, StepAction action,
              StepPanel *panel = nullptr, QWidget *parent = nullptr);

    InboxModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    StepPanel *panel() const { return m_panel; }
    ResultBanner *banner() const { return m_banner; }
    /// Selects a complaint in the list (and shows it in the panel).
    bool selectComplaint(qint64 complaintId);
    qint64 selectedComplaintId() const;

public slots:
    /// Reads the inbox again; keeps the selection.
    void refresh();

protected:
    /// The list coming into focus by keyboard with nothing chosen chooses its current row (the
    /// oldest complaint first), so that Tab (or the login) and then Enter work without a mouse.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectionChanged();
    void loadSelected(bool force);
    void updateSummary();
    void updateButtons();
    void pause();
    void resume();
    void openDetail();

    Session &m_session;
    QList<Role> m_roles;
    InboxModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    StepAction m_action;
    QLabel *m_problem = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_detail = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    StepPanel *m_panel = nullptr;
    ResultBanner *m_banner = nullptr;
    ComplaintRecord m_current;
    qint64 m_lastDone = 0;
};

} // namespace aduan::gui
