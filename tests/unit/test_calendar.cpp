// Unit tests for aduan::OfficeCalendar (hari/jam kerja, hari libur).
// Figures from shared/cases/walkthrough.md unless stated otherwise.

#include "calendar/officecalendar.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

#include <stdexcept>
#include <string>

using namespace Qt::StringLiterals;
using aduan::Holiday;
using aduan::OfficeCalendar;
using aduan::TimeInterval;
using aduan::WorkPeriod;

namespace {

QTimeZone jakarta()
{
    return QTimeZone(QByteArrayLiteral("Asia/Jakarta"));
}

/// A wall-clock time in WIB (Asia/Jakarta, UTC+7).
QDateTime wib(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), jakarta());
}

/// An instant as ISO 8601 UTC text, so Catch prints it on failure.
std::string utc(const QDateTime& dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate).toStdString() : std::string("invalid");
}

WorkPeriod hm(const char16_t* start, const char16_t* end)
{
    return WorkPeriod::fromText(QString::fromUtf16(start), QString::fromUtf16(end));
}

/// Walkthrough calendar: Mon–Fri 07:30–16:00 WIB, no break, Friday 20 March 2026 a holiday.
OfficeCalendar walkthroughCalendar()
{
    OfficeCalendar c = OfficeCalendar::defaultOffice();
    c.addHoliday({QDate(2026, 3, 20), QDate(2026, 3, 20), u"Hari Raya Nyepi"_s});
    return c;
}

/// Mon–Fri 08:00–16:00 WIB, no break, no holidays.
OfficeCalendar eightToFour()
{
    OfficeCalendar c;
    for (Qt::DayOfWeek d : {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday})
        c.setHours(d, {hm(u"08:00", u"16:00")});
    return c;
}

/// Every day 00:00–23:59 as a clerk enters it (i.e. round the clock).
OfficeCalendar roundTheClock(const QTimeZone& zone = jakarta())
{
    OfficeCalendar c;
    c.setTimeZone(zone);
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
        c.setHours(static_cast<Qt::DayOfWeek>(d), {hm(u"00:00", u"23:59")});
    return c;
}

/// Weekdays 07:30–12:00 and 13:00–16:00 (a lunch break), Saturday 08:00–12:00,
/// cuti bersama Mon 30 March – Wed 1 April 2026.
OfficeCalendar mixedCalendar()
{
    OfficeCalendar c;
    for (Qt::DayOfWeek d : {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday})
        c.setHours(d, {hm(u"07:30", u"12:00"), hm(u"13:00", u"16:00")});
    c.setHours(Qt::Saturday, {hm(u"08:00", u"12:00")});
    c.addHoliday({QDate(2026, 3, 30), QDate(2026, 4, 1), u"Cuti bersama Idulfitri"_s});
    return c;
}

} // namespace

TEST_CASE("WorkPeriod::fromText parses clerk-typed times", "[calendar]")
{
    CHECK(hm(u"07:30", u"16:00") == WorkPeriod{450, 960});
    CHECK(hm(u"7:30", u" 16:00 ") == WorkPeriod{450, 960});
    CHECK(hm(u"07.30", u"16.00") == WorkPeriod{450, 960});
    CHECK(hm(u"00:00", u"23:59") == WorkPeriod{0, 1440}); // 23:59 means through midnight
    CHECK(hm(u"22:00", u"24:00") == WorkPeriod{1320, 1440});
    CHECK(hm(u"23:58", u"23:59") == WorkPeriod{1438, 1440});

    CHECK_THROWS_AS(hm(u"7:3", u"16:00"), std::invalid_argument);
    CHECK_THROWS_AS(hm(u"07:30", u"25:00"), std::invalid_argument);
    CHECK_THROWS_AS(hm(u"07:60", u"16:00"), std::invalid_argument);
    CHECK_THROWS_AS(hm(u"pagi", u"16:00"), std::invalid_argument);
    CHECK_THROWS_AS(hm(u"", u"16:00"), std::invalid_argument);
    CHECK_THROWS_AS(hm(u"24:00", u"24:00"), std::invalid_argument);
    CHECK_THROWS_AS(hm(u"16:00", u"07:30"), std::invalid_argument);
    CHECK_THROWS_AS(hm(u"08:00", u"08:00"), std::invalid_argument);
}

