// The SOP's evaluation (issue 21): March 2026 of the walkthrough (../shared/cases/walkthrough.md)
// — per step the target, the median and 90th percentile of the working time used, the share on
// time; the two deviations by reason; the steps late most often — and its table and XLSX.
#include "catch_qt.h"
#include "testoffice.h"
#include "walkthroughs.h"

#include "recap/sopevaluation.h"
#include "util/error.h"
#include "workflow/workflow.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

TEST_CASE("The SOP's evaluation of March 2026 matches the walkthrough", "[sop-evaluation][walkthrough]")
{
    test::TestOffice office(wib(2026, 3, 2, 8, 0));
    test::runWalkthroughs(office);
    const SopEvaluation e =
        evaluateSop(*office.db, QDate(2026, 3, 1), QDate(2026, 3, 31), office.clock.now());

    REQUIRE(e.steps.size() == 5);
    // Time used per step (A, B): 4:10 3:30 | 7:50 21:30 | 8:00 15:00 | 25:00 25:00 | 8:00 5:00.
    const int targets[] = {5, 10, 10, 30, 10};
    const int onTime[] = {2, 1, 1, 2, 2};
    const int percent[] = {100, 50, 50, 100, 100};
    const qint64 medians[] = {230, 880, 690, 1500, 390};
    const qint64 p90[] = {250, 1290, 900, 1500, 480};
    for (int i = 0; i < 5; ++i) {
        const SopStepEvaluation &s = e.steps.at(i);
        INFO("step " << i + 1);
        CHECK(s.stepNumber == i + 1);
        CHECK(s.targetMinutes == targets[i]);
        CHECK(s.completed == 2);
        CHECK(s.onTime == onTime[i]);
        CHECK(s.late == 2 - onTime[i]);
        CHECK(s.onTimePercent() == percent[i]);
        CHECK(s.medianSeconds == medians[i]);
        CHECK(s.p90Seconds == p90[i]);
    }
    CHECK(e.steps.at(1).activity == u"Melaporkan ke Kepala Dinas adanya laporan pengaduan"_s);

    CHECK(e.deviationCount == 2);
    REQUIRE(e.reasons.size() == 2);
    CHECK(e.reasons[0].reason == u"Libur Nyepi dan akhir pekan"_s);
    CHECK(e.reasons[0].stepNumbers == QList<int>{2});
    CHECK(e.reasons[0].agendaNumbers == QStringList{u"0002/ADUAN/III/2026"_s});
    CHECK(e.reasons[1].reason == u"Rapat pimpinan pagi"_s);
    CHECK(e.reasons[1].stepNumbers == QList<int>{3});
    CHECK(e.lateMostOften == QList<int>{2, 3});

    // April (walkthrough C): steps 1 and 4 late, nothing else.
    const SopEvaluation april =
        evaluateSop(*office.db, QDate(2026, 4, 1), QDate(2026, 4, 30), office.clock.now());
    CHECK(april.lateMostOften == QList<int>{1, 4});

    const QList<QStringList> table = sopEvaluationTable(e);
    REQUIRE(table.size() == 1 + 5 + 2);
    CHECK(table.at(2).at(4) == u"1/2 (50%)"_s);
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(u"evaluasi.xlsx"_s);
    exportSopEvaluationXlsx(e, xlsx);
    CHECK(QFileInfo(xlsx).size() > 0);

    CHECK_THROWS_AS(evaluateSop(*office.db, QDate(2026, 3, 31), QDate(2026, 3, 1),
                                office.clock.now()),
                    Error);
}

TEST_CASE("A reason given at two steps of one complaint names that complaint once",
          "[sop-evaluation]")
{
    test::TestOffice office(wib(2026, 3, 2, 8, 0));
    Workflow wf(*office.db, office.clock);
    const QDateTime opened = office.clock.now();
    office.clock.set(wib(2026, 3, 2, 8, 20)); // 20 minutes for a 5-minute step
    const Registration r = wf.registerComplaint(office.rina, test::walkIn(), opened,
                                                u"Jaringan komputer terganggu"_s);
    REQUIRE(r.late);
    office.clock.set(wib(2026, 3, 2, 9, 0)); // 40 minutes for a 10-minute step
    wf.reportToHead(office.dewi, {r.complaintId}, {}, u"jaringan  komputer terganggu"_s);

    const SopEvaluation e =
        evaluateSop(*office.db, QDate(2026, 3, 1), QDate(2026, 3, 31), office.clock.now());
    REQUIRE(e.reasons.size() == 1);
    CHECK(e.reasons[0].count == 2); // two deviations ...
    CHECK(e.reasons[0].stepNumbers == QList<int>{1, 2});
    CHECK(e.reasons[0].agendaNumbers == QStringList{r.agendaNumber}); // ... of one complaint
}
