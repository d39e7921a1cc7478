// The derivations written once in the core (issue 15, "Derivations"): the gender code, the
// complaint status, the stored form of a phone number's beginning.

#include "catch_qt.h"

#include "domain/complaint.h"
#include "domain/gender.h"
#include "domain/intakebook.h"
#include "validation/phone.h"

using namespace Qt::StringLiterals;
using namespace aduan;

TEST_CASE("The gender code is L, P or empty, and reads back", "[derivation][gender]")
{
    CHECK(genderCode(Gender::Male) == u"L"_s);
    CHECK(genderCode(Gender::Female) == u"P"_s);
    CHECK(genderCode(Gender::Unknown).isEmpty());
    for (Gender g : {Gender::Male, Gender::Female, Gender::Unknown})
        CHECK(genderFromCode(genderCode(g)) == g);
    CHECK(genderFromCode(u"l"_s) == Gender::Unknown);
    CHECK(genderFromCode(u"X"_s) == Gender::Unknown);
}

TEST_CASE("The status follows void, open step, pause and referral in that order",
          "[derivation][status]")
{
    CHECK(deriveStatus({true, true, true, true}) == ComplaintStatus::Voided);
    CHECK(deriveStatus({true, false, false, false}) == ComplaintStatus::Voided);
    CHECK(deriveStatus({false, true, false, false}) == ComplaintStatus::InProgress);
    CHECK(deriveStatus({false, true, true, false}) == ComplaintStatus::Paused);
    CHECK(deriveStatus({false, true, false, true}) == ComplaintStatus::InProgress);
    CHECK(deriveStatus({false, false, false, true}) == ComplaintStatus::Referred);
    CHECK(deriveStatus({false, false, false, false}) == ComplaintStatus::Completed);

    SECTION("a loaded record derives it the same way")
    {
        ComplaintRecord record;
        StepState open;
        open.number = 2;
        record.steps << open;
        CHECK(record.status() == ComplaintStatus::InProgress);
        record.pauses << PauseRecord{1, 2, QDateTime::currentDateTimeUtc(), u"x"_s, {}, {}};
        CHECK(record.status() == ComplaintStatus::Paused);
        record.voidedAt = QDateTime::currentDateTimeUtc();
        CHECK(record.status() == ComplaintStatus::Voided);
    }
}

TEST_CASE("A phone number's beginning is written as its stored numbers begin",
          "[derivation][phone]")
{
    CHECK(phoneStoredPrefix(u"0812 34"_s) == u"+6281234"_s);
    CHECK(phoneStoredPrefix(u"62812"_s) == u"+62812"_s);
    CHECK(phoneStoredPrefix(u"+62 812-3"_s) == u"+628123"_s);
    CHECK(phoneStoredPrefix(u"(0342) 80"_s) == u"+6234280"_s);
    CHECK(phoneStoredPrefix(u"+1 555"_s) == u"+1555"_s);
    CHECK(phoneStoredPrefix(u"Siti"_s) == u"Siti"_s);
    CHECK(phoneStoredPrefix(QString()).isEmpty());

    // Every beginning of a typed number (past a lone first digit, which may be the 6 of 62)
    // leads to the start of its stored form.
    for (const QString &typed : {u"0812 3456 7801"_s, u"6281234567801"_s, u"+62 812-3456-7801"_s,
                                u"(0342) 801234"_s, u"+44 20 7946 0958"_s}) {
        const PhoneCheck check = normalizePhone(typed);
        REQUIRE(check.ok());
        for (int n = 2; n <= typed.size(); ++n) {
            INFO(typed.left(n).toStdString());
            CHECK(check.normalized.startsWith(phoneStoredPrefix(typed.left(n))));
        }
        CHECK(phoneStoredPrefix(typed) == check.normalized);
    }
}

TEST_CASE("The register's status filter is the status rule read backwards", "[derivation][status]")
{
    for (auto status : {ComplaintStatus::InProgress, ComplaintStatus::Paused,
                        ComplaintStatus::Completed, ComplaintStatus::Referred,
                        ComplaintStatus::Voided}) {
        const StatusCondition want = statusCondition(status);
        for (int bits = 0; bits < 16; ++bits) {
            const StatusFacts facts{(bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0,
                                    (bits & 8) != 0};
            auto fits = [](std::optional<bool> wanted, bool fact) {
                return !wanted || *wanted == fact;
            };
            const bool matches = fits(want.voided, facts.voided)
                                 && fits(want.stepOpen, facts.stepOpen)
                                 && fits(want.paused, facts.paused)
                                 && fits(want.referred, facts.referred);
            INFO(statusCode(status).toStdString() << " facts " << bits);
            CHECK(matches == (deriveStatus(facts) == status));
        }
    }
}

TEST_CASE("A voided complaint's status line carries its reason", "[derivation][status]")
{
    IntakeBookRow row;
    row.status = ComplaintStatus::Voided;
    CHECK(statusLine(row) == u"Dibatalkan"_s);
    row.voidReason = u"  Tercatat\ndua kali "_s;
    CHECK(statusLine(row) == u"Dibatalkan: Tercatat dua kali"_s);
    row.status = ComplaintStatus::Completed;
    CHECK(statusLine(row) == u"Selesai"_s);
}
