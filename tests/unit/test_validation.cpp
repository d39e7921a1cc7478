// Unit tests for core/validation: NIK, NIP, phone numbers and person names.
// Cases marked "complaints.json" come from shared/cases/complaints.json (expect).

#include "validation/finding.h"
#include "validation/nik.h"
#include "validation/nip.h"
#include "validation/personname.h"
#include "validation/phone.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using aduan::Finding;
using aduan::Findings;
using aduan::Gender;

namespace {

const QDate kToday(2026, 3, 18);

QString q(const char* utf8) { return QString::fromUtf8(utf8); }
std::string s(const QString& text) { return text.toStdString(); }
std::string iso(QDate date) { return s(date.toString(Qt::ISODate)); }

std::vector<std::string> codes(const Findings& findings)
{
    std::vector<std::string> out;
    for (const Finding& f : findings)
        out.push_back(s(f.code));
    return out;
}

/// The single finding with `code`; fails the test if there is none.
Finding only(const Findings& findings, const char* code)
{
    for (const Finding& f : findings) {
        if (f.code == QLatin1StringView(code))
            return f;
    }
    FAIL("no finding " << code << " in " << Catch::Detail::stringify(codes(findings)));
    return {};
}

void requireWellFormed(const Findings& findings, const char* field)
{
    for (const Finding& f : findings) {
        CHECK(f.field == QLatin1StringView(field));
        CHECK(f.code.startsWith(QLatin1StringView(field) + u'.'));
        CHECK(f.message.size() > 40); // a sentence that also says what to do
    }
}

using Codes = std::vector<std::string>;

} // namespace

// ---------------------------------------------------------------- NIK

TEST_CASE("NIK: intake cases from complaints.json decode as expected", "[validation][nik]")
{
    // nik, stated gender, birth date, encoded gender, district, findings
    auto [nik, stated, birth, gender, district, expected] =
        GENERATE(table<const char*, Gender, const char*, Gender, const char*, Codes>({
            {"3572021208750004", Gender::Male, "1975-08-12", Gender::Male, "35.72.02", {}},
            {"3572034506780002", Gender::Female, "1978-06-05", Gender::Female, "35.72.03", {}},
            {"3572017112900001", Gender::Female, "1990-12-31", Gender::Female, "35.72.01", {}},
            {"3572035510820003", Gender::Male, "1982-10-15", Gender::Female, "35.72.03",
             {"nik.gender"}},
            {"3505116702850003", Gender::Female, "1985-02-27", Gender::Female, "35.05.11",
             {"nik.region"}},
            {"3572020101500001", Gender::Male, "1950-01-01", Gender::Male, "35.72.02", {}},
            {"3572015203880002", Gender::Female, "1988-03-12", Gender::Female, "35.72.01", {}},
            {"3572012304700001", Gender::Male, "1970-04-23", Gender::Male, "35.72.01", {}},
        }));
    INFO("NIK " << nik);
    const QString input = q(nik);
    const aduan::NikCheck r = aduan::checkNik(input, stated, kToday);
    REQUIRE(r.ok());
    CHECK(codes(r.findings) == expected);
    REQUIRE(r.info.has_value());
    CHECK(s(r.info->digits) == nik);
    CHECK(iso(r.info->birthDate) == birth);
    CHECK(r.info->gender == gender);
    CHECK(s(r.info->districtCode) == district);
    CHECK(s(r.info->regionCode) == std::string(district).substr(0, 5));
    for (const Finding& f : r.findings)
        CHECK(f.severity == Finding::Severity::Warning);
    requireWellFormed(r.findings, "nik");
}

