// Issue 19, end to end: the real gammu-smsd with Gammu's dummy phone (a phone emulated in a
// folder) and the FILES backend. A message put in the dummy phone's inbox is received by the
// daemon, handed to aduan-cli sms-receive (RunOnReceive), waits in SMS masuk, becomes a
// complaint, and the receipt leaves through the daemon; a STATUS request is answered the same
// way; the result of SOP step 5 conveyed by SMS leaves through the daemon and its delivery
// state reads "sent". The same with the daemon's PostgreSQL store (Service = sql, Driver =
// native_pgsql) on the test server when the tests run on PostgreSQL. Skipped with a message
// when the gammu binaries are absent.
#include "catch_qt.h"
#include "testoffice.h"

#include "sms/messageintake.h"
#include "sms/smsdaemon.h"
#include "storage/complaintstore.h"
#include "storage/messageinbox.h"
#include "workflow/workflow.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;
using namespace aduan;

namespace {

/// Waits for an outside process (the daemon polls its phone every second): true when `done`
/// held within `seconds` of wall-clock time.
bool waitFor(const std::function<bool()> &done, int seconds = 60)
{
    QDeadlineTimer deadline(seconds * 1000);
    while (!deadline.hasExpired()) {
        if (done())
            return true;
        QThread::msleep(200);
    }
    return done();
}

/// The texts of the messages the daemon has sent (its sent folder, in the outbox's encoding).
QStringList sentTexts(const QString &folder)
{
    QStringList out;
    for (const QFileInfo &f : QDir(folder).entryInfoList(QDir::Files, QDir::Name)) {
        QFile file(f.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        QStringDecoder decode(
            QStringConverter::encodingForData(bytes).value_or(QStringConverter::Utf8));
        out << QString(decode(bytes));
    }
    return out;
}

/// gammu -c RC savesms TEXT -folder 1 -sender SENDER -unread -text TEXT: a message in the dummy
/// phone's inbox.
void putInPhoneInbox(const QString &rc, const QString &sender, const QString &text)
{
    QProcess gammu;
    gammu.start(u"gammu"_s,
                {u"-c"_s, rc, u"savesms"_s, u"TEXT"_s, u"-folder"_s, u"1"_s, u"-sender"_s, sender,
                 u"-unread"_s, u"-len"_s, u"1000"_s, u"-text"_s, text});
    REQUIRE(gammu.waitForFinished(30000));
    INFO(QByteArray(gammu.readAllStandardError() + gammu.readAllStandardOutput()).toStdString());
    REQUIRE(gammu.exitCode() == 0);
}

/// Steps 2–4 of a registered complaint at the office clock's instant, then step 5 by SMS.
void conveyBySms(test::TestOffice &office, qint64 complaintId)
{
    Workflow wf(*office.db, office.clock);
    wf.reportToHead(office.dewi, {complaintId});
    DispositionInput disposition;
    disposition.instructions = {u"Tindak lanjuti"_s};
    disposition.addressee = u"Tim Pengelola Pengaduan"_s;
    wf.dispose(office.hendra, {complaintId}, disposition);
    DecisionInput decision;
    decision.meetingAt = office.clock.now();
    decision.attendees = {u"Agus"_s};
    decision.decision = u"Jalan diperbaiki pekan depan."_s;
    wf.decide(office.agus, {complaintId}, decision);
    wf.conveyResult(office.rina, {complaintId},
                    {u"sms"_s, u"Jalan diperbaiki pekan depan oleh Dinas PUPR."_s, {}});
}

/// The result SMS of a complaint as recorded with its Berita Acara.
ResultSmsRecord resultSms(test::TestOffice &office, qint64 complaintId)
{
    const auto c = ComplaintStore(*office.db, QTimeZone::utc()).load(complaintId, true);
    REQUIRE(c);
    REQUIRE(c->resolutionReport);
    REQUIRE(c->resolutionReport->sms);
    return *c->resolutionReport->sms;
}

/// Step 5 by SMS through the running daemon: handed over, sent by the daemon, and the state
/// read back as "sent" (or "delivered" where the daemon says so).
void resultLeavesThroughDaemon(test::TestOffice &office, MessageIntake &intake,
                               const SmsDaemon &smsd, qint64 complaintId,
                               const std::function<QString()> &log)
{
    conveyBySms(office, complaintId);
    CHECK(resultSms(office, complaintId).delivery == SmsDelivery::Queued);
    REQUIRE(intake.deliverPending(smsd) == 1);
    REQUIRE(resultSms(office, complaintId).handedOver());
    const bool sent = waitFor([&] {
        intake.refreshDelivery(smsd, complaintId);
        const SmsDelivery state = resultSms(office, complaintId).delivery;
        return state == SmsDelivery::Sent || state == SmsDelivery::Delivered;
    });
    INFO(log().toStdString());
    CHECK(sent);
    CHECK(smsDeliveryLabel(resultSms(office, complaintId).delivery) == u"terkirim"_s);
}

/// gammu-smsd with Gammu's dummy phone in `dir`/phone/, started on a configuration written to
/// `dir`/smsdrc: the [gammu] section, then `service` (the [smsd] section's storage lines, "%1"
/// standing for `dir` with a trailing slash), then the settings every test shares (a log file,
/// one-second polling, no security checks, RunOnReceive handing each message to aduan-cli
/// sms-receive on `database`). Stopped (terminated, killed after 15 s) when it goes out of scope.
class RunningDaemon
{
public:
    RunningDaemon(const QTemporaryDir &dir, const QString &database, const QString &service)
        : m_dir(dir.path() + u'/'), m_rc(m_dir + u"smsdrc"_s)
    {
        REQUIRE(QDir(m_dir).mkpath(u"phone"_s));
        QFile f(m_rc);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QString config =
            u"[gammu]\nmodel = dummy\nconnection = none\ndevice = %1phone/\n\n[smsd]\n"_s
            + service
            + u"logfile = %1smsd.log\ndebuglevel = 0\nloopsleep = 1\ncommtimeout = 1\n"
                "sendtimeout = 5\nchecksecurity = 0\ncheckbattery = 0\ncheckSignal = 0\n"
                "hangupcalls = 0\nphoneid = aduan-test\n"
                "RunOnReceive = %2 --database %3 sms-receive --smsd-config %4\n"_s;
        f.write(config.arg(m_dir, QStringLiteral(ADUAN_CLI), database, m_rc).toUtf8());
        f.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(u"gammu-smsd"_s, {u"-c"_s, m_rc});
        REQUIRE(m_process.waitForStarted(10000));
    }
    ~RunningDaemon()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    RunningDaemon(const RunningDaemon &) = delete;
    RunningDaemon &operator=(const RunningDaemon &) = delete;

    /// The configuration file's path (for gammu, SmsDaemon and sms-receive).
    QString rc() const { return m_rc; }
    /// What the daemon logged so far (shown with a failed wait).
    QString log() const
    {
        QFile f(m_dir + u"smsd.log"_s);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private:
    QString m_dir;
    QString m_rc;
    QProcess m_process;
};

} // namespace

TEST_CASE("An SMS travels through the real gammu-smsd and back", "[sms][daemon]")
{
    if (QStandardPaths::findExecutable(u"gammu-smsd"_s).isEmpty()
        || QStandardPaths::findExecutable(u"gammu"_s).isEmpty()) {
        WARN("SKIP: gammu and gammu-smsd are not installed (Debian packages gammu, gammu-smsd); "
             "the SMS daemon's end-to-end test did not run.");
        return;
    }
    test::TestOffice office;
    // The daemon runs aduan-cli, which stamps with this computer's clock; the office's clock
    // follows it so that the history never runs backwards.
    office.clock.set(QDateTime::currentDateTimeUtc());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QString &sub : {u"inbox"_s, u"outbox"_s, u"sent"_s, u"error"_s})
        REQUIRE(QDir(dir.path()).mkpath(sub));
    const RunningDaemon daemon(dir, office.path,
                               u"service = files\ninboxpath = %1inbox/\noutboxpath = %1outbox/\n"
                               "sentsmspath = %1sent/\nerrorsmspath = %1error/\n"
                               "inboxformat = unicode\noutboxformat = unicode\n"
                               "transmitformat = auto\n"_s);
    const QString rc = daemon.rc();
    const auto log = [&] { return daemon.log(); };

    // A three-part complaint with an emoji, from the phone's inbox into SMS masuk.
    const QString text = u"Jalan di depan rumah kami rusak parah 😀 ꦗꦭꦤ꧀. "_s.repeated(4);
    putInPhoneInbox(rc, u"+6281234567802"_s, text);
    MessageInboxStore inbox(*office.db);
    const bool arrived = waitFor([&] {
        return inbox.waiting().size() == 1;
    });
    INFO(log().toStdString());
    REQUIRE(arrived);
    const IncomingMessage m = inbox.waiting().constFirst();
    CHECK(m.text == text);
    CHECK(m.sender == u"+6281234567802"_s);
    CHECK(m.channel == Channel::Sms);

    // Jadikan aduan: the officer's form, then the receipt through the daemon.
    MessageIntake intake(*office.db, office.clock);
    ComplaintDraft draft = intake.draftFor(m);
    draft.complainant->name = u"Warga Sananwetan"_s;
    draft.subject = u"Jalan rusak"_s;
    draft.requirements.insert(u"identity_card"_s, {false, u"aduan melalui SMS"_s});
    draft.requirements.insert(u"evidence"_s, {false, u"aduan melalui SMS"_s});
    const Registration reg = intake.registerComplaint(office.rina, m.id, draft, office.clock.now());
    const SmsDaemon smsd(rc);
    CHECK(intake.deliverPending(smsd) == 1);
    CHECK(intake.deliverPending(smsd) == 0);
    const QString sentFolder = dir.filePath(u"sent"_s);
    const bool receiptSent = waitFor([&] {
        const QStringList sent = sentTexts(sentFolder);
        return std::any_of(sent.begin(), sent.end(), [&](const QString &s) {
            return s.contains(u"nomor "_s + reg.agendaNumber);
        });
    });
    INFO(log().toStdString());
    CHECK(receiptSent);

    // STATUS from the registered number: answered through the same path, by sms-receive alone.
    putInPhoneInbox(rc, u"+6281234567802"_s, u"STATUS "_s + reg.agendaNumber);
    const bool answered = waitFor([&] {
        const QStringList sent = sentTexts(sentFolder);
        return std::any_of(sent.begin(), sent.end(), [&](const QString &s) {
            return s.contains(u"Aduan "_s + reg.agendaNumber + u": Dalam proses"_s);
        });
    });
    INFO(log().toStdString());
    CHECK(answered);
    CHECK(inbox.waiting().isEmpty());

    // SOP step 5 by SMS: the result leaves through the daemon; its file moves to sent/.
    resultLeavesThroughDaemon(office, intake, smsd, reg.complaintId, log);
    const QStringList sent = sentTexts(sentFolder);
    CHECK(std::any_of(sent.begin(), sent.end(), [&](const QString &s) {
        return s.contains(u"Hasil penyelesaian aduan "_s + reg.agendaNumber);
    }));
}

namespace {

/// psql on the test server's database `name` (libpq's PGHOST, PGPORT, PGUSER from the
/// environment): runs `sql`, or the script `file`.
void psql(const QString &name, const QStringList &what)
{
    QProcess p;
    p.start(u"psql"_s, QStringList{u"-q"_s, u"-X"_s, u"-d"_s, name} + what);
    REQUIRE(p.waitForFinished(60000));
    INFO(QByteArray(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
}

} // namespace

TEST_CASE("An SMS travels through gammu-smsd's PostgreSQL store and back",
          "[sms][daemon][postgres]")
{
    const QString schema = u"/usr/share/doc/gammu-smsd/examples/pgsql.sql"_s;
    if (!test::onPostgres()) {
        WARN("SKIP: the daemon's PostgreSQL store is tested only when the tests run on "
             "PostgreSQL (ADUAN_TEST_POSTGRES=1 with PGHOST, PGPORT, PGUSER).");
        return;
    }
    if (QStandardPaths::findExecutable(u"gammu-smsd"_s).isEmpty()
        || QStandardPaths::findExecutable(u"gammu"_s).isEmpty()
        || QStandardPaths::findExecutable(u"psql"_s).isEmpty() || !QFileInfo::exists(schema)) {
        WARN("SKIP: gammu, gammu-smsd (with its examples) or psql are not installed; the SMS "
             "daemon's PostgreSQL test did not run.");
        return;
    }
    test::TestOffice office;
    office.clock.set(QDateTime::currentDateTimeUtc());
    // The daemon's own database beside the office's, with Gammu's schema.
    test::ServerDatabase smsdDb(u"smsd"_s);
    const QString smsdName = smsdDb.location.mid(QStringLiteral("postgresql:///").size());
    psql(smsdName, {u"-c"_s, u"SET client_min_messages = warning"_s, u"-f"_s, schema});
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString host = env.value(u"PGHOST"_s, u"/var/run/postgresql"_s);
    if (env.contains(u"PGPORT"_s))
        host += u':' + env.value(u"PGPORT"_s);
    const RunningDaemon daemon(dir, office.path,
                               u"service = sql\ndriver = native_pgsql\nhost = "_s + host
                                   + u"\nuser = "_s + env.value(u"PGUSER"_s) + u"\npassword = "_s
                                   + env.value(u"PGPASSWORD"_s) + u"\ndatabase = "_s + smsdName
                                   + u"\n"_s);
    const QString rc = daemon.rc();
    const auto log = [&] { return daemon.log(); };

    // A two-part complaint: the daemon's inbox table, RunOnReceive, SMS masuk.
    const QString text = u"Lampu penerangan jalan di Jl. Kalimantan mati sejak sepekan ꦗꦭꦤ꧀. "_s
                             .repeated(2);
    putInPhoneInbox(rc, u"+6281234567802"_s, text);
    MessageInboxStore inbox(*office.db);
    const bool arrived = waitFor([&] { return inbox.waiting().size() == 1; });
    INFO(log().toStdString());
    REQUIRE(arrived);
    const IncomingMessage m = inbox.waiting().constFirst();
    CHECK(m.text == text);
    CHECK(m.sender == u"+6281234567802"_s);

    // Taken in by RunOnReceive already: a re-scan finds nothing new (and marks it processed);
    // a message RunOnReceive never handed over is taken in from the inbox table.
    MessageIntake intake(*office.db, office.clock);
    const SmsDaemon smsd(rc);
    CHECK(intake.takeInMissed(smsd) == 0);
    psql(smsdName, {u"-c"_s,
                    u"INSERT INTO inbox (\"ReceivingDateTime\", \"Text\", \"SenderNumber\", "
                    "\"UDH\", \"TextDecoded\", \"RecipientID\") VALUES (LOCALTIMESTAMP - "
                    "interval '5 minutes', '', '+6281234567809', '', 'Bantuan belum cair', "
                    "'aduan-test')"_s});
    CHECK(intake.takeInMissed(smsd) == 1);
    CHECK(intake.takeInMissed(smsd) == 0);
    REQUIRE(inbox.waiting().size() == 2);

    // Jadikan aduan; the receipt goes through the daemon's outbox table.
    ComplaintDraft draft = intake.draftFor(m);
    draft.complainant->name = u"Warga Sukorejo"_s;
    draft.subject = u"Lampu jalan mati"_s;
    draft.requirements.insert(u"identity_card"_s, {false, u"aduan melalui SMS"_s});
    draft.requirements.insert(u"evidence"_s, {false, u"aduan melalui SMS"_s});
    const Registration reg = intake.registerComplaint(office.rina, m.id, draft, office.clock.now());
    CHECK(intake.deliverPending(smsd) == 1);

    // SOP step 5 by SMS: from the outbox table to sentitems, its state read back as sent.
    resultLeavesThroughDaemon(office, intake, smsd, reg.complaintId, log);
}
