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
    /// For a person with a server role of their own (issue 17) the password is the ROLE's,
    /// checked by the server (confirmPassword()); the program keeps no hash for them. Used by
    /// aduan-cli; the window logs such a person in with openPersonSession().
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
    /// hash of its own. The lockout rule stays the program's, kept on the office's connection
    /// (this Authenticator's database): a locked account is refused before the server is asked,
    /// each refusal by the server counts as a wrong password, a login clears the count.
    /// Returns std::nullopt when the person has no role of their own (the shared file, a server
    /// database without person roles, a person not yet given one): log in with login() then.
    /// Throws Error(Forbidden) with login()'s one message when the server refuses the role or
    /// the password or the account is inactive or locked; Error(ClockWrong) as login(); what
    /// the connection throws (Error(FileMissing)) when the server itself cannot be reached
    /// (then the office's connection fails too).
    std::optional<PersonSession> openPersonSession(const QString &username,
                                                   const QString &clearPassword);
    /// Asks the logged-in user's password again (signing a disposition, unlocking the idle
    /// lock). Counts towards the lockout like a login. For a person with a server role of their
    /// own, the server checks it: a fresh connection as that role, closed at once. Throws
    /// Error(FileMissing) when the server cannot be reached at all.
    bool confirmPassword(qint64 userId, const QString &clearPassword);
    /// For a user who has logged in (the idle lock, a signature): while the account is locked,
    /// a sentence saying so and until when — weekday, date and time in the office's time zone,
    /// in the current locale; std::nullopt when it is not locked.
    std::optional<QString> lockNotice(qint64 userId) const;

private:
    /// The login role of user `userId` when the server checks their password; empty otherwise.
    QString serverRoleOf(qint64 userId) const;
    /// Whether the office's own connection still reaches the server (a refusal of the person's
    /// connection was then the server's answer about the role or password).
    bool officeReachable() const;
    /// Whether the server takes `clearPassword` for `role`.
    bool serverTakes(const QString &role, const QString &clearPassword) const;
    /// Counts a failed attempt (locking the account at kMaxFailures, in the history) or clears
    /// the count after a right password.
    void recordAttempt(qint64 userId, const QString &username, bool ok);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace aduan
