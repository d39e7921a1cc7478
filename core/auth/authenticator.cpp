#include "auth/authenticator.h"

#include "auth/password.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/userstore.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace aduan {

User Authenticator::login(const QString &username, const QString &clearPassword)
{
    const QDateTime now = m_clock.now();
    UserStore users(m_db);
    const auto state = users.loginState(username.trimmed());
    const Error refused(Error::Code::Forbidden,
                        QCoreApplication::translate("aduan::Auth",
                                                    "Wrong username or password, or the account "
                                                    "is not active."));
    if (!state)
        throw refused;
    if (state->lockedUntil.isValid() && state->lockedUntil > now) {
        throw Error(Error::Code::Locked,
                    QCoreApplication::translate("aduan::Auth",
                                                "This account is locked after %1 wrong passwords. "
                                                "Try again after %2, or ask the administrator to "
                                                "reset the password.")
                        .arg(kMaxFailures)
                        .arg(state->lockedUntil.toTimeZone(SettingsStore(m_db).calendar().timeZone()).toString(u"HH:mm"_s)),
                    state->lockedUntil.toString(Qt::ISODate));
    }
    if (!state->active)
        throw refused;
    if (!confirmPassword(state->userId, clearPassword))
        throw refused;
    if (password::needsRehash(state->passwordHash)) {
        const QString rehashed = password::hash(clearPassword);
        m_db.write([&] { users.setPasswordHash(state->userId, rehashed); });
    }
    return *users.byId(state->userId);
}

bool Authenticator::confirmPassword(qint64 userId, const QString &clearPassword)
{
    UserStore users(m_db);
    const auto user = users.byId(userId);
    if (!user)
        return false;
    const auto state = users.loginState(user->username);
    const QDateTime now = m_clock.now();
    if (state->lockedUntil.isValid() && state->lockedUntil > now)
        return false;
    const bool ok = password::verify(state->passwordHash, clearPassword);
    // Nothing to record for a right password without earlier failures: a read-only database
    // (a share opened read-only) can still be logged into and unlocked.
    if (ok && state->failedLogins == 0)
        return true;
    m_db.write([&] {
        // Re-read inside the transaction: another PC may have counted a failure meanwhile.
        const auto current = users.loginState(user->username);
        if (ok) {
            if (current->failedLogins > 0)
                users.recordLoginSuccess(userId);
            return;
        }
        const int failures = current->failedLogins + 1;
        const bool lock = failures >= kMaxFailures;
        users.recordLoginFailure(userId, lock ? 0 : failures,
                                 lock ? now.addSecs(kLockMinutes * 60) : QDateTime());
        AuditLog(m_db).append(now, userId, lock ? u"login.locked"_s : u"login.failed"_s,
                              u"user"_s, userId, {}, {{u"failures"_s, failures}});
    });
    return ok;
}

} // namespace aduan
