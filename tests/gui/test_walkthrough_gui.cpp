// Walkthroughs A, B and C of ../shared/cases/walkthrough.md through the screens, in ONE fresh
// database and in order: every step by a user of its role at their own desk (a Session and the
// MainWindow with the workspaces of the role), typing into the entry screens and pressing Ctrl+S
// or the screen's buttons, the injected ManualClock set to each minute of the walkthrough. The
// real reason and password dialogs appear and are answered by typing (see Dialogs). Asserted is
// what the screens show: agenda numbers, time used, late flags, the deviation-reason dialog (and
// that cancelling it saves nothing), Plh. on C's disposition, "Dirahasiakan" for Lina, and the
// engine's refusal when Rina tries to sign a disposition. Walkthrough C is in
// test_walkthrough_gui_c.cpp, the steps every walkthrough takes at a desk in
// test_walkthrough_gui_steps.h.
#include "catch_qt.h"
#include "test_walkthrough_gui_steps.h"

#include "document/printcontext.h"
#include "intakebook/intakebookprint.h"
#include "pdftext.h"
#include "print/documentprinting.h"

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;
using namespace aduan::test::walkthrough;

namespace aduan::test::walkthrough {

// ---- A -----------------------------------------------------------------------------------------

void walkthroughA(Walk &w)
{
    ManualClock &clock = w.office.clock;

    // Step 1: Rina opens the form at 09:00:00, saves at 09:04:10.
    clock.set(wib(2026, 3, 2, 9, 0));
    {
        const auto rinaDesk = w.desk(u"rina"_s);
        Desk &rina = *rinaDesk;
        gui::NewComplaintPage *page = newComplaintPage(rina);
        forms::ComplaintFormWidget *form = page->form();
        CHECK(child<QComboBox>(form, u"channelCombo"_s)->currentData().toInt()
              == int(Channel::Direct));
        CHECK(child<QRadioButton>(form, u"publicRadio"_s)->isChecked());
        type(child<QLineEdit>(form, u"nameEdit"_s), u"Budi Santoso"_s);
        type(child<QLineEdit>(form, u"nikEdit"_s), u"3572021208750004"_s);
        tick(child<QRadioButton>(form, u"maleRadio"_s));
        type(child<QLineEdit>(form, u"phoneEdit"_s), u"0812 3456 7801"_s);
        CHECK(child<QLabel>(form, u"phonePreview"_s)->text() == u"saved as +6281234567801"_s);
        type(child<QLineEdit>(form, u"addressEdit"_s),
             u"Jl. Cemara 14 RT 02 RW 05, Kel. Kepanjenlor, Kec. Kepanjenkidul"_s);
        tick(child<QCheckBox>(form, u"requirement_identity_card"_s));
        tick(child<QCheckBox>(form, u"requirement_evidence"_s));
        typeLines(child<QPlainTextEdit>(form, u"evidenceEdit"_s),
                  {u"fotokopi KKS"_s, u"fotokopi buku tabungan"_s});
        type(child<QLineEdit>(form, u"subjectEdit"_s), u"Bantuan PKH tahap 3 dan 4 tidak cair"_s);
        type(child<QPlainTextEdit>(form, u"descriptionEdit"_s),
             u"Sejak Juli bantuan PKH tidak masuk ke rekening, padahal masih terdaftar sebagai "
             "penerima."_s);
        chooseText(child<QComboBox>(form, u"categoryCombo"_s), u"Bantuan sosial"_s);
        CHECK(page->formOpenedAt() == wib(2026, 3, 2, 9, 0));

        clock.set(wib(2026, 3, 2, 9, 4, 10));
        emit rina.session().tick();
        CHECK(clockText(page) == u"Step 1 started 09.00.00 · 4 mnt 10 dtk used"_s);
        w.a = saveComplaint(w, rina, page);
        REQUIRE(w.a > 0);
        CHECK(w.dialogs.seen().isEmpty()); // on time: no reason asked
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(page->banner()->isVisible());
        CHECK(page->banner()->text().contains(u"Registered as"_s));
        CHECK(page->banner()->text().contains(u"0001/ADUAN/III/2026"_s));
        CHECK(page->banner()->text().contains(u"Step 1 took 4 mnt 10 dtk against a target of 5 minutes: on time."_s));
        CHECK(page->form()->draft().subject.isEmpty()); // a fresh form for the next person
    }

    // Step 2: Dewi reports it to the head from the register at 09:12:00 (7 mnt 50 dtk).
    clock.set(wib(2026, 3, 2, 9, 12));
    {
        const auto dewiDesk = w.desk(u"dewi"_s);
        Desk &dewi = *dewiDesk;
        auto *ws = qobject_cast<gui::SecretaryWorkspace *>(dewi.showWorkspace(Role::Secretary));
        REQUIRE(ws);
        CHECK(inboxCell(ws->inboxPage(), w.a, gui::InboxModel::Number) == u"0001/ADUAN/III/2026"_s);
        CHECK(inboxCell(ws->inboxPage(), w.a, gui::InboxModel::TimeLeft) == u"2 mnt 10 dtk left"_s);
        gui::RegisterPage *page = secretaryRegister(dewi);
        CHECK(page->model()->total() == 1);
        reportFromRegister(page, w.a);
        CHECK(w.dialogs.seen().isEmpty());
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        const QString banner = page->findChild<gui::ResultBanner *>()->text();
        CHECK(banner.contains(u"0001/ADUAN/III/2026"_s));
        CHECK(banner.contains(u"is reported to the head"_s));
        CHECK(w.openStep(w.a) == 3);
    }

    // Step 3: Hendra signs the disposition, sifat Segera, at 09:20:00 (8 mnt).
    clock.set(wib(2026, 3, 2, 9, 20));
    {
        const auto hendraDesk = w.desk(u"hendra"_s);
        Desk &hendra = *hendraDesk;
        gui::InboxPage *inbox = headInbox(hendra);
        CHECK(inboxCell(inbox, w.a, gui::InboxModel::TimeLeft) == u"2 mnt left"_s);
        QRadioButton *urgency = nullptr;
        forms::DispositionWidget *form = fillDisposition(inbox, w.a, &urgency, u"segeraRadio"_s);
        CHECK(child<QLabel>(form, u"numberValue"_s)->text() == u"0001/ADUAN/III/2026"_s);
        CHECK(child<QLabel>(form, u"fromValue"_s)->text() == u"Budi Santoso"_s);
        CHECK(form->input().urgency == Urgency::Segera);
        // A wrong password signs nothing. (Not on the persons' own roles: the office's
        // connection would count the failure in a history the server has stamped by its own
        // clock, months after this test's; the server's refusal of a wrong password is tested
        // by [personsession] in core_tests and the idle lock's in gui_walkthrough_tests.)
        if (!w.ownRoles) {
            w.dialogs.expectPassword(u"salah-ketik"_s);
            REQUIRE(hendra.pressCtrlS());
            CHECK(w.dialogs.pending() == 0);
            CHECK(w.dialogs.problems()
                  == QStringList{u"The password is not correct; the disposition is not signed."_s});
            CHECK(w.openStep(w.a) == 3);
            CHECK(inbox->model()->rowOf(w.a) >= 0);
            w.dialogs.clearSeen();
        }

        w.dialogs.expectPassword(kPassword);
        REQUIRE(hendra.pressCtrlS());
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 1);
        CHECK(lastSeen(w).kind == u"password"_s);
        CHECK(lastSeen(w).message.contains(u"0001/ADUAN/III/2026 as Kepala Dinas."_s));
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(inbox->model()->rowOf(w.a) < 0);
        CHECK(inbox->banner()->text().contains(u"0001/ADUAN/III/2026"_s));
        CHECK(w.openStep(w.a) == 4);
        w.dialogs.clearSeen();
    }