TEST_CASE("NIK: warnings name the value and tell the officer what to do", "[validation][nik]")
{
    SECTION("other region: 'not a Kota Blitar NIK (region 35.05)', never an error")
    {
        const auto r = aduan::checkNik(u"3505116702850003"_s, Gender::Female, kToday);
        CHECK(r.ok());
        const Finding f = only(r.findings, "nik.region");
        CHECK(f.severity == Finding::Severity::Warning);
        CHECK(f.message.contains(u"not a Kota Blitar NIK (region 35.05)"));
    }
    SECTION("gender contradiction is a warning, not a change")
    {
        const auto r = aduan::checkNik(u"3572035510820003"_s, Gender::Male, kToday);
        CHECK(r.ok());
        const Finding f = only(r.findings, "nik.gender");
        CHECK(f.severity == Finding::Severity::Warning);
        CHECK(f.message.contains(u"encodes a woman, the form says male"));
        CHECK(r.info->gender == Gender::Female);

        const auto m = aduan::checkNik(u"3572021208750004"_s, Gender::Female, kToday);
        CHECK(codes(m.findings) == Codes{"nik.gender"});
        CHECK(m.findings.front().message.contains(u"encodes a man, the form says female"));
    }
    SECTION("unknown stated gender is never contradicted")
    {
        CHECK(aduan::checkNik(u"3572035510820003"_s, Gender::Unknown, kToday).findings.isEmpty());
        CHECK(aduan::checkNik(u"3572021208750004"_s, Gender::Unknown, kToday).findings.isEmpty());
    }
    SECTION("unknown district inside Kota Blitar")
    {
        const char* nik = GENERATE("3572041208750004", "3572001208750004", "3572991208750004");
        const auto r = aduan::checkNik(q(nik), Gender::Male, kToday);
        CHECK(r.ok());
        CHECK(codes(r.findings) == Codes{"nik.district"});
        CHECK(r.findings.front().severity == Finding::Severity::Warning);
        CHECK(r.findings.front().message.contains(r.info->districtCode));
    }
    SECTION("other region and wrong gender: two warnings, still ok")
    {
        const auto r = aduan::checkNik(u"3505116702850003"_s, Gender::Male, kToday);
        CHECK(r.ok());
        CHECK(codes(r.findings) == Codes{"nik.region", "nik.gender"});
        requireWellFormed(r.findings, "nik");
    }
}

TEST_CASE("NIK: spaces and dots are ignored, the digits are kept as typed", "[validation][nik]")
{
    const char* typed = GENERATE("3572 0212 0875 0004", "35.72.02.120875.0004",
                                 " 3572021208750004\t", "3572\u00a00212\u00a008750004");
    INFO(typed);
    const QString input = q(typed);
    const QString before = input;
    const auto r = aduan::checkNik(input, Gender::Male, kToday);
    REQUIRE(r.ok());
    CHECK(r.findings.isEmpty());
    CHECK(s(r.info->digits) == "3572021208750004");
    CHECK(input == before);
}

