// Walkthrough C of ../shared/cases/walkthrough.md through the screens (a confidential complaint,
// the head away and Dewi signing as Plh., a referral, Lina seeing "Dirahasiakan"); run after A
// and B by test_walkthrough_gui.cpp's test cases, in their database.
#include "catch_qt.h"
#include "test_walkthrough_gui_steps.h"

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;
using namespace aduan::test::walkthrough;

namespace aduan::test::walkthrough {

// ---- C -----------------------------------------------------------------------------------------

void walkthroughC(Walk &w)
{
    ManualClock &clock = w.office.clock;

    // The administrator delegates the head's signing to Dewi for 6–8 April (Friday 3 April).
    clock.set(wib(2026, 4, 3, 9, 0));
    {
        const auto adminDesk = w.desk(u"admin"_s);
        Desk &admin = *adminDesk;
        auto *ws = qobject_cast<QTabWidget *>(admin.showWorkspace(Role::Admin));
        REQUIRE(ws);
        auto *page = ws->findChild<gui::DelegationsPage *>();
        REQUIRE(page);
        ws->setCurrentWidget(page);
        chooseText(page->findChild<QComboBox *>(), u"Dewi"_s);
        const QList<QDateEdit *> dates = page->findChildren<QDateEdit *>();
        REQUIRE(dates.size() == 2);
        dates.at(0)->setDate(QDate(2026, 4, 6)); // as chosen in the calendar pop-up
        dates.at(1)->setDate(w.plhLastDay);
        QLineEdit *reason = nullptr;
        for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
            if (edit->placeholderText() == u"e.g. Kepala Dinas on leave"_s)
                reason = edit;
        }
        type(reason, u"Kepala Dinas cuti"_s);
        REQUIRE(click(findButton(page, u"Add delegation"_s)));
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        auto *table = page->findChild<QTableWidget *>();
        REQUIRE(table->rowCount() == 1);
        const QStringList row = rowTexts(table, 0);
        CHECK(row == (QStringList{u"Dewi"_s, u"Senin, 6 April 2026"_s,
                                  w.ownRoles ? row.value(2) : u"Rabu, 8 April 2026"_s,
                                  u"Kepala Dinas cuti"_s, u"coming"_s}));
    }

    // Step 1: Rina, Monday 6 April, form opened 10:00:00, saved 10:06:00 — late by 1 mnt.
    clock.set(wib(2026, 4, 6, 10, 0));
    {
        const auto rinaDesk = w.desk(u"rina"_s);
        Desk &rina = *rinaDesk;
        gui::NewComplaintPage *page = newComplaintPage(rina);
        forms::ComplaintFormWidget *form = page->form();
        tick(child<QRadioButton>(form, u"confidentialRadio"_s));
        type(child<QLineEdit>(form, u"nameEdit"_s), u"Hartini"_s);
        type(child<QLineEdit>(form, u"nikEdit"_s), u"3572015203880002"_s);
        // As on paper: P on the gender buttons.
        auto *male = child<QRadioButton>(form, u"maleRadio"_s);
        male->setFocus();
        QTest::keyClick(male, Qt::Key_P);
        CHECK(child<QRadioButton>(form, u"femaleRadio"_s)->isChecked());
        type(child<QLineEdit>(form, u"phoneEdit"_s), u"081234567808"_s);
        tick(child<QCheckBox>(form, u"requirement_identity_card"_s));
        tick(child<QCheckBox>(form, u"requirement_evidence"_s));
        type(child<QPlainTextEdit>(form, u"evidenceEdit"_s), u"catatan tanggal kejadian"_s);
        type(child<QLineEdit>(form, u"subjectEdit"_s), u"Pungutan liar saat pencairan bantuan"_s);
        type(child<QPlainTextEdit>(form, u"descriptionEdit"_s),
             u"Saya diminta menyerahkan sebagian bantuan kepada pendamping."_s);
        CHECK(page->form()->draft().confidentiality == Confidentiality::Confidential);

        clock.set(wib(2026, 4, 6, 10, 6));
        // Without a reason nothing is saved, and the form keeps what was typed.
        w.dialogs.expectReasonCancelled();
        CHECK(saveComplaint(w, rina, page) == 0);
        REQUIRE(w.dialogs.seen().size() == 1);
        checkDeviationDialog(lastSeen(w),
                             u"Step 1 took 6 mnt against a target of 5 minutes: it is late by "
                             "1 mnt."_s);
        CHECK(w.complaintCount() == 2);
        CHECK(page->form()->draft().complainant->name == u"Hartini"_s);
        CHECK(page->form()->draft().subject == u"Pungutan liar saat pencairan bantuan"_s);

        w.dialogs.expectReason(u"Pengadu ragu-ragu menyampaikan identitasnya"_s);
        w.c = saveComplaint(w, rina, page);
        REQUIRE(w.c > 0);
        REQUIRE(w.dialogs.seen().size() == 2);
        checkDeviationDialog(lastSeen(w),
                             u"Step 1 took 6 mnt against a target of 5 minutes: it is late by "
                             "1 mnt."_s);
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(page->banner()->text().contains(u"0003/ADUAN/IV/2026"_s));
        CHECK(page->banner()->text().contains(u"Step 1 took 6 mnt against a target of 5 minutes: it is late by 1 mnt."_s));
        CHECK(w.complaintCount() == 3);
        w.dialogs.clearSeen();
    }

