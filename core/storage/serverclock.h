#pragma once

#include "util/clock.h"

#include <QDateTime>

namespace aduan {

/// The clock that stamps what a program stores (issue 16: "every stored instant from the
/// server's clock"): this PC's clock `local`, moved by the offset to the database server's
/// clock once that is measured (follow()). verifyClock(Database &, ServerClock &) in
/// storage/officeclock.h measures it when the store's serverTime() is authoritative
/// (SqlDialect::serverTimeIsAuthoritative(): PostgreSQL's clock_timestamp()) — at opening and
/// then every minute — so that on a server every PC stamps by the server's clock, whatever its
/// own says. On a file store (SQLite) nothing is measured and it is this PC's clock, which
/// verifyClock() checks against the file server's instead (saving refused beyond 5 minutes).
///
/// The offset is off by at most the time one query takes to come back (milliseconds on an
/// office network); between measurements the clock runs at this PC's rate. Time in UTC, to the
/// millisecond, as every Clock.
class ServerClock final : public Clock
{
public:
    /// `local` must outlive this clock.
    explicit ServerClock(const Clock &local) : m_local(local) {}

    /// `local`'s now, moved by offsetMs().
    QDateTime now() const override { return m_local.now().addMSecs(m_offsetMs); }

    /// The server's clock said `serverNow` (UTC) just now: from here on, now() follows it. An
    /// invalid time is ignored (the last offset stays).
    void follow(const QDateTime &serverNow)
    {
        if (!serverNow.isValid())
            return;
        m_offsetMs = m_local.now().msecsTo(serverNow.toUTC());
        m_following = true;
    }

    /// The correction, milliseconds: the server's clock minus this PC's; 0 until follow().
    qint64 offsetMs() const { return m_offsetMs; }
    /// Whether follow() measured the server at least once.
    bool isFollowing() const { return m_following; }

private:
    const Clock &m_local;
    qint64 m_offsetMs = 0;
    bool m_following = false;
};

} // namespace aduan
