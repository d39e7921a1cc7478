#pragma once

#include <QDateTime>
#include <QString>

namespace aduan {

/// Where an SMS reply stands, as Gammu's SMS daemon reports it (outgoing_message.delivery_state,
/// migration 009). FILES backend (https://docs.gammu.org/smsd/files.html): the outbox file is
/// still in the outbox (Queued), moved to SentSMSPath (Sent) or ErrorSMSPath (Failed).
/// PostgreSQL backend (https://docs.gammu.org/smsd/tables.html, sentitems.Status): SendingOK,
/// SendingOKNoReport, DeliveryPending, DeliveryUnknown (Sent), DeliveryOK (Delivered),
/// SendingError, DeliveryFailed, Error (Failed).
enum class SmsDelivery {
    Queued,    ///< "queued": in the daemon's outbox, not yet sent
    Sent,      ///< "sent": the daemon handed it to the network
    Delivered, ///< "delivered": the network reported it delivered to the phone
    Failed,    ///< "failed": the daemon gave up sending it
    Unknown,   ///< "unknown": the daemon no longer holds it and did not say how it went
};

QString smsDeliveryCode(SmsDelivery state);
/// Unknown for a code that is not one of smsDeliveryCode()'s.
SmsDelivery smsDeliveryFromCode(const QString &code);
/// The office's word for the state, on screens and printed in the Berita Acara (Indonesian, a
/// closed set like statusLabel()): "dalam antrean", "terkirim", "diterima", "gagal terkirim",
/// "tidak diketahui".
QString smsDeliveryLabel(SmsDelivery state);
/// Whether the daemon may still change its mind (Queued, Sent): the core asks again.
bool smsDeliveryOpen(SmsDelivery state);

/// The result of SOP step 5 sent by SMS, as recorded with the Berita Acara.
struct ResultSmsRecord {
    qint64 id = 0;          ///< outgoing_message.id
    QString recipient;      ///< +62…
    QString text;           ///< the text sent
    QDateTime queuedAt;     ///< UTC; when conveyed (written with the Berita Acara)
    QString daemonId;       ///< the daemon's id (FILES: outbox file path; SQL: outbox ID);
                            ///< empty until handed to the daemon
    SmsDelivery delivery = SmsDelivery::Queued;
    QDateTime checkedAt;    ///< UTC; when the daemon was last asked; invalid: not yet
    bool handedOver() const { return !daemonId.isEmpty() && daemonId != u"queuing"; }
};

} // namespace aduan
