#include "inbox/steppanel.h"

#include "session/session.h"
#include "support/feedback.h"
#include "support/writeguard.h"

namespace aduan::gui {

StepPanel::StepPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    // A step's form exists only to complete the step.
    writeguard::mark(this, session);
}

void StepPanel::setComplaint(const ComplaintRecord &record)
{
    const bool same = record.id == m_record.id;
    m_record = record;
    if (!same)
        showComplaint(record);
    setEnabled(!record.isPaused() && record.currentStep() != nullptr);
}

void StepPanel::clearComplaint()
{
    m_record = {};
    clearForm();
    setEnabled(false);
}

bool StepPanel::runCommand(const QString &title,
                           const std::function<void(const QString &)> &command)
{
    const qint64 id = m_record.id;
    if (id <= 0)
        return false;
    if (feedback::runStepCommand(this, title, command)) {
        m_session.notifyChanged();
        emit completed(id);
        return true;
    }
    emit failed(id);
    return false;
}

bool StepPanel::refuse(const QString &title, const Findings &findings)
{
    if (findings.isEmpty())
        return false;
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.message;
    feedback::showProblem(this, title, lines.join(u'\n'));
    return true;
}

} // namespace aduan::gui
