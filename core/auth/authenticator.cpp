#include "auth/authenticator.h"

#include "auth/password.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/officeclock.h"
#include "storage/postgres/personsession.h"
#include "storage/sqlquery.h"
#include "storage/settingsstore.h"
#include "storage/userstore.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// Spends the time of one password check, so that an unknown, inactive or locked account is
/// refused after as long as a wrong password (the time taken reveals nothing either).
void spendPasswordCheck(const QString &clearPassword)
{
    static const QString dummy = password::hash(u"aduan-no-such-account"_s);
    password::verify(dummy, clearPassword);
}

/// The one message of every refused login (login(), openPersonSession()).
Error loginRefused()
{
    return Error(Error::Code::Forbidden,
                 QCoreApplication::translate("aduan::Auth",
                                             "Login refused: the username or password is wrong, the "
                                             "account is not active, or it is locked for %1 minutes "
                                             "after %2 wrong passwords. Check both and try again later, "
                                             "or ask the administrator.")
                     .arg(Authenticator::kLockMinutes)
                     .arg(Authenticator::kMaxFailures));
}

QString lockedUntilText(const QDateTime &until, const QTimeZone &zone)
{
    return QLocale().toString(until.toTimeZone(zone), u"dddd, d MMMM yyyy, HH:mm"_s);
}

} // namespace

User Authenticator::login(const QString &username, const QString &clearPassword)
{
    const QDateTime now = m_clock.now();
    UserStore users(m_db);
    // A PC whose clock is wrong would judge a lockout by it (an hour ahead lets a locked
    // account in at once): no login until the clock is right.
    if (!m_db.clockProblem().isEmpty() && !verifyClock(m_db, m_clock))
        throw Error(Error::Code::ClockWrong, m_db.clockProblem());
    const auto state = users.loginState(username.trimmed());
    // One message for every refusal: an unknown name, a wrong password, an inactive and a
    // locked account read alike, so the login screen never tells whether an account exists.
    const Error refused = loginRefused();
    if (!state || !state->active || (state->lockedUntil.isValid() && state->lockedUntil > now)) {
        spendPasswordCheck(clearPassword);
        throw refused;
    }
    if (!confirmPassword(state->userId, clearPassword))
        throw refused;
    if (password::needsRehash(state->passwordHash)) {
        const QString rehashed = password::hash(clearPassword);
        // In the history, so that the user's seal (with the hash: storage/rowseal.h) follows.
        m_db.write([&] {
            users.setPasswordHash(state->userId, rehashed);
            AuditLog(m_db).append(now, state->userId, u"user.password-rehash"_s, u"user"_s,
                                  state->userId, {}, {});
        });
    }
    return *users.byId(state->userId);
}

std::optional<Authenticator::PersonSession>
Authenticator::openPersonSession(const QString &username, const QString &clearPassword)
{
    // Read by the office's own connection: nobody has logged in yet.
    const QString role = personroles::roleOfUsername(m_db, username);
    if (role.isEmpty())
        return std::nullopt;
    PersonSession session;
    try {
        session.database = personroles::openSession(m_db, role, clearPassword);
    } catch (const Error &error) {
        if (error.code() != Error::Code::FileMissing)
            throw;
        // The office's connection still reaches the server: it refused this role or password
        // (a wrong password, a disabled account), which reads like any failed login.
        try {
            SqlQuery(m_db, u"SELECT 1"_s).scalar();
        } catch (const Error &) {
            throw error;
        }
        throw loginRefused();
    }
    const auto user = UserStore(m_db).byUsername(username.trimmed());
    if (!user || !user->active)
        throw loginRefused();
    session.user = *user;
    return session;
}

std::optional<QString> Authenticator::lockNotice(qint64 userId) const
{
    UserStore users(m_db);
    const auto user = users.byId(userId);
    if (!user)
        return std::nullopt;
    const auto state = users.loginState(user->username);
    if (!state || !state->lockedUntil.isValid() || state->lockedUntil <= m_clock.now())
        return std::nullopt;
    return QCoreApplication::translate("aduan::Auth",
                                       "The account is locked after %1 wrong passwords, until "
                                       "%2. Log out so that another user can work, wait, or ask "
                                       "the administrator to reset the password.")
        .arg(kMaxFailures)
        .arg(lockedUntilText(state->lockedUntil, SettingsStore(m_db).calendar().timeZone()));
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
