// Issue 19: SMS complaints through Gammu's SMS daemon — joining, encoding, one complaint per
// message, STATUS answered only to the registered number.
#include "catch_qt.h"
#include "testoffice.h"

#include "sms/messageintake.h"
#include "sms/smsdaemon.h"
#include "sms/smstext.h"
#include "storage/auditlog.h"
#include "storage/messageinbox.h"
#include "storage/sqlquery.h"
#include "util/error.h"

#include <QProcessEnvironment>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace aduan;

namespace {

qint64 complaintCount(Database &db)
{
    return SqlQuery(db, u"SELECT COUNT(*) FROM complaint"_s).scalar().toLongLong();
}

/// The officer's form as filled from a message: the SMS complainant shows no identity card.
ComplaintDraft smsForm(const MessageIntake &intake, const IncomingMessage &m)
{
    ComplaintDraft draft = intake.draftFor(m);
    draft.complainant->name = u"Pengirim SMS"_s;
    draft.subject = u"Jalan rusak"_s;
    draft.requirements.insert(u"identity_card"_s, {false, u"aduan melalui SMS"_s});
    draft.requirements.insert(u"evidence"_s, {false, u"aduan melalui SMS"_s});
    return draft;
}

ReceivedSms sms(const QString &sender, const QString &text, const QString &id)
{
    return ReceivedSms{sender, text, 1, {id}};
}

} // namespace

TEST_CASE("A three-part SMS is joined in the order of its parts", "[sms]")
{
    const QString text =
        u"Bagian satu. "_s.repeated(12) + u"Bagian dua. "_s.repeated(12) + u"Bagian tiga, akhir."_s;
    SECTION("by the concatenation header, whatever order the parts came in")
    {
        SmsPlan plan = planSms(text);
        REQUIRE(plan.parts.size() == 3);
        std::reverse(plan.parts.begin(), plan.parts.end());
        CHECK(reassembleSms(plan.parts) == text);
        plan.parts.removeAt(1);
        CHECK_THROWS_AS(reassembleSms(plan.parts), Error);
    }
    SECTION("from the daemon's RunOnReceive environment")
    {
        const SmsPlan plan = planSms(text);
        QProcessEnvironment env;
        env.insert(u"SMS_MESSAGES"_s, u"3"_s);
        for (int i = 0; i < 3; ++i) {
            env.insert(u"SMS_%1_NUMBER"_s.arg(i + 1), u"+6281234567802"_s);
            env.insert(u"SMS_%1_TEXT"_s.arg(i + 1), plan.parts.at(i).text);
        }
        env.insert(u"DECODED_PARTS"_s, u"0"_s);
        CHECK(receivedFromDaemon(env, {}).text == text);
        env.insert(u"DECODED_PARTS"_s, u"1"_s);
        env.insert(u"DECODED_1_TEXT"_s, text);
        CHECK(receivedFromDaemon(env, {}).text == text);
        CHECK(receivedFromDaemon(env, {}).physicalParts == 3);
        CHECK_THROWS_AS(receivedFromDaemon(QProcessEnvironment(), {}), Error);
    }
}

TEST_CASE("An emoji and Javanese-script SMS is stored intact", "[sms]")
{
    test::TestOffice office;
    MessageIntake intake(*office.db, office.clock);
    const QString text = u"Sugeng enjing 😀 ꦱꦸꦒꦼꦁꦲꦺꦚ꧀ꦗꦶꦁ — dalan rusak"_s;
    const SmsReceipt r = intake.receiveSms(sms(u"081234567802"_s, text, u"IN1_00.txt"_s));
    const auto stored = MessageInboxStore(*office.db).load(r.messageId);
    REQUIRE(stored);
    CHECK(stored->text == text);
    CHECK(stored->sender == u"+6281234567802"_s);
    CHECK(stored->receivedAt == office.clock.now());
    CHECK(stored->state == MessageState::New);
}

