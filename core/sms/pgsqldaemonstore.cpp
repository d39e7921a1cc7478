#include "sms/pgsqldaemonstore.h"

#include "util/error.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <functional>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// A failure of the daemon's database, in words for the administrator.
Error storeError(const QString &what, const QSqlError &error)
{
    return Error(Error::Code::Storage,
                 QCoreApplication::translate("aduan::SmsDaemon",
                                             "The SMS daemon's database could not be read (%1). "
                                             "Check the daemon's configuration.")
                     .arg(what),
                 error.text());
}

/// The concatenation of one part (3GPP TS 23.040 9.2.3.24.1 and .8): reference, parts, this
/// part's number; {0, 1, 1} for a message of one part.
struct Concatenation {
    int reference = 0;
    int total = 1;
    int sequence = 1;
};

Concatenation concatenation(const QString &udhHex)
{
    const QByteArray udh = QByteArray::fromHex(udhHex.toLatin1());
    Concatenation c;
    int i = 1; // byte 0 is the header's length
    while (i + 1 < udh.size()) {
        const int id = quint8(udh.at(i));
        const int length = quint8(udh.at(i + 1));
        const QByteArray value = udh.mid(i + 2, length);
        if (id == 0x00 && value.size() == 3)
            c = {quint8(value.at(0)), quint8(value.at(1)), quint8(value.at(2))};
        else if (id == 0x08 && value.size() == 4)
            c = {quint8(value.at(0)) << 8 | quint8(value.at(1)), quint8(value.at(2)),
                 quint8(value.at(3))};
        i += 2 + length;
    }
    return c;
}

} // namespace

PgsqlDaemonStore::PgsqlDaemonStore(QString host, QString user, QString password,
                                   QString database)
    : m_user(std::move(user))
    , m_password(std::move(password))
    , m_database(std::move(database))
{
    // Gammu reads "host:port" (and a socket folder is a host to libpq).
    const qsizetype colon = host.lastIndexOf(u':');
    bool ok = false;
    const int port = colon > 0 ? host.mid(colon + 1).toInt(&ok) : 0;
    if (ok) {
        m_port = port;
        host.truncate(colon);
    }
    m_host = host;
}

namespace {

/// Runs `work` on a connection of its own to the daemon's database, then removes it.
template <typename Work>
void withDaemonDatabase(const QString &host, int port, const QString &user,
                        const QString &password, const QString &database, Work &&work)
{
    static QAtomicInteger<int> serial;
    const QString name = u"aduan-smsd-%1"_s.arg(serial.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(host);
        if (port > 0)
            db.setPort(port);
        db.setUserName(user);
        db.setPassword(password);
        db.setDatabaseName(database);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw storeError(database, error);
        }
        try {
            work(db);
        } catch (...) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void run(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        throw storeError(what, q.lastError());
}

} // namespace

SmsDelivery PgsqlDaemonStore::deliveryState(const QString &daemonId) const
{
    SmsDelivery state = SmsDelivery::Unknown;
    withDaemonDatabase(m_host, m_port, m_user, m_password, m_database, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(u"SELECT \"Status\" FROM sentitems WHERE \"ID\" = :id ORDER BY "
                  "\"SequencePosition\""_s);
        q.bindValue(u":id"_s, daemonId.toLongLong());
        run(q, u"sentitems"_s);
        QStringList statuses;
        while (q.next())
            statuses << q.value(0).toString();
        q.finish();
        if (statuses.isEmpty()) {
            q.prepare(u"SELECT 1 FROM outbox WHERE \"ID\" = :id"_s);
            q.bindValue(u":id"_s, daemonId.toLongLong());
            run(q, u"outbox"_s);
            state = q.next() ? SmsDelivery::Queued : SmsDelivery::Unknown;
            q.finish();
            return;
        }
        // Every part must go: one failed part fails the message; delivered when all are.
        bool delivered = true;
        for (const QString &s : std::as_const(statuses)) {
            if (s == u"SendingError"_s || s == u"DeliveryFailed"_s || s == u"Error"_s) {
                state = SmsDelivery::Failed;
                return;
            }
            delivered = delivered && s == u"DeliveryOK"_s;
        }
        state = delivered ? SmsDelivery::Delivered : SmsDelivery::Sent;
    });
    return state;
}

QList<DaemonInboxMessage> PgsqlDaemonStore::inbox(const QDateTime &receivedBefore) const
{
    struct Part {
        qint64 id;
        QString sender;
        QString text;
        QDateTime at;
        Concatenation c;
    };
    QList<Part> parts;
    withDaemonDatabase(m_host, m_port, m_user, m_password, m_database, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // The daemon writes local timestamps (timestamp without time zone) in the session's
        // time zone; read as seconds since the epoch.
        q.prepare(u"SELECT \"ID\", \"SenderNumber\", \"TextDecoded\", \"UDH\", "
                  "EXTRACT(EPOCH FROM \"ReceivingDateTime\" AT TIME ZONE "
                  "current_setting('TimeZone'))::bigint FROM inbox WHERE NOT \"Processed\" "
                  "ORDER BY \"ID\""_s);
        run(q, u"inbox"_s);
        while (q.next()) {
            parts << Part{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::utc()),
                          concatenation(q.value(3).toString())};
        }
        q.finish();
    });
    // Parts of one message: the same sender, reference and count; joined by part number.
    QMap<QString, QList<Part>> groups;
    QList<QString> order;
    for (const Part &p : std::as_const(parts)) {
        const QString key = p.c.total > 1
            ? u"%1|%2|%3"_s.arg(p.sender).arg(p.c.reference).arg(p.c.total)
            : u"single|%1"_s.arg(p.id);
        if (!groups.contains(key))
            order << key;
        groups[key] << p;
    }
    QList<DaemonInboxMessage> out;
    for (const QString &key : std::as_const(order)) {
        QList<Part> group = groups.value(key);
        if (group.size() < group.constFirst().c.total)
            continue; // a part is still on its way
        std::stable_sort(group.begin(), group.end(),
                         [](const Part &a, const Part &b) { return a.c.sequence < b.c.sequence; });
        DaemonInboxMessage m;
        m.sender = group.constFirst().sender;
        for (const Part &p : std::as_const(group)) {
            m.daemonIds << QString::number(p.id);
            m.text += p.text;
            if (!m.receivedAt.isValid() || p.at > m.receivedAt)
                m.receivedAt = p.at;
        }
        if (m.receivedAt <= receivedBefore)
            out << m;
    }
    return out;
}

void PgsqlDaemonStore::markTakenIn(const DaemonInboxMessage &message) const
{
    withDaemonDatabase(m_host, m_port, m_user, m_password, m_database, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(u"UPDATE inbox SET \"Processed\" = true WHERE \"ID\" = :id"_s);
        for (const QString &id : message.daemonIds) {
            q.bindValue(u":id"_s, id.toLongLong());
            run(q, u"inbox"_s);
        }
    });
}

} // namespace aduan
