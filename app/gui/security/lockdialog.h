#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace aduan::gui {

/// The window of the idle lock: who is logged in, the password, "Unlock", and — once the
/// account is locked after too many wrong passwords — "Log out". It cannot be closed or
/// escaped from (Esc, Alt+F4): only IdleLock hides it again.
class LockDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockDialog)

public:
    explicit LockDialog(QWidget *parent = nullptr);

    /// The text above the password: who is logged in and how long the screen was unused.
    void setIntro(const QString &text);
    /// A problem under the password (wrong password, account locked, ...); empty hides it.
    void showProblem(const QString &message);
    /// Offers "Log out" (after the account was locked by wrong passwords).
    void offerLogout(bool offer);
    /// Empties the password and the problem, hides "Log out", focuses the password.
    void reset();

    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *unlockButton() const { return m_unlock; }
    QPushButton *logoutButton() const { return m_logout; }

signals:
    void unlockRequested(const QString &password);
    void logoutRequested();

public slots:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QLabel *m_intro = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_logout = nullptr;
};

} // namespace aduan::gui
