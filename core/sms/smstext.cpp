#include "sms/smstext.h"

#include "util/error.h"

#include <QCoreApplication>

#include <gammu.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// Gammu's "unicode" strings are UTF-16 big-endian, ended by two zero bytes.
QByteArray toGammuUnicode(const QString &text)
{
    QByteArray out;
    out.reserve((text.size() + 1) * 2);
    for (const QChar c : text) {
        out.append(char(c.unicode() >> 8));
        out.append(char(c.unicode() & 0xff));
    }
    out.append('\0');
    out.append('\0');
    return out;
}

QString fromGammuUnicode(const unsigned char *text, int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QChar(char16_t((text[2 * i] << 8) | text[2 * i + 1])));
    return out;
}

} // namespace

QString smsCodingCode(SmsCoding coding)
{
    return coding == SmsCoding::Gsm7 ? u"gsm7"_s : u"ucs2"_s;
}

SmsPlan planSms(const QString &text)
{
    if (text.isEmpty())
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate("aduan::SmsText",
                                                "An SMS needs a text; nothing was sent."));
    QByteArray buffer = toGammuUnicode(text);
    // Both structures are large (50 messages of about 1 KB each): on the heap.
    auto info = std::make_unique<GSM_MultiPartSMSInfo>();
    auto sms = std::make_unique<GSM_MultiSMSMessage>();
    GSM_ClearMultiPartSMSInfo(info.get());
    info->Class = -1;
    info->EntriesNum = 1;
    info->UnicodeCoding = FALSE;
    info->Entries[0].ID = SMS_ConcatenatedAutoTextLong;
    info->Entries[0].Buffer = reinterpret_cast<unsigned char *>(buffer.data());
    const GSM_Error error = GSM_EncodeMultiPartSMS(GSM_GetGlobalDebug(), info.get(), sms.get());
    info->Entries[0].Buffer = nullptr; // ours, not Gammu's to free
    GSM_FreeMultiPartSMSInfo(info.get());
    if (error != ERR_NONE || sms->Number < 1) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate(
                        "aduan::SmsText",
                        "This text is too long for SMS (%1 characters). Shorten it and send "
                        "again.")
                        .arg(text.size()),
                    QString::fromUtf8(GSM_ErrorString(error)));
    }
    SmsPlan plan;
    for (int i = 0; i < sms->Number; ++i) {
        GSM_SMSMessage &m = sms->SMS[i];
        if (m.Coding == SMS_Coding_Unicode_No_Compression)
            plan.coding = SmsCoding::Ucs2;
        GSM_DecodeUDHHeader(GSM_GetGlobalDebug(), &m.UDH);
        SmsPart part;
        part.text = fromGammuUnicode(m.Text, int(UnicodeLength(m.Text)));
        part.total = sms->Number;
        part.sequence = m.UDH.PartNumber > 0 ? m.UDH.PartNumber : i + 1;
        part.reference = std::max({m.UDH.ID8bit, m.UDH.ID16bit, 0});
        plan.parts << part;
    }
    return plan;
}

QString reassembleSms(QList<SmsPart> parts)
{
    if (parts.isEmpty())
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate("aduan::SmsText", "A message has no parts."));
    std::sort(parts.begin(), parts.end(), [](const SmsPart &a, const SmsPart &b) {
        return a.sequence < b.sequence;
    });
    const int total = parts.constFirst().total;
    const int reference = parts.constFirst().reference;
    QString out;
    for (int i = 0; i < parts.size(); ++i) {
        const SmsPart &p = parts.at(i);
        if (p.sequence != i + 1 || p.total != total || p.reference != reference) {
            throw Error(Error::Code::Invalid,
                        QCoreApplication::translate(
                            "aduan::SmsText",
                            "The parts of this message do not fit together (part %1 of %2 is "
                            "missing, doubled or from another message).")
                            .arg(i + 1)
                            .arg(total));
        }
        out += p.text;
    }
    if (parts.size() != total) {
        throw Error(Error::Code::Invalid,
                    QCoreApplication::translate("aduan::SmsText",
                                                "Only %1 of the %2 parts of this message arrived.")
                        .arg(parts.size())
                        .arg(total));
    }
    return out;
}

} // namespace aduan
