#include "startup/setupdialog.h"

#include "common/palette.h"
#include "admin/officesetup.h"
#include "startup/databaseopener.h"
#include "storage/database.h"
#include "support/icons.h"
#include "util/error.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

SetupDialog::SetupDialog(const Clock &clock, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
{
    setWindowTitle(tr("Aduan — Set up this PC"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the database this PC works on: the office's shared file "
                                "(usually aduan.sqlite in a shared folder) or its database "
                                "server (PostgreSQL), or a new one for a new office."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_openChoice = new QRadioButton(tr("&Open the office's existing database"));
    m_createChoice = new QRadioButton(tr("&Create a new database"));
    m_openChoice->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_openChoice, 0);
    group->addButton(m_createChoice, 1);
    layout->addWidget(m_openChoice);
    layout->addWidget(m_createChoice);

    m_pages = new QStackedWidget;
    // Open.
    m_existing = new DatabaseLocationEdit(DatabaseLocationEdit::Purpose::Existing);
    m_pages->addWidget(m_existing);
    // Create.
    auto *createPage = new QWidget;
    auto *createLayout = new QVBoxLayout(createPage);
    createLayout->setContentsMargins(0, 0, 0, 0);
    m_new = new DatabaseLocationEdit(DatabaseLocationEdit::Purpose::New);
    createLayout->addWidget(m_new);
    auto *officeBox = new QGroupBox(tr("Office profile"));
    auto *officeForm = new QFormLayout(officeBox);
    const OfficeProfile defaults;
    m_government = new QLineEdit(defaults.government);
    m_office = new QLineEdit(defaults.officeName);
    m_address = new QLineEdit;
    m_headName = new QLineEdit;
    m_headNip = new QLineEdit;
    m_headNip->setPlaceholderText(tr("18 digits"));
    officeForm->addRow(tr("&Government:"), m_government);
    officeForm->addRow(tr("O&ffice:"), m_office);
    officeForm->addRow(tr("&Address:"), m_address);
    officeForm->addRow(tr("&Head's name:"), m_headName);
    officeForm->addRow(tr("Head's &NIP:"), m_headNip);
    // The office and its first administrator side by side: with a server's six fields above
    // them the page still fits the desk's 768 pixels.
    auto *whoRow = new QHBoxLayout;
    whoRow->addWidget(officeBox, 3);
    auto *adminBox = new QGroupBox(tr("First administrator"));
    auto *adminForm = new QFormLayout(adminBox);
    m_adminUsername = new QLineEdit(u"admin"_s);
    m_adminName = new QLineEdit;
    m_adminPassword = new QLineEdit;
    m_adminPassword->setEchoMode(QLineEdit::Password);
    m_adminPasswordAgain = new QLineEdit;
    m_adminPasswordAgain->setEchoMode(QLineEdit::Password);
    adminForm->addRow(tr("&Username:"), m_adminUsername);
    adminForm->addRow(tr("Full na&me:"), m_adminName);
    adminForm->addRow(tr("&Password:"), m_adminPassword);
    adminForm->addRow(tr("Password a&gain:"), m_adminPasswordAgain);
    whoRow->addWidget(adminBox, 2);
    createLayout->addLayout(whoRow);
    m_pages->addWidget(createPage);
    layout->addWidget(m_pages);

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(palette::problemLabelStyle());
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problem);
    showProblem(problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&ontinue"));
    layout->addWidget(buttons);

    connect(group, &QButtonGroup::idClicked, this, [this](int id) {
        // Only the chosen page takes room: the dialog stays small for "open".
        for (int i = 0; i < m_pages->count(); ++i) {
            m_pages->widget(i)->setSizePolicy(i == id ? QSizePolicy::Preferred
                                                      : QSizePolicy::Ignored,
                                              i == id ? QSizePolicy::Preferred
                                                      : QSizePolicy::Ignored);
        }
        m_pages->setCurrentIndex(id);
        fitOnScreen();
    });
    for (DatabaseLocationEdit *edit : {m_existing, m_new})
        connect(edit, &DatabaseLocationEdit::kindChanged, this, &SetupDialog::fitOnScreen);
    createPage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    connect(buttons, &QDialogButtonBox::accepted, this, &SetupDialog::tryContinue);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
}

SetupDialog::~SetupDialog() = default;

std::unique_ptr<Database> SetupDialog::takeDatabase()
{
    return std::move(m_db);
}

void SetupDialog::showChoice(bool create, DatabaseLocationEdit::Kind kind)
{
    (create ? m_createChoice : m_openChoice)->click();
    (create ? m_new : m_existing)->setKind(kind);
}

void SetupDialog::setExistingLocation(const QString &location)
{
    m_existing->setLocation(location);
}

void SetupDialog::fitOnScreen()
{
    adjustSize();
    // Grown after it was centred, the dialog may reach below the screen: move it back in.
    const QScreen *shownOn = screen();
    if (!shownOn || !isVisible())
        return;
    const QRect available = shownOn->availableGeometry();
    QRect frame = frameGeometry();
    frame.moveBottom(std::min(frame.bottom(), available.bottom()));
    frame.moveRight(std::min(frame.right(), available.right()));
    frame.moveTop(std::max(frame.top(), available.top()));
    frame.moveLeft(std::max(frame.left(), available.left()));
    move(frame.topLeft());
}

void SetupDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    // The message takes lines of its own: the dialog grows for it instead of squeezing the
    // fields (and shrinks back when it goes).
    if (isVisible())
        fitOnScreen();
}

bool SetupDialog::tryContinue()
{
    showProblem({});
    const bool ok = m_openChoice->isChecked() ? openExisting() : createNew();
    if (ok)
        accept();
    return ok;
}

bool SetupDialog::openExisting()
{
    const QString location = m_existing->location(true);
    if (location.isEmpty()) {
        showProblem(m_existing->kind() == DatabaseLocationEdit::Kind::File
                        ? tr("Choose the database file.")
                        : tr("Name the database server and the database on it."));
        m_existing->missingField()->setFocus();
        return false;
    }
    try {
        m_db = openDatabase(location);
        m_existing->rememberPasswordIfAsked();
        return true;
    } catch (const Error &error) {
        showProblem(error.message());
    } catch (const std::exception &e) {
        showProblem(QString::fromLocal8Bit(e.what()));
    }
    return false;
}

bool SetupDialog::createNew()
{
    const QString path = m_new->location(true);
    if (path.isEmpty()) {
        showProblem(m_new->kind() == DatabaseLocationEdit::Kind::File
                        ? tr("Choose where the new database goes.")
                        : tr("Name the database server and the empty database on it."));
        m_new->missingField()->setFocus();
        return false;
    }
    if (m_adminPassword->text() != m_adminPasswordAgain->text()) {
        showProblem(tr("The two passwords differ. Type them again."));
        return false;
    }
    SetupInput input;
    input.profile.government = m_government->text().trimmed();
    input.profile.officeName = m_office->text().trimmed();
    input.profile.address = m_address->text().trimmed();
    input.profile.headName = m_headName->text().trimmed();
    input.profile.headNip = m_headNip->text().remove(u' ').trimmed();
    input.administrator.username = m_adminUsername->text().trimmed();
    input.administrator.fullName = m_adminName->text().trimmed();
    input.administrator.roles = {Role::Admin};
    input.administratorPassword = m_adminPassword->text();
    try {
        m_db = createOfficeDatabase(path, input, m_clock);
        m_new->rememberPasswordIfAsked();
        return true;
    } catch (const Error &error) {
        showProblem(error.message());
    } catch (const std::exception &e) {
        showProblem(QString::fromLocal8Bit(e.what()));
    }
    return false;
}

} // namespace aduan::gui