    // Step 4: Agus records the decision, within the office's authority, at 09:45:00 (25 mnt).
    clock.set(wib(2026, 3, 2, 9, 45));
    {
        const auto agusDesk = w.desk(u"agus"_s);
        Desk &agus = *agusDesk;
        gui::InboxPage *inbox = teamInbox(agus);
        CHECK(inboxCell(inbox, w.a, gui::InboxModel::TimeLeft) == u"5 mnt left"_s);
        forms::DecisionWidget *form =
            fillDecision(inbox, w.a, u"Diverifikasi ulang ke pendamping PKH."_s);
        CHECK(child<QRadioButton>(form, u"withinRadio"_s)->isChecked());
        CHECK(form->input().attendees == (QStringList{u"Agus"_s, u"Lina"_s}));
        REQUIRE(agus.pressCtrlS());
        CHECK(w.dialogs.seen().isEmpty());
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(inbox->model()->rowOf(w.a) < 0);
        CHECK(w.openStep(w.a) == 5);
    }

    // Step 5: Rina conveys the result by telephone at 09:53:00 (8 mnt).
    clock.set(wib(2026, 3, 2, 9, 53));
    {
        const auto rinaDesk = w.desk(u"rina"_s);
        Desk &rina = *rinaDesk;
        gui::InboxPage *inbox = conveyInbox(rina);
        forms::ResolutionReportWidget *form =
            fillConvey(inbox, w.a, u"telepon"_s, {}, u"Menerima"_s);
        CHECK(child<QPlainTextEdit>(form, u"summaryEdit"_s)->toPlainText()
              == u"Diverifikasi ulang ke pendamping PKH."_s);
        REQUIRE(rina.pressCtrlS());
        CHECK(w.dialogs.seen().isEmpty());
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(inbox->banner()->text().contains(u"The Berita Acara of"_s));
        CHECK(inbox->banner()->text().contains(u"0001/ADUAN/III/2026"_s));
        CHECK(w.openStep(w.a) == 0);

        const Detail detail = openDetailFromRegister(rina, w.a);
        REQUIRE(detail.view->timeline()->rowCount() == 5);
        checkStep(detail, 1, u"4 mnt 10 dtk"_s, u"on time"_s);
        checkStep(detail, 2, u"7 mnt 50 dtk"_s, u"on time"_s);
        checkStep(detail, 3, u"8 mnt"_s, u"on time"_s);
        checkStep(detail, 4, u"25 mnt"_s, u"on time"_s);
        checkStep(detail, 5, u"8 mnt"_s, u"on time"_s);
        CHECK(detail.step(3).at(2) == u"Kepala Dinas: Drs. Hendra Wijaya, M.Si."_s);
        const QString outputs = detailTabText(detail.view, u"Outputs"_s);
        CHECK(outputs.contains(u"Segera"_s));
        CHECK(outputs.contains(u"Drs. Hendra Wijaya, M.Si., NIP 197003121995031004"_s));
        CHECK_FALSE(outputs.contains(u"Plh."_s));
    }
}

