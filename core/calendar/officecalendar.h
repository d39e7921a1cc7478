#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <utility>
#include <vector>

namespace aduan {

/// One working period of a day (hari/jam kerja): minutes since local midnight in the office time
/// zone, half-open [startMinute, endMinute), with 0 <= startMinute < endMinute <= 1440.
/// 1440 means "through midnight" (the next day's 00:00).
struct WorkPeriod {
    int startMinute = 0;
    int endMinute = 0;

    /// Parses two times as a clerk types them: "H:mm" or "HH:mm" (a dot also works, "07.30", as
    /// Indonesian usage writes it; surrounding spaces are ignored).
    /// An end of "23:59" means through midnight (1440): a clerk cannot type 24:00, so a
    /// round-the-clock day entered as 00:00–23:59 loses no minute. "24:00" is also accepted as
    /// an end. A period that really ends at 23:59 cannot be entered this way (by design).
    /// @throws std::invalid_argument on malformed text, an out-of-range time, or start >= end.
    static WorkPeriod fromText(const QString& start, const QString& end);

    bool operator==(const WorkPeriod&) const = default;
};

/// A holiday (hari libur): the inclusive office-date range [first, last], e.g. a single public
/// holiday (first == last) or a cuti bersama run of days. Both dates must be valid, first <= last.
struct Holiday {
    QDate first;
    QDate last;
    QString name;

    bool operator==(const Holiday&) const = default;
};

/// A span between two instants, [from, to); used for pauses (Ditunda). Any QDateTime spec.
/// An invalid `to` means the pause is still open (the clock is stopped from `from` on).
struct TimeInterval {
    QDateTime from;
    QDateTime to;
};

/// The office's working calendar (hari/jam kerja, hari libur): weekly working periods in a time
/// zone, minus holidays. It measures step times in working seconds and computes the overall
/// deadline in working days.
///
/// Rules (docs: shared/cases/walkthrough.md, "Setting for all three"; DESIGN.md "workflow
/// engine"): a step's time is counted in office working time from the moment the step became
/// actionable to its completion, minus paused time. "N working days" for the overall deadline:
/// the day of receipt does not count; the deadline is the close of office hours on the N-th
/// working day after it.
///
/// Units: "working seconds" are seconds of wall-clock time that fall inside working periods of
/// working days (sub-second parts are truncated at the end). Instants may be given in any
/// QDateTime spec; they are interpreted as instants and converted to the office time zone.
/// Returned instants are in UTC (Qt::UTC).
class OfficeCalendar {
public:
    /// Asia/Jakarta (WIB), no working hours on any day, no holidays.
    /// If the system has no Asia/Jakarta zone, a fixed UTC+07:00 zone is used instead.
    OfficeCalendar();

    /// The default office: Asia/Jakarta, Monday–Friday 07:30–16:00, no break, no holidays.
    static OfficeCalendar defaultOffice();

    /// Sets the office time zone; all working periods and holiday dates are read in it.
    /// @throws std::invalid_argument if `zone` is invalid.
    void setTimeZone(const QTimeZone& zone);
    QTimeZone timeZone() const;

    /// Sets the working periods of one weekday (local times in the office zone). Breaks are the
    /// gaps between periods; an empty list makes the day a day off.
    /// @throws std::invalid_argument if `day` is not Monday..Sunday, a period is out of
    /// [0, 1440] or empty, or the periods are not sorted and non-overlapping (touching is fine).
    void setHours(Qt::DayOfWeek day, QList<WorkPeriod> periods);
    /// @throws std::invalid_argument if `day` is not Monday..Sunday.
    QList<WorkPeriod> hours(Qt::DayOfWeek day) const;

    /// Adds one holiday (office dates, inclusive). Overlapping holidays are allowed.
    /// @throws std::invalid_argument if a date is invalid or first > last.
    void addHoliday(const Holiday& holiday);
    /// The holidays in the order they were added.
    QList<Holiday> holidays() const;
    /// Replaces all holidays. @throws std::invalid_argument as addHoliday (nothing is changed then).
    void setHolidays(QList<Holiday> holidays);

    /// True when `officeDate` (a date in the office zone) has working periods and is not inside
    /// any holiday. False for an invalid date.
    bool isWorkingDay(QDate officeDate) const;

