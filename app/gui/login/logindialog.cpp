#include "login/logindialog.h"

#include "common/palette.h"
#include "auth/authenticator.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "util/error.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QShowEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

LoginDialog::LoginDialog(Database &db, const Clock &clock, const QList<DemoAccount> &demoAccounts,
                         QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
{
    setWindowTitle(tr("Aduan — Log in"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    QString office;
    try {
        const OfficeProfile profile = SettingsStore(db).officeProfile();
        office = profile.officeName + u" "_s + profile.government.section(u' ', 1);
    } catch (...) {
        office.clear();
    }
    auto *header = new QLabel(u"<div style='font-size:15pt;font-weight:600'>"_s
                              + office.toHtmlEscaped().trimmed() + u"</div><div>"_s
                              + tr("Public complaints: Penyaluran Pengaduan Masyarakat")
                                    .toHtmlEscaped()
                              + u"</div>"_s);
    header->setTextFormat(Qt::RichText);
    layout->addWidget(header);

    auto *form = new QFormLayout;
    m_username = new QLineEdit(AppSettings::lastUsername().value());
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(palette::problemLabelStyle());
    m_problem->hide();
    layout->addWidget(m_problem);

    if (!demoAccounts.isEmpty()) {
        auto *demoLabel = new QLabel(tr("Demo accounts (demo database only): choose one."));
        layout->addWidget(demoLabel);
        m_demo = new QTableWidget(int(demoAccounts.size()), 4);
        m_demo->setHorizontalHeaderLabels(
            {tr("Username"), tr("Password"), tr("Name"), tr("Role")});
        m_demo->verticalHeader()->hide();
        m_demo->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_demo->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_demo->setSelectionMode(QAbstractItemView::SingleSelection);
        m_demo->setFocusPolicy(Qt::ClickFocus);
        for (int r = 0; r < demoAccounts.size(); ++r) {
            const DemoAccount &a = demoAccounts.at(r);
            QStringList roles;
            for (Role role : a.roles)
                roles << roleTitle(role);
            m_demo->setItem(r, 0, new QTableWidgetItem(a.username));
            m_demo->setItem(r, 1, new QTableWidgetItem(a.password));
            m_demo->setItem(r, 2, new QTableWidgetItem(a.fullName));
            m_demo->setItem(r, 3, new QTableWidgetItem(roles.join(u", "_s)));
        }
        m_demo->resizeColumnsToContents();
        m_demo->horizontalHeader()->setStretchLastSection(true);
        m_demo->setMinimumHeight(m_demo->verticalHeader()->length()
                                 + m_demo->horizontalHeader()->height() + 4);
        layout->addWidget(m_demo);
        connect(m_demo, &QTableWidget::currentCellChanged, this, [this](int row) {
            if (row < 0)
                return;
            m_username->setText(m_demo->item(row, 0)->text());
            m_password->setText(m_demo->item(row, 1)->text());
        });
        connect(m_demo, &QTableWidget::cellDoubleClicked, this, [this] { tryLogin(); });
    }

    auto *database = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(db.path())));
    database->setStyleSheet(u"color:"_s + palette::css(palette::mutedText));
    database->setWordWrap(true);
    layout->addWidget(database);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    if (demoAccounts.isEmpty()) {
        QPushButton *other = buttons->addButton(tr("&Database…"), QDialogButtonBox::ResetRole);
        other->setToolTip(tr("Work on another database on this PC: the office's shared file or "
                             "its database server"));
        other->setAutoDefault(false);
        connect(other, &QPushButton::clicked, this, [this] { done(kChooseDatabase); });
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setMinimumWidth(demoAccounts.isEmpty() ? 380 : 560);
    m_username->setFocus();
    m_username->selectAll();
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Typing works at once, without a click: the window is the active one and the user name
    // has the focus. On a shared PC the next person types another name: the last user's name is
    // offered whole selected, so typing replaces it ("rina", not "adminrina"); Tab keeps it.
    activateWindow();
    raise();
    m_username->setFocus(Qt::ActiveWindowFocusReason);
    m_username->selectAll();
}

void LoginDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
    // A wrapped label gets the height of its own guess at a width; ask for the height of all
    // its lines at the width it really has, so that no line is cut off, and let the dialog grow.
    layout()->activate();
    m_problem->setMinimumHeight(m_problem->heightForWidth(m_problem->width()));
    layout()->activate();
    if (height() < minimumSizeHint().height())
        resize(width(), minimumSizeHint().height());
}

bool LoginDialog::tryLogin()
{
    try {
        Authenticator auth(m_db, m_clock);
        const QString username = m_username->text().trimmed();
        if (auto person = auth.openPersonSession(username, m_password->text())) {
            m_personDatabase = std::move(person->database);
            m_user = person->user;
        } else {
            m_personDatabase.reset();
            m_user = auth.login(username, m_password->text());
        }
    } catch (const Error &error) {
        showProblem(error.message());
        m_password->clear();
        m_password->setFocus();
        return false;
    } catch (const std::exception &e) {
        showProblem(QString::fromLocal8Bit(e.what()));
        return false;
    }
    AppSettings::lastUsername().setValue(m_user.username);
    accept();
    return true;
}

} // namespace aduan::gui
