#pragma once

#include "domain/complaint.h"
#include "workflow/workflow.h"

#include <QWidget>

namespace aduan::gui {

class Session;

/// The right-hand side of an inbox: the form of one SOP step for the complaint selected in the
/// list, and the button that completes the step. Subclasses show their form and run their
/// command; the inbox page handles the list, the selection, pauses and refreshing.
class StepPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepPanel)

public:
    explicit StepPanel(Session &session, QWidget *parent = nullptr);

    /// Shows a complaint. For the complaint already shown only its record is updated (row
    /// version, pauses): what the user typed stays.
    void setComplaint(const ComplaintRecord &record);
    /// No complaint selected.
    void clearComplaint();
    bool hasComplaint() const { return m_record.id > 0; }
    const ComplaintRecord &record() const { return m_record; }

signals:
    /// The step was completed: the list reloads.
    void completed(qint64 complaintId);
    /// A command failed (shown to the user): the page reloads the record, keeping the input.
    void failed(qint64 complaintId);

protected:
    /// A different complaint: show it and start with an empty form.
    virtual void showComplaint(const ComplaintRecord &record) = 0;
    /// No complaint: empty and disable the form.
    virtual void clearForm() = 0;

    Session &session() const { return m_session; }
    /// The complaint and the row version the user saw (optimistic concurrency).
    ComplaintRef ref() const { return ComplaintRef{m_record.id, m_record.rowVersion}; }
    /// Runs the step's command with the deviation-reason flow; emits completed() or failed().
    bool runCommand(const QString &title,
                    const std::function<void(const QString &deviationReason)> &command);
    /// Shows what the form says the engine would refuse; true when there was something.
    bool refuse(const QString &title, const Findings &findings);

private:
    Session &m_session;
    ComplaintRecord m_record;
};

} // namespace aduan::gui
