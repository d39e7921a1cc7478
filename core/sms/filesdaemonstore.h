#pragma once

#include "sms/daemonstore.h"

namespace aduan {

/// Gammu's FILES backend (https://docs.gammu.org/smsd/files.html): a reply is an outbox file
/// (the daemon's id is its path) that the daemon moves to SentSMSPath when sent, to
/// ErrorSMSPath when it gives up, or deletes when that path is the outbox itself. Received
/// messages are files IN<date>_<time>_<serial>_<sender>_<part>.txt, one per physical part, in
/// the Unicode (UTF-16 with a byte-order mark) or standard (8-bit) InboxFormat.
class FilesDaemonStore : public DaemonStore
{
public:
    /// Folders as the configuration gives them (empty: Gammu's default).
    FilesDaemonStore(QString inboxPath, QString outboxPath, QString sentPath, QString errorPath);

    SmsDelivery deliveryState(const QString &daemonId) const override;
    QList<DaemonInboxMessage> inbox(const QDateTime &receivedBefore) const override;
    void markTakenIn(const DaemonInboxMessage &) const override {}

private:
    QString m_inbox;
    QString m_outbox;
    QString m_sent;
    QString m_error;
};

} // namespace aduan
