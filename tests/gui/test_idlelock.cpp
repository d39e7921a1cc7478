// The idle lock (app/gui/security/idlelock): after the idle time the windows are covered and a
// password is asked; what was typed in the forms survives; wrong passwords count towards the
// account's lockout, after which "Log out" is offered.
#include "catch_qt.h"
#include "testoffice.h"

#include "auth/authenticator.h"
#include "complaintform/complaintformwidget.h"
#include "mainwindow.h"
#include "security/idlelock.h"
#include "security/lockdialog.h"
#include "session/session.h"
#include "storage/userstore.h"
#include "workspaces/newcomplaintpage.h"
#include "workspaces/officerworkspace.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace aduan;
using namespace aduan::test;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 5000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

void typePassword(gui::IdleLock &lock, const QString &password)
{
    QLineEdit *edit = lock.dialog()->passwordEdit();
    edit->clear();
    QTest::keyClicks(edit, password);
    QTest::mouseClick(lock.dialog()->unlockButton(), Qt::LeftButton);
}

/// The officer's main window with the lock attached (idle time long until a test shortens it).
struct Desk {
    explicit Desk(TestOffice &office)
        : session(*office.db, office.clock, *UserStore(*office.db).byId(office.rina), false)
        , window(session)
        , lock(new gui::IdleLock(session, &window))
    {
        lock->setIdleInterval(1h);
        window.resize(1280, 720);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto *officer = qobject_cast<gui::OfficerWorkspace *>(window.workspace(Role::Officer));
        REQUIRE(officer);
        page = officer->newComplaintPage();
        name = page->form()->findChild<QLineEdit *>(u"nameEdit"_s);
        description = page->form()->findChild<QPlainTextEdit *>(u"descriptionEdit"_s);
        REQUIRE(name);
        REQUIRE(description);
    }
    ~Desk()
    {
        // No dialog of the lock may outlive the test.
        if (lock->isLocked())
            lock->dialog()->hide();
    }

    gui::Session session;
    gui::MainWindow window;
    gui::IdleLock *lock;
    gui::NewComplaintPage *page = nullptr;
    QLineEdit *name = nullptr;
    QPlainTextEdit *description = nullptr;
};

} // namespace

