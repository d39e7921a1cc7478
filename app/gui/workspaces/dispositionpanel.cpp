#include "workspaces/dispositionpanel.h"

#include "auth/authenticator.h"
#include "disposition/dispositionwidget.h"
#include "common/handoverview.h"
#include "session/session.h"
#include "support/feedback.h"
#include "support/icons.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace aduan::gui {

DispositionPanel::DispositionPanel(Session &session, QWidget *parent)
    : StepPanel(session, parent)
    , m_form(new forms::DispositionWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_handover = new forms::HandoverView(StepAction::Dispose);
    layout->addWidget(m_handover);
    layout->addWidget(m_form, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_sign = new QPushButton(icons::save(), tr("&Sign disposition…"));
    m_sign->setShortcut(QKeySequence::Save);
    m_sign->setToolTip(tr("Sign the Lembar Disposisi (Ctrl+S); asks your password again."));
    buttons->addWidget(m_sign);
    layout->addLayout(buttons);
    connect(m_sign, &QPushButton::clicked, this, &DispositionPanel::sign);
}

void DispositionPanel::showComplaint(const ComplaintRecord &record)
{
    m_handover->setComplaint(record);
    m_form->clear();
    m_form->setComplaint(record, session().officeZone());
}

void DispositionPanel::clearForm()
{
    m_handover->clear();
    m_form->clear();
}

bool DispositionPanel::sign()
{
    if (!hasComplaint())
        return false;
    const DispositionInput input = m_form->input();
    const QString title = tr("Sign disposition");
    if (refuse(title, m_form->check()))
        return false;
    const auto password = feedback::askPassword(
        this, title,
        tr("Signing the Lembar Disposisi of %1 as %2. Enter your password to sign.")
            .arg(record().agendaNumber,
                 session().isActingHead() ? tr("Plh. Kepala Dinas") : tr("Kepala Dinas")),
        tr("Sign"));
    if (!password)
        return false;
    bool confirmed = false;
    if (!feedback::guarded(this, title, [&] {
            confirmed = session().authenticator().confirmPassword(session().userId(), *password);
        })) {
        return false;
    }
    if (!confirmed) {
        feedback::showProblem(this, title,
                              tr("The password is not correct; the disposition is not signed."));
        return false;
    }
    const ComplaintRef target = ref();
    return runCommand(title, [&](const QString &reason) {
        session().workflow().dispose(session().userId(), target, input, reason);
    });
}

} // namespace aduan::gui
