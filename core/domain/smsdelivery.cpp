#include "domain/smsdelivery.h"

using namespace Qt::StringLiterals;

namespace aduan {

QString smsDeliveryCode(SmsDelivery state)
{
    switch (state) {
    case SmsDelivery::Queued: return u"queued"_s;
    case SmsDelivery::Sent: return u"sent"_s;
    case SmsDelivery::Delivered: return u"delivered"_s;
    case SmsDelivery::Failed: return u"failed"_s;
    case SmsDelivery::Unknown: break;
    }
    return u"unknown"_s;
}

SmsDelivery smsDeliveryFromCode(const QString &code)
{
    for (SmsDelivery s : {SmsDelivery::Queued, SmsDelivery::Sent, SmsDelivery::Delivered,
                          SmsDelivery::Failed}) {
        if (smsDeliveryCode(s) == code)
            return s;
    }
    return SmsDelivery::Unknown;
}

QString smsDeliveryLabel(SmsDelivery state)
{
    switch (state) {
    case SmsDelivery::Queued: return u"dalam antrean"_s;
    case SmsDelivery::Sent: return u"terkirim"_s;
    case SmsDelivery::Delivered: return u"diterima"_s;
    case SmsDelivery::Failed: return u"gagal terkirim"_s;
    case SmsDelivery::Unknown: break;
    }
    return u"tidak diketahui"_s;
}

bool smsDeliveryOpen(SmsDelivery state)
{
    return state == SmsDelivery::Queued || state == SmsDelivery::Sent;
}

} // namespace aduan
