#pragma once

#include "domain/user.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace aduan::gui {

class Session;

/// Administrator: users (create, roles, NIP, active, the right to see confidential identities,
/// password reset) through Administration.
class UsersPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(Session &session, QWidget *parent = nullptr);

public slots:
    void reload();

private:
    void showUser(int row);
    void newUser();
    void save();
    void resetPassword();
    /// On a database server: the chosen user's own login role there (issue 17).
    void giveDatabaseAccount();
    User userFromForm() const;

    Session &m_session;
    QList<User> m_users;
    User m_editing; ///< id 0 for a new user
    QTableWidget *m_table = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_nip = nullptr;
    QMap<Role, QCheckBox *> m_roles;
    QCheckBox *m_active = nullptr;
    QCheckBox *m_confidential = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_passwordAgain = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_passwordAgainLabel = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_databaseAccount = nullptr; ///< shown only where people can have roles
};

} // namespace aduan::gui
