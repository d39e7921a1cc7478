// The recap side by side (core/recap/recapcomparison.h): the lines the screen, the CSV/XLSX and
// the printed recap list — the walkthrough's March and April 2026, and hand-made periods for
// the merging order, the folding of classes, the percentages and the export file names.
#include "catch_qt.h"
#include "testoffice.h"
#include "walkthroughs.h"

#include "recap/recapcomparison.h"
#include "storage/settingsstore.h"

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

TEST_CASE("The walkthrough's recaps side by side", "[recap][comparison][walkthrough]")
{
    test::TestOffice office(wib(2026, 3, 2, 8, 0));
    test::runWalkthroughs(office);

    const MonthlyRecap march = buildMonthlyRecap(*office.db, 2026, 3, office.clock.now());
    // On time per step: 1 → 2/2, 2 → 1/2, 3 → 1/2, 4 → 2/2, 5 → 2/2; February beside it: none.
    const QList<RecapStepLine> steps = stepLines(march);
    REQUIRE(steps.size() == 5);
    const int onTime[] = {2, 1, 1, 2, 2};
    const int rate[] = {100, 50, 50, 100, 100};
    for (int i = 0; i < 5; ++i) {
        INFO("step " << i + 1);
        CHECK(steps[i].current.stepNumber == i + 1);
        CHECK(steps[i].current.onTime == onTime[i]);
        CHECK(percentOf(steps[i].current.onTime, steps[i].current.completed) == rate[i]);
        CHECK(steps[i].previous.completed == 0);
        CHECK_FALSE(percentOf(steps[i].previous.onTime, steps[i].previous.completed));
    }
    const QList<RecapLine> referred = referralLines(march);
    REQUIRE(referred.size() == 1);
    CHECK(referred[0].key == u"Dinas Kesehatan Kota Blitar"_s);
    CHECK(referred[0].current == 1);
    CHECK(referred[0].previous == 0);

    // April (C) beside March: March's referral stays listed, 0 in April.
    const MonthlyRecap april = buildMonthlyRecap(*office.db, 2026, 4, office.clock.now());
    const QList<RecapLine> aprilReferred = referralLines(april);
    REQUIRE(aprilReferred.size() == 1);
    CHECK(aprilReferred[0].current == 0);
    CHECK(aprilReferred[0].previous == 1);
    const QList<RecapStepLine> aprilSteps = stepLines(april);
    REQUIRE(aprilSteps.size() == 5);
    CHECK(aprilSteps[0].current.late == 1);   // step 1 late by 1 min
    CHECK(aprilSteps[3].current.late == 1);   // step 4 late by 5 min
    CHECK(aprilSteps[1].previous.completed == 2);
    CHECK(aprilSteps[1].previous.onTime == 1);

    // Every complaint received in a period is in one class line.
    const QList<ComplaintClass> classes = SettingsStore(*office.db).complaintClasses();
    REQUIRE_FALSE(classes.isEmpty());
    int inClasses = 0;
    for (const RecapClassLine &line : classLines(march, classes))
        inClasses += line.current;
    CHECK(inClasses == march.current.received);
}

