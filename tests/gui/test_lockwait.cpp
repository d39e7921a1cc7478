// While another program holds the database's lock, saving waits without freezing the window:
// a bar says so and offers Cancel, keys typed meanwhile reach the form, and the save goes
// through as soon as the lock is free; Cancel saves nothing. Reading too: a program holding an
// EXCLUSIVE lock blocks every read, and a screen's refresh then waits the same way.
#include "catch_qt.h"
#include "testoffice.h"

#include "models/intakebookmodel.h"
#include "queries/intakebook.h"
#include "session/session.h"
#include "storage/sqlquery.h"
#include "storage/userstore.h"
#include "support/feedback.h"
#include "support/lockwait.h"
#include "util/error.h"
#include "workflow/workflow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

TEST_CASE("Saving waits for another program's lock without freezing the window",
          "[gui][lock][issue14]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    gui::Session session(*office.db, office.clock, *UserStore(*office.db).byId(office.rina),
                         false);
    QWidget window;
    window.resize(900, 600);
    auto *edit = new QLineEdit(&window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    gui::installLockWait(session, &window);
    IntakeBook book(*office.db, office.clock);

    // Another program holds the lock (the sqlite3 shell's BEGIN EXCLUSIVE).
    auto other = office.openAnother();
    SqlQuery(*other, u"BEGIN EXCLUSIVE"_s).exec();

    QString shown;
    bool cancel = false;
    int stage = 0;
    // What the user does while the save waits; runs in the window's event loop, which keeps
    // going during the wait.
    QTimer user;
    user.setInterval(20);
    QObject::connect(&user, &QTimer::timeout, &window, [&] {
        auto *bar = window.findChild<QWidget *>(u"lockWaitBar"_s);
        if (stage != 0 || !bar || !bar->isVisible())
            return;
        stage = 1;
        shown = bar->findChild<QLabel *>()->text();
        QTest::keyClicks(edit, u"ketik terus"_s);
        if (cancel)
            QTest::mouseClick(bar->findChild<QPushButton *>(), Qt::LeftButton);
        else
            SqlQuery(*other, u"ROLLBACK"_s).exec(); // the other program lets go
    });
    user.start();

    SECTION("the save goes through once the lock is free, and the typed keys are kept")
    {
        Workflow(*office.db, office.clock).registerComplaint(office.rina, walkIn(),
                                                             office.clock.now());
        CHECK(stage == 1);
        CHECK(shown.contains(u"Waiting for the database"_s));
        CHECK(edit->text() == u"ketik terus"_s);
        CHECK(window.findChild<QWidget *>(u"lockWaitBar"_s) == nullptr);
        CHECK(book.count(office.admin, {}) == 1);
    }
    SECTION("Cancel saves nothing and says so; what was typed stays")
    {
        cancel = true;
        try {
            Workflow(*office.db, office.clock).registerComplaint(office.rina, walkIn(),
                                                                 office.clock.now());
            FAIL("saved although cancelled");
        } catch (const Error &e) {
            CHECK(e.code() == Error::Code::Busy);
            CHECK(e.message().contains(u"Nothing was saved"_s));
        }
        CHECK(edit->text() == u"ketik terus"_s);
        SqlQuery(*other, u"ROLLBACK"_s).exec();
        CHECK(book.count(office.admin, {}) == 0);
    }
}