// ---- B -----------------------------------------------------------------------------------------

void walkthroughB(Walk &w)
{
    ManualClock &clock = w.office.clock;

    // Step 1: the SMS of Wednesday 21:14, registered Thursday 19 March 15:50:00–15:53:30.
    clock.set(wib(2026, 3, 19, 15, 50));
    {
        const auto rinaDesk = w.desk(u"rina"_s);
        Desk &rina = *rinaDesk;
        gui::NewComplaintPage *page = newComplaintPage(rina);
        forms::ComplaintFormWidget *form = page->form();
        auto *receivedAt = child<QLineEdit>(form, u"receivedAtEdit"_s);
        CHECK_FALSE(receivedAt->isEnabled()); // direct: received now
        chooseData(child<QComboBox>(form, u"channelCombo"_s), int(Channel::Sms));
        CHECK(receivedAt->isEnabled());
        receivedAt->selectAll();
        type(receivedAt, u"18/03/2026 21.14"_s); // in one go, office time
        CHECK(form->draft().receivedAt == wib(2026, 3, 18, 21, 14));
        type(child<QLineEdit>(form, u"nameEdit"_s), u"Ibu Lestari"_s);
        type(child<QLineEdit>(form, u"phoneEdit"_s), u"085712340001"_s);
        auto *identityCard = child<QCheckBox>(form, u"requirement_identity_card"_s);
        auto *evidence = child<QCheckBox>(form, u"requirement_evidence"_s);
        CHECK_FALSE(identityCard->isChecked());
        CHECK_FALSE(evidence->isChecked());
        type(child<QLineEdit>(form, u"waiver_identity_card"_s),
             u"Aduan melalui SMS; identitas dikonfirmasi lewat telepon"_s);
        type(child<QLineEdit>(form, u"waiver_evidence"_s), u"Bukti akan dikirim menyusul"_s);
        type(child<QLineEdit>(form, u"subjectEdit"_s), u"Orang dengan gangguan jiwa berkeliaran"_s);
        type(child<QPlainTextEdit>(form, u"descriptionEdit"_s),
             u"Di sekitar pasar Legi ada ODGJ tidur di emperan toko sejak tiga hari."_s);
        CHECK(page->formOpenedAt() == wib(2026, 3, 19, 15, 50));

        clock.set(wib(2026, 3, 19, 15, 53, 30));
        w.b = saveComplaint(w, rina, page);
        REQUIRE(w.b > 0);
        CHECK(w.dialogs.seen().isEmpty());
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(page->banner()->text().contains(u"0002/ADUAN/III/2026"_s));
        CHECK(page->banner()->text().contains(u"Step 1 took 3 mnt 30 dtk against a target of 5 minutes: on time."_s));

        const Detail detail = openDetailFromRegister(rina, w.b);
        const QString summary = detailTabText(detail.view, u"Complaint"_s);
        CHECK(summary.contains(u"Rabu, 18 Maret 2026 21.14"_s));
        CHECK(summary.contains(u"not shown: Aduan melalui SMS; identitas dikonfirmasi lewat "
                               "telepon"_s));
        CHECK(summary.contains(u"not shown: Bukti akan dikirim menyusul"_s));
        // Five working days: Thu 19, Mon 23 (Fri 20 is Nyepi), Tue 24, Wed 25, Thu 26.
        CHECK(summary.contains(u"Kamis, 26 Maret 2026 16.00"_s));
    }

    // Step 2: Monday 23 March 07:45:00 — 21 mnt 30 dtk, late by 11 mnt 30 dtk.
    clock.set(wib(2026, 3, 23, 7, 45));
    {
        const auto dewiDesk = w.desk(u"dewi"_s);
        Desk &dewi = *dewiDesk;
        auto *ws = qobject_cast<gui::SecretaryWorkspace *>(dewi.showWorkspace(Role::Secretary));
        REQUIRE(ws);
        CHECK(inboxCell(ws->inboxPage(), w.b, gui::InboxModel::TimeLeft)
              == u"11 mnt 30 dtk overdue"_s);
        gui::RegisterPage *page = secretaryRegister(dewi);

        // Without a reason nothing is saved.
        w.dialogs.expectReasonCancelled();
        reportFromRegister(page, w.b);
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 1);
        checkDeviationDialog(lastSeen(w),
                             u"Step 2 took 21 mnt 30 dtk against a target of 10 minutes: it is "
                             "late by 11 mnt 30 dtk."_s);
        CHECK(w.openStep(w.b) == 2);
        CHECK_FALSE(w.record(w.b).steps.at(1).completed());
        CHECK(page->model()->rowAt(page->model()->rowOf(w.b))->currentStep == 2);

        // With the reason it is.
        w.dialogs.expectReason(u"Libur Nyepi dan akhir pekan"_s);
        reportFromRegister(page, w.b);
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 2);
        checkDeviationDialog(lastSeen(w),
                             u"Step 2 took 21 mnt 30 dtk against a target of 10 minutes: it is "
                             "late by 11 mnt 30 dtk."_s);
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(w.openStep(w.b) == 3);
        const ComplaintRecord record = w.record(w.b);
        CHECK(record.steps.at(1).late);
        CHECK(record.steps.at(1).deviationReason == u"Libur Nyepi dan akhir pekan"_s);
        w.dialogs.clearSeen();
    }

    // Step 3: Hendra at 08:00:00 — 15 mnt, late by 5 mnt.
    clock.set(wib(2026, 3, 23, 8, 0));
    {
        const auto hendraDesk = w.desk(u"hendra"_s);
        Desk &hendra = *hendraDesk;
        gui::InboxPage *inbox = headInbox(hendra);
        CHECK(inboxCell(inbox, w.b, gui::InboxModel::TimeLeft) == u"5 mnt overdue"_s);
        QRadioButton *urgency = nullptr;
        fillDisposition(inbox, w.b, &urgency, u"biasaRadio"_s);

        w.dialogs.expectPassword(kPassword);
        w.dialogs.expectReasonCancelled();
        REQUIRE(hendra.pressCtrlS());
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 2);
        checkDeviationDialog(lastSeen(w),
                             u"Step 3 took 15 mnt against a target of 10 minutes: it is late by "
                             "5 mnt."_s);
        CHECK(w.openStep(w.b) == 3);
        CHECK_FALSE(w.record(w.b).disposition);
        CHECK(inbox->model()->rowOf(w.b) >= 0);

        w.dialogs.expectPassword(kPassword);
        w.dialogs.expectReason(u"Rapat pimpinan pagi"_s);
        REQUIRE(hendra.pressCtrlS());
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 4);
        checkDeviationDialog(lastSeen(w),
                             u"Step 3 took 15 mnt against a target of 10 minutes: it is late by "
                             "5 mnt."_s);
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(inbox->model()->rowOf(w.b) < 0);
        CHECK(w.openStep(w.b) == 4);
        // The banner says what the step's time came to, as step 1's does.
        CHECK(inbox->banner()->text().contains(
            u"Step 3 took 15 mnt against a target of 10 minutes: it is late by 5 mnt."_s));
        w.dialogs.clearSeen();
    }

    // Step 4: Agus puts it on hold 08:10–10:10 and refers it to Dinas Kesehatan at 10:25:00
    // (145 − 120 = 25 mnt). His PC stays on meanwhile.
    clock.set(wib(2026, 3, 23, 8, 10));
    {
        const auto agusDesk = w.desk(u"agus"_s);
        Desk &agus = *agusDesk;
        gui::InboxPage *inbox = teamInbox(agus);
        REQUIRE(inbox->selectComplaint(w.b));
        w.dialogs.expectReason(u"menunggu data kepesertaan dari BPJS Kesehatan"_s);
        REQUIRE(click(findButton(inbox, u"Put on hold…"_s)));
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 1);
        CHECK(lastSeen(w).title == u"Put on hold"_s);
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(w.record(w.b).isPaused());
        CHECK(inboxCell(inbox, w.b, gui::InboxModel::TimeLeft) == u"On hold"_s);
        CHECK_FALSE(inbox->panel()->isEnabled()); // resume before completing the step

        clock.set(wib(2026, 3, 23, 10, 10));
        emit agus.session().tick();
        CHECK(inboxCell(inbox, w.b, gui::InboxModel::TimeLeft) == u"On hold"_s);
        w.dialogs.expectReason(u"Data kepesertaan diterima dari BPJS Kesehatan"_s);
        REQUIRE(click(findButton(inbox, u"Resume…"_s)));
        CHECK(w.dialogs.pending() == 0);
        CHECK(lastSeen(w).title == u"Resume"_s);
        CHECK_FALSE(w.record(w.b).isPaused());
        CHECK(inbox->panel()->isEnabled());

        clock.set(wib(2026, 3, 23, 10, 25));
        emit agus.session().tick();
        CHECK(inboxCell(inbox, w.b, gui::InboxModel::TimeLeft) == u"5 mnt left"_s);
        forms::DecisionWidget *form =
            fillDecision(inbox, w.b, u"Bukan kewenangan Dinas Sosial."_s);
        auto *meeting = child<QLineEdit>(form, u"meetingAtEdit"_s); // typed in one go
        meeting->setFocus();
        meeting->selectAll();
        QTest::keyClicks(meeting, u"23/03/2026 10.15"_s);
        auto *agency = child<QComboBox>(form, u"agencyCombo"_s);
        CHECK_FALSE(agency->isEnabled()); // only for a referral
        tick(child<QRadioButton>(form, u"referRadio"_s));
        CHECK(agency->isEnabled());
        chooseText(agency, u"Dinas Kesehatan Kota Blitar"_s);
        type(child<QPlainTextEdit>(form, u"reasonEdit"_s),
             u"Penanganan ODGJ menjadi kewenangan Dinas Kesehatan"_s);
        type(child<QLineEdit>(form, u"letterNumberEdit"_s), u"400/12/410.105/2026"_s);
        const DecisionInput input = form->input();
        CHECK(input.meetingAt == wib(2026, 3, 23, 10, 15));
        CHECK_FALSE(input.withinAuthority);
        REQUIRE(input.referral);
        REQUIRE(agus.pressCtrlS());
        CHECK(w.dialogs.seen().size() == 2); // hold and resume only: on time
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(inbox->model()->rowOf(w.b) < 0);
        const ComplaintRecord record = w.record(w.b);
        REQUIRE(record.referral);
        CHECK(record.referral->agencyName == u"Dinas Kesehatan Kota Blitar"_s);
        CHECK(w.openStep(w.b) == 5);
        w.dialogs.clearSeen();
    }

    // Step 5: Rina conveys where the complaint went at 10:30:00 (5 mnt).
    clock.set(wib(2026, 3, 23, 10, 30));
    {
        const auto rinaDesk = w.desk(u"rina"_s);
        Desk &rina = *rinaDesk;
        gui::InboxPage *inbox = conveyInbox(rina);
        forms::ResolutionReportWidget *form = fillConvey(inbox, w.b, u"telepon"_s, {}, {});
        CHECK(child<QPlainTextEdit>(form, u"summaryEdit"_s)->toPlainText()
              == u"Disalurkan ke Dinas Kesehatan Kota Blitar dengan surat nomor "
                 "400/12/410.105/2026."_s);
        REQUIRE(rina.pressCtrlS());
        CHECK(w.dialogs.seen().isEmpty());
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(w.openStep(w.b) == 0);

        const Detail detail = openDetailFromRegister(rina, w.b);
        REQUIRE(detail.view->timeline()->rowCount() == 5);
        checkStep(detail, 1, u"3 mnt 30 dtk"_s, u"on time"_s);
        checkStep(detail, 2, u"21 mnt 30 dtk"_s, u"late by 11 mnt 30 dtk"_s);
        checkStep(detail, 3, u"15 mnt"_s, u"late by 5 mnt"_s);
        checkStep(detail, 4, u"25 mnt"_s, u"on time"_s);
        checkStep(detail, 5, u"5 mnt"_s, u"on time"_s);
        CHECK(detail.step(2).at(8) == u"Libur Nyepi dan akhir pekan"_s);
        CHECK(detail.step(3).at(8) == u"Rapat pimpinan pagi"_s);
        QTableWidget *pauses = detailPauses(detail.view);
        REQUIRE(pauses);
        REQUIRE(pauses->rowCount() == 1);
        const QStringList pause = rowTexts(pauses, 0);
        CHECK(pause.at(0) == u"4"_s);
        CHECK(pause.at(1) == u"23 Mar 2026 08.10"_s);
        CHECK(pause.at(2) == u"23 Mar 2026 10.10"_s);
        CHECK(pause.at(3) == u"menunggu data kepesertaan dari BPJS Kesehatan"_s);
        const QString outputs = detailTabText(detail.view, u"Outputs"_s);
        CHECK(outputs.contains(u"Formulir Penyaluran Pengaduan Bukan Kewenangan"_s));
        CHECK(outputs.contains(u"Dinas Kesehatan Kota Blitar"_s));
    }
}

} // namespace aduan::test::walkthrough

