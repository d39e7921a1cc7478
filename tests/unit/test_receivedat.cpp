// Unit tests for core/validation/receivedat: the time an indirect complaint reached the office,
// typed in one go in office time (WIB).
#include "validation/receivedat.h"

#include <catch2/catch.hpp>

#include <string>

using namespace Qt::StringLiterals;
using aduan::parseReceivedAt;

namespace {

const QTimeZone kWib("Asia/Jakarta");
/// Thursday 19 March 2026 15:50 WIB: walkthrough B's registration.
const QDateTime kNow(QDate(2026, 3, 19), QTime(15, 50), kWib);

std::string code(const aduan::ReceivedAtCheck& check)
{
    return check.findings.isEmpty() ? std::string() : check.findings.constFirst().code.toStdString();
}

} // namespace

TEST_CASE("Received at: the ways an officer types a date and time", "[validation][receivedAt]")
{
    const QDateTime expected(QDate(2026, 3, 18), QTime(21, 14), kWib);
    for (const char* typed : {"18/03/2026 21.14", "18/03/2026 21:14", "18-03-2026 21.14",
                              "18.03.2026 21.14", "18/3/26 21.14", "18/3/2026, 21:14",
                              "  18/03/2026   21.14  "}) {
        INFO(typed);
        const auto check = parseReceivedAt(QString::fromUtf8(typed), kNow, kWib);
        REQUIRE(check.ok());
        CHECK(check.instant == expected);
        CHECK(check.instant.toUTC() == QDateTime(QDate(2026, 3, 18), QTime(14, 14), QTimeZone::utc()));
    }
    // One-digit hour, midnight.
    CHECK(parseReceivedAt(u"2/3/2026 7.05"_s, kNow, kWib).instant
          == QDateTime(QDate(2026, 3, 2), QTime(7, 5), kWib));
    CHECK(parseReceivedAt(u"19/03/2026 00.00"_s, kNow, kWib).ok());
}

TEST_CASE("Received at: written back as typed, in office time", "[validation][receivedAt]")
{
    const QDateTime utc(QDate(2026, 3, 18), QTime(14, 14), QTimeZone::utc());
    CHECK(aduan::formatReceivedAt(utc, kWib) == u"18/03/2026 21.14"_s);
    // Just after midnight UTC is already the morning in Blitar.
    CHECK(aduan::formatReceivedAt(QDateTime(QDate(2026, 3, 1), QTime(23, 30), QTimeZone::utc()), kWib)
          == u"02/03/2026 06.30"_s);
    CHECK(aduan::formatReceivedAt({}, kWib).isEmpty());
    const QString shown = aduan::formatReceivedAt(utc, kWib);
    CHECK(parseReceivedAt(shown, kNow, kWib).instant == utc);
}

TEST_CASE("Received at: what is refused, and why", "[validation][receivedAt]")
{
    CHECK(code(parseReceivedAt(u""_s, kNow, kWib)) == "receivedAt.empty");
    CHECK(code(parseReceivedAt(u"   "_s, kNow, kWib)) == "receivedAt.empty");
    for (const char* typed : {"18/03/2026", "21.14", "18/03/2026 2114", "18032026 21.14",
                              "18/03-2026 21.14", "18/03/026 21.14", "kemarin malam",
                              "18/03/2026 21.14.30", "1８/03/2026 21.14"}) {
        INFO(typed);
        const auto check = parseReceivedAt(QString::fromUtf8(typed), kNow, kWib);
        CHECK(code(check) == "receivedAt.format");
        CHECK_FALSE(check.instant.isValid());
        CHECK(check.findings.constFirst().message.contains(QString::fromUtf8(typed).trimmed()));
    }
    for (const char* typed : {"31/02/2026 10.00", "29/02/2026 10.00", "00/03/2026 10.00",
                              "18/13/2026 10.00", "18/03/2026 24.00", "18/03/2026 21.60"}) {
        INFO(typed);
        CHECK(code(parseReceivedAt(QString::fromUtf8(typed), kNow, kWib)) == "receivedAt.date");
    }
    // Every finding names the field the form shows it under.
    CHECK(parseReceivedAt(u"x"_s, kNow, kWib).findings.constFirst().field == u"receivedAt"_s);
}

TEST_CASE("Received at: not later than now, by the injected clock", "[validation][receivedAt]")
{
    CHECK(parseReceivedAt(u"19/03/2026 15.50"_s, kNow, kWib).ok());    // the minute being typed
    CHECK(parseReceivedAt(u"19/03/2026 15.51"_s, kNow, kWib).ok());    // a minute's leeway
    CHECK(code(parseReceivedAt(u"19/03/2026 15.52"_s, kNow, kWib)) == "receivedAt.future");
    CHECK(code(parseReceivedAt(u"20/03/2026 08.00"_s, kNow, kWib)) == "receivedAt.future");
    // 'now' in UTC compares the same instant.
    CHECK(code(parseReceivedAt(u"19/03/2026 15.52"_s, kNow.toUTC(), kWib)) == "receivedAt.future");
    CHECK(aduan::receivedAtFutureFinding().message
          == parseReceivedAt(u"01/01/2030 08.00"_s, kNow, kWib).findings.constFirst().message);
}

TEST_CASE("Office date and time: the same shape for any field, no finding for an empty text",
          "[validation][receivedAt]")
{
    using aduan::parseOfficeDateTime;
    const auto meeting = parseOfficeDateTime(u" 23/03/2026 10.15 "_s, kWib, u"meetingAt"_s);
    REQUIRE(meeting.ok());
    CHECK(meeting.instant == QDateTime(QDate(2026, 3, 23), QTime(10, 15), kWib));
    CHECK(aduan::formatOfficeDateTime(meeting.instant, kWib) == u"23/03/2026 10.15"_s);

    const auto empty = parseOfficeDateTime(u"  "_s, kWib, u"meetingAt"_s);
    CHECK_FALSE(empty.ok());
    CHECK(empty.findings.isEmpty()); // the field itself says what is missing

    const auto bad = parseOfficeDateTime(u"23/03/2026"_s, kWib, u"meetingAt"_s);
    REQUIRE(bad.findings.size() == 1);
    CHECK(bad.findings.first().code == u"meetingAt.format"_s);
    CHECK(bad.findings.first().field == u"meetingAt"_s);
    const auto impossible = parseOfficeDateTime(u"30/02/2026 10.15"_s, kWib, u"meetingAt"_s);
    REQUIRE(impossible.findings.size() == 1);
    CHECK(impossible.findings.first().code == u"meetingAt.date"_s);
}
