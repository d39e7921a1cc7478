#include "sms/smsdaemon.h"

#include "sms/smstext.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <gammu.h>
#include <gammu-smsd.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace aduan {

ReceivedSms receivedFromDaemon(const QProcessEnvironment &environment, const QStringList &daemonIds)
{
    ReceivedSms sms;
    sms.daemonIds = daemonIds;
    sms.physicalParts = environment.value(u"SMS_MESSAGES"_s).toInt();
    if (sms.physicalParts < 1) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate(
                        "aduan::SmsDaemon",
                        "No message in the environment: sms-receive is run by Gammu's SMS daemon "
                        "(RunOnReceive), which sets SMS_MESSAGES, SMS_1_NUMBER and SMS_1_TEXT."));
    }
    sms.sender = environment.value(u"SMS_1_NUMBER"_s);
    if (environment.value(u"DECODED_PARTS"_s).toInt() >= 1
        && environment.contains(u"DECODED_1_TEXT"_s)) {
        sms.text = environment.value(u"DECODED_1_TEXT"_s);
    } else {
        for (int i = 1; i <= sms.physicalParts; ++i)
            sms.text += environment.value(u"SMS_%1_TEXT"_s.arg(i));
    }
    return sms;
}

QString SmsDaemon::queue(const QString &recipient, const QString &text) const
{
    if (!QFileInfo::exists(m_configPath)) {
        throw Error(Error::Code::NotFound,
                    QCoreApplication::translate(
                        "aduan::SmsDaemon",
                        "The SMS daemon's configuration %1 is not there, so the SMS was not "
                        "queued. Ask the administrator to set the SMS daemon's configuration.")
                        .arg(m_configPath));
    }
    // Gammu splits the text itself (the same encoder planSms() asks); planSms() first, for its
    // clear message on an empty or too long text.
    planSms(text);
    QByteArray unicodeText;
    for (const QChar c : text) {
        unicodeText.append(char(c.unicode() >> 8));
        unicodeText.append(char(c.unicode() & 0xff));
    }
    unicodeText.append(2, '\0');
    auto info = std::make_unique<GSM_MultiPartSMSInfo>();
    auto sms = std::make_unique<GSM_MultiSMSMessage>();
    GSM_ClearMultiPartSMSInfo(info.get());
    info->Class = -1;
    info->EntriesNum = 1;
    info->Entries[0].ID = SMS_ConcatenatedAutoTextLong;
    info->Entries[0].Buffer = reinterpret_cast<unsigned char *>(unicodeText.data());
    GSM_Error error = GSM_EncodeMultiPartSMS(GSM_GetGlobalDebug(), info.get(), sms.get());
    info->Entries[0].Buffer = nullptr;
    GSM_FreeMultiPartSMSInfo(info.get());
    if (error != ERR_NONE)
        throw Error(
            Error::Code::Invalid,
            QCoreApplication::translate("aduan::SmsDaemon", "Gammu could not encode this SMS."),
            QString::fromUtf8(GSM_ErrorString(error)));
    const QByteArray number = recipient.toUtf8();
    for (int i = 0; i < sms->Number; ++i) {
        GSM_SMSMessage &m = sms->SMS[i];
        EncodeUnicode(m.Number, number.constData(), size_t(number.size()));
        m.PDU = SMS_Submit;
        m.SMSC.Location = 1; // the phone's own message centre, as gammu-smsd-inject does
    }
    GSM_SMSDConfig *config = SMSD_NewConfig("aduan");
    if (!config)
        throw Error(
            Error::Code::Storage,
            QCoreApplication::translate("aduan::SmsDaemon", "Out of memory while queuing an SMS."));
    const QByteArray path = QFile::encodeName(m_configPath);
    error = SMSD_ReadConfig(path.constData(), config, TRUE);
    char newId[1024] = {};
    if (error == ERR_NONE)
        error = SMSD_InjectSMS(config, sms.get(), newId);
    SMSD_FreeConfig(config);
    if (error != ERR_NONE) {
        throw Error(Error::Code::Storage,
                    QCoreApplication::translate(
                        "aduan::SmsDaemon",
                        "The SMS daemon did not take the message (%1); nothing was sent. Check "
                        "the daemon's configuration %2 and its outbox.")
                        .arg(QString::fromUtf8(GSM_ErrorString(error)), m_configPath));
    }
    return QString::fromUtf8(newId);
}

const DaemonStore &SmsDaemon::store() const
{
    if (!m_store)
        m_store = openDaemonStore(m_configPath);
    return *m_store;
}

} // namespace aduan