TEST_CASE("NIK: input errors", "[validation][nik]")
{
    SECTION("nik.month (complaints.json): names the month and says what to do")
    {
        const auto r = aduan::checkNik(u"3572021213750004"_s, Gender::Male, kToday);
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.info.has_value());
        CHECK(codes(r.findings) == Codes{"nik.month"});
        const Finding f = only(r.findings, "nik.month");
        CHECK(f.severity == Finding::Severity::Error);
        CHECK(f.message.contains(u"13"));
        CHECK(f.message.contains(u"not known"));
        CHECK(f.message.contains(u"Correct"));
    }
    SECTION("nik.month 00")
    {
        const auto r = aduan::checkNik(u"3572021200750004"_s, Gender::Male, kToday);
        CHECK(codes(r.findings) == Codes{"nik.month"});
        CHECK(r.findings.front().message.contains(u"00"));
    }
    SECTION("nik.length (complaints.json and others): says how many digits it has")
    {
        auto [nik, count] = GENERATE(table<const char*, int>({
            {"357202120875000", 15},
            {"35720212087500041", 17},
            {"3572", 4},
            {"3572 0212 0875 000", 15},
        }));
        INFO(nik);
        const auto r = aduan::checkNik(q(nik), Gender::Male, kToday);
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.info.has_value());
        CHECK(codes(r.findings) == Codes{"nik.length"});
        CHECK(r.findings.front().message.contains(
            u"A NIK has 16 digits; this one has "_s + QString::number(count) + u'.'));
    }
    SECTION("nik.characters: names the offending characters")
    {
        auto [nik, shown] = GENERATE(table<const char*, const char*>({
            {"3572O21208750004", "\"O\""},
            {"3572-0212-0875-0004", "\"-\""},
            {"NIK 3572021208750004", "\"N\", \"I\", \"K\""},
            {"3572021208750004\U0001F64F", "\"\U0001F64F\""},
            {"\uFF13572021208750004", "\"\uFF13\""}, // full-width digit three
        }));
        INFO(nik);
        const auto r = aduan::checkNik(q(nik), Gender::Male, kToday);
        CHECK_FALSE(r.ok());
        CHECK(codes(r.findings) == Codes{"nik.characters"});
        CHECK(r.findings.front().message.contains(q(shown)));
    }
    SECTION("nik.empty")
    {
        const char* nik = GENERATE("", "   ", " . ");
        const auto r = aduan::checkNik(q(nik), Gender::Male, kToday);
        CHECK_FALSE(r.ok());
        CHECK(codes(r.findings) == Codes{"nik.empty"});
    }
    SECTION("nik.date: day outside 01-31 / 41-71 names the day")
    {
        const char* day = GENERATE("00", "32", "40", "72", "99");
        const QString nik = u"357202"_s + q(day) + u"08750004"_s;
        INFO(s(nik));
        const auto r = aduan::checkNik(nik, Gender::Male, kToday);
        CHECK_FALSE(r.ok());
        CHECK(codes(r.findings) == Codes{"nik.date"});
        CHECK(r.findings.front().message.contains(q(day)));
    }
    SECTION("nik.date: dates that do not exist")
    {
        auto [nik, shown] = GENERATE(table<const char*, const char*>({
            {"3572023102850004", "31-02-1985"},
            {"3572027102850004", "31-02-1985"}, // woman
            {"3572023104850004", "31-04-1985"},
            {"3572022902010004", "29-02-1901"}, // not a leap year
            {"3572022902000004", "29-02-1900"}, // not a leap year either
        }));
        INFO(nik);
        // With today in 1999, "00" and "01" are 1900 and 1901 (2000 and 2001 lie in the future).
        const auto r = aduan::checkNik(q(nik), Gender::Unknown, QDate(1999, 1, 1));
        CHECK_FALSE(r.ok());
        CHECK(codes(r.findings) == Codes{"nik.date"});
        CHECK(r.findings.front().message.contains(q(shown)));
    }
    SECTION("nik.future: birth date after today")
    {
        const auto r = aduan::checkNik(u"3572021912260004"_s, Gender::Male, kToday);
        CHECK_FALSE(r.ok());
        CHECK(codes(r.findings) == Codes{"nik.future"});
        CHECK(r.findings.front().message.contains(u"19-12-2026"));
        CHECK(codes(aduan::checkNik(u"3572025903260004"_s, Gender::Female, kToday).findings)
              == Codes{"nik.future"}); // 19 March 2026, the day after today
    }
    SECTION("nik.serial: 0000 is never issued")
    {
        const auto r = aduan::checkNik(u"3572021208750000"_s, Gender::Male, kToday);
        CHECK_FALSE(r.ok());
        CHECK(codes(r.findings) == Codes{"nik.serial"});
        CHECK(r.findings.front().message.contains(u"0000"));
    }
    SECTION("several errors are reported together, errors before warnings")
    {
        const auto r = aduan::checkNik(u"3505119913750000"_s, Gender::Male, kToday);
        CHECK_FALSE(r.ok());
        CHECK(codes(r.findings) == Codes{"nik.month", "nik.date", "nik.serial", "nik.region"});
        requireWellFormed(r.findings, "nik");
    }
}

TEST_CASE("NIK: the 2-digit year is resolved against today", "[validation][nik]")
{
    auto [nik, birth] = GENERATE(table<const char*, const char*>({
        {"3572020101260004", "2026-01-01"},
        {"3572021803260004", "2026-03-18"}, // born today
        {"3572020101270004", "1927-01-01"}, // 2027 lies in the future
        {"3572020101000004", "2000-01-01"},
        {"3572022902000004", "2000-02-29"}, // leap day
        {"3572022902960004", "1996-02-29"},
        {"3572020101990004", "1999-01-01"},
        {"3572023112250004", "2025-12-31"},
    }));
    INFO(nik);
    const auto r = aduan::checkNik(q(nik), Gender::Male, kToday);
    REQUIRE(r.ok());
    CHECK(r.findings.isEmpty());
    CHECK(iso(r.info->birthDate) == birth);
}

// ---------------------------------------------------------------- NIP

