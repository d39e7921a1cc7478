#include "sms/messageintake.h"

#include "auth/whomayact.h"
#include "domain/role.h"
#include "sms/smstext.h"
#include "storage/auditlog.h"
#include "storage/complaintstore.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/userstore.h"
#include "util/clock.h"
#include "util/error.h"
#include "validation/phone.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

const QString kReceiptEnabled = u"sms.receipt_enabled"_s;
const QString kReceiptTemplate = u"sms.receipt_template"_s;
const QString kDaemonConfig = u"sms.daemon_config"_s;

/// A phone as stored: normalised when it is a valid number, else as given.
QString storedPhone(const QString &phone)
{
    const PhoneCheck check = normalizePhone(phone);
    return check.ok() ? check.normalized : phone.trimmed();
}

QJsonObject messageJson(const IncomingMessage &m)
{
    return {{u"channel"_s, channelCode(m.channel)},
            {u"sender"_s, m.sender},
            {u"state"_s, messageStateCode(m.state)},
            {u"complaint_id"_s, m.complaintId},
            {u"reason"_s, m.reason}};
}

void requireWaiting(const std::optional<IncomingMessage> &message)
{
    if (!message)
        throw Error(Error::Code::NotFound,
                    QCoreApplication::translate("aduan::MessageIntake",
                                                "This message is no longer in SMS masuk."));
    if (message->state == MessageState::New)
        return;
    if (message->state == MessageState::Complaint) {
        throw Error(Error::Code::Conflict,
                    QCoreApplication::translate(
                        "aduan::MessageIntake",
                        "This message was already made complaint %1 (perhaps on another PC); "
                        "nothing was saved twice.")
                        .arg(message->agendaNumber));
    }
    throw Error(Error::Code::Conflict,
                QCoreApplication::translate(
                    "aduan::MessageIntake",
                    "This message was already set aside (perhaps on another PC); nothing was "
                    "saved."));
}

} // namespace

SmsReceipt MessageIntake::receiveSms(const ReceivedSms &sms)
{
    return receiveSms(sms, m_clock.now());
}

SmsReceipt MessageIntake::receiveSms(const ReceivedSms &sms, const QDateTime &receivedAt)
{
    const QDateTime now = m_clock.now();
    IncomingMessage message;
    message.channel = Channel::Sms;
    message.sender = storedPhone(sms.sender);
    message.receivedAt = receivedAt;
    message.text = sms.text;
    // The daemon's ids name the stored parts once (FILES: IN<date>_<time>_<serial>_<sender>_NN).
    // Without ids, the sender, the text and the minute stand in.
    message.sourceKey = !sms.daemonIds.isEmpty() ? u"sms:"_s + sms.daemonIds.join(u' ')
                                                 : u"sms:"_s
            + QString::fromLatin1(QCryptographicHash::hash((message.sender + u'\n' + sms.text
                                                            + u'\n'
                                                            + now.toString(u"yyyy-MM-ddTHH:mm"_s))
                                                               .toUtf8(),
                                                           QCryptographicHash::Sha256)
                                      .toHex());
    const std::optional<QString> number = statusRequestNumber(sms.text);
    SmsReceipt receipt;
    m_db.write([&] {
        receipt = {};
        MessageInboxStore store(m_db);
        if (const auto seen = store.bySourceKey(message.sourceKey)) {
            receipt.messageId = seen->id;
            receipt.duplicate = true;
            return;
        }
        receipt.messageId = *store.insert(message);
        if (number) {
            receipt.statusRequest = true;
            const QString answer = statusAnswer(message.sender, *number);
            store.settle(receipt.messageId, MessageState::StatusRequest, 0, answer, 0, now);
            queueReply(store, message.sender, answer, u"status"_s, 0, receipt.messageId);
        }
        // After the message's row is settled: the entry seals the row as it stands
        // (storage/rowseal.h), so that `aduan-cli check` names a message changed later.
        AuditLog(m_db).append(now, 0, u"message.receive"_s, u"incoming_message"_s,
                              receipt.messageId, {}, messageJson(message));
    });
    return receipt;
}

std::optional<qint64> MessageIntake::addWebsiteMessage(IncomingMessage message)
{
    message.channel = Channel::Website;
    message.state = MessageState::New;
    if (!message.sender.isEmpty())
        message.sender = storedPhone(message.sender);
    std::optional<qint64> id;
    m_db.write([&] {
        id = MessageInboxStore(m_db).insert(message);
        if (id) {
            AuditLog(m_db).append(m_clock.now(), 0, u"message.import"_s, u"incoming_message"_s, *id,
                                  {}, messageJson(message));
        }
    });
    return id;
}

ComplaintDraft MessageIntake::draftFor(const IncomingMessage &message) const
{
    ComplaintDraft draft;
    draft.channel = message.channel;
    draft.receivedAt = message.receivedAt;
    Complainant complainant;
    complainant.name = message.senderName;
    complainant.nik = message.senderNik;
    complainant.phone = message.sender;
    complainant.address = message.senderAddress;
    draft.complainant = complainant;
    draft.description = message.text;
    return draft;
}

