#pragma once

#include "domain/smsdelivery.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace aduan {

/// A message in the SMS daemon's own inbox, as the daemon would hand it to RunOnReceive: its
/// parts' ids in the daemon's order (FILES: the inbox file names; SQL: inbox.ID), the sender
/// and the whole text (parts joined in order).
struct DaemonInboxMessage {
    QStringList daemonIds;
    QString sender;
    QString text;
    QDateTime receivedAt; ///< UTC, as the daemon stored it
};

/// What the core reads from the store of Gammu's SMS daemon, whichever backend the daemon's
/// configuration names (its [smsd] Service): the delivery state of a queued reply and the
/// messages received. Replies are queued through libgsmsd itself (SmsDaemon::queue()), which
/// writes every backend's own format. Made by openDaemonStore().
class DaemonStore
{
public:
    virtual ~DaemonStore() = default;

    /// The state of the reply the daemon knows as `daemonId` (what SMSD_InjectSMS returned).
    /// Throws Error(Storage) when the store cannot be read.
    virtual SmsDelivery deliveryState(const QString &daemonId) const = 0;

    /// Every message in the daemon's inbox received at or before `receivedBefore` (UTC; later
    /// ones may still be being written), oldest first. Throws Error(Storage) when the store
    /// cannot be read.
    virtual QList<DaemonInboxMessage> inbox(const QDateTime &receivedBefore) const = 0;

    /// Tells the store that these messages are taken in (SQL: inbox.Processed = true, so that
    /// the next inbox() skips them; FILES keeps no mark: the core's source keys tell them).
    virtual void markTakenIn(const DaemonInboxMessage &message) const = 0;
};

/// The store named by the daemon's configuration file `configPath` (gammu-smsdrc, read with
/// libgammu's own INI reader): Service = files (https://docs.gammu.org/smsd/files.html:
/// InboxPath, OutboxPath, SentSMSPath, ErrorSMSPath and their defaults), or Service = sql with
/// Driver = native_pgsql, or the older Service = pgsql (https://docs.gammu.org/smsd/sql.html:
/// Host[:port], User, Password, Database; tables of /usr/share/doc/gammu-smsd/examples/pgsql.sql).
/// Throws Error(NotFound) when the file is missing, Error(Invalid) for another backend (MySQL,
/// libdbi, ODBC, null), which Aduan does not read.
std::unique_ptr<DaemonStore> openDaemonStore(const QString &configPath);

} // namespace aduan