TEST_CASE("Default office and empty calendar", "[calendar]")
{
    const OfficeCalendar empty;
    CHECK(empty.timeZone().id() == QByteArrayLiteral("Asia/Jakarta"));
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
        CHECK(empty.hours(static_cast<Qt::DayOfWeek>(d)).isEmpty());
    CHECK_FALSE(empty.isWorkingDay(QDate(2026, 3, 2)));
    CHECK(empty.workingSecondsBetween(wib(2026, 3, 2, 8, 0), wib(2026, 3, 3, 8, 0)) == 0);
    CHECK_THROWS_AS(empty.addWorkingSeconds(wib(2026, 3, 2, 8, 0), 60), std::invalid_argument);
    CHECK_THROWS_AS(empty.deadlineAfterWorkingDays(wib(2026, 3, 2, 8, 0), 5), std::invalid_argument);

    const OfficeCalendar office = OfficeCalendar::defaultOffice();
    CHECK(office.timeZone().id() == QByteArrayLiteral("Asia/Jakarta"));
    for (Qt::DayOfWeek d : {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday})
        CHECK(office.hours(d) == QList<WorkPeriod>{{450, 960}});
    CHECK(office.hours(Qt::Saturday).isEmpty());
    CHECK(office.hours(Qt::Sunday).isEmpty());
    CHECK(office.holidays().isEmpty());
    CHECK(office.isWorkingDay(QDate(2026, 3, 2)));        // Monday
    CHECK_FALSE(office.isWorkingDay(QDate(2026, 3, 7)));  // Saturday
    CHECK_FALSE(office.isWorkingDay(QDate()));
}

TEST_CASE("Configuration is validated", "[calendar]")
{
    OfficeCalendar c;
    CHECK_THROWS_AS(c.setHours(Qt::Monday, {{600, 720}, {480, 540}}), std::invalid_argument); // unsorted
    CHECK_THROWS_AS(c.setHours(Qt::Monday, {{480, 720}, {700, 900}}), std::invalid_argument); // overlap
    CHECK_THROWS_AS(c.setHours(Qt::Monday, {{-1, 720}}), std::invalid_argument);
    CHECK_THROWS_AS(c.setHours(Qt::Monday, {{480, 1441}}), std::invalid_argument);
    CHECK_THROWS_AS(c.setHours(Qt::Monday, {{480, 480}}), std::invalid_argument);
    CHECK_THROWS_AS(c.setHours(static_cast<Qt::DayOfWeek>(0), {{480, 960}}), std::invalid_argument);
    CHECK_THROWS_AS(c.hours(static_cast<Qt::DayOfWeek>(8)), std::invalid_argument);
    CHECK(c.hours(Qt::Monday).isEmpty()); // failed calls change nothing

    c.setHours(Qt::Monday, {{480, 720}, {720, 960}}); // touching periods are fine
    CHECK(c.hours(Qt::Monday).size() == 2);

    CHECK_THROWS_AS(c.addHoliday({QDate(2026, 3, 21), QDate(2026, 3, 20), u"x"_s}), std::invalid_argument);
    CHECK_THROWS_AS(c.addHoliday({QDate(), QDate(2026, 3, 20), u"x"_s}), std::invalid_argument);
    CHECK_THROWS_AS(c.setHolidays({{QDate(2026, 1, 1), QDate(2026, 1, 1), u"ok"_s},
                                   {QDate(2026, 3, 2), QDate(), u"bad"_s}}),
                    std::invalid_argument);
    CHECK(c.holidays().isEmpty());
    CHECK_THROWS_AS(c.setTimeZone(QTimeZone()), std::invalid_argument);
}