TEST_CASE("Breakdowns list the current period's keys, then the previous period's others",
          "[recap][comparison]")
{
    MonthlyRecap recap;
    recap.current.byCategory = {{u"Bantuan sosial"_s, 3}, {u"PKH"_s, 1}};
    recap.previous.byCategory = {{u"Adminduk"_s, 2}, {u"PKH"_s, 4}};
    const QList<RecapLine> lines = categoryLines(recap);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].key == u"Bantuan sosial"_s);
    CHECK((lines[0].current == 3 && lines[0].previous == 0));
    CHECK(lines[1].key == u"PKH"_s);
    CHECK((lines[1].current == 1 && lines[1].previous == 4));
    CHECK(lines[2].key == u"Adminduk"_s);
    CHECK((lines[2].current == 0 && lines[2].previous == 2));

    recap.current.referralsByAgency = {{u"Dinas Kesehatan"_s, 2}, {u"BPJS"_s, 1}};
    recap.previous.referralsByAgency = {{u"Dispendukcapil"_s, 1}, {u"BPJS"_s, 3}};
    const QList<RecapLine> referred = referralLines(recap);
    REQUIRE(referred.size() == 3);
    CHECK(referred[0].key == u"Dinas Kesehatan"_s); // the period's own order (most first)
    CHECK(referred[1].key == u"BPJS"_s);
    CHECK((referred[1].current == 1 && referred[1].previous == 3));
    CHECK(referred[2].key == u"Dispendukcapil"_s);
    CHECK((referred[2].current == 0 && referred[2].previous == 1));

    CHECK(categoryLines(MonthlyRecap{}).isEmpty());
    CHECK(referralLines(MonthlyRecap{}).isEmpty());
    CHECK(recapStatuses()
          == QList<ComplaintStatus>{ComplaintStatus::InProgress, ComplaintStatus::Paused,
                                    ComplaintStatus::Completed, ComplaintStatus::Referred,
                                    ComplaintStatus::Voided});
}

TEST_CASE("Complaints without a class count in the office's first class", "[recap][comparison]")
{
    const QList<ComplaintClass> classes{{u"ringan"_s, u"Ringan"_s, 5},
                                        {u"sedang"_s, u"Sedang"_s, 14},
                                        {u"berat"_s, u"Berat"_s, 60}};
    MonthlyRecap recap;
    recap.current.byClass = {{QString(), 2}, {u"ringan"_s, 1}, {u"berat"_s, 1}, {u"lama"_s, 4}};
    recap.previous.byClass = {{QString(), 1}, {u"sedang"_s, 3}, {u"kuno"_s, 1}};

    const QList<RecapClassLine> lines = classLines(recap, classes);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].code == u"ringan"_s);
    REQUIRE(lines[0].officeClass);
    CHECK(lines[0].officeClass->deadlineWorkingDays == 5);
    CHECK((lines[0].current == 3 && lines[0].previous == 1)); // 1 + 2 without a class; 0 + 1
    CHECK((lines[1].code == u"sedang"_s && lines[1].current == 0 && lines[1].previous == 3));
    CHECK((lines[2].code == u"berat"_s && lines[2].current == 1 && lines[2].previous == 0));
    // Codes the office no longer has follow, current period's first (sorted), then the previous'.
    CHECK((lines[3].code == u"lama"_s && !lines[3].officeClass && lines[3].current == 4));
    CHECK((lines[4].code == u"kuno"_s && !lines[4].officeClass && lines[4].previous == 1));

    SECTION("an office without classes folds nothing")
    {
        const QList<RecapClassLine> bare = classLines(recap, {});
        REQUIRE(bare.size() == 6);
        CHECK(bare[0].code.isEmpty());
        CHECK((bare[0].current == 2 && bare[0].previous == 1));
        CHECK_FALSE(bare[0].officeClass);
    }
}

TEST_CASE("Shares in whole percent, and the recap's export file names", "[recap][comparison]")
{
    CHECK(percentOf(1, 2) == 50);
    CHECK(percentOf(1, 3) == 33);
    CHECK(percentOf(2, 3) == 67);
    CHECK(percentOf(1, 8) == 13); // 12.5 rounds up
    CHECK(percentOf(0, 5) == 0);
    CHECK(percentOf(5, 5) == 100);
    CHECK_FALSE(percentOf(0, 0));

    CHECK(recapFileName(QDate(2026, 3, 1), QDate(2026, 3, 31), u"csv")
          == u"Rekapitulasi 2026-03.csv"_s);
    CHECK(recapFileName(QDate(2026, 2, 1), QDate(2026, 2, 28), u"xlsx")
          == u"Rekapitulasi 2026-02.xlsx"_s);
    CHECK(recapFileName(QDate(2026, 1, 1), QDate(2026, 12, 31), u"xlsx")
          == u"Rekapitulasi 2026.xlsx"_s);
    CHECK(recapFileName(QDate(2026, 3, 2), QDate(2026, 3, 15), u"csv")
          == u"Rekapitulasi 2026-03-02 2026-03-15.csv"_s);
}
