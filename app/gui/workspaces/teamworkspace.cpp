#include "workspaces/teamworkspace.h"

#include "inbox/inboxpage.h"
#include "models/inboxmodel.h"
#include "session/session.h"
#include "support/icons.h"
#include "workspaces/decisionpanel.h"
#include "workspaces/registerpage.h"

namespace aduan::gui {

TeamWorkspace::TeamWorkspace(Session &session, QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    auto *panel = new DecisionPanel(session);
    m_inbox = new InboxPage(session, {Role::Team}, StepAction::Decide, panel);
    addTab(m_inbox, icons::send(), tr("Decisions"));
    addTab(new RegisterPage(session, false), icons::find(), tr("Intake book"));
    auto updateCount = [this] {
        const int n = m_inbox->model()->rowCount();
        setTabText(0, n > 0 ? tr("Decisions (%L1)").arg(n) : tr("Decisions"));
    };
    connect(m_inbox->model(), &QAbstractItemModel::modelReset, this, updateCount);
    updateCount();
}

} // namespace aduan::gui