    // Step 2: Dewi, 10:10:00 (4 mnt). Today she is also acting head.
    clock.set(wib(2026, 4, 6, 10, 10));
    {
        const auto dewiDesk = w.desk(u"dewi"_s);
        Desk &dewi = *dewiDesk;
        CHECK(dewi.window().roles() == (QList<Role>{Role::Secretary, Role::Head}));
        reportFromRegister(secretaryRegister(dewi), w.c);
        CHECK(w.dialogs.seen().isEmpty());
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(w.openStep(w.c) == 3);
    }

    // Rina cannot sign a disposition: she has no head's workspace, and when the Lembar
    // Disposisi is put before her anyway, the engine's refusal is shown, not hidden.
    clock.set(wib(2026, 4, 6, 10, 12));
    {
        const auto rinaDesk = w.desk(u"rina"_s);
        Desk &rina = *rinaDesk;
        CHECK(rina.window().roles() == QList<Role>{Role::Officer});
        CHECK(rina.window().workspace(Role::Head) == nullptr);

        QString engineMessage;
        try {
            DispositionInput input;
            input.instructions = {u"Rapatkan segera"_s};
            input.addressee = u"Tim Pengelola Pengaduan"_s;
            Workflow(*w.office.db, clock).dispose(w.office.rina, ComplaintRef{w.c, {}}, input);
        } catch (const Error &error) {
            CHECK(error.code() == Error::Code::Forbidden);
            engineMessage = error.message();
        }
        REQUIRE_FALSE(engineMessage.isEmpty());
        CHECK(engineMessage.contains(u"Rina"_s));

        gui::DispositionPanel panel(rina.session());
        panel.resize(900, 700);
        panel.show();
        REQUIRE(QTest::qWaitForWindowExposed(&panel));
        panel.setComplaint(rina.session().intakeBook().complaint(w.office.rina, w.c));
        tick(instruction(panel.form(), u"Rapatkan segera"_s));
        w.dialogs.expectPassword(kPassword);
        REQUIRE(click(findButton(&panel, u"Sign disposition…"_s)));
        CHECK(w.dialogs.pending() == 0);
        CHECK(w.dialogs.problems() == QStringList{engineMessage});
        CHECK(w.openStep(w.c) == 3);
        CHECK_FALSE(w.record(w.c).disposition);
        w.dialogs.clearSeen();
    }

    // Step 3: Dewi as Plh. Kepala Dinas, sifat Rahasia, 10:15:00 (5 mnt).
    clock.set(wib(2026, 4, 6, 10, 15));
    {
        const auto dewiDesk = w.desk(u"dewi"_s);
        Desk &dewi = *dewiDesk;
        gui::InboxPage *inbox = headInbox(dewi);
        bool statusSaysPlh = false;
        for (const QLabel *label : dewi.window().statusBar()->findChildren<QLabel *>())
            statusSaysPlh = statusSaysPlh || label->text() == u"Dewi — Plh. Kepala Dinas"_s;
        CHECK(statusSaysPlh);
        bool notePlh = false;
        for (const QLabel *label : dewi.window().workspace(Role::Head)->findChildren<QLabel *>())
            notePlh = notePlh || label->text().startsWith(u"You sign as Plh. Kepala Dinas"_s);
        CHECK(notePlh);

        REQUIRE(inbox->selectComplaint(w.c));
        auto *panel = qobject_cast<gui::DispositionPanel *>(inbox->panel());
        REQUIRE(panel);
        // A confidential complaint proposes the urgency Rahasia.
        CHECK(child<QRadioButton>(panel->form(), u"rahasiaRadio"_s)->isChecked());
        CHECK(child<QLabel>(panel->form(), u"fromValue"_s)->text() == u"Hartini"_s);
        QRadioButton *urgency = nullptr;
        forms::DispositionWidget *form = fillDisposition(inbox, w.c, &urgency, u"rahasiaRadio"_s);
        CHECK(form->input().urgency == Urgency::Rahasia);
        w.dialogs.expectPassword(kPassword);
        REQUIRE(dewi.pressCtrlS());
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 1);
        CHECK(lastSeen(w).message.contains(u"0003/ADUAN/IV/2026 as Plh. Kepala Dinas."_s));
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(w.openStep(w.c) == 4);
        w.dialogs.clearSeen();

