// Issue 19: SOP step 5 conveyed by SMS — the result queued in Gammu's SMS daemon with the
// Berita Acara, its delivery state read back from the daemon's FILES store, and the messages
// that RunOnReceive missed taken in later, once. On both stores (core_tests_postgres).
#include "catch_qt.h"
#include "testoffice.h"

#include "queries/intakebook.h"
#include "sms/messageintake.h"
#include "sms/resultsms.h"
#include "sms/smsdaemon.h"
#include "storage/complaintstore.h"
#include "storage/messageinbox.h"
#include "storage/sqlquery.h"
#include "util/error.h"
#include "workflow/workflow.h"

#include <QDir>
#include <QJsonDocument>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

ComplaintDraft walkIn(const QString &phone, Confidentiality confidentiality = Confidentiality::Public)
{
    ComplaintDraft d;
    d.channel = Channel::Direct;
    d.confidentiality = confidentiality;
    if (confidentiality != Confidentiality::Anonymous) {
        d.complainant = Complainant{u"Budi Santoso"_s, u"3572021208750004"_s, Gender::Male, phone,
                                    u"Jl. Cemara 14, Kepanjenlor"_s};
    }
    d.requirements.insert(u"identity_card"_s, {confidentiality != Confidentiality::Anonymous,
                                               confidentiality == Confidentiality::Anonymous
                                                   ? u"anonim"_s
                                                   : QString()});
    d.requirements.insert(u"evidence"_s, {true, {}});
    d.evidence = {u"fotokopi KKS"_s};
    d.subject = u"Bantuan PKH tidak cair"_s;
    d.description = u"Sejak Juli bantuan PKH tidak masuk ke rekening."_s;
    return d;
}

/// A complaint registered and taken through steps 2–4 on 2 March 2026, waiting for step 5.
Registration atStepFive(test::TestOffice &office, const ComplaintDraft &draft)
{
    Workflow wf(*office.db, office.clock);
    office.clock.set(wib(2026, 3, 2, 9, 0));
    const QDateTime opened = office.clock.now();
    office.clock.set(wib(2026, 3, 2, 9, 4));
    const Registration reg = wf.registerComplaint(office.rina, draft, opened);
    office.clock.set(wib(2026, 3, 2, 9, 10));
    wf.reportToHead(office.dewi, {reg.complaintId});
    office.clock.set(wib(2026, 3, 2, 9, 20));
    DispositionInput disposition;
    disposition.instructions = {u"Rapatkan segera"_s};
    disposition.addressee = u"Tim Pengelola Pengaduan"_s;
    wf.dispose(office.hendra, {reg.complaintId}, disposition);
    office.clock.set(wib(2026, 3, 2, 9, 45));
    DecisionInput decision;
    decision.meetingAt = wib(2026, 3, 2, 9, 25);
    decision.attendees = {u"Agus"_s, u"Lina"_s};
    decision.decision = u"Diverifikasi ulang ke pendamping PKH."_s;
    wf.decide(office.agus, {reg.complaintId}, decision);
    office.clock.set(wib(2026, 3, 2, 9, 53));
    return reg;
}

/// A gammu-smsdrc of the FILES backend in `dir` (folders made), as the administrator writes it.
QString filesConfig(const QTemporaryDir &dir)
{
    for (const QString &sub : {u"inbox"_s, u"outbox"_s, u"sent"_s, u"error"_s})
        REQUIRE(QDir(dir.path()).mkpath(sub));
    const QString rc = dir.filePath(u"smsdrc"_s);
    QFile f(rc);
    REQUIRE(f.open(QIODevice::WriteOnly));
    const QString p = dir.path() + u'/';
    f.write(u"[gammu]\nmodel = dummy\nconnection = none\ndevice = %1phone/\n\n"
            "[smsd]\nService = FILES\nInboxPath = %1inbox/\nOutboxPath = %1outbox/\n"
            "SentSMSPath = %1sent/\nErrorSMSPath = %1error\nOutboxFormat = unicode\n"
            "PhoneID = aduan-test\n"_s.arg(p)
                .toUtf8());
    return rc;
}