TEST_CASE("NIP: valid numbers decode", "[validation][nip]")
{
    auto [nip, birth, year, month, gender, serial] =
        GENERATE(table<const char*, const char*, int, int, Gender, int>({
            {"197003121995031004", "1970-03-12", 1995, 3, Gender::Male, 4},
            {"198104222006042007", "1981-04-22", 2006, 4, Gender::Female, 7},
            {"196601191986022002", "1966-01-19", 1986, 2, Gender::Female, 2},
            {"19660119 198602 2 002", "1966-01-19", 1986, 2, Gender::Female, 2},
            {"198803122006031999", "1988-03-12", 2006, 3, Gender::Male, 999}, // appointed in the month of the 18th birthday
        }));
    INFO(nip);
    const auto r = aduan::checkNip(q(nip));
    REQUIRE(r.ok());
    CHECK(r.findings.isEmpty());
    REQUIRE(r.info.has_value());
    CHECK(s(r.info->digits) == s(q(nip).remove(u' ')));
    CHECK(iso(r.info->birthDate) == birth);
    CHECK(r.info->appointmentYear == year);
    CHECK(r.info->appointmentMonth == month);
    CHECK(r.info->gender == gender);
    CHECK(r.info->serial == serial);
}

TEST_CASE("NIP: errors and warnings", "[validation][nip]")
{
    SECTION("shape errors")
    {
        auto [nip, code, shown] = GENERATE(table<const char*, const char*, const char*>({
            {"", "nip.empty", ""},
            {"  ", "nip.empty", ""},
            {"19700312199503100", "nip.length", "this one has 17"},
            {"1970031219950310045", "nip.length", "this one has 19"},
            {"19700312.199503.1.004", "nip.characters", "\".\""},
            {"1970031219950310O4", "nip.characters", "\"O\""},
        }));
        INFO(nip);
        const auto r = aduan::checkNip(q(nip));
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.info.has_value());
        CHECK(codes(r.findings) == Codes{code});
        CHECK(r.findings.front().message.contains(q(shown)));
        requireWellFormed(r.findings, "nip");
    }
    SECTION("field errors name the value")
    {
        auto [nip, code, shown] = GENERATE(table<const char*, const char*, const char*>({
            {"197002301995031004", "nip.date", "19700230"},
            {"197013121995031004", "nip.date", "19701312"},
            {"000003121995031004", "nip.date", "00000312"},
            {"197003121995001004", "nip.appointment", "00"},
            {"197003121995131004", "nip.appointment", "13"},
            {"197003121995030004", "nip.gender", "is 0"},
            {"197003121995033004", "nip.gender", "is 3"},
            {"197003121995039004", "nip.gender", "is 9"},
            {"197003121995031000", "nip.serial", "000"},
        }));
        INFO(nip);
        const auto r = aduan::checkNip(q(nip));
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.info.has_value());
        CHECK(codes(r.findings) == Codes{code});
        CHECK(r.findings.front().severity == Finding::Severity::Error);
        CHECK(r.findings.front().message.contains(q(shown)));
        requireWellFormed(r.findings, "nip");
    }
    SECTION("several errors together")
    {
        const auto r = aduan::checkNip(u"197002301995135000"_s);
        CHECK(codes(r.findings) == Codes{"nip.date", "nip.appointment", "nip.gender", "nip.serial"});
    }
    SECTION("nip.age: appointed before turning 18 is a warning")
    {
        auto [nip, shown] = GENERATE(table<const char*, const char*>({
            {"197003121988021004", "02-1988"}, // the month before the 18th birthday
            {"197003121965031004", "03-1965"}, // before birth
        }));
        INFO(nip);
        const auto r = aduan::checkNip(q(nip));
        CHECK(r.ok());
        REQUIRE(r.info.has_value());
        CHECK(codes(r.findings) == Codes{"nip.age"});
        CHECK(r.findings.front().severity == Finding::Severity::Warning);
        CHECK(r.findings.front().message.contains(q(shown)));
        CHECK(r.findings.front().message.contains(u"12-03-1970"));
    }
}