TEST_CASE("Office date is the date in the office zone", "[calendar]")
{
    const OfficeCalendar c = OfficeCalendar::defaultOffice();
    CHECK(c.officeDate(QDateTime(QDate(2026, 3, 1), QTime(23, 30), Qt::UTC)) == QDate(2026, 3, 2));
    CHECK(c.officeDate(QDateTime(QDate(2026, 3, 1), QTime(16, 59, 59), Qt::UTC)) == QDate(2026, 3, 1));
    CHECK(c.officeDate(QDateTime(QDate(2026, 3, 1), QTime(17, 0), Qt::UTC)) == QDate(2026, 3, 2));
    CHECK(c.officeDate(wib(2026, 3, 18, 21, 14)) == QDate(2026, 3, 18));
    CHECK_FALSE(c.officeDate(QDateTime()).isValid());
}

TEST_CASE("Walkthrough A: walk-in, Monday 2 March 2026", "[calendar]")
{
    const OfficeCalendar c = walkthroughCalendar();
    CHECK(c.workingSecondsBetween(wib(2026, 3, 2, 9, 0), wib(2026, 3, 2, 9, 4, 10)) == 250);  // 4 min 10 s
    CHECK(c.workingSecondsBetween(wib(2026, 3, 2, 9, 4, 10), wib(2026, 3, 2, 9, 12)) == 470); // 7 min 50 s
    CHECK(c.workingSecondsBetween(wib(2026, 3, 2, 9, 12), wib(2026, 3, 2, 9, 20)) == 480);
    CHECK(c.workingSecondsBetween(wib(2026, 3, 2, 9, 20), wib(2026, 3, 2, 9, 45)) == 1500);
    CHECK(c.workingSecondsBetween(wib(2026, 3, 2, 9, 45), wib(2026, 3, 2, 9, 53)) == 480);
    CHECK(c.workingSecondsBetween(wib(2026, 3, 2, 9, 0), wib(2026, 3, 2, 9, 53)) == 53 * 60);
    // Step 1's 5-minute target falls at 09:05:00, so 09:04:10 is on time.
    CHECK(utc(c.addWorkingSeconds(wib(2026, 3, 2, 9, 0), 5 * 60)) == "2026-03-02T02:05:00Z");
    // Any QDateTime spec is accepted: the same instants in UTC.
    CHECK(c.workingSecondsBetween(QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC),
                                  QDateTime(QDate(2026, 3, 2), QTime(2, 4, 10), Qt::UTC))
          == 250);
}

TEST_CASE("Walkthrough B: SMS at night, a holiday, late steps, a pause", "[calendar]")
{
    const OfficeCalendar c = walkthroughCalendar();
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 3, 20))); // Friday holiday

    // Step 1: form opened Thu 19 Mar 15:50:00, done 15:53:30.
    CHECK(c.workingSecondsBetween(wib(2026, 3, 19, 15, 50), wib(2026, 3, 19, 15, 53, 30)) == 210);
    // Step 2: Thu 15:53:30 → Mon 23 Mar 07:45:00 = 6 min 30 s + 15 min = 21 min 30 s.
    CHECK(c.workingSecondsBetween(wib(2026, 3, 19, 15, 53, 30), wib(2026, 3, 23, 7, 45)) == 1290);
    // Its 10-minute target fell at Mon 07:33:30 → late by 11 min 30 s.
    const QDateTime step2Due = c.addWorkingSeconds(wib(2026, 3, 19, 15, 53, 30), 10 * 60);
    CHECK(utc(step2Due) == "2026-03-23T00:33:30Z");
    CHECK(c.workingSecondsBetween(step2Due, wib(2026, 3, 23, 7, 45)) == 11 * 60 + 30);
    // Step 3: Mon 07:45 → 08:00 = 15 min, late by 5 min.
    CHECK(c.workingSecondsBetween(wib(2026, 3, 23, 7, 45), wib(2026, 3, 23, 8, 0)) == 900);
    CHECK(utc(c.addWorkingSeconds(wib(2026, 3, 23, 7, 45), 600)) == "2026-03-23T00:55:00Z");
    // Step 4: 08:00 → 10:25 paused 08:10–10:10 = 145 − 120 = 25 min; on time against 30.
    const QList<TimeInterval> pause{{wib(2026, 3, 23, 8, 10), wib(2026, 3, 23, 10, 10)}};
    CHECK(c.workingSecondsBetween(wib(2026, 3, 23, 8, 0), wib(2026, 3, 23, 10, 25)) == 145 * 60);
    CHECK(c.workingSecondsBetween(wib(2026, 3, 23, 8, 0), wib(2026, 3, 23, 10, 25), pause) == 25 * 60);
    CHECK(utc(c.addWorkingSeconds(wib(2026, 3, 23, 8, 0), 30 * 60, pause)) == "2026-03-23T03:30:00Z");
    // Step 5: 10:25 → 10:30 = 5 min.
    CHECK(c.workingSecondsBetween(wib(2026, 3, 23, 10, 25), wib(2026, 3, 23, 10, 30)) == 300);

    // Overall deadline, 5 working days after Wed 18 Mar 21:14: Thu 19, Mon 23, Tue 24, Wed 25,
    // Thu 26 → Thu 26 Mar 2026 16:00 WIB = 09:00Z.
    const QDateTime deadline = c.deadlineAfterWorkingDays(wib(2026, 3, 18, 21, 14), 5);
    CHECK(utc(deadline) == "2026-03-26T09:00:00Z");
    CHECK(deadline == wib(2026, 3, 26, 16, 0));
    CHECK(deadline.timeSpec() == Qt::UTC);
}

