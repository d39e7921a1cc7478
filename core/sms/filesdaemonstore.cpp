#include "sms/filesdaemonstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// Gammu's folder names end with a separator or not; "" is the daemon's working folder.
QString folder(const QString &path)
{
    return path.isEmpty() ? u"./"_s : path;
}

bool sameFolder(const QString &a, const QString &b)
{
    return QFileInfo(folder(a)).absoluteFilePath() == QFileInfo(folder(b)).absoluteFilePath()
        || QDir(folder(a)).canonicalPath() == QDir(folder(b)).canonicalPath();
}

QString partText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    // InboxFormat = unicode writes UTF-16 with a byte-order mark; standard writes the text in
    // the phone's 8-bit form (ASCII for GSM-7 text), read here as UTF-8.
    QStringDecoder decode(
        QStringConverter::encodingForData(bytes).value_or(QStringConverter::Utf8));
    QString text = decode(bytes);
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    return text;
}

} // namespace

FilesDaemonStore::FilesDaemonStore(QString inboxPath, QString outboxPath, QString sentPath,
                                   QString errorPath)
    : m_inbox(std::move(inboxPath))
    , m_outbox(std::move(outboxPath))
    , m_sent(sentPath.isEmpty() ? m_outbox : std::move(sentPath)) // Gammu's defaults
    , m_error(errorPath.isEmpty() ? m_sent : std::move(errorPath))
{
}

SmsDelivery FilesDaemonStore::deliveryState(const QString &daemonId) const
{
    const QString name = QFileInfo(daemonId).fileName();
    if (QFileInfo::exists(QDir(folder(m_outbox)).filePath(name)))
        return SmsDelivery::Queued;
    const bool sentKept = !sameFolder(m_sent, m_outbox);
    const bool errorKept = !sameFolder(m_error, m_outbox);
    const bool apart = !sameFolder(m_sent, m_error);
    if (sentKept && QFileInfo::exists(QDir(folder(m_sent)).filePath(name)))
        return apart ? SmsDelivery::Sent : SmsDelivery::Unknown;
    if (errorKept && QFileInfo::exists(QDir(folder(m_error)).filePath(name)))
        return SmsDelivery::Failed;
    return SmsDelivery::Unknown;
}

QList<DaemonInboxMessage> FilesDaemonStore::inbox(const QDateTime &receivedBefore) const
{
    // IN20261206_081125_00_+6281299_03.txt: the parts of one message share all but the last
    // number, which counts them from 00 (Gammu's files service, as RunOnReceive names them).
    static const QRegularExpression name(u"^(IN\\d{8}_\\d{6}_\\d+_(.*))_(\\d{2,})\\.(txt|bin)$"_s);
    QMap<QString, DaemonInboxMessage> messages; // by the parts' shared name, in name order
    const QDir dir(folder(m_inbox));
    for (const QFileInfo &file : dir.entryInfoList({u"IN*"_s}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = name.match(file.fileName());
        if (!match.hasMatch() || match.captured(4) != u"txt"_s)
            continue;
        DaemonInboxMessage &m = messages[match.captured(1)];
        m.sender = match.captured(2);
        m.daemonIds << file.fileName();
        m.text += partText(file.filePath());
        const QDateTime at = file.lastModified().toUTC();
        if (!m.receivedAt.isValid() || at > m.receivedAt)
            m.receivedAt = at;
    }
    QList<DaemonInboxMessage> out;
    for (const DaemonInboxMessage &m : std::as_const(messages)) {
        if (m.receivedAt <= receivedBefore)
            out << m;
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.receivedAt < b.receivedAt;
    });
    return out;
}

} // namespace aduan
