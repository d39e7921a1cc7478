// Issue 19: SMS masuk in the officer's workspace — Jadikan aduan opens the Formulir Aduan
// filled in from the message and saving marks it; Bukan aduan asks the reason.
#include "catch_qt.h"
#include "testoffice.h"

#include "complaintform/complaintformwidget.h"
#include "session/session.h"
#include "sms/messageintake.h"
#include "storage/messageinbox.h"
#include "storage/userstore.h"
#include "support/feedback.h"
#include "workspaces/newcomplaintpage.h"
#include "workspaces/officerworkspace.h"
#include "workspaces/smsinboxpage.h"

#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::test;

TEST_CASE("SMS masuk: a message becomes a complaint through the form, or is set aside", "[gui]")
{
    TestOffice office{wib(2026, 3, 2, 8, 0)};
    MessageIntake intake(*office.db, office.clock);
    const QString text = u"Lampu jalan di Jl. Kenari mati 😀 ꦗꦭꦤ꧀"_s;
    const SmsReceipt first = intake.receiveSms({u"081234567802"_s, text, 1, {u"IN-a"_s}});
    office.clock.advanceSeconds(60);
    const SmsReceipt second =
        intake.receiveSms({u"081234567803"_s, u"Jam buka?"_s, 1, {u"IN-b"_s}});
    office.clock.advanceSeconds(120);

    QStringList problems;
    gui::feedback::TestHooks hooks;
    hooks.problem = [&](const QString &, const QString &message) {
        problems << message;
    };
    hooks.info = [](const QString &, const QString &) {};
    hooks.confirm = [](const QString &, const QString &) {
        return true;
    };
    hooks.reason = [](const QString &, const QString &) -> std::optional<QString> {
        return u"Pertanyaan jam buka, sudah dijawab"_s;
    };
    gui::feedback::setTestHooks(hooks);
    struct Restore {
        ~Restore() { gui::feedback::setTestHooks({}); }
    } restore;

    const User rina = *UserStore(*office.db).byId(office.rina);
    gui::Session session(*office.db, office.clock, rina, false);
    gui::OfficerWorkspace workspace(session);
    workspace.resize(1300, 700);
    workspace.show();
    gui::SmsInboxPage *sms = workspace.smsInboxPage();
    REQUIRE(sms->waitingCount() == 2);
    CHECK(workspace.tabText(workspace.indexOf(sms)).contains(u"2"_s));
    CHECK(sms->table()->item(0, 3)->text() == text);
    CHECK(sms->table()->item(0, 0)->text() == u"+6281234567802"_s);

    // Jadikan aduan: the form, filled in.
    sms->table()->selectRow(0);
    sms->makeComplaintOfSelected();
    gui::NewComplaintPage *page = workspace.newComplaintPage();
    CHECK(workspace.currentWidget() == page);
    CHECK(page->messageId() == first.messageId);
    ComplaintDraft draft = page->form()->draft();
    CHECK(draft.channel == Channel::Sms);
    CHECK(draft.description == text);
    REQUIRE(draft.complainant);
    CHECK(draft.complainant->phone.remove(u' ').endsWith(u"81234567802"_s));
    CHECK(draft.receivedAt == office.clock.now().addSecs(-180));

    // The officer completes the form and saves: the message is marked, the receipt queued.
    draft.complainant->name = u"Warga Sukorejo"_s;
    draft.subject = u"Lampu jalan mati"_s;
    draft.requirements.insert(u"identity_card"_s, {false, u"aduan melalui SMS"_s});
    draft.requirements.insert(u"evidence"_s, {false, u"aduan melalui SMS"_s});
    page->form()->setDraft(draft);
    const std::optional<Registration> reg = page->save();
    REQUIRE(reg);
    const auto marked = MessageInboxStore(*office.db).load(first.messageId);
    CHECK(marked->state == MessageState::Complaint);
    CHECK(marked->complaintId == reg->complaintId);
    CHECK(MessageInboxStore(*office.db).outgoingFor(reg->complaintId).size() == 1);
    CHECK(page->messageId() == 0);
    CHECK(sms->waitingCount() == 1);

    // Bukan aduan: the reason is asked and kept.
    sms->table()->selectRow(0);
    sms->setSelectedAside();
    CHECK(problems.isEmpty());
    const auto aside = MessageInboxStore(*office.db).load(second.messageId);
    CHECK(aside->state == MessageState::NotComplaint);
    CHECK(aside->reason == u"Pertanyaan jam buka, sudah dijawab"_s);
    CHECK(sms->waitingCount() == 0);
}
