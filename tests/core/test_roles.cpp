// Every command checks the acting user's role in the engine (the GUI hiding a button is not a
// check), before anything else.
#include "catch_qt.h"
#include "testoffice.h"

#include "admin/administration.h"
#include "queries/intakebook.h"
#include "util/error.h"
#include "workflow/workflow.h"

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::walkIn;
using aduan::test::wib;

namespace {

void requireForbidden(const std::function<void()> &command)
{
    try {
        command();
        FAIL("the command was not refused");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Forbidden);
        CHECK_FALSE(e.message().isEmpty());
    }
}

} // namespace

TEST_CASE("A role without the right is refused by the engine for every command", "[workflow][roles]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    IntakeBook book(*office.db, office.clock);
    const QList<qint64> everyone = {office.rina, office.dewi, office.hendra, office.agus,
                                    office.lina, office.admin};
    auto others = [&](QList<qint64> allowed) {
        QList<qint64> out;
        for (qint64 u : everyone) {
            if (!allowed.contains(u))
                out << u;
        }
        return out;
    };

    for (qint64 user : others({office.rina}))
        requireForbidden([&] { wf.registerComplaint(user, walkIn(), office.clock.now()); });
    const qint64 id = wf.registerComplaint(office.rina, walkIn(), office.clock.now()).complaintId;

    for (qint64 user : others({office.dewi}))
        requireForbidden([&] { wf.reportToHead(user, {id}); });
    wf.reportToHead(office.dewi, {id});

    DispositionInput disposition;
    disposition.instructions = {u"Tindak lanjuti"_s};
    disposition.addressee = u"Tim"_s;
    for (qint64 user : others({office.hendra}))
        requireForbidden([&] { wf.dispose(user, {id}, disposition); });
    for (qint64 user : others({office.hendra}))
        requireForbidden([&] { wf.pause(user, {id}, u"menunggu"_s); });
    wf.dispose(office.hendra, {id}, disposition);

    DecisionInput decision;
    decision.meetingAt = office.clock.now();
    decision.attendees = {u"Agus"_s};
    decision.decision = u"Ditindaklanjuti"_s;
    for (qint64 user : others({office.agus, office.lina}))
        requireForbidden([&] { wf.decide(user, {id}, decision); });
    wf.pause(office.lina, {id}, u"menunggu data"_s);
    for (qint64 user : others({office.agus, office.lina}))
        requireForbidden([&] { wf.resume(user, {id}); });
    wf.resume(office.agus, {id});
    wf.decide(office.lina, {id}, decision);

    const ResolutionReportInput report{u"telepon"_s, u"Selesai"_s, {}};
    for (qint64 user : others({office.rina}))
        requireForbidden([&] { wf.conveyResult(user, {id}, report); });
    wf.conveyResult(office.rina, {id}, report);

    for (qint64 user : {office.hendra, office.agus, office.lina})
        requireForbidden([&] { wf.voidComplaint(user, {id}, u"salah input"_s); });
    for (qint64 user : {office.hendra, office.agus, office.lina})
        requireForbidden([&] { wf.amend(user, {id}, walkIn()); });

    Administration admin(*office.db, office.clock);
    User newcomer;
    newcomer.username = u"baru"_s;
    newcomer.fullName = u"Pegawai Baru"_s;
    newcomer.roles = {Role::Officer};
    for (qint64 user : others({office.admin})) {
        requireForbidden([&] { admin.createUser(user, newcomer, u"password-baru"_s); });
        requireForbidden([&] { admin.addAgency(user, u"Dinas X"_s, {}); });
        requireForbidden([&] { admin.setAgendaPattern(user, u"{seq}/A/{year}"_s); });
    }
    // The refusals changed nothing: one complaint, completed, with one audit entry per step.
    CHECK(book.count(office.admin, {}) == 1);
    CHECK(book.complaint(office.admin, id).status() == ComplaintStatus::Completed);
}

TEST_CASE("Checks run in order: role, step, requirements, output, deviation", "[workflow]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    const qint64 id = wf.registerComplaint(office.rina, walkIn(), office.clock.now()).complaintId;

    // Wrong role comes before wrong step: Rina on a disposition at step 2.
    DispositionInput empty;
    try {
        wf.dispose(office.rina, {id}, empty);
        FAIL();
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Forbidden);
    }
    // The head at step 2: wrong step, before the empty output is noticed.
    try {
        wf.dispose(office.hendra, {id}, empty);
        FAIL();
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::WrongStep);
        CHECK(e.message().contains(u"step 2"_s));
    }
    office.clock.advanceSeconds(60);
    wf.reportToHead(office.dewi, {id});
    // Late and empty: the empty output is reported first.
    office.clock.advanceSeconds(3600);
    try {
        wf.dispose(office.hendra, {id}, empty);
        FAIL();
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::OutputIncomplete);
    }
    DispositionInput filled;
    filled.instructions = {u"Tindak lanjuti"_s};
    filled.addressee = u"Tim"_s;
    try {
        wf.dispose(office.hendra, {id}, filled);
        FAIL();
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::DeviationReasonRequired);
    }
    wf.dispose(office.hendra, {id}, filled, u"Rapat di luar kantor"_s);
}

TEST_CASE("Stale edits are refused with a conflict; voiding keeps the number", "[workflow][concurrency]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    IntakeBook book(*office.db, office.clock);
    const Registration first = wf.registerComplaint(office.rina, walkIn(), office.clock.now());
    const int seen = book.complaint(office.dewi, first.complaintId).rowVersion;

    // Another PC corrects the complaint meanwhile.
    auto otherPc = office.openAnother();
    Workflow other(*otherPc, office.clock);
    ComplaintDraft corrected = walkIn();
    corrected.subject = u"Lansia terlantar di Sananwetan"_s;
    other.amend(office.rina, {first.complaintId, seen}, corrected);

    try {
        wf.reportToHead(office.dewi, {first.complaintId, seen});
        FAIL("a stale edit was written");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Conflict);
    }
    const ComplaintRecord now = book.complaint(office.dewi, first.complaintId);
    CHECK(now.subject == u"Lansia terlantar di Sananwetan"_s);
    CHECK(now.currentStep()->number == 2);
    wf.reportToHead(office.dewi, {first.complaintId, now.rowVersion});

    wf.voidComplaint(office.dewi, {first.complaintId}, u"Tercatat dua kali"_s);
    CHECK(book.complaint(office.dewi, first.complaintId).status() == ComplaintStatus::Voided);
    CHECK_THROWS_AS(wf.voidComplaint(office.dewi, {first.complaintId}, u"lagi"_s), Error);
    const Registration second = wf.registerComplaint(office.rina, walkIn(), office.clock.now());
    CHECK(second.agendaNumber == u"0002/ADUAN/III/2026"_s);
    // The voided complaint is still there, with its number.
    CHECK(book.findByAgendaNumber(u"0001/ADUAN/III/2026"_s) == first.complaintId);
}
