#pragma once

#include <QList>
#include <QString>

namespace aduan {

/// The alphabet an SMS travels in (3GPP TS 23.038): the GSM 7-bit default alphabet, 160
/// characters in one message, 153 per part of a concatenated one; or UCS-2, 70 UTF-16 code units
/// in one message, 67 per part.
enum class SmsCoding { Gsm7, Ucs2 };

/// "gsm7" or "ucs2" (stored in outgoing_message.coding).
QString smsCodingCode(SmsCoding coding);

/// One physical SMS of a message, as Gammu encodes it.
struct SmsPart {
    QString text;       ///< this part's characters
    int sequence = 1;   ///< 1-based position in the message (concatenation UDH, 3GPP TS 23.040)
    int total = 1;      ///< parts of the message
    int reference = 0;  ///< concatenation reference shared by the parts; 0 for a single SMS
};

/// How a text goes out by SMS.
struct SmsPlan {
    SmsCoding coding = SmsCoding::Gsm7;
    QList<SmsPart> parts;
};

/// Splits `text` into SMS parts with libgammu's own encoder (GSM_EncodeMultiPartSMS,
/// SMS_ConcatenatedAutoTextLong): plain GSM-7 when every character is in the GSM default
/// alphabet or its extension table, else UCS-2; concatenated with a UDH when it does not fit one
/// message. Throws aduan::Error(Invalid) for an empty text or one longer than Gammu's limit of
/// 50 parts (about 7,600 GSM-7 characters).
SmsPlan planSms(const QString &text);

/// Joins the parts of one concatenated message in the order of their sequence numbers (whatever
/// order they came in). Throws aduan::Error(Invalid) when a part is missing or twice, or the
/// parts belong to different messages.
QString reassembleSms(QList<SmsPart> parts);

} // namespace aduan
