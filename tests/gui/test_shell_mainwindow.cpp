// The main window (app/gui/mainwindow): one workspace per role held, the head's for an acting
// head under a delegation, the status bar naming the user, the role and the database file.
#include "catch_qt.h"
#include "testoffice.h"

#include "admin/administration.h"
#include "complaintactions/draftkeeper.h"
#include "mainwindow.h"
#include "session/session.h"
#include "storage/userstore.h"
#include "workflow/workflow.h"

#include <QAction>
#include <QApplication>
#include <QTableView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

namespace {
QStringList statusTexts(const gui::MainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts;
}
} // namespace

TEST_CASE("The main window assembles one workspace per role", "[gui]")
{
    TestOffice office(wib(2026, 4, 6, 9, 0));
    Administration admin(*office.db, office.clock);

    SECTION("a user with two roles gets both workspaces")
    {
        User both;
        both.username = u"sari"_s;
        both.fullName = u"Sari Wulandari"_s;
        both.roles = {Role::Officer, Role::Secretary};
        const qint64 id = admin.createUser(office.admin, both, u"rahasia123"_s);
        gui::Session session(*office.db, office.clock, *UserStore(*office.db).byId(id), false);
        gui::MainWindow window(session);
        CHECK(window.roles() == QList<Role>{Role::Officer, Role::Secretary});
        CHECK(window.workspace(Role::Officer) != nullptr);
        CHECK(window.workspace(Role::Secretary) != nullptr);
        CHECK(window.workspace(Role::Head) == nullptr);
        const QStringList texts = statusTexts(window);
        CHECK(texts.contains(u"Sari Wulandari — Petugas Pengaduan"_s));
        window.showWorkspace(Role::Secretary);
        CHECK(statusTexts(window).contains(u"Sari Wulandari — Sekretaris"_s));
        bool namesFile = false;
        for (const QString &text : statusTexts(window))
            namesFile = namesFile || text.contains(office.path);
        CHECK(namesFile);
    }

    SECTION("an acting head gets the head's workspace while the delegation lasts")
    {
        Delegation d;
        d.delegateUserId = office.dewi;
        d.firstDay = QDate(2026, 4, 6);
        d.lastDay = QDate(2026, 4, 8);
        d.reason = u"Kepala Dinas cuti"_s;
        admin.addDelegation(office.admin, d);
        const User dewi = *UserStore(*office.db).byId(office.dewi);
        gui::Session session(*office.db, office.clock, dewi, false);
        CHECK(session.isActingHead());
        gui::MainWindow window(session);
        CHECK(window.roles() == QList<Role>{Role::Secretary, Role::Head});
        window.showWorkspace(Role::Head);
        CHECK(statusTexts(window).contains(u"Dewi — Plh. Kepala Dinas"_s));

        office.clock.set(wib(2026, 4, 9, 9, 0)); // the delegation is over
        gui::Session later(*office.db, office.clock, dewi, false);
        CHECK_FALSE(later.isActingHead());
        CHECK(later.workspaceRoles() == QList<Role>{Role::Secretary});
    }
}

TEST_CASE("Switch user (Ganti pengguna) logs out with the form kept as a draft",
          "[gui][issue18]")
{
    TestOffice office(wib(2026, 4, 6, 9, 0));
    gui::Session session(*office.db, office.clock, *UserStore(*office.db).byId(office.rina), false);
    gui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *drafts = window.findChild<gui::DraftKeeper *>(u"draftKeeper"_s);
    REQUIRE(drafts != nullptr);
    REQUIRE_FALSE(drafts->file().exists());
    auto *name = window.findChild<QLineEdit *>(u"nameEdit"_s);
    REQUIRE(name != nullptr);
    QTest::keyClicks(name, u"Budi Santoso"_s);

    auto *action = window.findChild<QAction *>(u"switchUserAction"_s);
    REQUIRE(action != nullptr);
    CHECK(action->shortcut() == QKeySequence(u"Ctrl+Shift+L"_s));
    QSignalSpy asked(&window, &gui::MainWindow::switchUserRequested);
    action->trigger();
    CHECK(asked.count() == 1);
    // Nothing waited for the autosave: the form is on file at once.
    REQUIRE(drafts->file().exists());
    const auto saved = drafts->file().load();
    REQUIRE(saved.has_value());
    drafts->discard();
}

TEST_CASE("After login the keyboard is in the workspace: the inbox list, its oldest complaint chosen",
          "[gui][issue18]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow(*office.db, office.clock)
        .registerComplaint(office.rina, walkInWithIdentity(), office.clock.now());
    office.clock.set(wib(2026, 3, 2, 9, 5));
    const User dewi = *UserStore(*office.db).byId(office.dewi);
    gui::Session session(*office.db, office.clock, dewi, false);
    gui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.focusWorkspace();
    auto *list = qobject_cast<QTableView *>(QApplication::focusWidget());
    REQUIRE(list != nullptr);
    CHECK(window.workspace(Role::Secretary)->isAncestorOf(list));
    REQUIRE(list->model()->rowCount() == 1);
    REQUIRE(list->selectionModel()->selectedRows().size() == 1);
    CHECK(list->selectionModel()->selectedRows().first().row() == 0);
}