Registration MessageIntake::registerComplaint(qint64 actorId, qint64 messageId,
                                              const ComplaintDraft &draft,
                                              const QDateTime &formOpenedAt,
                                              const QString &deviationReason)
{
    Registration registration;
    m_db.write([&] {
        MessageInboxStore store(m_db);
        const std::optional<IncomingMessage> message = store.load(messageId);
        requireWaiting(message);
        // The workflow's write joins this transaction: the complaint and the message's mark
        // are saved together or not at all.
        registration = Workflow(m_db, m_clock)
                           .registerComplaint(actorId, draft, formOpenedAt, deviationReason);
        const QDateTime now = m_clock.now();
        if (!store.settle(messageId, MessageState::Complaint, registration.complaintId, {}, actorId,
                          now)) {
            requireWaiting(store.load(messageId));
        }
        IncomingMessage after = *message;
        after.state = MessageState::Complaint;
        after.complaintId = registration.complaintId;
        AuditLog(m_db).append(now, actorId, u"message.register"_s, u"incoming_message"_s, messageId,
                              messageJson(*message), messageJson(after));
        const QString phone = draft.complainant ? storedPhone(draft.complainant->phone) : QString();
        if (message->channel == Channel::Sms && receiptEnabled() && !phone.isEmpty()
            && draft.confidentiality != Confidentiality::Anonymous) {
            queueReply(store, phone, receiptText(registration.agendaNumber), u"receipt"_s,
                       registration.complaintId, messageId);
        }
    });
    return registration;
}

void MessageIntake::setAside(qint64 actorId, qint64 messageId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate(
                        "aduan::MessageIntake",
                        "Write why this message is not a complaint (e.g. a question answered, "
                        "spam); it was not set aside."));
    }
    m_db.write([&] {
        UserStore users(m_db);
        const User actor = requireActiveUser(users, actorId);
        if (!actor.hasRole(Role::Officer) && !actor.hasRole(Role::Admin)) {
            throw Error(
                Error::Code::Forbidden,
                QCoreApplication::translate("aduan::MessageIntake",
                                            "Only the complaint officer sets a message aside."));
        }
        MessageInboxStore store(m_db);
        const std::optional<IncomingMessage> message = store.load(messageId);
        requireWaiting(message);
        const QDateTime now = m_clock.now();
        store.settle(messageId, MessageState::NotComplaint, 0, reason.trimmed(), actorId, now);
        IncomingMessage after = *message;
        after.state = MessageState::NotComplaint;
        after.reason = reason.trimmed();
        AuditLog(m_db).append(now, actorId, u"message.set-aside"_s, u"incoming_message"_s,
                              messageId, messageJson(*message), messageJson(after));
    });
}

std::optional<QString> MessageIntake::statusRequestNumber(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*STATUS\\s+(\\S+)\\s*$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toUpper();
}

QString MessageIntake::neutralAnswer()
{
    // Printed to the complainant: Indonesian, whatever the screens' language.
    return u"Status aduan hanya dikirim ke nomor HP yang tercatat pada aduan tersebut. Untuk "
           "keterangan lebih lanjut silakan hubungi Dinas Sosial Kota Blitar."_s;
}

QString MessageIntake::statusAnswer(const QString &sender, const QString &agendaNumber) const
{
    ComplaintStore complaints(m_db, QTimeZone::utc());
    const std::optional<qint64> id = complaints.idByAgendaNumber(agendaNumber);
    if (!id)
        return neutralAnswer();
    const std::optional<ComplaintRecord> record = complaints.load(*id, true);
    if (!record || !record->complainant || record->voidedAt.isValid())
        return neutralAnswer();
    const PhoneCheck registered = normalizePhone(record->complainant->phone);
    const PhoneCheck asking = normalizePhone(sender);
    if (!registered.ok() || !asking.ok() || registered.normalized != asking.normalized)
        return neutralAnswer();
    QString answer = u"Aduan %1: %2."_s.arg(record->agendaNumber, statusLabel(record->status()));
    if (const StepState *step = record->currentStep())
        answer += u" Sedang di langkah %1 (%2)."_s.arg(step->number).arg(roleTitle(step->actor));
    return answer;
}

bool MessageIntake::receiptEnabled() const
{
    const std::optional<QString> raw = SettingsStore(m_db).value(kReceiptEnabled);
    return !raw || *raw != u"false"_s;
}

QString MessageIntake::defaultReceiptTemplate()
{
    return u"Aduan Anda telah dicatat Dinas Sosial Kota Blitar dengan nomor {nomor}. Untuk "
           "menanyakan perkembangannya, kirim SMS: STATUS {nomor}"_s;
}

QString MessageIntake::receiptTemplate() const
{
    const QString text = SettingsStore(m_db).value(kReceiptTemplate).value_or(QString());
    return text.isEmpty() ? defaultReceiptTemplate() : text;
}

