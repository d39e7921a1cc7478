#pragma once

#include "sms/daemonstore.h"

namespace aduan {

/// Gammu's SQL backend on PostgreSQL (Service = sql, Driver = native_pgsql; tables of
/// /usr/share/doc/gammu-smsd/examples/pgsql.sql, https://docs.gammu.org/smsd/tables.html),
/// read through Qt's QPSQL driver on a connection of its own, opened per call. A reply's
/// daemon id is its outbox "ID"; once sent, its parts are rows of sentitems with that "ID"
/// and a "Status". Received messages are rows of inbox, one per physical part, linked by their
/// concatenation header ("UDH", 3GPP TS 23.040 information elements 00 and 08).
class PgsqlDaemonStore : public DaemonStore
{
public:
    /// As the daemon's configuration gives them: `host` a name, address or socket folder,
    /// optionally followed by ":port" (as Gammu reads it).
    PgsqlDaemonStore(QString host, QString user, QString password, QString database);

    SmsDelivery deliveryState(const QString &daemonId) const override;
    QList<DaemonInboxMessage> inbox(const QDateTime &receivedBefore) const override;
    void markTakenIn(const DaemonInboxMessage &message) const override;

private:
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_password;
    QString m_database;
};

} // namespace aduan