TEST_CASE("Walkthrough C: exactly on target and late by a minute", "[calendar]")
{
    const OfficeCalendar c = walkthroughCalendar();
    CHECK(c.workingSecondsBetween(wib(2026, 4, 6, 10, 0), wib(2026, 4, 6, 10, 6)) == 360);   // 6 > 5
    CHECK(c.workingSecondsBetween(wib(2026, 4, 6, 10, 15), wib(2026, 4, 6, 10, 50)) == 2100); // 35 > 30
    CHECK(c.workingSecondsBetween(wib(2026, 4, 6, 10, 50), wib(2026, 4, 6, 11, 0)) == 600);   // 10 = 10
}

TEST_CASE("Round-the-clock calendar entered as 00:00-23:59 loses no minute", "[calendar]")
{
    const OfficeCalendar c = roundTheClock();
    const QDateTime start = wib(2026, 3, 6, 23, 30); // a Friday, across the weekend
    CHECK(c.addWorkingSeconds(start, 48 * 3600) == start.addSecs(48 * 3600));
    CHECK(utc(c.addWorkingSeconds(start, 48 * 3600)) == "2026-03-08T16:30:00Z");
    CHECK(c.workingSecondsBetween(start, wib(2026, 3, 7, 0, 30)) == 3600);
    CHECK(c.workingSecondsBetween(wib(2026, 3, 6, 23, 59, 59), wib(2026, 3, 7, 0, 0, 1)) == 2);
    CHECK(c.workingSecondsBetween(start, start.addDays(7)) == 7 * 24 * 3600);
    CHECK(c.addWorkingSeconds(start, 0) == start);
}

TEST_CASE("Pause over a weekend on an 08:00-16:00 calendar", "[calendar]")
{
    const OfficeCalendar c = eightToFour();
    const QDateTime started = wib(2026, 3, 6, 15, 0); // Friday
    const QList<TimeInterval> pause{{wib(2026, 3, 6, 15, 30), wib(2026, 3, 9, 9, 0)}};

    CHECK(c.workingSecondsBetween(started, wib(2026, 3, 6, 16, 0), pause) == 30 * 60);
    const QDateTime due = c.addWorkingSeconds(started, 60 * 60, pause);
    CHECK(utc(due) == "2026-03-09T02:30:00Z"); // Monday 09:30 WIB, inside working hours
    CHECK(due == wib(2026, 3, 9, 9, 30));
    CHECK(c.workingSecondsBetween(started, wib(2026, 3, 9, 9, 30), pause) == 3600);
    CHECK(c.workingSecondsBetween(started, wib(2026, 3, 9, 9, 30)) == 3600 + 5400);
}

