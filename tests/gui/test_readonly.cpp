// A database open read-only on this PC: every control that would save is off, and the window
// (not only its status bar) says why.
#include "catch_qt.h"
#include "testoffice.h"

#include "inbox/steppanel.h"
#include "mainwindow.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/userstore.h"
#include "workflow/workflow.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

TEST_CASE("A read-only database turns off every write action and says why in the window",
          "[gui][readonly][issue14]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow(*office.db, office.clock).registerComplaint(office.rina, walkIn(), office.clock.now());
    OpenOptions options;
    options.readOnly = true;
    Database db(office.path, options);
    REQUIRE(db.isReadOnly());

    const QStringList writeButtons = {
        u"&Save and register"_s, u"Put on &hold…"_s,   u"Res&ume…"_s,
        u"&Report to the head"_s, u"&Save profile"_s,   u"&Save calendar"_s,
        u"&Add holiday"_s,        u"Re&move selected"_s, u"&Add delegation"_s,
        u"&Add"_s,                u"Add a&gency"_s,     u"&Save pattern"_s,
        u"&New user"_s,           u"&Save"_s,           u"&Reset password…"_s,
        u"&Database account…"_s, u"&Save backup folder"_s};
    int writesSeen = 0;
    int panelsSeen = 0;
    for (qint64 id : {office.rina, office.dewi, office.hendra, office.agus, office.admin}) {
        const User user = *UserStore(db).byId(id);
        INFO(user.username.toStdString());
        gui::Session session(db, office.clock, user, false);
        gui::MainWindow window(session);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        for (Role role : window.roles())
            window.showWorkspace(role);

        const auto *banner = window.findChild<QLabel *>(u"readOnlyBanner"_s);
        REQUIRE(banner != nullptr);
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(u"nothing can be saved"_s));
        CHECK(banner->text().contains(u"opened read-only"_s));

        for (QPushButton *button : window.findChildren<QPushButton *>()) {
            if (!writeButtons.contains(button->text()))
                continue;
            ++writesSeen;
            INFO(button->text().toStdString());
            button->setEnabled(true); // as a selection or a filled form would
            CHECK_FALSE(button->isEnabled());
            // Its own tooltip says why, or that of the step form it belongs to.
            bool says = false;
            for (QWidget *w = button; w && !says; w = w->parentWidget())
                says = w->toolTip().contains(u"nothing can be saved"_s);
            CHECK(says);
        }
        for (gui::StepPanel *panel : window.findChildren<gui::StepPanel *>()) {
            ++panelsSeen;
            panel->setEnabled(true);
            CHECK_FALSE(panel->isEnabled());
        }
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == u"Correct details…"_s || action->text() == u"Void complaint…"_s) {
                action->setEnabled(true);
                CHECK_FALSE(action->isEnabled());
            }
        }
    }
    CHECK(writesSeen >= 12);
    CHECK(panelsSeen >= 3);
}
