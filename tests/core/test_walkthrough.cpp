// The three walkthroughs of ../shared/cases/walkthrough.md through the engine, with an injected
// clock, asserting every figure of their tables.
#include "catch_qt.h"
#include "testoffice.h"

#include "admin/administration.h"
#include "queries/intakebook.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "util/error.h"
#include "workflow/workflow.h"

#include <memory>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

ComplaintDraft walkInPkh()
{
    ComplaintDraft d;
    d.channel = Channel::Direct;
    d.complainant = Complainant{u"Budi Santoso"_s, u"3572021208750004"_s, Gender::Male,
                                u"0812 3456 7801"_s,
                                u"Jl. Cemara 14 RT 02 RW 05, Kel. Kepanjenlor, Kec. Kepanjenkidul"_s};
    d.requirements.insert(u"identity_card"_s, {true, {}});
    d.requirements.insert(u"evidence"_s, {true, {}});
    d.evidence = {u"fotokopi KKS"_s, u"fotokopi buku tabungan"_s};
    d.subject = u"Bantuan PKH tahap 3 dan 4 tidak cair"_s;
    d.description = u"Sejak Juli bantuan PKH tidak masuk ke rekening, padahal masih terdaftar "
                    "sebagai penerima."_s;
    d.category = u"Bantuan sosial"_s;
    return d;
}

ComplaintDraft smsWithoutIdentityCard()
{
    ComplaintDraft d;
    d.channel = Channel::Sms;
    d.receivedAt = QDateTime::fromString(u"2026-03-18T21:14:00+07:00"_s, Qt::ISODate);
    d.complainant = Complainant{u"Ibu Lestari"_s, {}, Gender::Unknown, u"085712340001"_s, {}};
    d.requirements.insert(u"identity_card"_s,
                          {false, u"Aduan melalui SMS; identitas dikonfirmasi lewat telepon"_s});
    d.requirements.insert(u"evidence"_s, {false, u"Bukti akan dikirim menyusul"_s});
    d.subject = u"Orang dengan gangguan jiwa berkeliaran"_s;
    d.description = u"Di sekitar pasar Legi ada ODGJ tidur di emperan toko sejak tiga hari."_s;
    return d;
}

DecisionInput decision(const QDateTime &meetingAt, const QString &text)
{
    DecisionInput d;
    d.meetingAt = meetingAt;
    d.attendees = {u"Agus"_s, u"Lina"_s};
    d.discussion = u"Pembahasan tim."_s;
    d.decision = text;
    return d;
}

const StepState &step(const ComplaintRecord &c, int number)
{
    REQUIRE(c.steps.size() >= number);
    return c.steps.at(number - 1);
}

} // namespace

