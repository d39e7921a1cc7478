// Issue 19, end to end: the real gammu-smsd with Gammu's dummy phone (a phone emulated in a
// folder) and the FILES backend. A message put in the dummy phone's inbox is received by the
// daemon, handed to aduan-cli sms-receive (RunOnReceive), waits in SMS masuk, becomes a
// complaint, and the receipt leaves through the daemon; a STATUS request is answered the same
// way. Skipped with a message when the gammu binaries are absent.
#include "catch_qt.h"
#include "testoffice.h"

#include "sms/messageintake.h"
#include "sms/smsdaemon.h"
#include "storage/messageinbox.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QThread>

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
    for (const QString &sub : {u"phone"_s, u"inbox"_s, u"outbox"_s, u"sent"_s, u"error"_s})
        REQUIRE(QDir(dir.path()).mkpath(sub));
    const QString rc = dir.filePath(u"smsdrc"_s);
    {
        QFile f(rc);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QString p = dir.path() + u'/';
        f.write(u"[gammu]\nmodel = dummy\nconnection = none\ndevice = %1phone/\n\n"
                "[smsd]\nservice = files\ninboxpath = %1inbox/\noutboxpath = %1outbox/\n"
                "sentsmspath = %1sent/\nerrorsmspath = %1error/\ninboxformat = unicode\n"
                "outboxformat = unicode\ntransmitformat = auto\nlogfile = %1smsd.log\n"
                "debuglevel = 0\nloopsleep = 1\ncommtimeout = 1\nsendtimeout = 5\n"
                "checksecurity = 0\ncheckbattery = 0\ncheckSignal = 0\nhangupcalls = 0\n"
                "phoneid = aduan-test\n"
                "RunOnReceive = %2 --database %3 sms-receive --smsd-config %4\n"_s
                    .arg(p, QStringLiteral(ADUAN_CLI), office.path, rc)
                    .toUtf8());
    }
    QProcess daemon;
    daemon.setProcessChannelMode(QProcess::MergedChannels);
    daemon.start(u"gammu-smsd"_s, {u"-c"_s, rc});
    REQUIRE(daemon.waitForStarted(10000));
    struct Stop {
        QProcess &p;
        ~Stop()
        {
            p.terminate();
            if (!p.waitForFinished(15000)) {
                p.kill();
                p.waitForFinished();
            }
        }
    } stop{daemon};
    auto log = [&] {
        QFile f(dir.filePath(u"smsd.log"_s));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };

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
}
