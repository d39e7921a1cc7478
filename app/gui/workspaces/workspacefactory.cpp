#include "workspaces/workspacefactory.h"

#include "session/session.h"
#include "workspaces/adminworkspace.h"
#include "workspaces/headworkspace.h"
#include "workspaces/officerworkspace.h"
#include "workspaces/secretaryworkspace.h"
#include "workspaces/teamworkspace.h"

#include <QCoreApplication>

namespace aduan::gui {

QWidget *createWorkspace(Role role, Session &session, QWidget *parent)
{
    switch (role) {
    case Role::Officer:
        return new OfficerWorkspace(session, parent);
    case Role::Secretary:
        return new SecretaryWorkspace(session, parent);
    case Role::Head:
        return new HeadWorkspace(session, parent);
    case Role::Team:
        return new TeamWorkspace(session, parent);
    case Role::Admin:
        return new AdminWorkspace(session, parent);
    }
    return nullptr;
}

QString workspaceTitle(Role role, const Session &session)
{
    if (role == Role::Head && !session.user().hasRole(Role::Head))
        return QCoreApplication::translate("aduan::gui::Workspace", "Plh. Kepala Dinas");
    return roleTitle(role);
}

} // namespace aduan::gui
