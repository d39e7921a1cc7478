// While another program holds the database's lock, saving waits without freezing the window:
// a bar says so and offers Cancel, keys typed meanwhile reach the form, and the save goes
// through as soon as the lock is free; Cancel saves nothing.
#include "catch_qt.h"
#include "testoffice.h"

#include "queries/intakebook.h"
#include "session/session.h"
#include "storage/sqlquery.h"
#include "storage/userstore.h"
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