void MessageIntake::setReceipt(qint64 actorId, bool enabled, const QString &templateText)
{
    if (!templateText.contains(u"{nomor}"_s)) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate(
                        "aduan::MessageIntake",
                        "The receipt SMS must contain {nomor}, where the agenda number goes; "
                        "nothing was changed."));
    }
    m_db.write([&] {
        UserStore users(m_db);
        if (!requireActiveUser(users, actorId).hasRole(Role::Admin))
            throw Error(Error::Code::Forbidden,
                        QCoreApplication::translate("aduan::MessageIntake",
                                                    "Only the administrator changes settings."));
        const QJsonObject before{{u"enabled"_s, receiptEnabled()},
                                 {u"template"_s, receiptTemplate()}};
        SettingsStore settings(m_db);
        settings.setValue(kReceiptEnabled, enabled ? u"true"_s : u"false"_s);
        settings.setValue(kReceiptTemplate, templateText);
        AuditLog(m_db).append(m_clock.now(), actorId, u"setting.sms-receipt"_s, u"setting"_s, 0,
                              before, {{u"enabled"_s, enabled}, {u"template"_s, templateText}});
    });
}

QString MessageIntake::receiptText(const QString &agendaNumber) const
{
    return receiptTemplate().replace(u"{nomor}"_s, agendaNumber);
}

QString MessageIntake::daemonConfig() const
{
    return SettingsStore(m_db).value(kDaemonConfig).value_or(QString());
}

void MessageIntake::setDaemonConfig(qint64 actorId, const QString &path)
{
    m_db.write([&] {
        UserStore users(m_db);
        if (!requireActiveUser(users, actorId).hasRole(Role::Admin))
            throw Error(Error::Code::Forbidden,
                        QCoreApplication::translate("aduan::MessageIntake",
                                                    "Only the administrator changes settings."));
        const QString before = daemonConfig();
        SettingsStore(m_db).setValue(kDaemonConfig, path.trimmed());
        AuditLog(m_db).append(m_clock.now(), actorId, u"setting.sms-daemon"_s, u"setting"_s, 0,
                              {{u"config"_s, before}}, {{u"config"_s, path.trimmed()}});
    });
}

int MessageIntake::deliverPending(const SmsDaemon &daemon)
{
    int sent = 0;
    const QList<OutgoingMessage> pending = MessageInboxStore(m_db).undelivered();
    for (const OutgoingMessage &message : pending) {
        // Claimed first, so that two PCs (or a PC and sms-receive) never queue it twice.
        bool mine = false;
        m_db.write([&] { mine = MessageInboxStore(m_db).claimForDelivery(message.id); });
        if (!mine)
            continue;
        QString id;
        try {
            id = daemon.queue(message.recipient, message.text);
        } catch (...) {
            m_db.write([&] { MessageInboxStore(m_db).setDaemonId(message.id, QString()); });
            throw;
        }
        m_db.write([&] { MessageInboxStore(m_db).setDaemonId(message.id, id); });
        ++sent;
    }
    return sent;
}

int MessageIntake::refreshDelivery(const SmsDaemon &daemon, qint64 complaintId)
{
    int changed = 0;
    const QList<OutgoingMessage> open = MessageInboxStore(m_db).inFlight(complaintId);
    for (const OutgoingMessage &message : open) {
        const SmsDelivery state = daemon.store().deliveryState(message.daemonId);
        m_db.write([&] { MessageInboxStore(m_db).setDelivery(message.id, state, m_clock.now()); });
        if (state != message.delivery)
            ++changed;
    }
    return changed;
}

int MessageIntake::takeInMissed(const SmsDaemon &daemon)
{
    int taken = 0;
    const DaemonStore &store = daemon.store();
    const QList<DaemonInboxMessage> missed = store.inbox(m_clock.now().addSecs(-60));
    for (const DaemonInboxMessage &m : missed) {
        ReceivedSms sms;
        sms.sender = m.sender;
        sms.text = m.text;
        sms.physicalParts = int(m.daemonIds.size());
        sms.daemonIds = m.daemonIds;
        if (!receiveSms(sms, m.receivedAt).duplicate)
            ++taken;
        store.markTakenIn(m);
    }
    return taken;
}

MessageIntake::DaemonSync MessageIntake::syncWithDaemon(const SmsDaemon &daemon)
{
    DaemonSync done;
    done.takenIn = takeInMissed(daemon);
    done.queued = deliverPending(daemon);
    done.refreshed = refreshDelivery(daemon);
    return done;
}

void MessageIntake::queueReply(MessageInboxStore &store, const QString &recipient,
                               const QString &text, const QString &purpose, qint64 complaintId,
                               qint64 incomingId)
{
    const SmsPlan plan = planSms(text);
    OutgoingMessage out;
    out.recipient = recipient;
    out.text = text;
    out.purpose = purpose;
    out.complaintId = complaintId;
    out.incomingId = incomingId;
    out.queuedAt = m_clock.now();
    out.parts = int(plan.parts.size());
    out.coding = smsCodingCode(plan.coding);
    store.insertOutgoing(out);
}

} // namespace aduan
