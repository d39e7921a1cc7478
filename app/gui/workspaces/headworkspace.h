#pragma once

#include <QTabWidget>

namespace aduan::gui {

class InboxPage;
class Session;

/// Kepala Dinas, or an acting head (Plh.) while a delegation covers today: the disposition
/// inbox (step 3) and the intake book.
class HeadWorkspace : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadWorkspace)

public:
    explicit HeadWorkspace(Session &session, QWidget *parent = nullptr);

    InboxPage *inboxPage() const { return m_inbox; }

private:
    InboxPage *m_inbox = nullptr;
};

} // namespace aduan::gui
