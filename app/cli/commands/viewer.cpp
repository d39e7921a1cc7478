#include "commands/viewer.h"

#include "storage/userstore.h"
#include "util/error.h"

using namespace Qt::StringLiterals;

namespace aduan::cli {

QCommandLineOption viewerOption()
{
    return QCommandLineOption(u"as"_s, u"Whose rights apply (default: the administrator)."_s,
                              u"USERNAME"_s);
}

qint64 viewerId(Database &db, const QString &username)
{
    UserStore users(db);
    if (!username.isEmpty()) {
        const auto user = users.byUsername(username);
        if (!user || !user->active)
            throw Error(Error::Code::NotFound, u"No active user %1."_s.arg(username));
        return user->id;
    }
    for (const User &u : users.all()) {
        if (u.active && u.hasRole(Role::Admin))
            return u.id;
    }
    throw Error(Error::Code::NotFound, u"The database has no active administrator."_s);
}

} // namespace aduan::cli
