// Admin → SOP (app/gui/admin/soppage) and the workspaces' step labels (issue 21): a revision
// entered on the administrator's screen renames a step, and the inbox's title follows it; a
// broken revision is refused with the core's sentence beside the marked step, nothing stored.
#include "catch_qt.h"
#include "testoffice.h"
#include "walkthroughs.h"

#include "admin/sopevaluationpage.h"
#include "admin/soppage.h"
#include "inbox/inboxpage.h"
#include "session/session.h"
#include "storage/settingsstore.h"
#include "storage/userstore.h"
#include "support/feedback.h"
#include "workflow/workflow.h"
#include "workspaces/reportpanel.h"

#include <QLabel>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

namespace {

/// The text of the first label of `widget` containing `part`; empty when none.
QString labelWith(const QWidget &widget, const QString &part)
{
    for (const QLabel *label : widget.findChildren<QLabel *>()) {
        if (label->text().contains(part))
            return label->text();
    }
    return {};
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->item(row, column)->setText(text);
}

/// Answers the screens' message boxes (collects what they said).
struct Answers {
    QStringList said;
    Answers()
    {
        gui::feedback::TestHooks hooks;
        hooks.problem = [this](const QString &, const QString &m) { said << m; };
        hooks.info = [this](const QString &, const QString &m) { said << m; };
        gui::feedback::setTestHooks(hooks);
    }
    ~Answers() { gui::feedback::setTestHooks({}); }
};

} // namespace

TEST_CASE("A revision entered on the SOP screen renames a step and the inbox follows",
          "[gui][admin][sop-revision]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    Answers answers;
    Workflow(*office.db, office.clock)
        .registerComplaint(office.rina, walkInWithIdentity(), office.clock.now());
    const User dewi = *UserStore(*office.db).byId(office.dewi);
    gui::Session dewiSession(*office.db, office.clock, dewi, false);
    gui::InboxPage inbox(dewiSession, {Role::Secretary}, StepAction::Report,
                         new gui::ReportPanel(dewiSession));
    inbox.refresh();
    CHECK_FALSE(labelWith(inbox, u"Step 2 · Melaporkan ke Kepala Dinas adanya laporan pengaduan"_s)
                    .isEmpty());

    const User admin = *UserStore(*office.db).byId(office.admin);
    gui::Session adminSession(*office.db, office.clock, admin, false);
    gui::SopPage page(adminSession);
    page.startRevision();
    REQUIRE(page.isEditing());
    setCell(page.stepsTable(), 1, gui::SopPage::ActivityColumn,
            u"Melaporkan aduan baru ke Kepala Dinas"_s);
    REQUIRE(page.saveRevision());
    CHECK_FALSE(page.isEditing());
    CHECK(SettingsStore(*office.db).sopRevisions().size() == 2);

    // The revision is in force today (2 March): the inbox's title takes the new name.
    inbox.refresh();
    CHECK_FALSE(labelWith(inbox, u"Step 2 · Melaporkan aduan baru ke Kepala Dinas"_s).isEmpty());
    CHECK(labelWith(inbox, u"adanya laporan pengaduan"_s).isEmpty());
}

TEST_CASE("The SOP screen refuses a broken revision beside its step and stores nothing",
          "[gui][admin][sop-revision]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    Answers answers;
    const User admin = *UserStore(*office.db).byId(office.admin);
    gui::Session session(*office.db, office.clock, admin, false);
    gui::SopPage page(session);
    page.startRevision();
    setCell(page.stepsTable(), 3, gui::SopPage::RequirementsColumn, u"Notulen rapat"_s);
    CHECK_FALSE(page.saveRevision());
    CHECK(page.isEditing()); // what was typed stays
    CHECK(page.stepsTable()->item(3, gui::SopPage::RequirementsColumn)->text()
          == u"Notulen rapat"_s);
    const QString problems = labelWith(page, u"Notulen rapat"_s);
    CHECK(problems.contains(u"Step 4 requires"_s));
    CHECK(page.stepsTable()->item(3, gui::SopPage::ActivityColumn)->background().style()
          != Qt::NoBrush);
    CHECK(page.stepsTable()->item(2, gui::SopPage::ActivityColumn)->background().style()
          == Qt::NoBrush);
    CHECK(SettingsStore(*office.db).sopRevisions().size() == 1);
}

TEST_CASE("The SOP evaluation screen shows March 2026 of the walkthrough",
          "[gui][admin][sop-evaluation]")
{
    TestOffice office(wib(2026, 3, 2, 8, 0));
    Answers answers;
    runWalkthroughs(office);
    const User admin = *UserStore(*office.db).byId(office.admin);
    gui::Session session(*office.db, office.clock, admin, false);
    gui::SopEvaluationPage page(session);
    // It opens on the previous month: March, seen on 6 April.
    QTableWidget *steps = page.stepsTable();
    REQUIRE(steps->rowCount() == 5);
    const QStringList onTime{u"2/2 (100%)"_s, u"1/2 (50%)"_s, u"1/2 (50%)"_s, u"2/2 (100%)"_s,
                             u"2/2 (100%)"_s};
    for (int row = 0; row < 5; ++row) {
        INFO("step " << row + 1);
        CHECK(steps->item(row, 0)->text() == QString::number(row + 1));
        CHECK(steps->item(row, 4)->text() == onTime.at(row));
    }
    REQUIRE(page.reasonsTable()->rowCount() == 2);
    CHECK(page.reasonsTable()->item(0, 0)->text() == u"Libur Nyepi dan akhir pekan"_s);
    CHECK(page.reasonsTable()->item(1, 0)->text() == u"Rapat pimpinan pagi"_s);
    CHECK_FALSE(labelWith(page, u"Steps late most often: 2, 3"_s).isEmpty());
    CHECK(answers.said.isEmpty());
}
