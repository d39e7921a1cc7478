// The inbox (app/gui/inbox, models/inboxmodel): the time left of each complaint's step coloured
// by its clock (on time / under a fifth left / overdue), refreshed when another PC commits, and
// a late step completed in the same flow with its deviation reason.
#include "catch_qt.h"
#include "test_shell_support.h"
#include "testoffice.h"

#include "inbox/inboxpage.h"
#include "inbox/steppanel.h"
#include "models/inboxmodel.h"
#include "models/stepclockstyle.h"
#include "queries/intakebook.h"
#include "session/datawatcher.h"
#include "session/session.h"
#include "storage/userstore.h"
#include "support/resultbanner.h"
#include "workflow/workflow.h"
#include "common/handoverview.h"
#include "storage/settingsstore.h"
#include "workspaces/conveypanel.h"
#include "workspaces/decisionpanel.h"
#include "workspaces/dispositionpanel.h"
#include "workspaces/reportpanel.h"

#include <QColor>
#include <QTest>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

namespace {

ComplaintDraft draft(const QString &name)
{
    ComplaintDraft d = walkInWithIdentity();
    d.complainant = Complainant{name, {}, Gender::Unknown, {}, {}};
    d.description = u"Sudah tiga bulan."_s;
    return d;
}

StepClock::State stateOf(const gui::InboxModel &model, int row)
{
    return StepClock::State(
        model.index(row, gui::InboxModel::TimeLeft).data(gui::InboxModel::ClockStateRole).toInt());
}

QColor background(const gui::InboxModel &model, int row)
{
    return model.index(row, gui::InboxModel::TimeLeft).data(Qt::BackgroundRole).value<QColor>();
}

} // namespace

