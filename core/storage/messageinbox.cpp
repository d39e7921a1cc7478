#include "storage/messageinbox.h"

#include "storage/sqlquery.h"
#include "util/storagetime.h"

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

const QString kIncomingColumns =
    u"m.id, m.channel, m.source_key, m.sender, m.sender_name, m.sender_nik, m.sender_address, "
    "m.received_at, m.body, m.state, m.complaint_id, m.reason, m.row_version, "
    "c.agenda_number"_s;
const QString kIncomingFrom =
    u" FROM incoming_message m LEFT JOIN complaint c ON c.id = m.complaint_id "_s;

MessageState stateFromCode(const QString &code)
{
    if (code == u"complaint"_s)
        return MessageState::Complaint;
    if (code == u"not_complaint"_s)
        return MessageState::NotComplaint;
    if (code == u"status_request"_s)
        return MessageState::StatusRequest;
    return MessageState::New;
}

IncomingMessage incomingFromRow(const SqlQuery &q)
{
    IncomingMessage m;
    m.id = q.integer(u"id"_s);
    m.channel = channelFromCode(q.text(u"channel"_s)).value_or(Channel::Sms);
    m.sourceKey = q.text(u"source_key"_s);
    m.sender = q.text(u"sender"_s);
    m.senderName = q.text(u"sender_name"_s);
    m.senderNik = q.text(u"sender_nik"_s);
    m.senderAddress = q.text(u"sender_address"_s);
    m.receivedAt = fromStorageTime(q.text(u"received_at"_s));
    m.text = q.text(u"body"_s);
    m.state = stateFromCode(q.text(u"state"_s));
    m.complaintId = q.integer(u"complaint_id"_s);
    m.reason = q.text(u"reason"_s);
    m.rowVersion = int(q.integer(u"row_version"_s));
    m.agendaNumber = q.text(u"agenda_number"_s);
    return m;
}

const QString kOutgoingColumns =
    u"id, recipient, body, purpose, complaint_id, incoming_id, queued_at, daemon_id, parts, "
    "coding, delivery_state, delivery_checked_at"_s;

