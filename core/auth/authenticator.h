#pragma once

#include "domain/user.h"

#include <QString>

#include <memory>
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
    /// A person's own session on a PostgreSQL database with person roles (issue 17): the
    /// connection everything of that person's work then runs on, and the person.
    struct PersonSession {
        std::unique_ptr<Database> database;
        User user;
    };
    /// Logs `username` in with their own server role ("<database>_<username>",
    /// storage/postgres/personsession.h), when they have one: the SERVER checks the password
    /// (SCRAM-SHA-256) and refuses a disabled account (NOLOGIN); the program checks no password
    /// hash of its own. Returns std::nullopt when the person has no role of their own (the
    /// shared file, a server database without person roles, a person not yet given one): log in
    /// with login() then. Throws Error(Forbidden) with login()'s one message when the server
    /// refuses the role or the password; what the connection throws (Error(FileMissing)) when
    /// the server itself cannot be reached (then the office's connection fails too).
    std::optional<PersonSession> openPersonSession(const QString &username,
                                                   const QString &clearPassword);
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
