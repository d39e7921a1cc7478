#include "domain/channel.h"

using namespace Qt::StringLiterals;

namespace aduan {

QList<Channel> allChannels()
{
    return {Channel::Direct, Channel::Sms,   Channel::Telephone,   Channel::Website,
            Channel::Letter, Channel::Email, Channel::SocialMedia, Channel::Lapor};
}

QString channelCode(Channel channel)
{
    switch (channel) {
    case Channel::Direct: return u"langsung"_s;
    case Channel::Sms: return u"sms"_s;
    case Channel::Telephone: return u"telepon"_s;
    case Channel::Website: return u"website"_s;
    case Channel::Letter: return u"surat"_s;
    case Channel::Email: return u"email"_s;
    case Channel::SocialMedia: return u"media_sosial"_s;
    case Channel::Lapor: return u"sp4n_lapor"_s;
    }
    return {};
}

std::optional<Channel> channelFromCode(const QString &code)
{
    for (Channel channel : allChannels()) {
        if (channelCode(channel) == code)
            return channel;
    }
    return std::nullopt;
}

QString channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::Direct: return u"Langsung"_s;
    case Channel::Sms: return u"SMS"_s;
    case Channel::Telephone: return u"Telepon"_s;
    case Channel::Website: return u"Website"_s;
    case Channel::Letter: return u"Surat"_s;
    case Channel::Email: return u"E-mail"_s;
    case Channel::SocialMedia: return u"Media sosial"_s;
    case Channel::Lapor: return u"SP4N-LAPOR!"_s;
    }
    return {};
}

bool isIndirect(Channel channel)
{
    return channel != Channel::Direct;
}

QString confidentialityCode(Confidentiality value)
{
    switch (value) {
    case Confidentiality::Public: return u"biasa"_s;
    case Confidentiality::Confidential: return u"rahasia"_s;
    case Confidentiality::Anonymous: return u"anonim"_s;
    }
    return {};
}

std::optional<Confidentiality> confidentialityFromCode(const QString &code)
{
    for (auto value : {Confidentiality::Public, Confidentiality::Confidential,
                       Confidentiality::Anonymous}) {
        if (confidentialityCode(value) == code)
            return value;
    }
    return std::nullopt;
}

QString hiddenIdentityLabel()
{
    return u"Dirahasiakan"_s;
}

QString anonymousLabel()
{
    return u"Anonim"_s;
}

} // namespace aduan