TEST_CASE("Pauses: overlap, open pause, edges of working time", "[calendar]")
{
    const OfficeCalendar c = eightToFour();
    const QDateTime mon8 = wib(2026, 3, 9, 8, 0);

    SECTION("overlapping pauses are not double-counted")
    {
        const QList<TimeInterval> pauses{{wib(2026, 3, 9, 9, 0), wib(2026, 3, 9, 10, 0)},
                                         {wib(2026, 3, 9, 9, 30), wib(2026, 3, 9, 10, 30)},
                                         {wib(2026, 3, 9, 9, 45), wib(2026, 3, 9, 10, 0)}};
        CHECK(c.workingSecondsBetween(mon8, wib(2026, 3, 9, 12, 0), pauses) == 4 * 3600 - 90 * 60);
        CHECK(c.addWorkingSeconds(mon8, 2 * 3600, pauses) == wib(2026, 3, 9, 11, 30));
    }
    SECTION("a pause outside working time changes nothing")
    {
        const QList<TimeInterval> night{{wib(2026, 3, 9, 17, 0), wib(2026, 3, 10, 7, 0)}};
        CHECK(c.workingSecondsBetween(mon8, wib(2026, 3, 10, 9, 0), night) == 9 * 3600);
    }
    SECTION("an open pause stops the clock")
    {
        const QList<TimeInterval> open{{wib(2026, 3, 9, 8, 10), QDateTime()}};
        CHECK_FALSE(c.addWorkingSeconds(mon8, 30 * 60, open).isValid());
        CHECK(c.workingSecondsBetween(mon8, wib(2026, 3, 12, 8, 0), open) == 600);
        // The target was reached before the pause began: the due time stands.
        CHECK(c.addWorkingSeconds(mon8, 5 * 60, open) == wib(2026, 3, 9, 8, 5));
        // Started inside an open pause: no first working instant either.
        CHECK_FALSE(c.addWorkingSeconds(wib(2026, 3, 9, 9, 0), 0, open).isValid());
    }
    SECTION("start outside working time and targets at a period's end")
    {
        // Started Saturday: the count begins Monday 08:00.
        CHECK(c.addWorkingSeconds(wib(2026, 3, 7, 10, 0), 600) == wib(2026, 3, 9, 8, 10));
        CHECK(c.addWorkingSeconds(wib(2026, 3, 6, 16, 0), 0) == wib(2026, 3, 9, 8, 0));
        CHECK(c.addWorkingSeconds(wib(2026, 3, 6, 6, 0), 0) == wib(2026, 3, 6, 8, 0));
        CHECK(c.addWorkingSeconds(wib(2026, 3, 6, 10, 0), 0) == wib(2026, 3, 6, 10, 0));
        // Reached exactly at the close: Friday 16:00, not Monday 08:00.
        CHECK(c.addWorkingSeconds(wib(2026, 3, 6, 15, 0), 3600) == wib(2026, 3, 6, 16, 0));
        CHECK(c.addWorkingSeconds(wib(2026, 3, 6, 15, 0), 3601) == wib(2026, 3, 9, 8, 0, 1));
    }
    SECTION("bad arguments")
    {
        CHECK(c.workingSecondsBetween(wib(2026, 3, 9, 12, 0), mon8) == 0);
        CHECK_THROWS_AS(c.workingSecondsBetween(QDateTime(), mon8), std::invalid_argument);
        CHECK_THROWS_AS(c.addWorkingSeconds(mon8, -1), std::invalid_argument);
        CHECK_THROWS_AS(c.addWorkingSeconds(QDateTime(), 1), std::invalid_argument);
        CHECK_THROWS_AS(c.workingSecondsBetween(mon8, mon8.addDays(1),
                                                {{QDateTime(), wib(2026, 3, 9, 9, 0)}}),
                        std::invalid_argument);
        CHECK_THROWS_AS(c.workingSecondsBetween(mon8, mon8.addDays(1),
                                                {{wib(2026, 3, 9, 10, 0), wib(2026, 3, 9, 9, 0)}}),
                        std::invalid_argument);
    }
}