TEST_CASE("The inbox colours each step's time left by its clock", "[gui]")
{
    TestOffice office(wib(2026, 3, 2, 8, 0));
    Workflow workflow(*office.db, office.clock);
    // Step 2's target is 10 minutes; a fifth of it is 2 minutes.
    const qint64 late = workflow.registerComplaint(office.rina, draft(u"Budi Santoso"_s),
                                                   office.clock.now()).complaintId;
    office.clock.set(wib(2026, 3, 2, 8, 3));
    const qint64 warning = workflow.registerComplaint(office.rina, draft(u"Siti Aminah"_s),
                                                      office.clock.now()).complaintId;
    office.clock.set(wib(2026, 3, 2, 8, 7));
    const qint64 onTime = workflow.registerComplaint(office.rina, draft(u"Joko Susilo"_s),
                                                     office.clock.now()).complaintId;
    office.clock.set(wib(2026, 3, 2, 8, 12)); // used: 12, 9 and 5 minutes

    const User dewi = *UserStore(*office.db).byUsername(u"dewi"_s);
    gui::Session session(*office.db, office.clock, dewi, false);
    auto *panel = new gui::ReportPanel(session);
    gui::InboxPage page(session, {Role::Secretary}, StepAction::Report, panel);
    page.resize(1300, 700);
    page.show();
    const gui::InboxModel &model = *page.model();

    REQUIRE(model.rowCount() == 3);
    CHECK(model.itemAt(0)->row.complaintId == late); // oldest first
    CHECK(model.itemAt(1)->row.complaintId == warning);
    CHECK(model.itemAt(2)->row.complaintId == onTime);
    CHECK(stateOf(model, 0) == StepClock::State::Overdue);
    CHECK(stateOf(model, 1) == StepClock::State::Warning);
    CHECK(stateOf(model, 2) == StepClock::State::OnTime);
    CHECK(background(model, 0) == gui::stepclockstyle::background(StepClock::State::Overdue));
    CHECK(background(model, 1) == gui::stepclockstyle::background(StepClock::State::Warning));
    CHECK(background(model, 2) == gui::stepclockstyle::background(StepClock::State::OnTime));
    CHECK(background(model, 0) != background(model, 1));
    CHECK(background(model, 1) != background(model, 2));
    CHECK(background(model, 0) != background(model, 2));
    const QString timeLeft = u"Time left"_s;
    CHECK(model.headerData(gui::InboxModel::TimeLeft, Qt::Horizontal).toString() == timeLeft);
    CHECK(model.index(0, gui::InboxModel::TimeLeft).data().toString() == u"2 mnt overdue"_s);
    CHECK(model.index(1, gui::InboxModel::TimeLeft).data().toString() == u"1 mnt left"_s);
    CHECK(model.index(2, gui::InboxModel::TimeLeft).data().toString() == u"5 mnt left"_s);

    SECTION("the clock moves on with the session's tick")
    {
        office.clock.set(wib(2026, 3, 2, 8, 16)); // the third has used 9 minutes
        emit session.tick();
        CHECK(stateOf(model, 2) == StepClock::State::Warning);
    }

    SECTION("another PC's commit refreshes the inbox")
    {
        auto other = office.openAnother();
        Workflow(*other, office.clock)
            .registerComplaint(office.rina, draft(u"Dewi Lestari"_s), office.clock.now());
        CHECK(model.rowCount() == 3);
        if (session.watcher()->isPushed()) {
            // A database server pushes the commit (LISTEN/NOTIFY): the inbox refreshes by
            // itself once the event loop runs (bounded wait for a failure; no poll).
            (void)QTest::qWaitFor([&] { return model.rowCount() == 4; }, 10000);
        } else {
            session.watcher()->poll(); // data_version changed
        }
        CHECK(model.rowCount() == 4);
    }

    SECTION("on time, a step completes at once; late, the reason is asked and recorded")
    {
        shell::PromptAnswers answers(u"Menunggu tanda tangan"_s);
        REQUIRE(page.selectComplaint(onTime));
        CHECK(panel->record().id == onTime);
        REQUIRE(panel->report());
        CHECK(answers.reasonsAsked() == 0);
        CHECK(model.rowCount() == 2);
        CHECK(page.banner()->isVisible());
        // The banner says the time used against the target (ResultBanner for steps 2–5 too).
        CHECK(page.banner()->text().contains(u"Step 2 took "_s));
        CHECK(page.banner()->text().contains(u"against a target of 10 minutes: on time."_s));

        REQUIRE(page.selectComplaint(late));
        REQUIRE(panel->report());
        CHECK(answers.reasonsAsked() == 1);
        CHECK(answers.problems().isEmpty());
        CHECK(model.rowCount() == 1);
        CHECK(page.banner()->text().contains(u"Step 2 took "_s));
        CHECK(page.banner()->text().contains(u"minutes: it is late by "_s));
        const ComplaintRecord record = IntakeBook(*office.db, office.clock).complaint(dewi.id, late);
        CHECK(record.steps.at(1).deviationReason == u"Menunggu tanda tangan"_s);
        CHECK(record.currentStep()->number == 3);
    }

    SECTION("a stale row version is refused, and the page reloads it for the redo")
    {
        shell::PromptAnswers answers;
        REQUIRE(page.selectComplaint(onTime));
        // Another PC puts it on hold and resumes it meanwhile: the version moves on.
        auto other = office.openAnother();
        Workflow otherWorkflow(*other, office.clock);
        otherWorkflow.pause(dewi.id, ComplaintRef{onTime, {}}, u"Menunggu data"_s);
        otherWorkflow.resume(dewi.id, ComplaintRef{onTime, {}});
        CHECK_FALSE(panel->report());
        REQUIRE(answers.problems().size() == 1); // the Conflict message, shown
        CHECK(panel->record().rowVersion
              == IntakeBook(*office.db, office.clock).complaint(dewi.id, onTime).rowVersion);
        CHECK(panel->report());
    }
}

