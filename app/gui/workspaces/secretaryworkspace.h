#pragma once

#include <QTabWidget>

namespace aduan::gui {

class InboxPage;
class RegisterPage;
class Session;

/// Sekretaris: the Buku Penerimaan Pengaduan and the inbox of complaints to report to the head
/// (step 2).
class SecretaryWorkspace : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretaryWorkspace)

public:
    explicit SecretaryWorkspace(Session &session, QWidget *parent = nullptr);

    RegisterPage *registerPage() const { return m_register; }
    InboxPage *inboxPage() const { return m_inbox; }

private:
    RegisterPage *m_register = nullptr;
    InboxPage *m_inbox = nullptr;
};

} // namespace aduan::gui
