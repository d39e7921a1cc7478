#include "auth/authenticator.h"

#include "auth/password.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/officeclock.h"
#include "storage/postgres/personroles.h"
#include "storage/postgres/personsession.h"
#include "storage/sqldialect.h"
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
    // A person with a server role of their own has no password of the program's to rehash.
    if (serverRoleOf(state->userId).isEmpty() && password::needsRehash(state->passwordHash)) {
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
    if (!m_db.clockProblem().isEmpty() && !verifyClock(m_db, m_clock))
        throw Error(Error::Code::ClockWrong, m_db.clockProblem());
    UserStore users(m_db);
    const auto state = users.loginState(username.trimmed());
    // The program's lockout before the server is asked: a locked account is not tried at all
    // (the server would take the right password), an inactive one the server refuses anyway.
    if (!state || !state->active
        || (state->lockedUntil.isValid() && state->lockedUntil > m_clock.now()))
        throw loginRefused();
    PersonSession session;
    try {
        session.database = personroles::openSession(m_db, role, clearPassword);
    } catch (const Error &error) {
        if (error.code() != Error::Code::FileMissing || !officeReachable())
            throw;
        // The server refused this role or password (a wrong password, a disabled account):
        // counted towards the lockout, and read like any failed login.
        recordAttempt(state->userId, username.trimmed(), false);
        throw loginRefused();
    }
    if (state->failedLogins > 0)
        recordAttempt(state->userId, username.trimmed(), true);
    const auto user = users.byUsername(username.trimmed());
    if (!user || !user->active)
        throw loginRefused();
    session.user = *user;
    return session;
}

QString Authenticator::serverRoleOf(qint64 userId) const
{
    if (m_db.dialect().isFile() || !personroles::available(m_db))
        return {};
    return personroles::roleOf(m_db, userId);
}

bool Authenticator::officeReachable() const
{
    try {
        SqlQuery(m_db, u"SELECT 1"_s).scalar();
        return true;
    } catch (const Error &) {
        return false;
    }
}

bool Authenticator::serverTakes(const QString &role, const QString &clearPassword) const
{
    try {
        // A connection of its own, closed at once: the person's working connection is not
        // touched, and the server checks the password as at the login.
        personroles::openSession(m_db, role, clearPassword);
        return true;
    } catch (const Error &error) {
        if (error.code() != Error::Code::FileMissing || !officeReachable())
            throw;
        return false;
    }
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
    if (state->lockedUntil.isValid() && state->lockedUntil > m_clock.now())
        return false;
    const QString role = serverRoleOf(userId);
    const bool ok = role.isEmpty() ? password::verify(state->passwordHash, clearPassword)
                                   : serverTakes(role, clearPassword);
    // Nothing to record for a right password without earlier failures: a read-only database
    // (a share opened read-only) can still be logged into and unlocked.
    if (!ok || state->failedLogins > 0)
        recordAttempt(userId, user->username, ok);
    return ok;
}

void Authenticator::recordAttempt(qint64 userId, const QString &username, bool ok)
{
    UserStore users(m_db);
    const QDateTime now = m_clock.now();
    m_db.write([&] {
        // Re-read inside the transaction: another PC may have counted a failure meanwhile.
        const auto current = users.loginState(username);
        if (!current)
            return;
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
}

} // namespace aduan