TEST_CASE("Half-day Saturday, lunch break and cuti bersama combined", "[calendar]")
{
    const OfficeCalendar c = mixedCalendar();
    CHECK(c.isWorkingDay(QDate(2026, 3, 28)));       // Saturday, half day
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 3, 29))); // Sunday
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 3, 30))); // cuti bersama
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 4, 1)));
    CHECK(c.isWorkingDay(QDate(2026, 4, 2)));

    // Fri 27 Mar 11:00 → Thu 2 Apr 14:00: Fri 1 h + 3 h, Sat 4 h, Sun–Wed 0, Thu 4 h 30 + 1 h.
    CHECK(c.workingSecondsBetween(wib(2026, 3, 27, 11, 0), wib(2026, 4, 2, 14, 0)) == 48600);
    // Inside the lunch break only the half hour after 13:00 counts.
    CHECK(c.workingSecondsBetween(wib(2026, 3, 27, 12, 30), wib(2026, 3, 27, 13, 30)) == 1800);
    CHECK(c.workingSecondsBetween(wib(2026, 3, 27, 12, 0), wib(2026, 3, 27, 13, 0)) == 0);
    // 10 working hours from Fri 15:00: Fri 1 h, Sat 4 h, Thu 07:30–12:00 4 h 30, then 13:00 + 30 min.
    CHECK(utc(c.addWorkingSeconds(wib(2026, 3, 27, 15, 0), 36000)) == "2026-04-02T06:30:00Z");
    // The same with a pause Sat 10:00 → Thu 08:00: Fri 1 h, Sat 2 h, Thu 08:00–12:00 4 h, 13:00–16:00 3 h.
    const QList<TimeInterval> pause{{wib(2026, 3, 28, 10, 0), wib(2026, 4, 2, 8, 0)}};
    CHECK(c.workingSecondsBetween(wib(2026, 3, 27, 15, 0), wib(2026, 4, 2, 16, 0), pause) == 10 * 3600);
    CHECK(c.addWorkingSeconds(wib(2026, 3, 27, 15, 0), 36000, pause) == wib(2026, 4, 2, 16, 0));
    // A target reached just before lunch ends at 12:00, one second later it is 13:00:01.
    CHECK(c.addWorkingSeconds(wib(2026, 4, 2, 11, 0), 3600) == wib(2026, 4, 2, 12, 0));
    CHECK(c.addWorkingSeconds(wib(2026, 4, 2, 11, 0), 3601) == wib(2026, 4, 2, 13, 0, 1));

    // Deadlines: received Thu 26 Mar 10:00 (that day does not count).
    // 1 → Fri 27 16:00; 2 → Sat 28 12:00 (close of the half day); 3 → Thu 2 Apr 16:00.
    CHECK(c.deadlineAfterWorkingDays(wib(2026, 3, 26, 10, 0), 1) == wib(2026, 3, 27, 16, 0));
    CHECK(c.deadlineAfterWorkingDays(wib(2026, 3, 26, 10, 0), 2) == wib(2026, 3, 28, 12, 0));
    CHECK(utc(c.deadlineAfterWorkingDays(wib(2026, 3, 26, 10, 0), 3)) == "2026-04-02T09:00:00Z");
}

TEST_CASE("Working-day deadline rule", "[calendar]")
{
    const OfficeCalendar c = walkthroughCalendar();
    // Received early Monday, before opening: Monday still does not count.
    CHECK(c.deadlineAfterWorkingDays(wib(2026, 3, 2, 6, 0), 1) == wib(2026, 3, 3, 16, 0));
    // Received on a Saturday: Monday is the first working day after it.
    CHECK(c.deadlineAfterWorkingDays(wib(2026, 3, 7, 10, 0), 1) == wib(2026, 3, 9, 16, 0));
    // Received 23:30Z on Sunday 1 March = Monday 06:30 WIB: receipt date is Monday.
    CHECK(c.deadlineAfterWorkingDays(QDateTime(QDate(2026, 3, 1), QTime(23, 30), Qt::UTC), 1)
          == wib(2026, 3, 3, 16, 0));
    // 14 working days from Wed 18 Mar: Fri 20 Mar is a holiday → Wed 8 April.
    CHECK(c.deadlineAfterWorkingDays(wib(2026, 3, 18, 21, 14), 14) == wib(2026, 4, 8, 16, 0));
    CHECK_THROWS_AS(c.deadlineAfterWorkingDays(wib(2026, 3, 2, 6, 0), 0), std::invalid_argument);
    CHECK_THROWS_AS(c.deadlineAfterWorkingDays(QDateTime(), 5), std::invalid_argument);
}

