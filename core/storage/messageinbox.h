#pragma once

#include "domain/channel.h"
#include "domain/smsdelivery.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace aduan {

class Database;

/// Where an incoming message stands (incoming_message.state).
enum class MessageState {
    New,           ///< "new": waiting in SMS masuk for the officer
    Complaint,     ///< "complaint": registered as a complaint (complaintId)
    NotComplaint,  ///< "not_complaint": set aside by the officer with a reason (Bukan aduan)
    StatusRequest, ///< "status_request": a STATUS request, answered at once by SMS
};
QString messageStateCode(MessageState state);

/// A message that came by itself: an SMS through Gammu's SMS daemon, or a row of a website /
/// Google Form export.
struct IncomingMessage {
    qint64 id = 0;
    Channel channel = Channel::Sms;  ///< Sms or Website
    QString sourceKey;   ///< what tells the same message seen twice (see MessageIntake)
    QString sender;      ///< phone as normalised (+62…), or as given when it is no phone
    QString senderName;  ///< website rows only
    QString senderNik;
    QString senderAddress;
    QDateTime receivedAt; ///< UTC
    QString text;         ///< the whole message: multipart SMS joined, Unicode intact
    MessageState state = MessageState::New;
    qint64 complaintId = 0;
    QString agendaNumber; ///< of complaintId, when read back
    QString reason;       ///< Bukan aduan: why; status request: the answer sent
    int rowVersion = 1;
};

/// An SMS queued for Gammu's SMS daemon.
struct OutgoingMessage {
    qint64 id = 0;
    QString recipient;   ///< +62…
    QString text;
    QString purpose;     ///< "receipt" (number after registration), "status" (STATUS answer) or
                         ///< "result" (SOP step 5 conveyed by SMS)
    qint64 complaintId = 0;
    qint64 incomingId = 0;
    QDateTime queuedAt;  ///< UTC
    QString daemonId;    ///< the daemon's id of the queued message; empty until handed over,
                         ///< "queuing" while one program hands it over
    int parts = 1;
    QString coding;      ///< "gsm7" or "ucs2"
    SmsDelivery delivery = SmsDelivery::Queued; ///< as the daemon last reported it (migration 009)
    QDateTime deliveryCheckedAt; ///< UTC; invalid until the daemon was asked
};

/// The tables incoming_message and outgoing_message (migrations 006, 008): SQL only, no rules. Every
/// write method must run inside Database::write().
class MessageInboxStore
{
public:
    explicit MessageInboxStore(Database &db) : m_db(db) {}

    /// Inserts a message; std::nullopt (and nothing written) when a message with the same
    /// source key is stored already.
    std::optional<qint64> insert(const IncomingMessage &message);
    std::optional<IncomingMessage> load(qint64 id) const;
    std::optional<IncomingMessage> bySourceKey(const QString &sourceKey) const;
    /// Messages still waiting for the officer (state New), oldest first.
    QList<IncomingMessage> waiting() const;
    /// Messages handled, newest first, at most `limit`.
    QList<IncomingMessage> handled(int limit = 200) const;
    /// Moves a waiting message to `state`; false (nothing written) when it is no longer waiting:
    /// the one guard that keeps one message from becoming two complaints.
    bool settle(qint64 id, MessageState state, qint64 complaintId, const QString &reason,
                qint64 userId, const QDateTime &at);

    qint64 insertOutgoing(const OutgoingMessage &message);
    /// Marks a reply not yet handed over as being handed over now (daemon_id "queuing"); false
    /// when it is handed over or claimed already. setDaemonId() then records the daemon's id,
    /// or the empty text to give the reply back to the queue.
    bool claimForDelivery(qint64 outgoingId);
    void setDaemonId(qint64 outgoingId, const QString &daemonId);
    /// Replies not yet handed to the daemon, oldest first.
    QList<OutgoingMessage> undelivered() const;
    /// Records the daemon's report on a reply, asked at `at` (UTC).
    void setDelivery(qint64 outgoingId, SmsDelivery state, const QDateTime &at);
    /// Replies handed to the daemon whose state may still change (queued, sent), oldest first;
    /// of one complaint when `complaintId` > 0.
    QList<OutgoingMessage> inFlight(qint64 complaintId = 0) const;
    /// Replies about one complaint, oldest first.
    QList<OutgoingMessage> outgoingFor(qint64 complaintId) const;

private:
    Database &m_db;
};

} // namespace aduan
