#include "test_walkthrough_gui_support.h"

#include "catch_qt.h"
#include "testoffice.h"

#include "detail/complaintdetaildialog.h"
#include "detail/complaintdetailview.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/userstore.h"
#include "support/feedback.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace aduan::test::walkthrough {

// ---- Desk -----------------------------------------------------------------------------------

Desk::Desk(TestOffice &office, const QString &username)
    : Desk(*office.db, office.clock, [&] {
        const auto user = UserStore(*office.db).byUsername(username);
        REQUIRE(user);
        return *user;
    }())
{
}

Desk::Desk(Database &db, const Clock &clock, const User &user)
{
    m_session = std::make_unique<gui::Session>(db, clock, user, false);
    showWindow();
}

std::unique_ptr<Desk> Desk::loggedInOnOwnRole(Database &office, const Clock &clock,
                                              const QString &username, const QString &password)
{
    gui::LoginDialog login(office, clock, {});
    login.show();
    REQUIRE(QTest::qWaitForWindowExposed(&login));
    login.usernameEdit()->clear();
    QTest::keyClicks(login.usernameEdit(), username);
    QTest::keyClicks(login.passwordEdit(), password);
    REQUIRE(click(findButton(&login, u"Log in"_s)));
    INFO("login problem: " << login.problemLabel()->text().toStdString());
    REQUIRE(login.result() == QDialog::Accepted);
    std::unique_ptr<Database> personal = login.takePersonDatabase();
    REQUIRE(personal); // on the person's own role, not the program's login
    REQUIRE(personal->isPersonSession());
    std::unique_ptr<Desk> desk(new Desk);
    desk->m_session = std::make_unique<gui::Session>(office, std::move(personal), clock,
                                                     login.user(), false);
    desk->showWindow();
    return desk;
}

void Desk::showWindow()
{
    m_window = std::make_unique<gui::MainWindow>(*m_session);
    m_window->resize(1400, 860);
    m_window->show();
    REQUIRE(QTest::qWaitForWindowExposed(m_window.get()));
    REQUIRE(activate());
}

Desk::~Desk()
{
    // Windows opened from this desk (details) go with it.
    m_window.reset();
    m_session.reset();
}

QWidget *Desk::showWorkspace(Role role) const
{
    m_window->showWorkspace(role);
    return m_window->workspace(role);
}

bool Desk::activate() const
{
    if (QApplication::activeWindow() == m_window.get())
        return true;
    m_window->raise();
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

bool Desk::pressCtrlS() const
{
    if (!activate())
        return false;
    QWidget *target = QApplication::focusWidget();
    if (!target || target->window() != m_window.get())
        target = m_window.get();
    QTest::keyClick(target, Qt::Key_S, Qt::ControlModifier);
    // A button's shortcut clicks it with animateClick(): the click comes 100 ms later.
    QTest::qWait(250);
    return true;
}

// ---- Dialogs --------------------------------------------------------------------------------

namespace {

constexpr char kHandled[] = "walkthroughHandled";

QDialog *currentModalDialog()
{
    if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
        return dialog;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *dialog = qobject_cast<QDialog *>(w);
        if (dialog && dialog->isVisible() && dialog->isModal())
            return dialog;
    }
    return nullptr;
}

QPushButton *dialogButton(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    const auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(which) : nullptr;
}

QString labelsText(QDialog *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->buddy() == nullptr && !label->text().isEmpty())
            texts << label->text();
    }
    return texts.join(u'\n');
}

} // namespace

Dialogs::Dialogs()
{
    gui::feedback::TestHooks hooks;
    hooks.problem = [this](const QString &, const QString &message) { m_problems << message; };
    hooks.info = [](const QString &, const QString &) {};
    hooks.confirm = [](const QString &, const QString &) { return true; };
    // reason and password stay empty: the real dialogs appear.
    gui::feedback::setTestHooks(hooks);
    m_timer.setInterval(5);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
    m_timer.start();
}

Dialogs::~Dialogs()
{
    m_timer.stop();
    gui::feedback::setTestHooks({});
}

void Dialogs::clearSeen()
{
    m_seen.clear();
    m_problems.clear();
    m_unexpected.clear();
}

void Dialogs::poll()
{
    if (m_busy)
        return;
    QDialog *dialog = currentModalDialog();
    if (!dialog || dialog->property(kHandled).toBool())
        return;
    dialog->setProperty(kHandled, true);
    m_busy = true;
    if (m_handlers.empty()) {
        m_unexpected << dialog->windowTitle() + u": "_s + labelsText(dialog);
        dialog->reject();
    } else {
        const Handler handler = std::move(m_handlers.front());
        m_handlers.pop_front();
        handler(dialog);
    }
    m_busy = false;
}