TEST_CASE("The idle lock covers the window and keeps what was typed", "[gui][idlelock]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    Desk desk(office);

    desk.name->setFocus();
    QTest::keyClicks(desk.name, u"Budi Santoso"_s);
    QTest::keyClicks(desk.description, u"Bantuan PKH belum cair."_s);
    REQUIRE(desk.page->form()->draft().complainant->name == u"Budi Santoso"_s);
    CHECK_FALSE(desk.lock->isLocked());

    // Nobody touches the PC for the idle time.
    QSignalSpy lockedSpy(desk.lock, &gui::IdleLock::locked);
    desk.lock->setIdleInterval(150ms);
    REQUIRE(waitFor([&] { return desk.lock->isLocked(); }));
    CHECK(lockedSpy.count() == 1);

    // The lock shows; the form is covered and cannot be reached.
    CHECK(desk.lock->dialog()->isVisible());
    CHECK(QApplication::activeModalWidget() == desk.lock->dialog());
    CHECK(desk.lock->dialog()->problemLabel()->isHidden());
    CHECK_FALSE(desk.lock->dialog()->logoutButton()->isVisible());
    const auto *cover = desk.window.findChild<QWidget *>(u"lockCover"_s);
    REQUIRE(cover);
    CHECK(cover->isVisible());
    CHECK(cover->geometry() == desk.window.rect());
    CHECK_FALSE(desk.page->isEnabled());
    CHECK_FALSE(desk.name->isEnabled());
    QTest::keyClicks(desk.name, u"XYZ"_s);
    CHECK(desk.name->text() == u"Budi Santoso"_s);
    // The window refuses to close while locked.
    CHECK_FALSE(desk.window.close());
    CHECK(desk.window.isVisible());

    SECTION("a wrong password says so and keeps it locked; the right one unlocks")
    {
        typePassword(*desk.lock, u"salah-sekali"_s);
        CHECK(desk.lock->isLocked());
        CHECK(desk.lock->dialog()->isVisible());
        CHECK(desk.lock->dialog()->problemLabel()->isVisible());
        CHECK(desk.lock->dialog()->problemLabel()->text().startsWith(u"Wrong password."_s));
        CHECK(desk.lock->dialog()->problemLabel()->text().contains(u"4"_s));
        CHECK_FALSE(desk.page->isEnabled());

        QSignalSpy unlockedSpy(desk.lock, &gui::IdleLock::unlocked);
        typePassword(*desk.lock, u"rahasia123"_s);
        CHECK_FALSE(desk.lock->isLocked());
        CHECK(unlockedSpy.count() == 1);
        CHECK_FALSE(desk.lock->dialog()->isVisible());
        CHECK(desk.window.findChild<QWidget *>(u"lockCover"_s) == nullptr);
        CHECK(desk.page->isEnabled());
        CHECK(desk.name->isEnabled());
        // What was typed survived the lock.
        const ComplaintDraft draft = desk.page->form()->draft();
        CHECK(draft.complainant->name == u"Budi Santoso"_s);
        CHECK(draft.description == u"Bantuan PKH belum cair."_s);
        // The right password cleared the failure count.
        CHECK(UserStore(*office.db).loginState(u"rina"_s)->failedLogins == 0);
        // And the idle time counts again.
        REQUIRE(waitFor([&] { return desk.lock->isLocked(); }));
        typePassword(*desk.lock, u"rahasia123"_s);
        CHECK_FALSE(desk.lock->isLocked());
    }

    SECTION("five wrong passwords lock the account; then log out is offered")
    {
        for (int i = 0; i < Authenticator::kMaxFailures; ++i)
            typePassword(*desk.lock, u"salah-%1"_s.arg(i));
        CHECK(desk.lock->isLocked());
        const auto state = UserStore(*office.db).loginState(u"rina"_s);
        CHECK(state->lockedUntil > office.clock.now());
        CHECK(desk.lock->dialog()->problemLabel()->text().startsWith(u"The account is locked"_s));
        CHECK(desk.lock->dialog()->logoutButton()->isVisible());
        // Even the right password does not open a locked account.
        typePassword(*desk.lock, u"rahasia123"_s);
        CHECK(desk.lock->isLocked());
        CHECK(desk.lock->dialog()->logoutButton()->isVisible());

        QSignalSpy logoutSpy(desk.lock, &gui::IdleLock::logoutRequested);
        QTest::mouseClick(desk.lock->dialog()->logoutButton(), Qt::LeftButton);
        CHECK(logoutSpy.count() == 1);
        // The lock is lifted so that the session's windows can close.
        CHECK_FALSE(desk.lock->isLocked());
        CHECK(desk.window.close());
    }

    SECTION("Return in the password field is one attempt")
    {
        QLineEdit *edit = desk.lock->dialog()->passwordEdit();
        QTest::keyClicks(edit, u"salah"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        CHECK(desk.lock->isLocked());
        CHECK(UserStore(*office.db).loginState(u"rina"_s)->failedLogins == 1);
        edit->clear();
        QTest::keyClicks(edit, u"rahasia123"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        CHECK_FALSE(desk.lock->isLocked());
    }

    SECTION("Esc and closing the lock's window do not get past it")
    {
        QTest::keyClick(desk.lock->dialog(), Qt::Key_Escape);
        CHECK(desk.lock->dialog()->isVisible());
        CHECK_FALSE(desk.lock->dialog()->close());
        CHECK(desk.lock->isLocked());
    }
}

TEST_CASE("Input keeps the lock away; Ctrl+L locks at once", "[gui][idlelock]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    Desk desk(office);
    desk.name->setFocus();
    desk.lock->setIdleInterval(1500ms);
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(desk.name, Qt::Key_A);
        QTest::qWait(100);
    }
    CHECK_FALSE(desk.lock->isLocked());
    CHECK(desk.name->text() == QString(20, u'a'));

    desk.lock->setIdleInterval(1h);
    desk.lock->lockAction()->trigger();
    CHECK(desk.lock->isLocked());
    typePassword(*desk.lock, u"rahasia123"_s);
    CHECK_FALSE(desk.lock->isLocked());
}

TEST_CASE("Dialogs open at the lock stay open, covered", "[gui][idlelock]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    Desk desk(office);

    // A window of its own (like a complaint's detail) and a modal question.
    QDialog detail(&desk.window);
    auto *detailText = new QLineEdit(u"3572021208750004"_s, &detail);
    detail.show();
    QDialog question(&desk.window);
    question.setModal(true);
    auto *reason = new QLineEdit(&question);
    question.show();
    QTest::keyClicks(reason, u"Alasan panjang"_s);
    REQUIRE(QApplication::activeModalWidget() == &question);

    desk.lock->lock();
    CHECK(QApplication::activeModalWidget() == desk.lock->dialog());
    for (QDialog *dialog : {&detail, &question}) {
        CHECK(dialog->isVisible());
        const auto *cover = dialog->findChild<QWidget *>(u"lockCover"_s);
        REQUIRE(cover);
        CHECK(cover->isVisible());
        CHECK_FALSE(dialog->close());
    }
    CHECK_FALSE(detailText->isEnabled());
    CHECK_FALSE(reason->isEnabled());

    typePassword(*desk.lock, u"rahasia123"_s);
    CHECK_FALSE(desk.lock->isLocked());
    CHECK(detail.isVisible());
    CHECK(question.isVisible());
    CHECK(detailText->isEnabled());
    CHECK(reason->isEnabled());
    CHECK(reason->text() == u"Alasan panjang"_s);
    CHECK(QApplication::activeModalWidget() == &question);
    CHECK(detail.findChild<QWidget *>(u"lockCover"_s) == nullptr);
    question.close();
    detail.close();
}
