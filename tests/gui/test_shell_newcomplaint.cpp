// Aduan baru (app/gui/workspaces/newcomplaintpage): the step's clock from the form's opening,
// saving through the engine, errors next to the fields with the typing kept, the deviation
// reason of a late registration, and linking an earlier complaint of the same person.
#include "catch_qt.h"
#include "test_shell_support.h"
#include "testoffice.h"

#include "complaintform/complaintformwidget.h"
#include "detail/complaintdetailview.h"
#include "queries/intakebook.h"
#include "session/session.h"
#include "storage/userstore.h"
#include "support/resultbanner.h"
#include "workflow/workflow.h"
#include "workspaces/newcomplaintpage.h"

#include <QListWidget>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

TEST_CASE("A new complaint is registered from the form with its step's clock", "[gui]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    const User rina = *UserStore(*office.db).byUsername(u"rina"_s);
    gui::Session session(*office.db, office.clock, rina, false);
    shell::PromptAnswers answers(u"Pengadu datang bersama keluarga, penjelasan panjang"_s);
    gui::NewComplaintPage page(session);
    page.resize(1300, 700);
    page.show();
    CHECK(page.formOpenedAt() == wib(2026, 3, 2, 9, 0));

    SECTION("on time: walkthrough A's number and time")
    {
        page.form()->setDraft(walkInWithIdentity());
        office.clock.set(wib(2026, 3, 2, 9, 4, 10));
        const auto registration = page.save();
        REQUIRE(registration);
        CHECK(registration->agendaNumber == u"0001/ADUAN/III/2026"_s);
        CHECK(registration->workedSeconds == 250);
        CHECK_FALSE(registration->late);
        CHECK(answers.reasonsAsked() == 0);
        CHECK(page.banner()->isVisible());
        CHECK(page.banner()->text().contains(u"0001/ADUAN/III/2026"_s));
        // A fresh form, its clock started again.
        CHECK(page.form()->draft().subject.isEmpty());
        CHECK(page.formOpenedAt() == wib(2026, 3, 2, 9, 4, 10));

        // Its detail: steps 1 (done, on time) and 2 (open), and the registration in the history.
        gui::ComplaintDetailView detail(session);
        REQUIRE(detail.showComplaint(registration->complaintId));
        REQUIRE(detail.timeline()->rowCount() == 2);
        CHECK(detail.timeline()->item(0, 5)->text() == u"4 mnt 10 dtk"_s);
        CHECK(detail.timeline()->item(0, 7)->text() == u"on time"_s);
        CHECK(detail.timeline()->item(1, 4)->text() == u"open"_s);
        REQUIRE(detail.history()->rowCount() >= 1);
        CHECK(detail.history()->item(0, 1)->text() == u"Rina"_s);
        CHECK(detail.history()->item(0, 2)->text() == u"Registered"_s);
    }

    SECTION("late: the deviation reason is asked and recorded")
    {
        page.form()->setDraft(walkInWithIdentity());
        office.clock.set(wib(2026, 3, 2, 9, 6, 0));
        const auto registration = page.save();
        REQUIRE(registration);
        CHECK(registration->late);
        CHECK(answers.reasonsAsked() == 1);
        const ComplaintRecord record =
            IntakeBook(*office.db, office.clock).complaint(rina.id, registration->complaintId);
        CHECK(record.steps.at(0).deviationReason
              == u"Pengadu datang bersama keluarga, penjelasan panjang"_s);
    }

    SECTION("errors stay on the form with what was typed")
    {
        ComplaintDraft draft = walkInWithIdentity();
        draft.subject.clear();
        page.form()->setDraft(draft);
        CHECK_FALSE(page.save());
        CHECK(page.form()->draft().complainant->name == u"Budi Santoso"_s);
        CHECK(page.form()->draft().description == draft.description);
        CHECK(IntakeBook(*office.db, office.clock).count(rina.id, {}) == 0);
    }

    SECTION("an earlier complaint of the same person is listed and linked")
    {
        const qint64 earlier = Workflow(*office.db, office.clock)
                                   .registerComplaint(rina.id, walkInWithIdentity(), office.clock.now())
                                   .complaintId;
        page.lookForDuplicates(u"3572021208750004"_s, {});
        REQUIRE(page.duplicates()->count() == 1);
        page.duplicates()->item(0)->setCheckState(Qt::Checked);
        CHECK(page.linkedComplaintId() == earlier);
        page.form()->setDraft(walkInWithIdentity());
        office.clock.set(wib(2026, 3, 2, 9, 3, 0));
        const auto registration = page.save();
        REQUIRE(registration);
        const ComplaintRecord record =
            IntakeBook(*office.db, office.clock).complaint(rina.id, registration->complaintId);
        CHECK(record.relatedComplaintId == earlier);
    }
}

TEST_CASE("A late registration with an empty deviation reason is refused as every late step is",
          "[gui][issue15]")
{
    TestOffice office(wib(2026, 3, 2, 9, 0));
    const User rina = *UserStore(*office.db).byUsername(u"rina"_s);
    gui::Session session(*office.db, office.clock, rina, false);
    shell::PromptAnswers answers(u"   "_s); // the officer confirms the prompt without a reason
    gui::NewComplaintPage page(session);
    page.form()->setDraft(walkInWithIdentity());
    office.clock.set(wib(2026, 3, 2, 9, 6, 0));
    CHECK_FALSE(page.save());
    CHECK(answers.reasonsAsked() == 1);
    // The words of feedback::runStepCommand, shown like for any other late step.
    CHECK(answers.problems()
          == QStringList{u"The step is late: it can only be completed with a reason."_s});
    CHECK(IntakeBook(*office.db, office.clock).count(rina.id, {}) == 0);
    // What was typed stays.
    CHECK(page.form()->draft().complainant->name == u"Budi Santoso"_s);
}