TEST_CASE("Replies go out in GSM-7 when they can, in UCS-2 when they must", "[sms]")
{
    SECTION("a GSM-7 reply over 160 characters is split and reassembled")
    {
        const QString text =
            MessageIntake::defaultReceiptTemplate().replace(u"{nomor}"_s, u"0001/ADUAN/III/2026"_s)
            + u" Terima kasih atas aduan Anda; kami akan menindaklanjutinya."_s;
        REQUIRE(text.size() > 160);
        const SmsPlan plan = planSms(text);
        CHECK(plan.coding == SmsCoding::Gsm7);
        REQUIRE(plan.parts.size() == 2);
        for (const SmsPart &p : plan.parts)
            CHECK(p.text.size() <= 153);
        CHECK(plan.parts.at(0).reference == plan.parts.at(1).reference);
        CHECK(reassembleSms(plan.parts) == text);
        CHECK(planSms(text.left(160)).parts.size() == 1);
    }
    SECTION("a reply with a character outside the GSM alphabet goes in UCS-2")
    {
        const QString text = u"Terima kasih 😀 — aduan Anda kami terima."_s;
        const SmsPlan plan = planSms(text);
        CHECK(plan.coding == SmsCoding::Ucs2);
        CHECK(plan.parts.size() == 1);
        CHECK(reassembleSms(plan.parts) == text);
        const QString longer = text.repeated(3);
        const SmsPlan split = planSms(longer);
        CHECK(split.coding == SmsCoding::Ucs2);
        REQUIRE(split.parts.size() == 2);
        for (const SmsPart &p : split.parts)
            CHECK(p.text.size() <= 67);
        CHECK(reassembleSms(split.parts) == longer);
    }
    CHECK_THROWS_AS(planSms(QString()), Error);
}

TEST_CASE("The same SMS processed twice gives one complaint", "[sms]")
{
    test::TestOffice office;
    MessageIntake intake(*office.db, office.clock);
    const ReceivedSms message = sms(u"+6281234567802"_s, u"Jalan di depan rumah rusak."_s,
                                    u"IN20260302_080000_00_x_00.txt"_s);
    const SmsReceipt first = intake.receiveSms(message);
    const SmsReceipt again = intake.receiveSms(message);
    CHECK_FALSE(first.duplicate);
    CHECK(again.duplicate);
    CHECK(again.messageId == first.messageId);
    REQUIRE(MessageInboxStore(*office.db).waiting().size() == 1);

    const IncomingMessage m = *MessageInboxStore(*office.db).load(first.messageId);
    office.clock.advanceSeconds(60);
    const qint64 before = complaintCount(*office.db);
    const Registration reg =
        intake.registerComplaint(office.rina, m.id, smsForm(intake, m), office.clock.now());
    CHECK(complaintCount(*office.db) == before + 1);
    try {
        intake.registerComplaint(office.rina, m.id, smsForm(intake, m), office.clock.now());
        FAIL("a second complaint from the same message");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Conflict);
        CHECK(e.message().contains(reg.agendaNumber));
    }
    CHECK(complaintCount(*office.db) == before + 1);
    const auto after = MessageInboxStore(*office.db).load(m.id);
    CHECK(after->state == MessageState::Complaint);
    CHECK(after->complaintId == reg.complaintId);
    CHECK(MessageInboxStore(*office.db).waiting().isEmpty());
    // The complaint keeps the message's channel and time; the receipt waits for the daemon.
    const QList<OutgoingMessage> out = MessageInboxStore(*office.db).outgoingFor(reg.complaintId);
    REQUIRE(out.size() == 1);
    CHECK(out.at(0).recipient == u"+6281234567802"_s);
    CHECK(out.at(0).text.contains(reg.agendaNumber));
    CHECK(out.at(0).coding == u"gsm7"_s);
    CHECK(AuditLog(*office.db).entriesFor(u"incoming_message"_s, m.id).size() == 2);
}

TEST_CASE("A message set aside needs a reason and stays in the history", "[sms]")
{
    test::TestOffice office;
    MessageIntake intake(*office.db, office.clock);
    const SmsReceipt r = intake.receiveSms(sms(u"+6281234567803"_s, u"Jam buka kantor?"_s, u"a"_s));
    CHECK_THROWS_AS(intake.setAside(office.rina, r.messageId, u"  "_s), Error);
    CHECK_THROWS_AS(intake.setAside(office.hendra, r.messageId, u"pertanyaan"_s), Error);
    intake.setAside(office.rina, r.messageId, u"Pertanyaan jam buka, sudah dijawab"_s);
    const auto m = MessageInboxStore(*office.db).load(r.messageId);
    CHECK(m->state == MessageState::NotComplaint);
    CHECK(m->reason == u"Pertanyaan jam buka, sudah dijawab"_s);
    CHECK_THROWS_AS(
        intake.registerComplaint(office.rina, r.messageId, smsForm(intake, *m), office.clock.now()),
        Error);
    const auto history = AuditLog(*office.db).entriesFor(u"incoming_message"_s, r.messageId);
    REQUIRE(history.size() == 2);
    CHECK(history.last().action == u"message.set-aside"_s);
}

