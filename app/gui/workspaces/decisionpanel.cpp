#include "workspaces/decisionpanel.h"

#include "decision/decisionwidget.h"
#include "common/handoverview.h"
#include "session/session.h"
#include "storage/settingsstore.h"
#include "storage/userstore.h"
#include "support/icons.h"
#include "util/clock.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace aduan::gui {

DecisionPanel::DecisionPanel(Session &session, QWidget *parent)
    : StepPanel(session, parent)
    , m_form(new forms::DecisionWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_handover = new forms::HandoverView(StepAction::Decide);
    layout->addWidget(m_handover);
    layout->addWidget(m_form, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_save = new QPushButton(icons::save(), tr("&Save decision"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Record the team's decision, or the referral to the competent agency "
                          "(Ctrl+S)."));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &DecisionPanel::save);
    m_form->setNow(session.clock().now().toTimeZone(session.officeZone()));
    reloadChoices();
}

void DecisionPanel::reloadChoices()
{
    try {
        m_form->setAgencies(SettingsStore(session().database()).agencies());
        QStringList members;
        for (const User &user : UserStore(session().database()).all()) {
            if (user.active && user.hasRole(Role::Team))
                members << user.fullName;
        }
        m_form->setTeamMembers(members);
    } catch (...) {
        // Choices stay as they were; the commands report any real trouble.
    }
}

void DecisionPanel::showComplaint(const ComplaintRecord &record)
{
    m_handover->setComplaint(record);
    reloadChoices();
    const QTimeZone zone = session().officeZone();
    m_form->setNow(session().clock().now().toTimeZone(zone));
    m_form->clear();
    m_form->setComplaint(record, zone);
}

void DecisionPanel::clearForm()
{
    m_handover->clear();
    m_form->clear();
}

bool DecisionPanel::save()
{
    if (!hasComplaint())
        return false;
    // The form checks the meeting time against its "now": the panel may have stood open for
    // hours (a hold, the meeting itself) since the complaint was shown, so tell it the time.
    m_form->setNow(session().clock().now().toTimeZone(session().officeZone()));
    const DecisionInput input = m_form->input();
    const ComplaintRef target = ref();
    if (refuse(tr("Save decision"), m_form->check()))
        return false;
    if (!input.withinAuthority && input.referral) {
        const ReferralInput referral = *input.referral;
        return runCommand(tr("Refer the complaint"), [&](const QString &reason) {
            session().workflow().refer(session().userId(), target, input, referral, reason);
        });
    }
    return runCommand(tr("Save decision"), [&](const QString &reason) {
        session().workflow().decide(session().userId(), target, input, reason);
    });
}

} // namespace aduan::gui
