#pragma once

#include "demo/demodata.h"
#include "domain/user.h"

#include <QDialog>
#include <QList>

#include <memory>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace aduan {
class Clock;
class Database;
} // namespace aduan

namespace aduan::gui {

/// Username and password. On a database server, a person with a login role of their own logs
/// in on it (Authenticator::openPersonSession(): the server checks the password); everyone else
/// with the program's own login (Authenticator::login()). Wrong passwords, inactive accounts and locked accounts are refused
/// with the core's message shown inline. In demo mode the demo accounts and their passwords are
/// listed (and only then); choosing one fills the fields. "Database…" ends the dialog with
/// kChooseDatabase (not in demo mode): this PC is pointed at another database — e.g. the
/// office's new PostgreSQL server after `aduan-cli migrate` — before anyone logs in.
class LoginDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    /// exec()'s result when the person asked to work on another database ("Database…"):
    /// the program then shows the set-up screen (startup/setupdialog.h) before logging in.
    static constexpr int kChooseDatabase = 2;

    LoginDialog(Database &db, const Clock &clock, const QList<DemoAccount> &demoAccounts,
                QWidget *parent = nullptr);

    /// The user who logged in (after accept()).
    const User &user() const { return m_user; }
    /// After accept(): the person's own connection when they logged in on their own server
    /// role (the session's work then runs on it: Session's second constructor); nullptr when
    /// they logged in with the program's login. The dialog gives it up.
    std::unique_ptr<Database> takePersonDatabase() { return std::move(m_personDatabase); }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *problemLabel() const { return m_problem; }
    /// Tries to log in with the fields; accepts the dialog on success.
    bool tryLogin();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showProblem(const QString &text);

    Database &m_db;
    const Clock &m_clock;
    User m_user;
    std::unique_ptr<Database> m_personDatabase;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_problem = nullptr;
    QTableWidget *m_demo = nullptr;
};

} // namespace aduan::gui
