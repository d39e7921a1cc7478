#include "security/lockdialog.h"

#include "common/palette.h"

#include <QCloseEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace aduan::gui {

LockDialog::LockDialog(QWidget *parent)
    : QDialog(parent, Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint)
{
    setObjectName(u"lockDialog"_s);
    setWindowTitle(tr("Aduan is locked"));
    setWindowModality(Qt::ApplicationModal);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    auto *title = new QLabel(tr("Aduan is locked"));
    title->setStyleSheet(u"font-size:15pt;font-weight:600"_s);
    layout->addWidget(title);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_password = new QLineEdit;
    m_password->setObjectName(u"lockPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_problem = new QLabel;
    m_problem->setObjectName(u"lockProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(palette::problemLabelStyle(true));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QHBoxLayout;
    m_logout = new QPushButton(tr("&Log out"));
    m_logout->setToolTip(tr("Close this user's session; what was not saved is lost, except a "
                            "new complaint's form, which is kept as a draft."));
    m_logout->setAutoDefault(false);
    m_logout->hide();
    m_unlock = new QPushButton(tr("&Unlock"));
    m_unlock->setDefault(true);
    buttons->addWidget(m_logout);
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    layout->addLayout(buttons);

    // Return in the password reaches the default button (QLineEdit passes it on): one attempt.
    connect(m_unlock, &QPushButton::clicked, this,
            [this] { emit unlockRequested(m_password->text()); });
    connect(m_logout, &QPushButton::clicked, this, &LockDialog::logoutRequested);
    setMinimumWidth(440);
}

void LockDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    adjustSize(); // the wrapped text's height
}

void LockDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    adjustSize();
    m_password->selectAll();
    m_password->setFocus();
}

void LockDialog::offerLogout(bool offer)
{
    m_logout->setVisible(offer);
    adjustSize();
}

void LockDialog::reset()
{
    m_password->clear();
    m_problem->clear();
    m_problem->hide();
    m_logout->hide();
    m_password->setFocus();
}

void LockDialog::reject()
{
    // Esc does not get past the lock.
}

void LockDialog::closeEvent(QCloseEvent *event)
{
    event->ignore(); // IdleLock hides the dialog; the user cannot close it
}

} // namespace aduan::gui