/// Moves the daemon's outbox file `path` into `folder`, as the daemon does once it has tried.
void daemonMoves(const QString &path, const QString &folder)
{
    REQUIRE(QFile::rename(path, QDir(folder).filePath(QFileInfo(path).fileName())));
}

/// One part of a received message as Gammu's files service writes it (InboxFormat = unicode:
/// UTF-16BE with a byte-order mark), dated `at`.
void inboxPart(const QString &folder, const QString &name, const QString &text, const QDateTime &at)
{
    QFile f(QDir(folder).filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    QByteArray bytes("\xfe\xff", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xff));
    }
    f.write(bytes);
    f.close();
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.setFileTime(at, QFileDevice::FileModificationTime));
}

} // namespace

TEST_CASE("Step 5 by SMS queues the result with the Berita Acara", "[sms][resultsms][workflow]")
{
    test::TestOffice office;
    const Registration reg = atStepFive(office, walkIn(u"0812 3456 7801"_s));
    const ResolutionReportInput report{u"sms"_s, u"Bantuan akan dicairkan pada tahap berikut."_s,
                                       {}};
    Workflow(*office.db, office.clock).conveyResult(office.rina, {reg.complaintId}, report);

    const auto c = ComplaintStore(*office.db, QTimeZone::utc()).load(reg.complaintId, true);
    REQUIRE(c);
    REQUIRE(c->resolutionReport);
    REQUIRE(c->resolutionReport->sms);
    const ResultSmsRecord &sms = *c->resolutionReport->sms;
    CHECK(sms.recipient == u"+6281234567801"_s);
    CHECK(sms.text == resultSmsText(reg.agendaNumber, report.summary));
    CHECK(sms.text.contains(reg.agendaNumber));
    CHECK(sms.text.contains(report.summary));
    CHECK(sms.queuedAt == office.clock.now());
    CHECK(sms.delivery == SmsDelivery::Queued);
    CHECK_FALSE(sms.handedOver());
    CHECK_FALSE(sms.checkedAt.isValid());
    const QList<OutgoingMessage> waiting = MessageInboxStore(*office.db).undelivered();
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.constFirst().purpose == u"result"_s);
    CHECK(waiting.constFirst().complaintId == reg.complaintId);

    SECTION("conveyed another way, nothing goes by SMS")
    {
        test::TestOffice other;
        const Registration r2 = atStepFive(other, walkIn(u"0812 3456 7801"_s));
        Workflow(*other.db, other.clock)
            .conveyResult(other.rina, {r2.complaintId}, {u"telepon"_s, report.summary, {}});
        const auto c2 = ComplaintStore(*other.db, QTimeZone::utc()).load(r2.complaintId, true);
        REQUIRE(c2->resolutionReport);
        CHECK_FALSE(c2->resolutionReport->sms);
        CHECK(MessageInboxStore(*other.db).undelivered().isEmpty());
    }
}

TEST_CASE("Step 5 by SMS without a phone is refused and nothing is written",
          "[sms][resultsms][workflow]")
{
    const bool anonymous = GENERATE(false, true);
    test::TestOffice office;
    const Registration reg = atStepFive(
        office, walkIn(QString(), anonymous ? Confidentiality::Anonymous : Confidentiality::Public));
    const auto before = ComplaintStore(*office.db, QTimeZone::utc()).load(reg.complaintId, true);
    REQUIRE(before);
    const ResolutionReportInput report{u"sms"_s, u"Bantuan akan dicairkan."_s, {}};
    const Findings findings = checkResultSms(*before, report);
    REQUIRE(findings.size() == 1);
    CHECK(findings.constFirst().code == u"method.no_phone"_s);
    CHECK(findings.constFirst().field == u"method"_s);
    try {
        Workflow(*office.db, office.clock).conveyResult(office.rina, {reg.complaintId}, report);
        FAIL("step 5 by SMS went through without a phone");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::OutputIncomplete);
        CHECK(e.message() == findings.constFirst().message);
    }
    const auto after = ComplaintStore(*office.db, QTimeZone::utc()).load(reg.complaintId, true);
    CHECK_FALSE(after->resolutionReport);
    CHECK(after->currentStep()->number == 5);
    CHECK(SqlQuery(*office.db, u"SELECT COUNT(*) FROM outgoing_message"_s).scalar().toInt() == 0);
}