TEST_CASE("Walkthrough A: walk-in, everything on time", "[walkthrough][workflow]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    IntakeBook book(*office.db, office.clock);

    const QDateTime opened = office.clock.now();
    office.clock.set(wib(2026, 3, 2, 9, 4, 10));
    const Registration reg = wf.registerComplaint(office.rina, walkInPkh(), opened);
    CHECK(reg.agendaNumber == u"0001/ADUAN/III/2026"_s);
    CHECK(reg.workedSeconds == 250);
    CHECK_FALSE(reg.late);
    CHECK(reg.warnings.isEmpty());

    office.clock.set(wib(2026, 3, 2, 9, 12));
    wf.reportToHead(office.dewi, {reg.complaintId});
    office.clock.set(wib(2026, 3, 2, 9, 20));
    DispositionInput disposition;
    disposition.urgency = Urgency::Segera;
    disposition.instructions = {u"Rapatkan segera"_s};
    disposition.addressee = u"Tim Pengelola Pengaduan"_s;
    wf.dispose(office.hendra, {reg.complaintId}, disposition);
    office.clock.set(wib(2026, 3, 2, 9, 45));
    wf.decide(office.agus, {reg.complaintId},
              decision(wib(2026, 3, 2, 9, 25), u"Diverifikasi ulang ke pendamping PKH."_s));
    office.clock.set(wib(2026, 3, 2, 9, 53));
    ResolutionReportInput report{u"telepon"_s, u"Bantuan akan dicairkan pada tahap berikut."_s,
                                 u"Menerima"_s};
    wf.conveyResult(office.rina, {reg.complaintId}, report);

    const ComplaintRecord c = book.complaint(office.rina, reg.complaintId);
    CHECK(c.status() == ComplaintStatus::Completed);
    CHECK(c.complainant->phone == u"+6281234567801"_s);
    const qint64 expected[] = {250, 470, 480, 1500, 480};
    const int targets[] = {5, 10, 10, 30, 10};
    qint64 total = 0;
    for (int i = 1; i <= 5; ++i) {
        INFO("step " << i);
        CHECK(step(c, i).workedSeconds == expected[i - 1]);
        CHECK(step(c, i).targetMinutes == targets[i - 1]);
        CHECK_FALSE(step(c, i).late);
        total += step(c, i).workedSeconds;
    }
    CHECK(total == 53 * 60);
    REQUIRE(c.disposition);
    CHECK(c.disposition->signerName == u"Drs. Hendra Wijaya, M.Si."_s);
    CHECK(c.disposition->signerNip == u"197003121995031004"_s);
    CHECK_FALSE(c.disposition->signedAsActing);
    CHECK(c.disposition->input.urgency == Urgency::Segera);
    REQUIRE(c.resolutionReport);
    CHECK(c.resolutionReport->conveyedAt == wib(2026, 3, 2, 9, 53));
    // Every command left its audit entry, and the chain verifies.
    CHECK(book.history(office.rina, c.id).size() == 5);
    CHECK(AuditLog(*office.db).verify().ok);
}

TEST_CASE("Walkthrough A with each step on its own PC: every step is the first write of a "
          "fresh connection",
          "[walkthrough][workflow][postgres]")
{
    // Found in the walkthrough on a migrated server database: a connection whose first write
    // inserted a row without an id of its own (the Berita Acara) asked PostgreSQL for
    // lastval(), which fails in a session that has drawn from no sequence and aborted the step.
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    const auto freshPc = [&office] { return std::make_unique<Database>(office.db->path()); };
    const QDateTime opened = office.clock.now();
    office.clock.set(wib(2026, 3, 2, 9, 4, 10));
    qint64 id = 0;
    {
        auto pc = freshPc();
        const Registration reg = Workflow(*pc, office.clock)
                                     .registerComplaint(office.rina, walkInPkh(), opened);
        CHECK(reg.agendaNumber == u"0001/ADUAN/III/2026"_s);
        id = reg.complaintId;
    }
    office.clock.set(wib(2026, 3, 2, 9, 12));
    Workflow(*freshPc(), office.clock).reportToHead(office.dewi, {id});
    office.clock.set(wib(2026, 3, 2, 9, 20));
    DispositionInput disposition;
    disposition.urgency = Urgency::Segera;
    disposition.instructions = {u"Rapatkan segera"_s};
    disposition.addressee = u"Tim Pengelola Pengaduan"_s;
    Workflow(*freshPc(), office.clock).dispose(office.hendra, {id}, disposition);
    office.clock.set(wib(2026, 3, 2, 9, 45));
    Workflow(*freshPc(), office.clock)
        .decide(office.agus, {id},
                decision(wib(2026, 3, 2, 9, 25), u"Diverifikasi ulang ke pendamping PKH."_s));
    office.clock.set(wib(2026, 3, 2, 9, 53));
    Workflow(*freshPc(), office.clock)
        .conveyResult(office.rina, {id},
                      {u"telepon"_s, u"Bantuan akan dicairkan pada tahap berikut."_s,
                       u"Menerima"_s});

    const ComplaintRecord c = IntakeBook(*office.db, office.clock).complaint(office.rina, id);
    CHECK(c.status() == ComplaintStatus::Completed);
    CHECK(step(c, 5).workedSeconds == 480);
    CHECK(AuditLog(*office.db).verify().ok);
}