TEST_CASE("Each step's panel shows what the earlier steps wrote for this person", "[gui]")
{
    TestOffice office(wib(2026, 3, 2, 8, 0));
    Workflow wf(*office.db, office.clock);
    ComplaintDraft d = draft(u"Budi Santoso"_s);
    d.description = u"Bantuan PKH belum cair sejak Januari."_s;
    const qint64 decided = wf.registerComplaint(office.rina, d, office.clock.now()).complaintId;
    const qint64 referred = wf.registerComplaint(office.rina, d, office.clock.now()).complaintId;
    const qint64 dinkes = [&] {
        for (const Agency &a : SettingsStore(*office.db).agencies()) {
            if (a.name == u"Dinas Kesehatan Kota Blitar"_s)
                return a.id;
        }
        return qint64(0);
    }();
    REQUIRE(dinkes > 0);
    for (const qint64 id : {decided, referred})
        wf.reportToHead(office.dewi, {id}, u"Pengadu datang dua kali; mohon segera."_s);

    auto select = [](gui::InboxPage &page, qint64 id) {
        page.resize(1366, 700);
        page.show();
        REQUIRE(page.selectComplaint(id));
    };

    // Step 3: the head reads the complaint and the secretary's note.
    {
        const User hendra = *UserStore(*office.db).byId(office.hendra);
        gui::Session session(*office.db, office.clock, hendra, false);
        auto *panel = new gui::DispositionPanel(session);
        gui::InboxPage page(session, {Role::Head}, StepAction::Dispose, panel);
        select(page, decided);
        REQUIRE(panel->handover()->isVisible());
        const QString text = panel->handover()->text();
        CHECK(text.contains(u"Bantuan PKH belum cair sejak Januari."_s));
        CHECK(text.contains(u"Secretary's note for the head:"_s));
        CHECK(text.contains(u"Pengadu datang dua kali; mohon segera."_s));
        CHECK_FALSE(panel->handover()->hasFocus());
    }
    DispositionInput disposition;
    disposition.urgency = Urgency::Segera;
    disposition.instructions = {u"Tindak lanjuti"_s, u"Koordinasikan"_s};
    disposition.note = u"Cek data DTKS dulu."_s;
    disposition.addressee = u"Tim Pengelola Pengaduan"_s;
    for (const qint64 id : {decided, referred})
        wf.dispose(office.hendra, {id}, disposition);

    // Step 4: the team reads the head's instructions and note.
    {
        const User agus = *UserStore(*office.db).byId(office.agus);
        gui::Session session(*office.db, office.clock, agus, false);
        auto *panel = new gui::DecisionPanel(session);
        gui::InboxPage page(session, {Role::Team}, StepAction::Decide, panel);
        select(page, decided);
        const QString text = panel->handover()->text();
        CHECK(text.contains(u"Bantuan PKH belum cair sejak Januari."_s));
        CHECK(text.contains(u"Head's instructions (Segera): Tindak lanjuti; Koordinasikan"_s));
        CHECK(text.contains(u"Head's note: Cek data DTKS dulu."_s));
    }
    DecisionInput decision;
    decision.meetingAt = office.clock.now();
    decision.attendees = {u"Agus"_s};
    decision.decision = u"Bantuan diproses pada tahap berikutnya."_s;
    wf.decide(office.agus, {decided}, decision);
    DecisionInput notOurs = decision;
    notOurs.withinAuthority = false;
    notOurs.decision = u"Bukan kewenangan Dinas Sosial."_s;
    wf.refer(office.agus, {referred}, notOurs,
             ReferralInput{dinkes, u"Penanganan ODGJ menjadi kewenangan Dinas Kesehatan"_s,
                           u"400/12/410.105/2026"_s});

    // Step 5: the officer reads the team's decision, or where it was referred.
    {
        const User rina = *UserStore(*office.db).byId(office.rina);
        gui::Session session(*office.db, office.clock, rina, false);
        auto *panel = new gui::ConveyPanel(session);
        gui::InboxPage page(session, {Role::Officer}, StepAction::Convey, panel);
        select(page, decided);
        CHECK(panel->handover()->text().contains(
            u"Team's decision: Bantuan diproses pada tahap berikutnya."_s));
        REQUIRE(page.selectComplaint(referred));
        const QString text = panel->handover()->text();
        CHECK(text.contains(u"Referred to: Dinas Kesehatan Kota Blitar — letter 400/12/410.105/2026"_s));
        CHECK(text.contains(u"Penanganan ODGJ menjadi kewenangan Dinas Kesehatan"_s));
    }
}
