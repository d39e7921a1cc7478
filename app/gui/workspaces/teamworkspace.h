#pragma once

#include <QTabWidget>

namespace aduan::gui {

class InboxPage;
class Session;

/// Tim Pengelola Pengaduan: the inbox of step 4 with the decision (or referral) form, pausing
/// and resuming, and the intake book.
class TeamWorkspace : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamWorkspace)

public:
    explicit TeamWorkspace(Session &session, QWidget *parent = nullptr);

    InboxPage *inboxPage() const { return m_inbox; }

private:
    InboxPage *m_inbox = nullptr;
};

} // namespace aduan::gui
