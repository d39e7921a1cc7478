#include "admin/userspage.h"

#include "admin/admintable.h"
#include "session/session.h"
#include "storage/postgres/personroles.h"
#include "storage/userstore.h"
#include "support/feedback.h"
#include "support/icons.h"
#include "util/error.h"
#include "support/writeguard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {
using admintable::cell;
} // namespace

UsersPage::UsersPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QHBoxLayout(this);
    m_table = admintable::newTable({tr("Username"), tr("Full name"), tr("Roles"), tr("NIP"),
                                    tr("Active"), tr("Sees confidential")});
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 3);

    auto *box = new QGroupBox(tr("User"));
    auto *form = new QFormLayout(box);
    m_username = new QLineEdit;
    m_fullName = new QLineEdit;
    m_nip = new QLineEdit;
    m_nip->setPlaceholderText(tr("18 digits, empty for non-civil-servants"));
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&NIP:"), m_nip);
    auto *roles = new QVBoxLayout;
    for (Role role : allRoles()) {
        auto *check = new QCheckBox(roleTitle(role));
        m_roles.insert(role, check);
        roles->addWidget(check);
    }
    form->addRow(tr("Roles:"), roles);
    m_active = new QCheckBox(tr("&Active (may log in)"));
    m_confidential = new QCheckBox(tr("May see &confidential identities"));
    form->addRow(QString(), m_active);
    form->addRow(QString(), m_confidential);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordAgain = new QLineEdit;
    m_passwordAgain->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(tr("&Password:"));
    m_passwordLabel->setBuddy(m_password);
    m_passwordAgainLabel = new QLabel(tr("Password &again:"));
    m_passwordAgainLabel->setBuddy(m_passwordAgain);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_passwordAgainLabel, m_passwordAgain);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(icons::add(), tr("&New user"));
    m_save = new QPushButton(icons::save(), tr("&Save"));
    m_reset = new QPushButton(tr("&Reset password…"));
    m_databaseAccount = new QPushButton(tr("&Database account…"));
    m_databaseAccount->setToolTip(
        tr("Gives this person a login of their own on the database server: the server then "
           "checks the password and enforces the person's roles and rights itself."));
    m_databaseAccount->setVisible(personroles::available(m_session.database()));
    writeguard::mark(m_databaseAccount, m_session);
    writeguard::mark(add, m_session);
    writeguard::mark(m_save, m_session);
    writeguard::mark(m_reset, m_session);
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(m_databaseAccount);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_save);
    form->addRow(buttons);
    layout->addWidget(box, 2);

    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { showUser(row); });
    connect(add, &QPushButton::clicked, this, &UsersPage::newUser);
    connect(m_save, &QPushButton::clicked, this, &UsersPage::save);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_databaseAccount, &QPushButton::clicked, this, &UsersPage::giveDatabaseAccount);
    connect(&m_session, &Session::dataChanged, this, &UsersPage::reload);
    reload();
    newUser();
}

void UsersPage::reload()
{
    const qint64 selected = m_editing.id;
    try {
        m_users = UserStore(m_session.database()).all();
    } catch (const Error &) {
        return; // shown on the next command
    }
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_users.size()));
    int selectedRow = -1;
    for (int r = 0; r < m_users.size(); ++r) {
        const User &u = m_users.at(r);
        QStringList roles;
        for (Role role : u.roles)
            roles << roleTitle(role);
        m_table->setItem(r, 0, cell(u.username));
        m_table->setItem(r, 1, cell(u.fullName));
        m_table->setItem(r, 2, cell(roles.join(u", "_s)));
        m_table->setItem(r, 3, cell(u.nip));
        m_table->setItem(r, 4, cell(u.active ? tr("yes") : tr("no")));
        m_table->setItem(r, 5, cell(u.canSeeConfidential ? tr("yes") : tr("no")));
        if (u.id == selected)
            selectedRow = r;
    }
    m_table->resizeColumnsToContents();
    if (selectedRow >= 0) {
        m_table->selectRow(selectedRow);
        m_editing.rowVersion = m_users.at(selectedRow).rowVersion;
    }
}