TEST_CASE("Endless searches are cut off", "[calendar]")
{
    OfficeCalendar c = OfficeCalendar::defaultOffice();
    c.addHoliday({QDate(2026, 1, 1), QDate(2060, 12, 31), u"closed"_s});
    CHECK_THROWS_AS(c.addWorkingSeconds(wib(2026, 3, 2, 8, 0), 1), std::out_of_range);
    CHECK_THROWS_AS(c.deadlineAfterWorkingDays(wib(2026, 3, 2, 8, 0), 1), std::out_of_range);
    CHECK(c.workingSecondsBetween(wib(2026, 3, 2, 8, 0), wib(2036, 3, 2, 8, 0)) == 0);
}

TEST_CASE("Other time zones, including a daylight-saving change", "[calendar]")
{
    // A fixed UTC+7 zone (the fallback when Asia/Jakarta is missing) gives the same figures.
    OfficeCalendar fixed = walkthroughCalendar();
    fixed.setTimeZone(QTimeZone(7 * 3600));
    CHECK(fixed.workingSecondsBetween(wib(2026, 3, 19, 15, 53, 30), wib(2026, 3, 23, 7, 45)) == 1290);
    CHECK(utc(fixed.deadlineAfterWorkingDays(wib(2026, 3, 18, 21, 14), 5)) == "2026-03-26T09:00:00Z");

    // Europe/Berlin moves to summer time on Sunday 29 March 2026 (02:00 → 03:00): that day has 23 h.
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    REQUIRE(berlin.isValid());
    const OfficeCalendar c = roundTheClock(berlin);
    const QDateTime satMidnight(QDate(2026, 3, 28), QTime(0, 0), berlin);
    const QDateTime monMidnight(QDate(2026, 3, 30), QTime(0, 0), berlin);
    CHECK(c.workingSecondsBetween(satMidnight, monMidnight) == 47 * 3600);
    CHECK(c.addWorkingSeconds(satMidnight, 47 * 3600) == monMidnight);
}