OutgoingMessage outgoingFromRow(const SqlQuery &q)
{
    OutgoingMessage m;
    m.id = q.integer(u"id"_s);
    m.recipient = q.text(u"recipient"_s);
    m.text = q.text(u"body"_s);
    m.purpose = q.text(u"purpose"_s);
    m.complaintId = q.integer(u"complaint_id"_s);
    m.incomingId = q.integer(u"incoming_id"_s);
    m.queuedAt = fromStorageTime(q.text(u"queued_at"_s));
    m.daemonId = q.text(u"daemon_id"_s);
    m.parts = int(q.integer(u"parts"_s));
    m.coding = q.text(u"coding"_s);
    m.delivery = smsDeliveryFromCode(q.text(u"delivery_state"_s));
    const QString checked = q.text(u"delivery_checked_at"_s);
    if (!checked.isEmpty())
        m.deliveryCheckedAt = fromStorageTime(checked);
    return m;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QString messageStateCode(MessageState state)
{
    switch (state) {
    case MessageState::New:
        return u"new"_s;
    case MessageState::Complaint:
        return u"complaint"_s;
    case MessageState::NotComplaint:
        return u"not_complaint"_s;
    case MessageState::StatusRequest:
        return u"status_request"_s;
    }
    return {};
}

std::optional<qint64> MessageInboxStore::insert(const IncomingMessage &message)
{
    if (bySourceKey(message.sourceKey))
        return std::nullopt;
    return SqlQuery(m_db,
                    u"INSERT INTO incoming_message (channel, source_key, sender, sender_name, "
                    "sender_nik, sender_address, received_at, body, state) VALUES (:channel, "
                    ":key, :sender, :name, :nik, :address, :received, :body, :state) "
                    "RETURNING id"_s)
        .bind({{u":channel"_s, channelCode(message.channel)},
               {u":key"_s, message.sourceKey},
               {u":sender"_s, message.sender},
               {u":name"_s, message.senderName},
               {u":nik"_s, message.senderNik},
               {u":address"_s, message.senderAddress},
               {u":received"_s, message.receivedAt},
               {u":body"_s, message.text},
               {u":state"_s, messageStateCode(message.state)}})
        .execReturningId();
}

std::optional<IncomingMessage> MessageInboxStore::load(qint64 id) const
{
    return SqlQuery(m_db, u"SELECT "_s + kIncomingColumns + kIncomingFrom + u"WHERE m.id = :id"_s)
        .bind(u":id"_s, id)
        .first(incomingFromRow);
}

std::optional<IncomingMessage> MessageInboxStore::bySourceKey(const QString &sourceKey) const
{
    return SqlQuery(m_db,
                    u"SELECT "_s + kIncomingColumns + kIncomingFrom
                        + u"WHERE m.source_key = :key"_s)
        .bind(u":key"_s, sourceKey)
        .first(incomingFromRow);
}

QList<IncomingMessage> MessageInboxStore::waiting() const
{
    return SqlQuery(m_db,
                    u"SELECT "_s + kIncomingColumns + kIncomingFrom
                        + u"WHERE m.state = 'new' ORDER BY m.received_at, m.id"_s)
        .rows(incomingFromRow);
}

QList<IncomingMessage> MessageInboxStore::handled(int limit) const
{
    return SqlQuery(m_db,
                    u"SELECT "_s + kIncomingColumns + kIncomingFrom
                        + u"WHERE m.state <> 'new' ORDER BY m.received_at DESC, m.id DESC "
                          "LIMIT :limit"_s)
        .bind(u":limit"_s, limit)
        .rows(incomingFromRow);
}

bool MessageInboxStore::settle(qint64 id, MessageState state, qint64 complaintId,
                               const QString &reason, qint64 userId, const QDateTime &at)
{
    SqlQuery q(m_db,
               u"UPDATE incoming_message SET state = :state, complaint_id = :complaint, "
               "reason = :reason, handled_by = :user, handled_at = :at, "
               "row_version = row_version + 1 WHERE id = :id AND state = 'new'"_s);
    q.bind({{u":state"_s, messageStateCode(state)},
            {u":complaint"_s, idOrNull(complaintId)},
            {u":reason"_s, reason},
            {u":user"_s, idOrNull(userId)},
            {u":at"_s, at},
            {u":id"_s, id}})
        .exec();
    return q.rowsAffected() == 1;
}

qint64 MessageInboxStore::insertOutgoing(const OutgoingMessage &message)
{
    return SqlQuery(m_db,
                    u"INSERT INTO outgoing_message (recipient, body, purpose, complaint_id, "
                    "incoming_id, queued_at, daemon_id, parts, coding) VALUES (:recipient, "
                    ":body, :purpose, :complaint, :incoming, :queued, :daemon, :parts, "
                    ":coding) RETURNING id"_s)
        .bind({{u":recipient"_s, message.recipient},
               {u":body"_s, message.text},
               {u":purpose"_s, message.purpose},
               {u":complaint"_s, idOrNull(message.complaintId)},
               {u":incoming"_s, idOrNull(message.incomingId)},
               {u":queued"_s, message.queuedAt},
               {u":daemon"_s, message.daemonId},
               {u":parts"_s, message.parts},
               {u":coding"_s, message.coding}})
        .execReturningId();
}

bool MessageInboxStore::claimForDelivery(qint64 outgoingId)
{
    SqlQuery q(m_db, u"UPDATE outgoing_message SET daemon_id = 'queuing' WHERE id = :id "
                     "AND daemon_id = ''"_s);
    q.bind(u":id"_s, outgoingId).exec();
    return q.rowsAffected() == 1;
}

void MessageInboxStore::setDaemonId(qint64 outgoingId, const QString &daemonId)
{
    SqlQuery(m_db, u"UPDATE outgoing_message SET daemon_id = :daemon WHERE id = :id"_s)
        .bind({{u":daemon"_s, daemonId}, {u":id"_s, outgoingId}})
        .exec();
}

QList<OutgoingMessage> MessageInboxStore::undelivered() const
{
    return SqlQuery(m_db,
                    u"SELECT "_s + kOutgoingColumns
                        + u" FROM outgoing_message WHERE daemon_id = '' ORDER BY id"_s)
        .rows(outgoingFromRow);
}

void MessageInboxStore::setDelivery(qint64 outgoingId, SmsDelivery state, const QDateTime &at)
{
    SqlQuery(m_db, u"UPDATE outgoing_message SET delivery_state = :state, "
                   "delivery_checked_at = :at WHERE id = :id"_s)
        .bind({{u":state"_s, smsDeliveryCode(state)}, {u":at"_s, at}, {u":id"_s, outgoingId}})
        .exec();
}

QList<OutgoingMessage> MessageInboxStore::inFlight(qint64 complaintId) const
{
    QString sql = u"SELECT "_s + kOutgoingColumns
        + u" FROM outgoing_message WHERE delivery_state IN ('queued', 'sent') "
          "AND daemon_id NOT IN ('', 'queuing')"_s;
    if (complaintId > 0)
        sql += u" AND complaint_id = :id"_s;
    SqlQuery q(m_db, sql + u" ORDER BY id"_s);
    if (complaintId > 0)
        q.bind(u":id"_s, complaintId);
    return q.rows(outgoingFromRow);
}

QList<OutgoingMessage> MessageInboxStore::outgoingFor(qint64 complaintId) const
{
    return SqlQuery(m_db,
                    u"SELECT "_s + kOutgoingColumns
                        + u" FROM outgoing_message WHERE complaint_id = :id ORDER BY id"_s)
        .bind(u":id"_s, complaintId)
        .rows(outgoingFromRow);
}

} // namespace aduan