TEST_CASE("NIP: printed grouping", "[validation][nip]")
{
    CHECK(s(aduan::formatNip(u"196601191986022002"_s)) == "19660119 198602 2 002");
    CHECK(s(aduan::formatNip(u"197003121995031004"_s)) == "19700312 199503 1 004");
    const char* other = GENERATE("", "19660119 198602 2 002", "19660119198602200",
                                 "1966011919860220021", "19660119198602200O", "abc");
    CHECK(s(aduan::formatNip(q(other))) == other);
}

// ---------------------------------------------------------------- phone

TEST_CASE("Phone: Indonesian numbers are normalized to +62", "[validation][phone]")
{
    auto [typed, stored] = GENERATE(table<const char*, const char*>({
        {"0812 3456 7801", "+6281234567801"},      // complaints.json
        {"081234567802", "+6281234567802"},        // complaints.json
        {"6281234567803", "+6281234567803"},       // complaints.json
        {"+62 812-3456-7805", "+6281234567805"},   // complaints.json
        {"085712340001", "+6285712340001"},        // complaints.json
        {"(0342) 801234", "+62342801234"},         // Blitar landline
        {"0342-801234", "+62342801234"},
        {"0812.3456.7801", "+6281234567801"},
        {"0812\u20133456\u20137801", "+6281234567801"}, // en dashes
        {" +62 (812) 3456 7801 ", "+6281234567801"},
        {"021 1234 5678", "+622112345678"},        // 10 digits after +62
        {"0342 80123", "+6234280123"},             // landline, 8 digits: the minimum
        {"0812345678", "+62812345678"},            // mobile, 9 digits: the minimum
        {"0812345678901", "+62812345678901"},      // 12 digits: the maximum
    }));
    INFO(typed);
    const auto r = aduan::normalizePhone(q(typed));
    CHECK(r.ok());
    CHECK(r.findings.isEmpty());
    CHECK(s(r.normalized) == stored);
}

TEST_CASE("Phone: invalid numbers are named in the message", "[validation][phone]")
{
    const char* typed = GENERATE("+621", "+62", "0", "62", "+", "0342 8012", "081234567",
                                 "08123456789012", "+62 0812 3456 7801", "0081234567801",
                                 "812 3456 7801", "0812-3456-78O1", "0812/3456/7801",
                                 "++6281234567801", "0812+34567801", "+1", "+1 234 56",
                                 "+0 123 456 789", "+1234567890123456", "0812 3456 7801 ext 2");
    INFO(typed);
    const auto r = aduan::normalizePhone(q(typed));
    CHECK_FALSE(r.ok());
    CHECK(r.normalized.isEmpty());
    CHECK(codes(r.findings) == Codes{"phone.invalid"});
    CHECK(r.findings.front().message.contains(
        q(typed).trimmed() + u" is not a valid Indonesian phone number"_s));
    requireWellFormed(r.findings, "phone");
}

TEST_CASE("Phone: the complaints.json wording for +621", "[validation][phone]")
{
    const auto r = aduan::normalizePhone(u"+621"_s);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings.front().message.startsWith(u"+621 is not a valid Indonesian phone number"));
}

TEST_CASE("Phone: foreign numbers are kept with a warning", "[validation][phone]")
{
    auto [typed, stored] = GENERATE(table<const char*, const char*>({
        {"+1 202-555-0100", "+12025550100"},
        {"+65 6123 4567", "+6561234567"},
        {"+60 12-345 6789", "+60123456789"},
        {"+6 123 456", "+6123456"},              // 7 digits: the minimum
        {"+123456789012345", "+123456789012345"}, // 15 digits: the E.164 maximum
    }));
    INFO(typed);
    const auto r = aduan::normalizePhone(q(typed));
    CHECK(r.ok());
    CHECK(s(r.normalized) == stored);
    CHECK(codes(r.findings) == Codes{"phone.foreign"});
    CHECK(r.findings.front().severity == Finding::Severity::Warning);
    CHECK(r.findings.front().message.contains(q(typed).trimmed()));
    requireWellFormed(r.findings, "phone");
}

TEST_CASE("Phone: nothing typed", "[validation][phone]")
{
    const char* typed = GENERATE("", "   ", "( ) - .");
    const auto r = aduan::normalizePhone(q(typed));
    CHECK_FALSE(r.ok());
    CHECK(r.normalized.isEmpty());
    CHECK(codes(r.findings) == Codes{"phone.empty"});
    requireWellFormed(r.findings, "phone");
}

