#include "domain/role.h"

using namespace Qt::StringLiterals;

namespace aduan {

QList<Role> allRoles()
{
    return {Role::Officer, Role::Secretary, Role::Head, Role::Team, Role::Admin};
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Officer: return u"officer"_s;
    case Role::Secretary: return u"secretary"_s;
    case Role::Head: return u"head"_s;
    case Role::Team: return u"team"_s;
    case Role::Admin: return u"admin"_s;
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role role : allRoles()) {
        if (roleCode(role) == code)
            return role;
    }
    return std::nullopt;
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Officer: return u"Petugas Pengaduan"_s;
    case Role::Secretary: return u"Sekretaris"_s;
    case Role::Head: return u"Kepala Dinas"_s;
    case Role::Team: return u"Tim Pengelola Pengaduan"_s;
    case Role::Admin: return u"Administrator"_s;
    }
    return {};
}

} // namespace aduan
