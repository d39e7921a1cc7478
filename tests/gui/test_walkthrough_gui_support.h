#pragma once
// Helpers of the walkthrough GUI tests (tests/gui/test_walkthrough_gui.cpp): a user at a desk
// (logged in, the main window shown and active), the shell's modal dialogs answered as a person
// answers them, and small lookups of widgets by what the screen says.

#include "domain/role.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

class QAbstractButton;
class QDateTimeEdit;
class QDialog;
class QTableWidget;
class QWidget;

namespace aduan::gui {
class ComplaintDetailView;
class MainWindow;
class Session;
} // namespace aduan::gui

namespace aduan {
class Clock;
class Database;
struct User;
} // namespace aduan

namespace aduan::test {
class TestOffice;
}

namespace aduan::test::walkthrough {

/// One user at a PC: a Session over the office's database and (manual) clock, and the main
/// window with the workspaces of the user's roles, shown and active.
class Desk
{
public:
    Desk(TestOffice &office, const QString &username);
    /// The desk of `user` on the connection `db`: e.g. a person's own session on a server
    /// (Authenticator::openPersonSession(), issue 17), whose reads the server decides.
    Desk(Database &db, const Clock &clock, const User &user);
    /// `username` at a PC of an office on a database server (issue 17): logs in through the
    /// program's login dialog (shown, the name and `password` typed, "Log in" clicked) on
    /// their own server role — REQUIREd: the dialog's Authenticator::openPersonSession() gave a
    /// connection of the person's own — and the desk works on that connection, as the program
    /// does after such a login (Session's person constructor; `office` keeps the logins).
    static std::unique_ptr<Desk> loggedInOnOwnRole(Database &office, const Clock &clock,
                                                   const QString &username,
                                                   const QString &password);
    ~Desk();
    Desk(const Desk &) = delete;
    Desk &operator=(const Desk &) = delete;

    gui::Session &session() const { return *m_session; }
    gui::MainWindow &window() const { return *m_window; }
    /// The workspace of `role` (cast to the workspace class), shown in the window.
    QWidget *showWorkspace(Role role) const;

    /// Makes the window the active one again (after a dialog); false when it did not become so.
    bool activate() const;
    /// Ctrl+S, pressed as the user presses it, with the window active.
    bool pressCtrlS() const;

private:
    Desk() = default;
    void showWindow();

    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::MainWindow> m_window;
};

/// What one modal dialog said.
struct SeenDialog {
    QString kind;    ///< "reason" (forms::ReasonDialog) or "password"
    QString title;
    QString message;
    bool okDisabledWhileBlank = false; ///< for a reason: OK stayed disabled for "" and "   "
    QString answer;  ///< what was typed; empty when cancelled
    bool cancelled = false;
};

/// The modal prompts of the shell. Messages (problems, information) and yes/no questions go
/// through gui::feedback's test hooks: recorded, questions answered yes. The reason dialog
/// (forms::ReasonDialog: deviations, holds, resuming) and the password dialog are the real
/// dialogs: each modal dialog that appears is handled by the next handler given to expect(),
/// typing and clicking as a person does. A modal dialog without a handler is recorded in
/// unexpected() and cancelled, so a test never hangs.
class Dialogs
{
public:
    using Handler = std::function<void(QDialog *)>;

    Dialogs();
    ~Dialogs();
    Dialogs(const Dialogs &) = delete;
    Dialogs &operator=(const Dialogs &) = delete;

    /// The next modal dialog: types `reason` into the reason dialog (after checking that OK is
    /// disabled while the box is blank) and clicks OK.
    void expectReason(const QString &reason);
    /// The next modal dialog: the reason dialog, cancelled.
    void expectReasonCancelled();
    /// The next modal dialog: the password dialog; types `password` and clicks OK.
    void expectPassword(const QString &password);

    /// Handlers not used yet.
    int pending() const { return int(m_handlers.size()); }
    const QList<SeenDialog> &seen() const { return m_seen; }
    const QStringList &problems() const { return m_problems; }
    const QStringList &unexpected() const { return m_unexpected; }
    /// Forgets what was seen (handlers stay).
    void clearSeen();

private:
    void poll();

    std::deque<Handler> m_handlers;
    QList<SeenDialog> m_seen;
    QStringList m_problems;
    QStringList m_unexpected;
    QTimer m_timer;
    bool m_busy = false;
};

/// The first push button under `root` whose text (mnemonic '&' removed) is `text` and that is
/// visible to `root`'s window; nullptr when none.
QAbstractButton *findButton(const QWidget *root, const QString &text);
/// Clicks a button with the mouse; false when it is missing, hidden or disabled.
bool click(QAbstractButton *button);
/// The texts of a row of a table widget.
QStringList rowTexts(const QTableWidget *table, int row);
/// The plain text of the detail view's tab titled `tabTitle` ("Complaint", "Outputs").
QString detailTabText(const gui::ComplaintDetailView *view, const QString &tabTitle);
/// The pauses table of the detail view (Steps tab, "On hold (Ditunda)").
QTableWidget *detailPauses(const gui::ComplaintDetailView *view);
/// The complaint detail window opened last from `parent` (Details button), or nullptr.
gui::ComplaintDetailView *openedDetail(const QWidget *parent);

} // namespace aduan::test::walkthrough