TEST_CASE("JSON round trip and malformed input", "[calendar]")
{
    OfficeCalendar c = mixedCalendar();
    c.addHoliday({QDate(2026, 3, 20), QDate(2026, 3, 20), u"Hari Suci Nyepi"_s});
    c.setHours(Qt::Sunday, {hm(u"22:00", u"23:59")});

    const QJsonObject json = c.toJson();
    const OfficeCalendar back = OfficeCalendar::fromJson(json);
    CHECK(back.timeZone() == c.timeZone());
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
        CHECK(back.hours(static_cast<Qt::DayOfWeek>(d)) == c.hours(static_cast<Qt::DayOfWeek>(d)));
    CHECK(back.holidays() == c.holidays());
    CHECK(back.toJson() == json);
    // The combined span plus the Sunday evening 22:00–24:00 added above.
    CHECK(back.workingSecondsBetween(wib(2026, 3, 27, 11, 0), wib(2026, 4, 2, 14, 0)) == 48600 + 7200);

    // Through text as well, and with the fixed-offset fallback zone.
    OfficeCalendar fixed = OfficeCalendar::defaultOffice();
    fixed.setTimeZone(QTimeZone(7 * 3600));
    const QByteArray text = QJsonDocument(fixed.toJson()).toJson();
    const OfficeCalendar fixedBack = OfficeCalendar::fromJson(QJsonDocument::fromJson(text).object());
    CHECK(fixedBack.timeZone().offsetFromUtc(QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC)) == 25200);
    CHECK(fixedBack.hours(Qt::Monday) == QList<WorkPeriod>{{450, 960}});

    auto withMember = [&json](const QString& key, const QJsonValue& value) {
        QJsonObject o = json;
        o.insert(key, value);
        return o;
    };
    auto withoutMember = [&json](const QString& key) {
        QJsonObject o = json;
        o.remove(key);
        return o;
    };
    auto hoursWith = [&](const QString& day, const QJsonValue& periods) {
        QJsonObject h = json.value(u"hours"_s).toObject();
        h.insert(day, periods);
        return withMember(u"hours"_s, h);
    };
    auto period = [](const QJsonValue& s, const QJsonValue& e) {
        return QJsonArray{QJsonObject{{u"startMinute"_s, s}, {u"endMinute"_s, e}}};
    };
    auto holiday = [](const QJsonValue& first, const QJsonValue& last) {
        return QJsonArray{QJsonObject{{u"first"_s, first}, {u"last"_s, last}, {u"name"_s, u"x"_s}}};
    };

    CHECK_THROWS_AS(OfficeCalendar::fromJson(QJsonObject()), std::invalid_argument);
    CHECK_THROWS_AS(OfficeCalendar::fromJson(withoutMember(u"timeZone"_s)), std::invalid_argument);
    CHECK_THROWS_AS(OfficeCalendar::fromJson(withoutMember(u"hours"_s)), std::invalid_argument);
    CHECK_THROWS_AS(OfficeCalendar::fromJson(withoutMember(u"holidays"_s)), std::invalid_argument);
    CHECK_THROWS_AS(OfficeCalendar::fromJson(withMember(u"timeZone"_s, u"Mars/Olympus"_s)), std::invalid_argument);
    CHECK_THROWS_AS(OfficeCalendar::fromJson(withMember(u"timeZone"_s, 7)), std::invalid_argument);
    CHECK_THROWS_AS(OfficeCalendar::fromJson(withMember(u"hours"_s, QJsonArray())), std::invalid_argument);
    CHECK_THROWS_AS(OfficeCalendar::fromJson(hoursWith(u"Monday"_s, QJsonArray())), std::invalid_argument);
    CHECK_THROWS_AS(OfficeCalendar::fromJson(hoursWith(u"monday"_s, u"07:30-16:00"_s)), std::invalid_argument);
    CHECK_THROWS_AS(OfficeCalendar::fromJson(hoursWith(u"monday"_s, period(u"450"_s, 960))), std::invalid_argument);
    CHECK_THROWS_AS(OfficeCalendar::fromJson(hoursWith(u"monday"_s, period(450.5, 960))), std::invalid_argument);
    CHECK_THROWS_AS(OfficeCalendar::fromJson(hoursWith(u"monday"_s, period(450, 1500))), std::invalid_argument);
    CHECK_THROWS_AS(OfficeCalendar::fromJson(hoursWith(u"monday"_s, period(960, 450))), std::invalid_argument);
    CHECK_THROWS_AS(OfficeCalendar::fromJson(withMember(u"holidays"_s, holiday(u"2026-02-30"_s, u"2026-03-01"_s))),
                    std::invalid_argument);
    CHECK_THROWS_AS(OfficeCalendar::fromJson(withMember(u"holidays"_s, holiday(u"2026-04-01"_s, u"2026-03-30"_s))),
                    std::invalid_argument);
    CHECK_THROWS_AS(OfficeCalendar::fromJson(withMember(u"holidays"_s, holiday(20260320, u"2026-03-20"_s))),
                    std::invalid_argument);
    CHECK_THROWS_AS(OfficeCalendar::fromJson(withMember(u"holidays"_s, QJsonArray{u"2026-03-20"_s})),
                    std::invalid_argument);

    // A day left out of "hours" is a day off.
    QJsonObject sparse = json;
    QJsonObject h = json.value(u"hours"_s).toObject();
    h.remove(u"sunday"_s);
    sparse.insert(u"hours"_s, h);
    CHECK(OfficeCalendar::fromJson(sparse).hours(Qt::Sunday).isEmpty());
}
