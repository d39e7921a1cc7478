#pragma once

#include "domain/complaint.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace aduan::forms {
class ComplaintFormWidget;
}

namespace aduan::gui {

class Session;

/// "Koreksi data": the Formulir Aduan of a registered complaint, prefilled, for correcting what
/// Workflow::amend changes (complainant, confidentiality, subject, description, location,
/// category); the reception, class, requirements and evidence stay as registered and are not
/// offered. Saving sends the row version that was loaded: when another PC changed the complaint
/// meanwhile the core's conflict message is shown and the dialog keeps what was typed.
class AmendDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmendDialog)

public:
    AmendDialog(Session &session, const ComplaintRecord &record, QWidget *parent = nullptr);

    forms::ComplaintFormWidget *form() const { return m_form; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *saveButton() const { return m_save; }
    /// The row version the correction is based on.
    int expectedVersion() const { return m_record.rowVersion; }

    /// Saves through Workflow::amend; accepts the dialog on success. On failure the reason stands
    /// in the dialog (errors also next to their fields), the form unchanged; returns false.
    bool save();

    /// The registered complaint as a draft of the form.
    static ComplaintDraft draftOf(const ComplaintRecord &record);

private:
    void showProblem(const QString &message);

    Session &m_session;
    ComplaintRecord m_record;
    forms::ComplaintFormWidget *m_form = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace aduan::gui