// ---------------------------------------------------------------- person name

TEST_CASE("Name: accepted names are trimmed and kept otherwise", "[validation][name]")
{
    auto [typed, stored] = GENERATE(table<const char*, const char*>({
        {"Sukarno", "Sukarno"}, // complaints.json: a mononym is a whole name, unchanged
        {"Budi Santoso", "Budi Santoso"},
        {"  Budi   Santoso \t", "Budi Santoso"},
        {"Siti\nAminah", "Siti Aminah"},
        {"Ibu\u00a0Lestari", "Ibu Lestari"},
        {"Drs. Hendra Wijaya, M.Si.", "Drs. Hendra Wijaya, M.Si."},
        {"Dwi Ayu Kusumaningrum Wulandari Puspitasari", "Dwi Ayu Kusumaningrum Wulandari Puspitasari"},
        {"Ni'matul Ulum", "Ni'matul Ulum"},
        {"Muhammad Al-Fatih", "Muhammad Al-Fatih"},
        {"Robert'); DROP TABLE complaints;--", "Robert'); DROP TABLE complaints;--"},
        {"\ua9a7\ua9b8\ua9a2\ua9b6", "\ua9a7\ua9b8\ua9a2\ua9b6"}, // Javanese script
        {"R. A. Kartini 2", "R. A. Kartini 2"},
    }));
    INFO(typed);
    const auto r = aduan::checkPersonName(q(typed));
    CHECK(r.ok());
    CHECK(r.findings.isEmpty());
    CHECK(r.normalized == q(stored));
}

TEST_CASE("Name: errors", "[validation][name]")
{
    SECTION("name.empty")
    {
        const char* typed = GENERATE("", "   ", "\n\t");
        const auto r = aduan::checkPersonName(q(typed));
        CHECK_FALSE(r.ok());
        CHECK(codes(r.findings) == Codes{"name.empty"});
        requireWellFormed(r.findings, "name");
    }
    SECTION("name.letters names the input")
    {
        const char* typed = GENERATE("123", "-", "...", "08123456789", "\U0001F64F");
        const auto r = aduan::checkPersonName(q(typed));
        CHECK_FALSE(r.ok());
        CHECK(codes(r.findings) == Codes{"name.letters"});
        CHECK(r.findings.front().message.contains(q(typed)));
        requireWellFormed(r.findings, "name");
    }
    SECTION("name.length: at most 100 characters, counted after normalizing")
    {
        const QString hundred(100, u'a');
        CHECK(aduan::checkPersonName(hundred).ok());
        CHECK(aduan::checkPersonName(u"   "_s + hundred + u"   "_s).ok());

        // 100 code points, 199 UTF-16 units: mathematical bold letters are outside the BMP.
        QString wide = u"A"_s;
        for (int i = 0; i < 99; ++i)
            wide += QString::fromUcs4(U"\U0001D400", 1);
        REQUIRE(wide.size() == 199);
        CHECK(aduan::checkPersonName(wide).ok());

        const auto r = aduan::checkPersonName(hundred + u'b');
        CHECK_FALSE(r.ok());
        CHECK(codes(r.findings) == Codes{"name.length"});
        CHECK(r.findings.front().message.contains(u"101"));
        CHECK(r.findings.front().message.contains(u"100"));
        CHECK(r.normalized == hundred + u'b');
        requireWellFormed(r.findings, "name");
    }
    SECTION("no letters and too long: both")
    {
        const auto r = aduan::checkPersonName(QString(101, u'1'));
        CHECK(codes(r.findings) == Codes{"name.letters", "name.length"});
    }
}

TEST_CASE("hasErrors: only errors count", "[validation]")
{
    CHECK_FALSE(aduan::hasErrors({}));
    const Finding warning{Finding::Severity::Warning, u"nik.region"_s, u"w"_s, u"nik"_s};
    const Finding error{Finding::Severity::Error, u"nik.length"_s, u"e"_s, u"nik"_s};
    CHECK_FALSE(aduan::hasErrors({warning}));
    CHECK(aduan::hasErrors({warning, error}));
    CHECK(aduan::hasErrors({error}));
}
