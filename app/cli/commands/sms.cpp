// aduan-cli sms-receive (Gammu's RunOnReceive) and aduan-cli sms (the inbox for scripts).
#include "cli.h"
#include "commands/viewer.h"

#include "sms/messageintake.h"
#include "sms/smsdaemon.h"
#include "storage/database.h"
#include "storage/messageinbox.h"
#include "util/error.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace aduan::cli {

namespace {

QCommandLineOption smsdConfigOption()
{
    return {u"smsd-config"_s,
            u"The SMS daemon's configuration (gammu-smsdrc); replies are queued through it."_s,
            u"FILE"_s};
}

/// Hands the replies waiting in the database to the daemon, when its configuration is given.
void deliver(Context &ctx, MessageIntake &intake, const QCommandLineParser &parser,
             const QCommandLineOption &config)
{
    const QString path = parser.isSet(config) ? parser.value(config) : intake.daemonConfig();
    if (path.isEmpty())
        return;
    const int n = intake.deliverPending(SmsDaemon(path));
    if (n > 0)
        ctx.out << n << u" SMS queued in the daemon's outbox\n"_s;
}

} // namespace

int runSmsReceive(Context &ctx)
{
    const QCommandLineOption config = smsdConfigOption();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"For Gammu's SMS daemon: RunOnReceive = aduan-cli --database DB sms-receive "
        "--smsd-config /etc/gammu-smsdrc. Reads the received message from the environment the "
        "daemon sets (SMS_MESSAGES, SMS_n_NUMBER, SMS_n_TEXT, DECODED_1_TEXT) and the daemon's "
        "ids of its parts (arguments). A complaint waits in the officer's SMS masuk; a text "
        "STATUS <nomor agenda> is answered at once, with the status only to the phone number "
        "the complaint was registered with. Replies go to the daemon's outbox. The same ids "
        "handed over twice store one message."_s);
    parser.addHelpOption();
    parser.addOption(config);
    parser.addPositionalArgument(u"ids"_s, u"The daemon's ids of the message's parts."_s,
                                 u"[IDS...]"_s);
    parser.process(ctx.arguments);
    const ReceivedSms sms =
        receivedFromDaemon(QProcessEnvironment::systemEnvironment(), parser.positionalArguments());
    auto db = ctx.open();
    MessageIntake intake(*db, ctx.clock());
    const SmsReceipt receipt = intake.receiveSms(sms);
    if (receipt.duplicate)
        ctx.out << u"message "_s << receipt.messageId << u" was received before\n"_s;
    else if (receipt.statusRequest)
        ctx.out << u"status request "_s << receipt.messageId << u" answered\n"_s;
    else
        ctx.out << u"message "_s << receipt.messageId << u" waits in SMS masuk\n"_s;
    deliver(ctx, intake, parser, config);
    return 0;
}

int runSms(Context &ctx)
{
    const QCommandLineOption config = smsdConfigOption();
    const QCommandLineOption reason(u"reason"_s, u"Why the message is not a complaint."_s,
                                    u"TEXT"_s);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s,
                                 u"list | deliver | set-aside ID --reason TEXT | setup"_s);
    parser.addPositionalArgument(u"id"_s, u"The message's number (set-aside)."_s, u"[ID]"_s);
    parseActingCommand(
        ctx, parser,
        u"The SMS and website messages waiting for the officer (SMS masuk).\n"
        "  list                        the waiting messages, oldest first (tab-separated: number, "
        "channel, sender, received at UTC, text)\n"
        "  deliver [--smsd-config FILE] hand the replies not yet queued to the SMS daemon, take in "
        "the messages its RunOnReceive missed and read back the delivery states (list does the "
        "same first when the daemon is set up, reporting on stderr)\n"
        "  setup --smsd-config FILE    point Aduan at the daemon's configuration, for every PC "
        "and for sms-receive (as the administrator)\n"
        "  set-aside ID --reason TEXT  Bukan aduan: set a message aside (as an officer)\n"
        "A message becomes a complaint only through the officer's form (Jadikan aduan)."_s,
        {config, reason});
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action != u"list"_s && action != u"deliver"_s && action != u"set-aside"_s
        && action != u"setup"_s) {
        ctx.err << u"sms needs an action: list, deliver, set-aside or setup. Run aduan-cli sms "
                   "--help.\n"_s;
        return 2;
    }
    if (action == u"setup"_s && !parser.isSet(config)) {
        ctx.err << u"sms setup needs --smsd-config FILE.\n"_s;
        return 2;
    }
    bool idOk = false;
    const qint64 id = args.value(1).toLongLong(&idOk);
    if (action == u"set-aside"_s && (!idOk || !parser.isSet(reason))) {
        ctx.err << u"sms set-aside needs the message's number and --reason TEXT.\n"_s;
        return 2;
    }
    auto db = ctx.open();
    MessageIntake intake(*db, ctx.clock());
    if (action == u"deliver"_s || action == u"list"_s) {
        // Each run also takes in what RunOnReceive missed and reads the delivery states back.
        const QString path = parser.isSet(config) ? parser.value(config) : intake.daemonConfig();
        if (path.isEmpty() && action == u"deliver"_s) {
            ctx.err << u"sms deliver needs --smsd-config FILE (or aduan-cli sms setup).\n"_s;
            return 2;
        }
        if (!path.isEmpty()) {
            const MessageIntake::DaemonSync done = intake.syncWithDaemon(SmsDaemon(path));
            QTextStream &report = action == u"deliver"_s ? ctx.out : ctx.err;
            report << done.queued << u" SMS queued in the daemon's outbox, "_s << done.takenIn
                   << u" taken in from its inbox, "_s << done.refreshed
                   << u" delivery states changed\n"_s;
        }
        if (action == u"deliver"_s)
            return 0;
    }
    const User actor = actingUser(ctx, *db, parser);
    if (action == u"setup"_s) {
        intake.setDaemonConfig(actor.id, parser.value(config));
        ctx.out << u"SMS daemon configuration: "_s << parser.value(config) << u'\n';
        return 0;
    }
    if (action == u"set-aside"_s) {
        intake.setAside(actor.id, id, parser.value(reason));
        ctx.out << u"message "_s << id << u" set aside\n"_s;
        return 0;
    }
    for (const IncomingMessage &m : MessageInboxStore(*db).waiting()) {
        QString text = m.text;
        text.replace(u'\t', u' ').replace(u'\n', u' ');
        ctx.out << m.id << u'\t' << channelCode(m.channel) << u'\t' << m.sender << u'\t'
                << m.receivedAt.toString(Qt::ISODate) << u'\t' << text << u'\n';
    }
    return 0;
}

} // namespace aduan::cli
