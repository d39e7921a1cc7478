#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QAction;
class QWidget;

namespace aduan::gui {

class LockDialog;
class Session;

/// The idle lock of a public front desk. After AppSettings::idleLockMinutes() without keyboard
/// or mouse input (an event filter on qApp notes every input), or at once by "Lock" (Ctrl+L),
/// every open window of the program is covered and disabled, and a LockDialog asks the
/// logged-in user's password (Authenticator::confirmPassword, which counts wrong passwords
/// towards the account's lockout). Nothing is closed or destroyed: a modal dialog that was open
/// stays open under its cover, and every form keeps what was typed. After the account was
/// locked by wrong passwords the dialog offers "Log out" (logoutRequested(); the caller ends the
/// session). While locked, the covered windows refuse to close.
class IdleLock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)

public:
    /// Watches the input of the whole application on behalf of `window` (the main window; its
    /// child; adds the "Lock" action to it).
    IdleLock(Session &session, QWidget *window);
    ~IdleLock() override;

    /// The time without input after which the lock engages; by default from AppSettings. Tests
    /// set a short one.
    void setIdleInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds idleInterval() const { return m_interval; }

    bool isLocked() const { return m_locked; }
    LockDialog *dialog() const { return m_dialog; }
    QAction *lockAction() const { return m_lockAction; }

    /// Covers the windows and asks the password.
    void lock();
    /// Checks the password: unlocks and returns true when it is right; otherwise says why in the
    /// dialog (wrong, account locked — then offers "Log out" — or the core's error) and stays
    /// locked.
    bool tryUnlock(const QString &password);

signals:
    void locked();
    void unlocked();
    /// "Log out" was chosen on the lock: the caller closes the session (the lock is lifted
    /// first, so that the windows can close).
    void logoutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Covered {
        QPointer<QWidget> window;
        QPointer<QWidget> cover;
        QList<QPointer<QWidget>> disabled;
    };

    void noteInput();
    void check();
    void coverWindows();
    void uncoverWindows();
    void release();
    bool isCoveredWindow(const QObject *object) const;
    QString introText() const;

    Session &m_session;
    QPointer<QWidget> m_window;
    LockDialog *m_dialog = nullptr;
    QAction *m_lockAction = nullptr;
    QTimer m_check;
    QElapsedTimer m_sinceInput;
    qint64 m_lastInputWallMs = 0;
    std::chrono::milliseconds m_interval;
    bool m_locked = false;
    QList<Covered> m_covered;
    QPointer<QWidget> m_focus;
};

} // namespace aduan::gui
