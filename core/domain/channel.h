#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace aduan {

/// How a complaint reached the office. Direct means in person at the desk (Langsung); every other
/// channel is indirect (Tidak langsung), and its received-at may lie before the registration.
enum class Channel { Direct, Sms, Telephone, Website, Letter, Email, SocialMedia, Lapor };

QList<Channel> allChannels();
/// Stable code in the database and the cases: "langsung", "sms", "telepon", "website", "surat",
/// "email", "media_sosial", "sp4n_lapor".
QString channelCode(Channel channel);
std::optional<Channel> channelFromCode(const QString &code);
/// The office's own name, as printed: "Langsung", "SMS", "Telepon", "Website", "Surat", "E-mail",
/// "Media sosial", "SP4N-LAPOR!".
QString channelLabel(Channel channel);
bool isIndirect(Channel channel);

/// Whether and how the complainant's identity is kept.
enum class Confidentiality {
    Public,       ///< identity recorded and shown ("biasa")
    Confidential, ///< identity recorded, shown only to users with the right ("rahasia")
    Anonymous,    ///< no identity recorded at all ("anonim")
};
QString confidentialityCode(Confidentiality value);
std::optional<Confidentiality> confidentialityFromCode(const QString &code);

/// What prints and shows in place of a confidential identity for a user without the right.
QString hiddenIdentityLabel();   // "Dirahasiakan"
/// What prints and shows for an anonymous complaint.
QString anonymousLabel();        // "Anonim"

} // namespace aduan