void Dialogs::expectReason(const QString &reason)
{
    m_handlers.push_back([this, reason](QDialog *dialog) {
        SeenDialog seen;
        seen.kind = u"reason"_s;
        seen.title = dialog->windowTitle();
        auto *box = dialog->findChild<QPlainTextEdit *>(u"reason"_s);
        const auto *message = dialog->findChild<QLabel *>(u"message"_s);
        QPushButton *ok = dialogButton(dialog, QDialogButtonBox::Ok);
        if (dialog->objectName() != u"ReasonDialog"_s || !box || !message || !ok) {
            m_unexpected << u"not the reason dialog: "_s + seen.title;
            dialog->reject();
            return;
        }
        seen.message = message->text();
        box->setFocus();
        box->selectAll();
        QTest::keyClick(box, Qt::Key_Delete);
        const bool blankDisabled = !ok->isEnabled();
        QTest::keyClicks(box, u"   "_s);
        seen.okDisabledWhileBlank = blankDisabled && !ok->isEnabled();
        box->selectAll();
        QTest::keyClick(box, Qt::Key_Delete);
        QTest::keyClicks(box, reason);
        seen.answer = box->toPlainText();
        m_seen << seen;
        QTest::mouseClick(ok, Qt::LeftButton);
    });
}

void Dialogs::expectReasonCancelled()
{
    m_handlers.push_back([this](QDialog *dialog) {
        SeenDialog seen;
        seen.kind = u"reason"_s;
        seen.title = dialog->windowTitle();
        seen.cancelled = true;
        const auto *message = dialog->findChild<QLabel *>(u"message"_s);
        QPushButton *ok = dialogButton(dialog, QDialogButtonBox::Ok);
        QPushButton *cancel = dialogButton(dialog, QDialogButtonBox::Cancel);
        if (dialog->objectName() != u"ReasonDialog"_s || !message || !ok || !cancel) {
            m_unexpected << u"not the reason dialog: "_s + seen.title;
            dialog->reject();
            return;
        }
        seen.message = message->text();
        seen.okDisabledWhileBlank = !ok->isEnabled();
        m_seen << seen;
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
}

void Dialogs::expectPassword(const QString &password)
{
    m_handlers.push_back([this, password](QDialog *dialog) {
        SeenDialog seen;
        seen.kind = u"password"_s;
        seen.title = dialog->windowTitle();
        seen.message = labelsText(dialog);
        QLineEdit *edit = nullptr;
        for (QLineEdit *e : dialog->findChildren<QLineEdit *>()) {
            if (e->echoMode() == QLineEdit::Password)
                edit = e;
        }
        QPushButton *ok = dialogButton(dialog, QDialogButtonBox::Ok);
        if (!edit || !ok) {
            m_unexpected << u"not the password dialog: "_s + seen.title;
            dialog->reject();
            return;
        }
        edit->setFocus();
        QTest::keyClicks(edit, password);
        seen.answer = edit->text().isEmpty() ? QString() : u"(typed)"_s;
        m_seen << seen;
        QTest::mouseClick(ok, Qt::LeftButton);
    });
}

// ---- lookups --------------------------------------------------------------------------------

QAbstractButton *findButton(const QWidget *root, const QString &text)
{
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        QString shown = button->text();
        shown.remove(u'&');
        if (shown == text && button->isVisibleTo(root->window()))
            return button;
    }
    return nullptr;
}

bool click(QAbstractButton *button)
{
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

QStringList rowTexts(const QTableWidget *table, int row)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column) {
        const QTableWidgetItem *item = table->item(row, column);
        texts << (item ? item->text() : QString());
    }
    return texts;
}

QString detailTabText(const gui::ComplaintDetailView *view, const QString &tabTitle)
{
    const auto *tabs = view->findChild<QTabWidget *>();
    if (!tabs)
        return {};
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == tabTitle) {
            if (const auto *browser = qobject_cast<QTextBrowser *>(tabs->widget(i)))
                return browser->toPlainText();
        }
    }
    return {};
}

QTableWidget *detailPauses(const gui::ComplaintDetailView *view)
{
    for (QTableWidget *table : view->findChildren<QTableWidget *>()) {
        if (table != view->timeline() && table != view->history())
            return table;
    }
    return nullptr;
}

gui::ComplaintDetailView *openedDetail(const QWidget *parent)
{
    const QList<gui::ComplaintDetailDialog *> dialogs =
        parent->findChildren<gui::ComplaintDetailDialog *>();
    return dialogs.isEmpty() ? nullptr : dialogs.constLast()->view();
}

} // namespace aduan::test::walkthrough