TEST_CASE("Walkthrough B: SMS at night, holiday, late steps, pause, referral",
          "[walkthrough][workflow]")
{
    test::TestOffice office(wib(2026, 3, 19, 15, 50));
    Workflow wf(*office.db, office.clock);
    IntakeBook book(*office.db, office.clock);
    const qint64 dinkes = [&] {
        for (const Agency &a : SettingsStore(*office.db).agencies()) {
            if (a.name == u"Dinas Kesehatan Kota Blitar"_s)
                return a.id;
        }
        return qint64(0);
    }();
    REQUIRE(dinkes > 0);

    // Step 1: the form opened Thu 19 Mar 15:50:00, saved 15:53:30.
    const QDateTime opened = office.clock.now();
    office.clock.set(wib(2026, 3, 19, 15, 53, 30));
    const Registration reg = wf.registerComplaint(office.rina, smsWithoutIdentityCard(), opened);
    // Alone in this database it is the first of March; see "Walkthrough numbering" for 0002.
    CHECK(reg.agendaNumber == u"0001/ADUAN/III/2026"_s);
    CHECK(reg.workedSeconds == 210);
    ComplaintRecord c = book.complaint(office.rina, reg.complaintId);
    CHECK(c.receivedAt == wib(2026, 3, 18, 21, 14));
    CHECK(book.calendar().officeDate(c.receivedAt) == QDate(2026, 3, 18));
    CHECK(c.requirements.value(u"identity_card"_s).waiverReason
          == u"Aduan melalui SMS; identitas dikonfirmasi lewat telepon"_s);
    CHECK(c.requirements.value(u"evidence"_s).waiverReason == u"Bukti akan dikirim menyusul"_s);
    // Overall deadline of a 5-working-day class: Thursday 26 March 2026 16:00 WIB.
    CHECK(c.deadlineAt == wib(2026, 3, 26, 16, 0));

    // Step 2 on Monday 07:45: 21 min 30 s against 10 — refused without a reason.
    office.clock.set(wib(2026, 3, 23, 7, 45));
    try {
        wf.reportToHead(office.dewi, {reg.complaintId});
        FAIL("a late step was completed without a deviation reason");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::DeviationReasonRequired);
        CHECK(e.message().contains(u"21 mnt 30 dtk"_s));
        CHECK(e.message().contains(u"11 mnt 30 dtk"_s));
    }
    CHECK(book.complaint(office.dewi, reg.complaintId).currentStep()->number == 2);
    wf.reportToHead(office.dewi, {reg.complaintId}, {}, u"Libur Nyepi dan akhir pekan"_s);

    // Step 3 at 08:00: 15 min, late by 5.
    office.clock.set(wib(2026, 3, 23, 8, 0));
    DispositionInput disposition;
    disposition.urgency = Urgency::Segera;
    disposition.instructions = {u"Rapatkan segera"_s};
    disposition.addressee = u"Tim Pengelola Pengaduan"_s;
    CHECK_THROWS_AS(wf.dispose(office.hendra, {reg.complaintId}, disposition), Error);
    wf.dispose(office.hendra, {reg.complaintId}, disposition, u"Rapat pimpinan pagi"_s);

    // Step 4: paused 08:10–10:10, decided 10:25 — 25 min, on time.
    office.clock.set(wib(2026, 3, 23, 8, 10));
    wf.pause(office.agus, {reg.complaintId},
             u"menunggu data kepesertaan dari BPJS Kesehatan"_s);
    CHECK(book.complaint(office.agus, reg.complaintId).status() == ComplaintStatus::Paused);
    office.clock.set(wib(2026, 3, 23, 10, 10));
    wf.resume(office.agus, {reg.complaintId}, u"Data diterima"_s);
    office.clock.set(wib(2026, 3, 23, 10, 25));
    wf.refer(office.agus, {reg.complaintId},
             decision(wib(2026, 3, 23, 10, 15), u"Bukan kewenangan Dinas Sosial."_s),
             ReferralInput{dinkes, u"Penanganan ODGJ menjadi kewenangan Dinas Kesehatan"_s,
                           u"400/12/410.105/2026"_s});

    // Step 5 at 10:30: 5 min.
    office.clock.set(wib(2026, 3, 23, 10, 30));
    wf.conveyResult(office.rina, {reg.complaintId},
                    {u"telepon"_s, u"Aduan disalurkan ke Dinas Kesehatan Kota Blitar."_s, {}});

    c = book.complaint(office.rina, reg.complaintId);
    CHECK(c.status() == ComplaintStatus::Referred);
    CHECK(step(c, 1).workedSeconds == 210);
    CHECK(step(c, 2).workedSeconds == 21 * 60 + 30);
    CHECK(step(c, 2).late);
    CHECK(step(c, 2).deviationReason == u"Libur Nyepi dan akhir pekan"_s);
    CHECK(step(c, 3).workedSeconds == 15 * 60);
    CHECK(step(c, 3).late);
    CHECK(step(c, 4).workedSeconds == 25 * 60);
    CHECK_FALSE(step(c, 4).late);
    CHECK(step(c, 5).workedSeconds == 5 * 60);
    REQUIRE(c.referral);
    CHECK(c.referral->agencyName == u"Dinas Kesehatan Kota Blitar"_s);
    REQUIRE(c.pauses.size() == 1);
    CHECK(c.pauses.first().reason == u"menunggu data kepesertaan dari BPJS Kesehatan"_s);
    // Closed within the overall deadline.
    CHECK(step(c, 5).completedAt <= c.deadlineAt);
}

