#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace aduan {

class Clock;
class Database;
class ServerClock;

/// The file server's time: a small file is written next to the database, its modification
/// time — stamped by the server that holds the folder — is read back (UTC), and the file is
/// removed. std::nullopt when the folder cannot be written (a read-only share) or the time
/// cannot be read. On a local disk it is this PC's own time, so it finds nothing to correct.
std::optional<QDateTime> fileServerTime(const QString &databasePath);

/// Whether this PC's clock (`now`, UTC) disagrees with the office's time by more than
/// AuditLog::kClockToleranceSeconds (5 minutes): with `serverTime` (SqlDialect::serverTime(),
/// when known; named "the file server" or "the database server") in either direction, and with the newest history entry when that lies ahead of
/// `now` (this PC is behind a PC that wrote before). Returns the clerk's sentence saying which
/// clock says what (office time zone, with dates) and what to do; std::nullopt when they agree.
std::optional<QString> clockDisagreement(Database &db, const QDateTime &now,
                                         const std::optional<QDateTime> &serverTime);

/// Runs clockDisagreement() with `clock` and the time of the machine that keeps the database
/// (SqlDialect::serverTime(): the file server's, or the database server's) and records the outcome
/// on `db` (Database::setClockProblem()): while a disagreement stands, every write and every
/// login through this connection is refused with that sentence (Error(ClockWrong)); once the
/// clock agrees again, the refusal is lifted. Returns true when the clocks agree. Call it after
/// opening and then every minute or so.
bool verifyClock(Database &db, const Clock &clock);

/// The same check with the clock that stamps (storage/serverclock.h): when the store's
/// serverTime() is authoritative (SqlDialect::serverTimeIsAuthoritative(): a database server)
/// and could be read, `clock` first follows it (ServerClock::follow()), so that this PC's own
/// clock being off no longer matters and only the newest history entry lying ahead can
/// disagree; when it cannot be read, the last offset stays. On a file store, exactly
/// verifyClock(db, const Clock &). Returns true when the clocks agree.
bool verifyClock(Database &db, ServerClock &clock);

} // namespace aduan