    /// The calendar date of `instant` in the office time zone (e.g. 2026-03-01T23:30Z is
    /// 2026-03-02 in WIB). Invalid QDate for an invalid instant.
    QDate officeDate(const QDateTime& instant) const;

    /// Working seconds in [from, to); 0 when to <= from.
    /// @throws std::invalid_argument if `from` or `to` is invalid.
    qint64 workingSecondsBetween(const QDateTime& from, const QDateTime& to) const;

    /// Working seconds in [from, to) minus the working seconds that fall inside any of
    /// `excluded` (pauses). Overlapping pauses are not double-counted; an open pause (invalid
    /// `to`) excludes everything from its start on.
    /// @throws std::invalid_argument if `from`/`to` is invalid, or a pause has an invalid `from`
    /// or ends before it starts.
    qint64 workingSecondsBetween(const QDateTime& from, const QDateTime& to,
                                 const QList<TimeInterval>& excluded) const;

    /// The instant (UTC) at which `seconds` working seconds after `from` have elapsed, skipping
    /// `excluded` intervals (pauses). If `from` is outside working time the count starts at the
    /// next working moment; a target reached exactly at the end of a period returns that end
    /// (e.g. Friday 16:00, not Monday's opening). seconds == 0 returns the first working,
    /// unpaused instant >= from.
    /// An open pause (invalid `to`) reached before the target stops the clock: the result is an
    /// invalid QDateTime.
    /// @throws std::invalid_argument if the calendar has no working hours at all, `from` is
    /// invalid, `seconds` is negative, or a pause is malformed (see workingSecondsBetween).
    /// @throws std::out_of_range if the target is not reached within 20 years of office days
    /// (e.g. holidays cover every working day).
    QDateTime addWorkingSeconds(const QDateTime& from, qint64 seconds,
                                const QList<TimeInterval>& excluded = {}) const;

    /// The overall deadline: `workingDays` working days after receipt. The day of receipt (the
    /// office date of `receivedAt`) does not count, whatever the hour; the deadline is the close of
    /// office hours (end of the last period) on the N-th working day after it. Returned in UTC.
    /// Example: received Wed 18 Mar 2026 21:14 WIB, 5 days, Fri 20 Mar a holiday →
    /// Thu 26 Mar 2026 16:00 WIB.
    /// @throws std::invalid_argument if the calendar has no working hours at all, `receivedAt` is
    /// invalid or `workingDays` < 1.
    /// @throws std::out_of_range if no such day exists within 20 years.
    QDateTime deadlineAfterWorkingDays(const QDateTime& receivedAt, int workingDays) const;

    /// The whole configuration as JSON:
    /// {"timeZone": "Asia/Jakarta",
    ///  "hours": {"monday": [{"startMinute": 450, "endMinute": 960}], ..., "sunday": []},
    ///  "holidays": [{"first": "2026-03-20", "last": "2026-03-20", "name": "..."}]}
    QJsonObject toJson() const;
    /// Reads toJson()'s form back (a missing day in "hours" is a day off).
    /// @throws std::invalid_argument on malformed input: a missing or wrong-typed member, an
    /// unknown day name, an unknown time zone, non-integral minutes, bad dates, or anything the
    /// setters reject.
    static OfficeCalendar fromJson(const QJsonObject& json);

private:
    struct Span {
        qint64 from; // ms since epoch, inclusive
        qint64 to;   // ms since epoch, exclusive; kOpenEnd for an open pause
    };

    static int dayIndex(Qt::DayOfWeek day);
    bool hasAnyHours() const;
    bool isHoliday(QDate date) const;
    void rebuildHolidayIndex();
    static std::vector<Span> normalizePauses(const QList<TimeInterval>& excluded);
    enum class VisitEnd { Done, Stopped, OpenPause, DayLimit };
    template <typename Visitor>
    VisitEnd visitWorkingSegments(qint64 fromMs, qint64 toMs, QDate lastDate,
                                  const std::vector<Span>& pauses, Visitor&& visit) const;

    QTimeZone m_zone;
    std::array<QList<WorkPeriod>, 7> m_hours; // index 0 = Monday
    QList<Holiday> m_holidays;
    std::vector<std::pair<qint64, qint64>> m_holidayIndex; // merged Julian-day ranges, sorted
};

} // namespace aduan