TEST_CASE("Step 5 by SMS gives a confidential complainant's phone to no viewer without the right",
          "[sms][resultsms][confidentiality][issue14]")
{
    // The phone of walkthrough C's kind of complaint reached Lina (no right to confidential
    // identities) through the convey step's history entry ("smsTo") and the loaded report.
    test::TestOffice office;
    const Registration reg =
        atStepFive(office, walkIn(u"0812 3456 7801"_s, Confidentiality::Confidential));
    Workflow(*office.db, office.clock)
        .conveyResult(office.rina, {reg.complaintId},
                      {u"sms"_s, u"Bantuan akan dicairkan pada tahap berikut."_s, {}});
    IntakeBook book(*office.db, office.clock);

    const QList<AuditEntry> history = book.history(office.lina, reg.complaintId);
    REQUIRE(history.size() >= 5);
    for (const AuditEntry &entry : history) {
        const QString values =
            QString::fromUtf8(QJsonDocument(entry.oldValue).toJson(QJsonDocument::Compact)
                              + QJsonDocument(entry.newValue).toJson(QJsonDocument::Compact));
        INFO(entry.action.toStdString() << ": " << values.toStdString());
        CHECK_FALSE(values.contains(u"3456"_s));
        CHECK_FALSE(values.contains(u"Budi"_s));
        CHECK_FALSE(values.contains(u"3572021208750004"_s));
        CHECK_FALSE(values.contains(u"Cemara"_s));
    }
    const ComplaintRecord forLina = book.complaint(office.lina, reg.complaintId);
    REQUIRE(forLina.resolutionReport);
    REQUIRE(forLina.resolutionReport->sms);
    CHECK_FALSE(forLina.resolutionReport->sms->recipient.contains(u"3456"_s));
    CHECK(forLina.resolutionReport->sms->text.contains(reg.agendaNumber));

    // Agus holds the right: the report names the number the result went to.
    const ComplaintRecord forAgus = book.complaint(office.agus, reg.complaintId);
    REQUIRE(forAgus.resolutionReport);
    REQUIRE(forAgus.resolutionReport->sms);
    CHECK(forAgus.resolutionReport->sms->recipient == u"+6281234567801"_s);
}

