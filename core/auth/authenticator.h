#pragma once

#include "domain/user.h"

#include <QString>

#include <optional>

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

    /// Returns the user when the password matches. Throws Error(Forbidden) with one message for
    /// an unknown user, a wrong password, an inactive account and a locked account alike (and
    /// after as long), so that the login screen does not reveal which usernames exist or are
    /// locked; the message names the lockout rule. Rehashes a password made with weaker limits.
    /// Throws Error(ClockWrong) while the database records a clock problem of this PC
    /// (verifyClock()): a lockout cannot be judged by a wrong clock.
    User login(const QString &username, const QString &clearPassword);
    /// Asks the logged-in user's password again (signing a disposition, unlocking the idle
    /// lock). Counts towards the lockout like a login.
    bool confirmPassword(qint64 userId, const QString &clearPassword);
    /// For a user who has logged in (the idle lock, a signature): while the account is locked,
    /// a sentence saying so and until when — weekday, date and time in the office's time zone,
    /// in the current locale; std::nullopt when it is not locked.
    std::optional<QString> lockNotice(qint64 userId) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace aduan
