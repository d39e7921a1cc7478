#pragma once

#include "domain/complaint.h"
#include "sms/smsdaemon.h"
#include "storage/messageinbox.h"
#include "workflow/workflow.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace aduan {

class Clock;
class Database;

/// What became of one SMS handed over by the daemon.
struct SmsReceipt {
    qint64 messageId = 0;
    bool duplicate = false;     ///< the same daemon ids were handed over before: nothing new
    bool statusRequest = false; ///< a STATUS request, answered at once (reply queued)
};

/// The rules of messages that come by themselves (issue 19; SOP "Pencatatan dan Pendataan"
/// 1–2: the officer records every complaint that comes by SMS or website, in the format of the
/// Formulir Aduan). A message waits in SMS masuk until the officer registers it (the complaint
/// form filled in from it) or sets it aside with a reason; one message never becomes two
/// complaints. A `STATUS <nomor agenda>` SMS is answered at once — with the complaint's status
/// and open step only to the phone number the complaint was registered with (a confidential
/// complaint likewise), with one neutral answer to anyone else. Replies are written to
/// outgoing_message in the same transaction, then handed to Gammu's SMS daemon by
/// deliverPending(). Time comes from the injected Clock; instants are UTC.
class MessageIntake
{
public:
    MessageIntake(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /// Stores an SMS from the daemon (RunOnReceive), received now. The sender is normalised
    /// (validation/phone.h; kept as given when it is no Indonesian number). The source key is
    /// the daemon's ids, so the same call run twice stores one message. A STATUS request is
    /// stored as answered and its reply queued. Throws Error(Busy/Storage) from the store.
    SmsReceipt receiveSms(const ReceivedSms &sms);
    /// The same for a message received at `receivedAt` (UTC), as the daemon's store dates it.
    SmsReceipt receiveSms(const ReceivedSms &sms, const QDateTime &receivedAt);

    /// Stores a website/form row (channel Website) unless a row with the same source key is
    /// there already: std::nullopt for a duplicate. `message.sourceKey` must be set.
    std::optional<qint64> addWebsiteMessage(IncomingMessage message);

    /// The Formulir Aduan filled in from a message: channel SMS or Website, received at the
    /// message's time, the complainant's phone (and the name, NIK and address of a website
    /// row), the text as the description; the registering step's requirements are left for the
    /// officer (an SMS complainant shows no identity card: the officer records why).
    ComplaintDraft draftFor(const IncomingMessage &message) const;

    /// Registers `draft` as the complaint of message `messageId` (Workflow::registerComplaint)
    /// and marks the message processed with the complaint — in one transaction; queues the
    /// receipt SMS (receiptText()) for an SMS sender when the receipt is on. Throws
    /// Error(Conflict) "already made complaint …/set aside" when the message is no longer
    /// waiting (another PC was faster; nothing is written), Error(NotFound) for an unknown
    /// message, and whatever the workflow throws (the form keeps what was typed).
    Registration registerComplaint(qint64 actorId, qint64 messageId, const ComplaintDraft &draft,
                                   const QDateTime &formOpenedAt,
                                   const QString &deviationReason = {});

    /// Bukan aduan: sets a waiting message aside with `reason` (a question answered, spam), in
    /// the history. By the officer or the administrator (else Error(Forbidden)); an empty
    /// reason is Error(Invalid); a message no longer waiting Error(Conflict).
    void setAside(qint64 actorId, qint64 messageId, const QString &reason);

    /// The agenda number of a `STATUS <nomor agenda>` text (case and spaces as the phone typed
    /// them); std::nullopt for any other text.
    static std::optional<QString> statusRequestNumber(const QString &text);
    /// The answer to a STATUS request from `sender` about `agendaNumber`: the status and open
    /// step when the complaint was registered with that phone number, neutralAnswer() otherwise
    /// (unknown number, another phone, anonymous, voided).
    QString statusAnswer(const QString &sender, const QString &agendaNumber) const;
    /// The one answer that reveals nothing.
    static QString neutralAnswer();

    /// Whether a receipt SMS goes out on registration (setting sms.receipt_enabled; default on)
    /// and its template (setting sms.receipt_template; {nomor} is the agenda number).
    bool receiptEnabled() const;
    QString receiptTemplate() const;
    static QString defaultReceiptTemplate();
    /// The administrator sets both (history entry "setting.sms-receipt"). Error(Forbidden) for
    /// anyone else; Error(Invalid) for a template without {nomor}.
    void setReceipt(qint64 actorId, bool enabled, const QString &templateText);
    QString receiptText(const QString &agendaNumber) const;

    /// The SMS daemon's configuration file (gammu-smsdrc) as the administrator pointed the
    /// product at it (setting sms.daemon_config); empty when not set: replies then wait in
    /// outgoing_message until `aduan-cli sms deliver --smsd-config FILE`.
    QString daemonConfig() const;
    /// The administrator sets it (history entry "setting.sms-daemon"). Error(Forbidden) for
    /// anyone else.
    void setDaemonConfig(qint64 actorId, const QString &path);

    /// Hands every reply not yet queued to `daemon` and records the daemon's id; returns how
    /// many went. Stops at the first refusal and throws it (those left are tried next time).
    int deliverPending(const SmsDaemon &daemon);

    /// Reads the delivery state of the replies handed to `daemon` whose state may still change
    /// (queued, sent; of one complaint when `complaintId` > 0) from the daemon's store and
    /// records it with the time asked (the injected clock, UTC); returns how many changed.
    /// Throws Error(NotFound/Invalid/Storage) from openDaemonStore() and the store.
    int refreshDelivery(const SmsDaemon &daemon, qint64 complaintId = 0);

    /// RunOnReceive runs once per message; when that run failed (database unreachable, a
    /// crash), the message is still in the daemon's inbox. Takes in every message there,
    /// received at least a minute before now (a later part may still be being written), that
    /// is not yet stored (the same source key as sms-receive's, so nothing is taken twice);
    /// returns how many were new. Throws as refreshDelivery().
    int takeInMissed(const SmsDaemon &daemon);

    /// What syncWithDaemon() did.
    struct DaemonSync {
        int takenIn = 0;   ///< takeInMissed()
        int queued = 0;    ///< deliverPending()
        int refreshed = 0; ///< refreshDelivery()
    };
    /// takeInMissed(), deliverPending() and refreshDelivery(), in that order: what `aduan-cli
    /// sms` and opening SMS masuk run. Throws the first failure (the steps before it are kept).
    DaemonSync syncWithDaemon(const SmsDaemon &daemon);

private:
    void queueReply(MessageInboxStore &store, const QString &recipient, const QString &text,
                    const QString &purpose, qint64 complaintId, qint64 incomingId);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace aduan