        // The disposition record and its sheet.
        const ComplaintRecord record = w.record(w.c);
        REQUIRE(record.disposition);
        CHECK(record.disposition->signedAsActing);
        CHECK(record.disposition->signerName == u"Dewi"_s);
        CHECK(record.disposition->signerNip == u"198104222006042007"_s);
        forms::PrintContext context;
        context.office = SettingsStore(*w.office.db).officeProfile();
        const forms::FormDocument sheet = forms::dispositionDocument(record, context);
        const QString printed = sheet.text().toPlainText();
        CHECK(printed.contains(u"Plh. Kepala Dinas Sosial"_s));
        CHECK(printed.contains(u"19810422 200604 2 007"_s));
    }

    // Lina (team, no right to see confidential identities) and Agus (who has it) at 10:20.
    clock.set(wib(2026, 4, 6, 10, 20));
    {
        const auto linaDesk = w.desk(u"lina"_s);
        Desk &lina = *linaDesk;
        gui::InboxPage *inbox = teamInbox(lina);
        CHECK(inboxCell(inbox, w.c, gui::InboxModel::Number) == u"0003/ADUAN/IV/2026"_s);
        CHECK(inboxCell(inbox, w.c, gui::InboxModel::Complainant) == u"Dirahasiakan"_s);
        REQUIRE(inbox->selectComplaint(w.c));
        auto *panel = qobject_cast<gui::DecisionPanel *>(inbox->panel());
        REQUIRE(panel);
        CHECK(child<QLabel>(panel->form(), u"fromValue"_s)->text() == u"Dirahasiakan"_s);
        REQUIRE(click(findButton(inbox, u"Details"_s)));
        gui::ComplaintDetailView *view = openedDetail(inbox);
        REQUIRE(view);
        CHECK(view->record().identityHidden);
        const QString summary = detailTabText(view, u"Complaint"_s);
        CHECK(summary.contains(u"Dirahasiakan"_s));
        CHECK_FALSE(summary.contains(u"Hartini"_s));
        CHECK_FALSE(summary.contains(u"3572015203880002"_s));
        CHECK_FALSE(summary.contains(u"081234567808"_s));
        // Her intake book too.
        const Detail fromRegister = openDetailFromRegister(lina, w.c);
        CHECK(fromRegister.view->record().complainantDisplayName() == u"Dirahasiakan"_s);
        auto *page = qobject_cast<QTabWidget *>(lina.window().workspace(Role::Team))
                         ->findChild<gui::RegisterPage *>();
        CHECK(page->model()
                  ->index(page->model()->rowOf(w.c), gui::IntakeBookModel::Complainant)
                  .data()
                  .toString()
              == u"Dirahasiakan"_s);
    }
    {
        const auto agusDesk = w.desk(u"agus"_s);
        Desk &agus = *agusDesk;
        gui::InboxPage *inbox = teamInbox(agus);
        CHECK(inboxCell(inbox, w.c, gui::InboxModel::Complainant) == u"Hartini"_s);
        REQUIRE(inbox->selectComplaint(w.c));
        CHECK(child<QLabel>(inbox->panel(), u"fromValue"_s)->text() == u"Hartini"_s);
        REQUIRE(click(findButton(inbox, u"Details"_s)));
        gui::ComplaintDetailView *view = openedDetail(inbox);
        REQUIRE(view);
        CHECK(detailTabText(view, u"Complaint"_s).contains(u"Hartini"_s));
    }

    // Step 4: Agus at 10:50:00 — 35 mnt, late by 5 mnt.
    clock.set(wib(2026, 4, 6, 10, 50));
    {
        const auto agusDesk = w.desk(u"agus"_s);
        Desk &agus = *agusDesk;
        gui::InboxPage *inbox = teamInbox(agus);
        CHECK(inboxCell(inbox, w.c, gui::InboxModel::TimeLeft) == u"5 mnt overdue"_s);
        fillDecision(inbox, w.c, u"Ditindaklanjuti."_s);

        w.dialogs.expectReasonCancelled();
        REQUIRE(agus.pressCtrlS());
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 1);
        checkDeviationDialog(lastSeen(w),
                             u"Step 4 took 35 mnt against a target of 30 minutes: it is late by "
                             "5 mnt."_s);
        CHECK(w.openStep(w.c) == 4);
        CHECK_FALSE(w.record(w.c).decision);
        CHECK(inbox->model()->rowOf(w.c) >= 0);

        w.dialogs.expectReason(u"Menunggu klarifikasi pendamping"_s);
        REQUIRE(agus.pressCtrlS());
        CHECK(w.dialogs.pending() == 0);
        REQUIRE(w.dialogs.seen().size() == 2);
        checkDeviationDialog(lastSeen(w),
                             u"Step 4 took 35 mnt against a target of 30 minutes: it is late by "
                             "5 mnt."_s);
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(inbox->model()->rowOf(w.c) < 0);
        CHECK(w.openStep(w.c) == 5);
        w.dialogs.clearSeen();
    }

    // Step 5: Rina conveys the result in person at 11:00:00 — 10 mnt, exactly on target.
    clock.set(wib(2026, 4, 6, 11, 0));
    {
        const auto rinaDesk = w.desk(u"rina"_s);
        Desk &rina = *rinaDesk;
        gui::InboxPage *inbox = conveyInbox(rina);
        CHECK(inboxCell(inbox, w.c, gui::InboxModel::Complainant) == u"Hartini"_s);
        CHECK(inboxCell(inbox, w.c, gui::InboxModel::TimeLeft) == u"0 dtk left"_s);
        fillConvey(inbox, w.c, u"langsung"_s, u"Pendamping diperiksa inspektorat."_s, u"Puas"_s);
        REQUIRE(rina.pressCtrlS());
        CHECK(w.dialogs.seen().isEmpty());
        CHECK(w.dialogs.problems().join(u"\n"_s) == QString());
        CHECK(w.openStep(w.c) == 0);

        const Detail detail = openDetailFromRegister(rina, w.c);
        REQUIRE(detail.view->timeline()->rowCount() == 5);
        checkStep(detail, 1, u"6 mnt"_s, u"late by 1 mnt"_s);
        checkStep(detail, 2, u"4 mnt"_s, u"on time"_s);
        checkStep(detail, 3, u"5 mnt"_s, u"on time"_s);
        checkStep(detail, 4, u"35 mnt"_s, u"late by 5 mnt"_s);
        checkStep(detail, 5, u"10 mnt"_s, u"on time"_s);
        CHECK(detail.step(1).at(8) == u"Pengadu ragu-ragu menyampaikan identitasnya"_s);
        CHECK(detail.step(4).at(8) == u"Menunggu klarifikasi pendamping"_s);
        CHECK(detail.step(3).at(2) == u"Kepala Dinas: Plh. Dewi"_s);
        const QString outputs = detailTabText(detail.view, u"Outputs"_s);
        CHECK(outputs.contains(u"Rahasia"_s));
        CHECK(outputs.contains(u"Plh. Dewi, NIP 198104222006042007"_s));
    }

    // The register after the three: one database, the numbers in order.
    {
        const auto dewiDesk = w.desk(u"dewi"_s);
        Desk &dewi = *dewiDesk;
        gui::RegisterPage *page = secretaryRegister(dewi);
        CHECK(page->model()->total() == 3);
        CHECK(page->model()->index(page->model()->rowOf(w.a), gui::IntakeBookModel::Number)
                  .data().toString() == u"0001/ADUAN/III/2026"_s);
        CHECK(page->model()->index(page->model()->rowOf(w.b), gui::IntakeBookModel::Number)
                  .data().toString() == u"0002/ADUAN/III/2026"_s);
        CHECK(page->model()->index(page->model()->rowOf(w.c), gui::IntakeBookModel::Number)
                  .data().toString() == u"0003/ADUAN/IV/2026"_s);
    }
}

} // namespace aduan::test::walkthrough