TEST_CASE("Walkthroughs A, B and C through the screens, in one database", "[gui][walkthrough]")
{
    Walk w;
    walkthroughA(w);
    walkthroughB(w);
    walkthroughC(w);
    CHECK(w.dialogs.unexpected().join(u"\n"_s) == QString());
    CHECK(w.dialogs.pending() == 0);
    CHECK(w.complaintCount() == 3);
}

TEST_CASE("Walkthroughs A, B and C through the screens on PostgreSQL, each person logged in "
          "through the login dialog on their own server role",
          "[gui][walkthrough][pgroles][personsession]")
{
    if (!test::onPostgres())
        return; // person roles exist on a database server only (issue 17)
    Walk w;
    w.useOwnRoles();
    walkthroughA(w);
    walkthroughB(w);
    walkthroughC(w);
    CHECK(w.dialogs.unexpected().join(u"\n"_s) == QString());
    CHECK(w.dialogs.pending() == 0);
    CHECK(w.complaintCount() == 3);

    // Lina's prints of C, laid out from what her own session read (the print preview's path:
    // gui::printing), written to PDF and read back: "Dirahasiakan", no part of the identity.
    // Agus's Formulir Aduan, printed the same way, names Hartini.
    const QStringList secrets{u"Hartini"_s, u"3572015203880002"_s, u"081234567808"_s,
                              u"81234567808"_s};
    printtest::PdfFolder pdfs;
    const auto printed = [&pdfs, &w](gui::Session &session, gui::ComplaintDocument document) {
        const ComplaintRecord record = session.intakeBook().complaint(session.userId(), w.c);
        const forms::PrintContext context = gui::printing::printContext(session);
        const QString name = u"%1-%2"_s.arg(session.user().username).arg(int(document));
        if (document == gui::ComplaintDocument::IntakeBookLine) {
            const QDate day = record.receivedAt.toTimeZone(session.officeZone()).date();
            IntakeBookFilter filter;
            filter.fromDate = day;
            filter.toDate = day;
            forms::IntakeBookPrint book(session.intakeBook().all(session.userId(), filter), day,
                                        day, context);
            return printtest::pdfFlatText(pdfs.write(book, name));
        }
        forms::FormDocument form = gui::printing::complaintDocument(document, record, context);
        return printtest::pdfFlatText(pdfs.write(form, name));
    };
    {
        const auto linaDesk = w.desk(u"lina"_s);
        gui::Session &lina = linaDesk->session();
        REQUIRE(lina.database().isPersonSession());
        const QList<gui::ComplaintDocument> documents =
            gui::printing::availableDocuments(lina, w.c);
        CHECK(documents.contains(gui::ComplaintDocument::ResolutionReport));
        for (const gui::ComplaintDocument document : documents) {
            INFO("Lina's " << gui::printing::documentTitle(document).toStdString());
            const QString text = printed(lina, document);
            CHECK(text.contains(u"0003/ADUAN/IV/2026"_s));
            for (const QString &secret : secrets)
                CHECK_FALSE(text.contains(secret));
            if (document == gui::ComplaintDocument::ComplaintForm
                || document == gui::ComplaintDocument::Receipt
                || document == gui::ComplaintDocument::IntakeBookLine)
                CHECK(text.contains(u"Dirahasiakan"_s));
        }
    }
    {
        const auto agusDesk = w.desk(u"agus"_s);
        CHECK(printed(agusDesk->session(), gui::ComplaintDocument::ComplaintForm)
                  .contains(u"Hartini"_s));
    }
}
