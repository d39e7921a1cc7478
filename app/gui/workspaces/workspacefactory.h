#pragma once

#include "domain/role.h"

#include <QString>

class QWidget;

namespace aduan::gui {

class Session;

/// The workspace of one role, and its title as the office says it.
QWidget *createWorkspace(Role role, Session &session, QWidget *parent = nullptr);
QString workspaceTitle(Role role, const Session &session);

} // namespace aduan::gui
