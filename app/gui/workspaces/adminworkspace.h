#pragma once

#include <QTabWidget>

namespace aduan::gui {

class Session;

/// Administrator: users, delegations, office profile, calendar, lists and the agenda number.
class AdminWorkspace : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminWorkspace)

public:
    explicit AdminWorkspace(Session &session, QWidget *parent = nullptr);
};

} // namespace aduan::gui