TEST_CASE("The result SMS's delivery state follows the daemon's FILES folders",
          "[sms][resultsms]")
{
    test::TestOffice office;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString rc = filesConfig(dir);
    const Registration reg = atStepFive(office, walkIn(u"081234567801"_s));
    Workflow(*office.db, office.clock)
        .conveyResult(office.rina, {reg.complaintId},
                      {u"sms"_s, u"Bantuan akan dicairkan pada tahap berikut."_s, {}});
    MessageIntake intake(*office.db, office.clock);
    const SmsDaemon daemon(rc);
    REQUIRE(intake.deliverPending(daemon) == 1);
    const auto load = [&] {
        const auto c = ComplaintStore(*office.db, QTimeZone::utc()).load(reg.complaintId, true);
        REQUIRE(c);
        REQUIRE(c->resolutionReport);
        REQUIRE(c->resolutionReport->sms);
        return *c->resolutionReport->sms;
    };
    const ResultSmsRecord queued = load();
    REQUIRE(queued.handedOver());
    CHECK(QFileInfo(queued.daemonId).dir().canonicalPath()
          == QDir(dir.filePath(u"outbox"_s)).canonicalPath());
    CHECK(QFileInfo::exists(queued.daemonId));

    office.clock.set(wib(2026, 3, 2, 10, 0));
    CHECK(intake.refreshDelivery(daemon) == 0);
    CHECK(load().delivery == SmsDelivery::Queued);
    CHECK(load().checkedAt == office.clock.now());

    SECTION("moved to the sent folder: sent, and no longer asked")
    {
        daemonMoves(queued.daemonId, dir.filePath(u"sent"_s));
        office.clock.set(wib(2026, 3, 2, 10, 5));
        CHECK(intake.refreshDelivery(daemon, reg.complaintId) == 1);
        CHECK(load().delivery == SmsDelivery::Sent);
        CHECK(load().checkedAt == office.clock.now());
        CHECK(smsDeliveryLabel(load().delivery) == u"terkirim"_s);
    }
    SECTION("moved to the error folder: failed")
    {
        daemonMoves(queued.daemonId, dir.filePath(u"error"_s));
        CHECK(intake.syncWithDaemon(daemon).refreshed == 1);
        CHECK(load().delivery == SmsDelivery::Failed);
        CHECK(MessageInboxStore(*office.db).inFlight().isEmpty());
    }
    SECTION("gone from every folder: unknown")
    {
        REQUIRE(QFile::remove(queued.daemonId));
        CHECK(intake.refreshDelivery(daemon) == 1);
        CHECK(load().delivery == SmsDelivery::Unknown);
    }
}

TEST_CASE("A message RunOnReceive missed is taken in later, once", "[sms][resultsms]")
{
    test::TestOffice office;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString rc = filesConfig(dir);
    const QString inbox = dir.filePath(u"inbox"_s);
    office.clock.set(wib(2026, 3, 2, 10, 0));
    const QDateTime received = wib(2026, 3, 2, 9, 30);
    // Two parts of one message (the daemon names them _00, _01), and one just being written.
    const QStringList ids{u"IN20260302_093000_00_+6281234567802_00.txt"_s,
                          u"IN20260302_093000_00_+6281234567802_01.txt"_s};
    inboxPart(inbox, ids.at(0), u"Jalan di depan rumah kami rusak parah 😀, "_s, received);
    inboxPart(inbox, ids.at(1), u"mohon segera diperbaiki ꦗꦭꦤ꧀."_s, received);
    inboxPart(inbox, u"IN20260302_095950_00_+6281234567803_00.txt"_s, u"Baru tiba"_s,
              office.clock.now().addSecs(-10));

    MessageIntake intake(*office.db, office.clock);
    const SmsDaemon daemon(rc);
    CHECK(intake.takeInMissed(daemon) == 1);
    MessageInboxStore store(*office.db);
    REQUIRE(store.waiting().size() == 1);
    const IncomingMessage m = store.waiting().constFirst();
    CHECK(m.text == u"Jalan di depan rumah kami rusak parah 😀, mohon segera diperbaiki ꦗꦭꦤ꧀."_s);
    CHECK(m.sender == u"+6281234567802"_s);
    CHECK(m.receivedAt == received.toUTC());
    // Taken in again, or handed over by a late RunOnReceive with the same ids: nothing new.
    CHECK(intake.takeInMissed(daemon) == 0);
    CHECK(intake.receiveSms({u"+6281234567802"_s, m.text, 2, ids}).duplicate);
    CHECK(store.waiting().size() == 1);
    // A minute later the newest one is taken in too.
    office.clock.set(wib(2026, 3, 2, 10, 1));
    CHECK(intake.syncWithDaemon(daemon).takenIn == 1);
    CHECK(store.waiting().size() == 2);
}

TEST_CASE("A daemon store other than FILES or PostgreSQL is refused in words", "[sms][resultsms]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString rc = dir.filePath(u"smsdrc"_s);
    QFile f(rc);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("[smsd]\nservice = sql\ndriver = sqlite3\n");
    f.close();
    try {
        SmsDaemon(rc).store();
        FAIL("an SQLite daemon store was taken");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Invalid);
        CHECK(e.message().contains(u"native_pgsql"_s));
    }
}