TEST_CASE("A status request from another number reveals nothing", "[sms]")
{
    test::TestOffice office;
    MessageIntake intake(*office.db, office.clock);
    for (const Confidentiality confidentiality :
         {Confidentiality::Public, Confidentiality::Confidential}) {
        const SmsReceipt r = intake.receiveSms(
            sms(u"081234567802"_s, u"Bantuan belum cair"_s,
                channelCode(Channel::Sms) + confidentialityCode(confidentiality)));
        const IncomingMessage m = *MessageInboxStore(*office.db).load(r.messageId);
        ComplaintDraft draft = smsForm(intake, m);
        draft.confidentiality = confidentiality;
        const Registration reg =
            intake.registerComplaint(office.rina, m.id, draft, office.clock.now());

        const QString own = intake.statusAnswer(u"0812-3456-7802"_s, reg.agendaNumber);
        CHECK(own.contains(reg.agendaNumber));
        CHECK(own.contains(u"Dalam proses"_s));
        CHECK(own.contains(u"langkah 2"_s));
        const QString other = intake.statusAnswer(u"+6281234567899"_s, reg.agendaNumber);
        CHECK(other == MessageIntake::neutralAnswer());
        CHECK(other == intake.statusAnswer(u"+6281234567899"_s, u"9999/ADUAN/III/2026"_s));
        CHECK_FALSE(other.contains(reg.agendaNumber));

        // Through the daemon's path: stored as answered, the answer queued to the asker only.
        const SmsReceipt ask =
            intake.receiveSms(sms(u"+6281234567899"_s, u"status "_s + reg.agendaNumber.toLower(),
                                  u"ask-"_s + reg.agendaNumber));
        CHECK(ask.statusRequest);
        const auto stored = MessageInboxStore(*office.db).load(ask.messageId);
        CHECK(stored->state == MessageState::StatusRequest);
        const QList<OutgoingMessage> queued = MessageInboxStore(*office.db).undelivered();
        REQUIRE_FALSE(queued.isEmpty());
        CHECK(queued.last().recipient == u"+6281234567899"_s);
        CHECK(queued.last().text == MessageIntake::neutralAnswer());
    }
    CHECK(MessageIntake::statusRequestNumber(u"  STATUS  0001/ADUAN/III/2026 "_s)
          == u"0001/ADUAN/III/2026"_s);
    CHECK_FALSE(MessageIntake::statusRequestNumber(u"status aduan saya?"_s + u" x"_s));
    CHECK_FALSE(MessageIntake::statusRequestNumber(u"Jalan rusak"_s));
}

TEST_CASE("The receipt SMS follows the administrator's template", "[sms]")
{
    test::TestOffice office;
    MessageIntake intake(*office.db, office.clock);
    CHECK(intake.receiptEnabled());
    CHECK(intake.receiptText(u"0001/ADUAN/III/2026"_s).contains(u"STATUS 0001/ADUAN/III/2026"_s));
    CHECK_THROWS_AS(intake.setReceipt(office.rina, true, u"Nomor {nomor}"_s), Error);
    CHECK_THROWS_AS(intake.setReceipt(office.admin, true, u"Tanpa nomor"_s), Error);
    intake.setReceipt(office.admin, false, u"Nomor aduan: {nomor}"_s);
    CHECK_FALSE(intake.receiptEnabled());
    CHECK(intake.receiptText(u"7"_s) == u"Nomor aduan: 7"_s);
    const SmsReceipt r = intake.receiveSms(sms(u"+6281234567802"_s, u"Aduan"_s, u"r"_s));
    const IncomingMessage m = *MessageInboxStore(*office.db).load(r.messageId);
    const Registration reg =
        intake.registerComplaint(office.rina, m.id, smsForm(intake, m), office.clock.now());
    CHECK(MessageInboxStore(*office.db).outgoingFor(reg.complaintId).isEmpty());
}

TEST_CASE("A reply is handed to the daemon once, and stays queued when the daemon refuses",
          "[sms]")
{
    test::TestOffice office;
    MessageIntake intake(*office.db, office.clock);
    const SmsReceipt r = intake.receiveSms(sms(u"+6281234567802"_s, u"STATUS 1/X"_s, u"s"_s));
    REQUIRE(r.statusRequest);
    MessageInboxStore store(*office.db);
    REQUIRE(store.undelivered().size() == 1);
    const qint64 id = store.undelivered().constFirst().id;

    // The daemon's configuration is missing: the reply stays queued for the next hand-over.
    try {
        intake.deliverPending(SmsDaemon(u"/nonexistent/gammu-smsdrc"_s));
        FAIL("a missing configuration was taken");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::NotFound);
    }
    REQUIRE(store.undelivered().size() == 1);

    // Claimed by one program, the reply is not taken by another.
    office.db->write([&] { CHECK(store.claimForDelivery(id)); });
    office.db->write([&] { CHECK_FALSE(store.claimForDelivery(id)); });
    CHECK(store.undelivered().isEmpty());
    CHECK(intake.deliverPending(SmsDaemon(u"/nonexistent/gammu-smsdrc"_s)) == 0);
}
