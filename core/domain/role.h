#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace aduan {

/// Who acts in the SOP (Pelaksana) and who keeps the system. The SOP definition names a step's
/// actor by the code of one of these roles (see resources/sop/).
enum class Role {
    Officer,   ///< Petugas Pengaduan ("officer")
    Secretary, ///< Sekretaris ("secretary")
    Head,      ///< Kepala Dinas ("head"); an acting head (Plh.) holds a Delegation, not this role
    Team,      ///< Tim Pengelola Pengaduan ("team")
    Admin,     ///< Administrator ("admin")
};

QList<Role> allRoles();
/// Stable code used in the database and the SOP definition: "officer", "secretary", ...
QString roleCode(Role role);
/// Parses a code written by roleCode(); std::nullopt for an unknown code.
std::optional<Role> roleFromCode(const QString &code);
/// The office's own title of the role, as printed ("Petugas Pengaduan", "Kepala Dinas", ...).
QString roleTitle(Role role);

} // namespace aduan