TEST_CASE("A screen's refresh waits for another program's exclusive lock without freezing the "
          "window",
          "[gui][lock][issue14]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow(*office.db, office.clock).registerComplaint(office.rina, walkIn(), office.clock.now());
    gui::Session session(*office.db, office.clock, *UserStore(*office.db).byId(office.rina),
                         false);
    QWidget window;
    window.resize(900, 600);
    auto *edit = new QLineEdit(&window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    gui::installLockWait(session, &window);
    gui::IntakeBookModel model(session);
    model.reload();
    REQUIRE(model.total() == 1);
    QStringList failures;
    QObject::connect(&model, &gui::IntakeBookModel::loadFailed, &window,
                     [&](const QString &message) { failures << message; });

    // Another program holds an EXCLUSIVE lock (the sqlite3 shell's BEGIN EXCLUSIVE; a program
    // committing holds one too): no connection may read the file meanwhile.
    auto other = office.openAnother();
    SqlQuery(*other, u"BEGIN EXCLUSIVE"_s).exec();

    enum class Then { Release, Cancel, OutWait };
    Then then = Then::Release;
    QString shown;
    int ticksWhileWaiting = 0;
    bool acted = false;
    bool nestedRefresh = false; // a refresh during the wait: refused without a message box
    QTimer user;
    user.setInterval(20);
    QObject::connect(&user, &QTimer::timeout, &window, [&] {
        auto *bar = window.findChild<QWidget *>(u"lockWaitBar"_s);
        if (!bar || !bar->isVisible())
            return;
        ++ticksWhileWaiting; // the window's event loop runs during the wait
        if (acted || ticksWhileWaiting < 3)
            return;
        acted = true;
        shown = bar->findChild<QLabel *>(u"lockWaitText"_s)->text();
        // A second refresh meanwhile (F5, a timer) is refused by the core as Busy, and that
        // refusal opens no message box: the bar says it already.
        nestedRefresh = [&] {
            QStringList problems;
            gui::feedback::TestHooks hooks;
            hooks.problem = [&](const QString &, const QString &message) { problems << message; };
            gui::feedback::setTestHooks(hooks);
            try {
                gui::IntakeBookModel(session).reload();
            } catch (...) {
            }
            gui::feedback::showError(&window, u"Register"_s,
                           Error(Error::Code::Busy, u"still waiting"_s));
            gui::feedback::setTestHooks({});
            return gui::lockWaitShowing() && problems.isEmpty();
        }();
        QTest::keyClicks(edit, u"ketik terus"_s);
        switch (then) {
        case Then::Release:
            SqlQuery(*other, u"ROLLBACK"_s).exec(); // the other program lets go
            break;
        case Then::Cancel:
            QTest::mouseClick(bar->findChild<QPushButton *>(u"lockWaitCancel"_s), Qt::LeftButton);
            break;
        case Then::OutWait:
            office.clock.advanceSeconds(121); // past the 2 minutes, by the session's clock
            break;
        }
    });
    user.start();

    SECTION("the read completes once the lock is free; the typed keys are kept")
    {
        model.reload();
        CHECK(acted);
        CHECK(ticksWhileWaiting >= 3);
        CHECK(shown.contains(u"Waiting for the database"_s));
        CHECK(shown.contains(u"(0 s)"_s));
        CHECK(edit->text() == u"ketik terus"_s);
        CHECK(failures.isEmpty());
        CHECK(model.total() == 1);
        CHECK(window.findChild<QWidget *>(u"lockWaitBar"_s) == nullptr);
        CHECK_FALSE(office.db->isWaitingForLock());
        CHECK(nestedRefresh);
        CHECK_FALSE(gui::lockWaitShowing());
    }
    SECTION("Cancel reads nothing and says so; the screen keeps what it showed")
    {
        then = Then::Cancel;
        model.reload();
        CHECK(acted);
        REQUIRE(failures.size() == 1);
        CHECK(failures.constFirst().contains(u"Nothing was read or changed"_s));
        CHECK(model.total() == 1);
        CHECK(edit->text() == u"ketik terus"_s);
        CHECK(window.findChild<QWidget *>(u"lockWaitBar"_s) == nullptr);
        SqlQuery(*other, u"ROLLBACK"_s).exec();
        model.reload(); // free again: reads at once
        CHECK(failures.size() == 1);
    }
    SECTION("the wait gives up after its limit, counted by the session's clock")
    {
        then = Then::OutWait;
        model.reload();
        CHECK(acted);
        REQUIRE(failures.size() == 1);
        CHECK(failures.constFirst().contains(u"cancelled"_s));
        CHECK(model.total() == 1);
        SqlQuery(*other, u"ROLLBACK"_s).exec();
    }
}
