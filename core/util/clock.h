#pragma once

#include <QDateTime>

namespace aduan {

/// The source of "now" for the engine. Every rule that depends on the time asks a Clock, so that
/// tests can inject a ManualClock and never sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current instant, in UTC (Qt::UTC time spec), to the millisecond.
    virtual QDateTime now() const = 0;
};

/// The computer's clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that only moves when told to: for tests, demo data and replays.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &instant) { m_now = instant.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace aduan
