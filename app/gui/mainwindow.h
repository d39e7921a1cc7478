#pragma once

#include "domain/role.h"

#include <QList>
#include <QMainWindow>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace aduan::gui {

class Session;

/// The main window only assembles: one workspace per role the user holds (an acting head also
/// gets the head's), a switch between them when there is more than one, and a status bar that
/// says who is logged in and which database file is open (and whether it is read-only).
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);

    QList<Role> roles() const { return m_roles; }
    QWidget *workspace(Role role) const;
    void showWorkspace(Role role);
    /// Shows the window on its screen: where it was left (the geometry kept at its last close),
    /// or filling the screen's available area, maximized — the first time, when it was left
    /// maximized, and when what was kept does not fit the screen (another screen, another
    /// resolution; on a desk without a window manager a maximized window's kept place is
    /// shifted by a frame it does not have, which put the status bar below the screen after
    /// "Ganti pengguna").
    void showOnDesk();
    /// Writes every form being filled to its local draft now.
    void keepDrafts();
    /// Puts the keyboard focus on the first field of the current workspace in its tab order,
    /// past the tabs themselves (the inbox's list, the first field of Aduan baru), so that the
    /// person who just logged in can type at once.
    void focusWorkspace();

signals:
    /// "Switch user" (Ganti pengguna): the drafts are kept; the caller logs out to the login.
    void switchUserRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateStatus();

    Session &m_session;
    QList<Role> m_roles;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_roleBox = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
};

} // namespace aduan::gui