TEST_CASE("Walkthrough numbering: A, B and C in one database are 0001/III, 0002/III, 0003/IV",
          "[walkthrough][numbers]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    CHECK(wf.registerComplaint(office.rina, walkInPkh(), office.clock.now()).agendaNumber
          == u"0001/ADUAN/III/2026"_s);
    office.clock.set(wib(2026, 3, 19, 15, 53, 30));
    CHECK(wf.registerComplaint(office.rina, smsWithoutIdentityCard(), wib(2026, 3, 19, 15, 50))
              .agendaNumber
          == u"0002/ADUAN/III/2026"_s);
    office.clock.set(wib(2026, 4, 6, 10, 6));
    CHECK(wf.registerComplaint(office.rina, test::confidentialCase(), wib(2026, 4, 6, 10, 0),
                               u"Pengadu perlu waktu"_s)
              .agendaNumber
          == u"0003/ADUAN/IV/2026"_s);
}

TEST_CASE("Walkthrough C: confidential, acting head, exactly on target",
          "[walkthrough][workflow][confidential]")
{
    test::TestOffice office(wib(2026, 4, 6, 10, 0));
    Workflow wf(*office.db, office.clock);
    IntakeBook book(*office.db, office.clock);
    Administration admin(*office.db, office.clock);
    Delegation plh;
    plh.delegateUserId = office.dewi;
    plh.firstDay = QDate(2026, 4, 6);
    plh.lastDay = QDate(2026, 4, 8);
    plh.reason = u"Kepala Dinas cuti"_s;
    admin.addDelegation(office.admin, plh);

    // Step 1: opened 10:00, saved 10:06 — late by 1 minute, reason required.
    const QDateTime opened = office.clock.now();
    office.clock.set(wib(2026, 4, 6, 10, 6));
    try {
        wf.registerComplaint(office.rina, test::confidentialCase(), opened);
        FAIL("a late registration was saved without a reason");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::DeviationReasonRequired);
        CHECK(e.message().contains(u"1 mnt"_s));
    }
    // Nothing was written by the refused attempt: the number is still free.
    const Registration reg =
        wf.registerComplaint(office.rina, test::confidentialCase(), opened, u"Pengadu ragu-ragu"_s);
    CHECK(reg.agendaNumber == u"0001/ADUAN/IV/2026"_s);
    CHECK(reg.late);

    office.clock.set(wib(2026, 4, 6, 10, 10));
    wf.reportToHead(office.dewi, {reg.complaintId});

    // Rina cannot sign a disposition at all, and the engine says so.
    office.clock.set(wib(2026, 4, 6, 10, 15));
    DispositionInput disposition;
    disposition.urgency = Urgency::Rahasia;
    disposition.instructions = {u"Rapatkan segera"_s};
    disposition.addressee = u"Tim Pengelola Pengaduan"_s;
    try {
        wf.dispose(office.rina, {reg.complaintId}, disposition);
        FAIL("Rina signed a disposition");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Forbidden);
        CHECK(e.message().contains(u"Kepala Dinas"_s));
    }
    // Dewi signs as Plh.
    wf.dispose(office.dewi, {reg.complaintId}, disposition);

    office.clock.set(wib(2026, 4, 6, 10, 50));
    CHECK_THROWS_AS(wf.decide(office.agus, {reg.complaintId},
                              decision(wib(2026, 4, 6, 10, 20), u"Ditindaklanjuti."_s)),
                    Error);
    wf.decide(office.agus, {reg.complaintId},
              decision(wib(2026, 4, 6, 10, 20), u"Ditindaklanjuti."_s),
              u"Menunggu klarifikasi pendamping"_s);
    office.clock.set(wib(2026, 4, 6, 11, 0));
    wf.conveyResult(office.rina, {reg.complaintId},
                    {u"langsung"_s, u"Pendamping diperiksa inspektorat."_s, u"Puas"_s});

    const ComplaintRecord c = book.complaint(office.agus, reg.complaintId);
    const qint64 expected[] = {360, 240, 300, 2100, 600};
    const bool late[] = {true, false, false, true, false};
    for (int i = 1; i <= 5; ++i) {
        INFO("step " << i);
        CHECK(step(c, i).workedSeconds == expected[i - 1]);
        CHECK(step(c, i).late == late[i - 1]);
    }
    REQUIRE(c.disposition);
    CHECK(c.disposition->signedAsActing);
    CHECK(c.disposition->signerName == u"Dewi"_s);
    CHECK(c.disposition->signerNip == u"198104222006042007"_s);
    CHECK(step(c, 3).actingHead);

    // Agus sees the name; Lina sees "Dirahasiakan" in the detail and in the register.
    CHECK(c.complainantDisplayName() == u"Hartini"_s);
    const ComplaintRecord forLina = book.complaint(office.lina, reg.complaintId);
    CHECK(forLina.identityHidden);
    CHECK_FALSE(forLina.complainant.has_value());
    CHECK(forLina.complainantDisplayName() == u"Dirahasiakan"_s);
    const auto rows = book.page(office.lina, {});
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().complainantName == u"Dirahasiakan"_s);
    IntakeBookFilter byName;
    byName.search = u"Hartini"_s;
    CHECK(book.count(office.lina, byName) == 0);
    CHECK(book.count(office.agus, byName) == 1);
}