void UsersPage::showUser(int row)
{
    if (row < 0 || row >= m_users.size())
        return;
    m_editing = m_users.at(row);
    m_username->setText(m_editing.username);
    m_username->setReadOnly(true);
    m_fullName->setText(m_editing.fullName);
    m_nip->setText(m_editing.nip);
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        it.value()->setChecked(m_editing.hasRole(it.key()));
    m_active->setChecked(m_editing.active);
    m_confidential->setChecked(m_editing.canSeeConfidential);
    for (QWidget *w : std::initializer_list<QWidget *>{m_password, m_passwordAgain,
                                                       m_passwordLabel, m_passwordAgainLabel})
        w->setVisible(false);
    m_reset->setEnabled(true);
    m_databaseAccount->setEnabled(true);
}

void UsersPage::newUser()
{
    m_editing = User{};
    m_table->clearSelection();
    m_username->clear();
    m_username->setReadOnly(false);
    m_fullName->clear();
    m_nip->clear();
    for (QCheckBox *check : std::as_const(m_roles))
        check->setChecked(false);
    m_active->setChecked(true);
    m_confidential->setChecked(false);
    m_password->clear();
    m_passwordAgain->clear();
    for (QWidget *w : std::initializer_list<QWidget *>{m_password, m_passwordAgain,
                                                       m_passwordLabel, m_passwordAgainLabel})
        w->setVisible(true);
    m_reset->setEnabled(false);
    m_databaseAccount->setEnabled(false);
    m_username->setFocus();
}

User UsersPage::userFromForm() const
{
    User u = m_editing;
    u.username = m_username->text().trimmed();
    u.fullName = m_fullName->text().trimmed();
    u.nip = m_nip->text().remove(u' ').trimmed();
    u.roles.clear();
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (it.value()->isChecked())
            u.roles << it.key();
    }
    u.active = m_active->isChecked();
    u.canSeeConfidential = m_confidential->isChecked();
    return u;
}

void UsersPage::save()
{
    const User u = userFromForm();
    const QString title = tr("Save user");
    if (u.id == 0 && m_password->text() != m_passwordAgain->text()) {
        feedback::showProblem(this, title, tr("The two passwords differ. Type them again."));
        return;
    }
    const bool ok = feedback::guarded(this, title, [&] {
        if (u.id == 0) {
            m_editing.id = m_session.administration().createUser(m_session.userId(), u,
                                                                 m_password->text());
        } else {
            m_session.administration().updateUser(m_session.userId(), u);
        }
    });
    if (!ok)
        return;
    if (u.id == m_session.userId())
        m_session.reloadUser();
    m_session.notifyChanged();
    const qint64 id = m_editing.id;
    for (int r = 0; r < m_users.size(); ++r) {
        if (m_users.at(r).id == id) {
            showUser(r);
            break;
        }
    }
}

void UsersPage::resetPassword()
{
    if (m_editing.id == 0)
        return;
    const QString title = tr("Reset password");
    const auto first = feedback::askPassword(
        this, title, tr("New password for %1 (at least 8 characters):").arg(m_editing.fullName));
    if (!first)
        return;
    const auto second = feedback::askPassword(this, title, tr("The same password again:"));
    if (!second)
        return;
    if (*first != *second) {
        feedback::showProblem(this, title, tr("The two passwords differ. Nothing was changed."));
        return;
    }
    if (feedback::guarded(this, title, [&] {
            m_session.administration().resetPassword(m_session.userId(), m_editing.id, *first);
        })) {
        feedback::inform(this, title, tr("The password of %1 is reset.").arg(m_editing.fullName));
    }
}

void UsersPage::giveDatabaseAccount()
{
    if (m_editing.id == 0)
        return;
    const QString title = tr("Database account");
    const auto first = feedback::askPassword(
        this, title,
        tr("Password of %1 on the database server (at least 8 characters):")
            .arg(m_editing.fullName));
    if (!first)
        return;
    const auto second = feedback::askPassword(this, title, tr("The same password again:"));
    if (!second)
        return;
    if (*first != *second) {
        feedback::showProblem(this, title, tr("The two passwords differ. Nothing was changed."));
        return;
    }
    QString role;
    if (feedback::guarded(this, title, [&] {
            role = m_session.administration().givePersonRole(m_session.userId(), m_editing.id,
                                                             *first);
        })) {
        feedback::inform(this, title,
                         tr("%1 may now connect to the database server as %2 with this "
                            "password.")
                             .arg(m_editing.fullName, role));
    }
}

} // namespace aduan::gui
