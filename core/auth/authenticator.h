#pragma once

#include "domain/user.h"

#include <QString>

namespace aduan {

class Clock;
class Database;

/// Logging in, with the lockout rule: 5 failed logins in a row lock the account for 15
/// minutes (wall-clock), recorded in the history. Clear passwords are never stored or logged.
class Authenticator
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;

    Authenticator(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /// Returns the user when the password matches. Throws Error(Locked) while the account is
    /// locked (saying until when, office time is the caller's to show), Error(Forbidden) for an
    /// unknown user, a wrong password or an inactive account (one message for all three, so the
    /// screen does not reveal which usernames exist). Rehashes a password made with weaker limits.
    User login(const QString &username, const QString &clearPassword);
    /// Asks the logged-in user's password again (signing a disposition, unlocking the idle
    /// lock). Counts towards the lockout like a login.
    bool confirmPassword(qint64 userId, const QString &clearPassword);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace aduan