TEST_CASE("A delegation adds a signer and removes no one", "[workflow][delegation]")
{
    test::TestOffice office(wib(2026, 4, 6, 10, 0));
    Workflow wf(*office.db, office.clock);
    IntakeBook book(*office.db, office.clock);
    Delegation plh;
    plh.delegateUserId = office.dewi;
    plh.firstDay = QDate(2026, 4, 6);
    plh.lastDay = QDate(2026, 4, 8);
    plh.reason = u"cuti"_s;
    Administration(*office.db, office.clock).addDelegation(office.admin, plh);
    DispositionInput disposition;
    disposition.instructions = {u"Tindak lanjuti"_s};
    disposition.addressee = u"Tim Pengelola Pengaduan"_s;

    auto registerAndReport = [&] {
        const auto reg = wf.registerComplaint(office.rina, walkInPkh(), office.clock.now());
        wf.reportToHead(office.dewi, {reg.complaintId});
        return reg.complaintId;
    };
    const qint64 first = registerAndReport();
    wf.dispose(office.hendra, {first}, disposition);
    CHECK_FALSE(book.complaint(office.rina, first).disposition->signedAsActing);

    // After the delegation's last day Dewi can no longer sign.
    office.clock.set(wib(2026, 4, 9, 8, 0));
    const qint64 second = registerAndReport();
    CHECK_THROWS_AS(wf.dispose(office.dewi, {second}, disposition), Error);
    try {
        wf.dispose(office.dewi, {second}, disposition);
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Forbidden);
    }
}
