#include "auth/whomayact.h"

#include "storage/userstore.h"
#include "util/error.h"

#include <QCoreApplication>

namespace aduan {

std::optional<User> activeUser(UserStore &users, qint64 userId)
{
    auto user = users.byId(userId);
    if (!user || !user->active)
        return std::nullopt;
    return user;
}

User requireActiveUser(UserStore &users, qint64 userId)
{
    const auto user = activeUser(users, userId);
    if (!user) {
        throw Error(Error::Code::Forbidden,
                    QCoreApplication::translate("aduan::Workflow",
                                                "This user account does not exist or is no "
                                                "longer active. Log in again."));
    }
    return *user;
}

bool mayCorrectComplaint(const User &user)
{
    return user.hasRole(Role::Officer) || user.hasRole(Role::Secretary)
           || user.hasRole(Role::Admin);
}

} // namespace aduan
