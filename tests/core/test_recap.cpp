// The monthly recap (SOP, Pencatatan dan Pendataan 3): the walkthrough's March and April 2026
// figures, and a generated month checked figure by figure against separate queries.
#include "catch_qt.h"
#include "testoffice.h"
#include "walkthroughs.h"

#include "demo/demogenerator.h"
#include "recap/recap.h"
#include "storage/sqlquery.h"
#include "util/storagetime.h"
#include "workflow/workflow.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

const StepRecap &stepOf(const PeriodRecap &p, int number)
{
    for (const StepRecap &s : p.steps) {
        if (s.stepNumber == number)
            return s;
    }
    FAIL("no step " << number);
    return p.steps.constFirst();
}

} // namespace

TEST_CASE("The walkthrough's March and April 2026 recaps", "[recap][walkthrough]")
{
    test::TestOffice office(wib(2026, 3, 2, 8, 0));
    test::runWalkthroughs(office);

    const MonthlyRecap march = buildMonthlyRecap(*office.db, 2026, 3, office.clock.now());
    const PeriodRecap &m = march.current;
    CHECK(m.received == 2);
    CHECK(m.byChannel.value(Channel::Direct) == 1);
    CHECK(m.byChannel.value(Channel::Sms) == 1);
    CHECK(m.byChannel.size() == 2);
    const int onTime[] = {2, 1, 1, 2, 2};
    for (int step = 1; step <= 5; ++step) {
        INFO("step " << step);
        CHECK(stepOf(m, step).completed == 2);
        CHECK(stepOf(m, step).onTime == onTime[step - 1]);
    }
    REQUIRE(m.deviations.size() == 2);
    CHECK(m.deviations[0].stepNumber == 2);
    CHECK(m.deviations[0].reason == u"Libur Nyepi dan akhir pekan"_s);
    CHECK(m.deviations[0].completedBy == u"Dewi"_s);
    CHECK(m.deviations[0].workedSeconds == 21 * 60 + 30);
    CHECK(m.deviations[1].stepNumber == 3);
    CHECK(m.deviations[1].reason == u"Rapat pimpinan pagi"_s);
    REQUIRE(m.referralsByAgency.size() == 1);
    CHECK(m.referralsByAgency[0].first == u"Dinas Kesehatan Kota Blitar"_s);
    CHECK(m.referralsByAgency[0].second == 1);
    CHECK(m.carriedOver == 0);
    CHECK(m.carriedIn == 0);
    CHECK(m.completed == 2);
    CHECK(m.finishedWithinDeadline == 2);
    CHECK(m.byStatus.value(ComplaintStatus::Completed) == 1);
    CHECK(m.byStatus.value(ComplaintStatus::Referred) == 1);
    // Step 2's median of 7 min 50 s and 21 min 30 s.
    CHECK(stepOf(m, 2).medianSeconds == (470 + 1290) / 2);
    CHECK(stepOf(m, 2).p90Seconds == 1290);
    // B was received on 18 March, in office time.
    CHECK(m.receivedPerDay.value(QDate(2026, 3, 18)).value(Channel::Sms) == 1);
    CHECK_FALSE(march.auditHead.isEmpty());
    // February, side by side: nothing.
    CHECK(march.previous.from == QDate(2026, 2, 1));
    CHECK(march.previous.received == 0);

    const MonthlyRecap april = buildMonthlyRecap(*office.db, 2026, 4, office.clock.now());
    const PeriodRecap &a = april.current;
    CHECK(a.received == 1);
    REQUIRE(a.deviations.size() == 2);
    CHECK(a.deviations[0].stepNumber == 1);
    CHECK(a.deviations[1].stepNumber == 4);
    CHECK(april.previous.received == 2);
}

TEST_CASE("A complaint received 2026-03-01T23:30Z counts on 2 March", "[recap][time]")
{
    test::TestOffice office(wib(2026, 3, 2, 8, 0));
    Workflow wf(*office.db, office.clock);
    ComplaintDraft d;
    d.channel = Channel::Website;
    d.receivedAt = QDateTime(QDate(2026, 3, 1), QTime(23, 30), QTimeZone::utc());
    d.complainant = Complainant{u"Eko"_s, {}, Gender::Unknown, u"081234567811"_s, {}};
    d.requirements.insert(u"identity_card"_s, {false, u"Aduan lewat website"_s});
    d.requirements.insert(u"evidence"_s, {false, u"Tidak ada lampiran"_s});
    d.subject = u"Bantuan bencana"_s;
    d.description = u"Rumah terdampak angin kencang."_s;
    wf.registerComplaint(office.rina, d, office.clock.now());
    const MonthlyRecap march = buildMonthlyRecap(*office.db, 2026, 3, office.clock.now());
    CHECK(march.current.received == 1);
    CHECK(march.current.receivedPerDay.contains(QDate(2026, 3, 2)));
    CHECK(march.previous.received == 0); // not in February, although 1 March in UTC
    CHECK(march.current.carriedOver == 1);
}

TEST_CASE("A generated month's recap matches separate queries", "[recap][generated]")
{
    test::TestOffice office(wib(2026, 6, 30, 15, 0));
    DemoOptions options;
    options.complaints = 1500;
    options.fromMonth = QDate(2026, 4, 1);
    options.seed = 7;
    REQUIRE(generateDemoComplaints(*office.db, options, office.clock) > 1000);

    const MonthlyRecap recap = buildMonthlyRecap(*office.db, 2026, 5, office.clock.now());
    const PeriodRecap &p = recap.current;
    // May 2026 in WIB is [2026-04-30T17:00Z, 2026-05-31T17:00Z).
    const QString s = u"2026-04-30T17:00:00.000Z"_s, e = u"2026-05-31T17:00:00.000Z"_s;
    auto scalar = [&](const QString &sql) {
        SqlQuery q(*office.db, sql);
        q.bind(u":s"_s, s).bind(u":e"_s, e);
        return q.scalar().toInt();
    };
    const QString live = u" AND (voided_at IS NULL OR voided_at >= :e)"_s;
    CHECK(p.received == scalar(u"SELECT COUNT(*) FROM complaint WHERE received_at >= :s AND received_at < :e"_s + live));
    CHECK(p.received > 300);
    CHECK(p.byChannel.value(Channel::Sms)
          == scalar(u"SELECT COUNT(*) FROM complaint WHERE channel = 'sms' AND received_at >= :s AND received_at < :e"_s + live));
    CHECK(p.voided == scalar(u"SELECT COUNT(*) FROM complaint WHERE voided_at >= :s AND voided_at < :e"_s));
    for (int step = 1; step <= 5; ++step) {
        INFO("step " << step);
        const QString where = u" FROM step_record WHERE step_no = %1 AND completed_at >= :s AND completed_at < :e"_s.arg(step);
        CHECK(stepOf(p, step).completed == scalar(u"SELECT COUNT(*)"_s + where));
        CHECK(stepOf(p, step).late == scalar(u"SELECT COUNT(*)"_s + where + u" AND late = 1"_s));
        CHECK(stepOf(p, step).onTime == scalar(u"SELECT COUNT(*)"_s + where + u" AND worked_seconds <= target_minutes * 60"_s));
    }
    CHECK(p.deviations.size() == scalar(u"SELECT COUNT(*) FROM step_record WHERE late = 1 AND completed_at >= :s AND completed_at < :e"_s));
    CHECK(p.deviationCount == p.deviations.size());
    // Open at the month's start, counted here from every complaint (voided ones keep an open step).
    CHECK(p.carriedIn == scalar(
        u"SELECT COUNT(*) FROM complaint c LEFT JOIN step_record f ON f.complaint_id = c.id AND f.step_no = 5 "
        "WHERE c.received_at < :s AND (f.completed_at IS NULL OR f.completed_at >= :s) AND (c.voided_at IS NULL OR c.voided_at >= :s)"_s));
    CHECK(p.carriedIn > 0);
    // The previous month (April) counts its deviations without listing them.
    const QString aprilStart = u"2026-03-31T17:00:00.000Z"_s;
    SqlQuery april(*office.db, u"SELECT COUNT(*) FROM step_record WHERE late = 1 AND completed_at >= :s AND completed_at < :e"_s);
    april.bind(u":s"_s, aprilStart).bind(u":e"_s, s);
    CHECK(recap.previous.deviationCount == april.scalar().toInt());
    CHECK(recap.previous.deviationCount > 0);
    CHECK(recap.previous.deviations.isEmpty());
    CHECK(recap.previous.carriedOver == p.carriedIn);
    CHECK(p.referred == scalar(u"SELECT COUNT(*) FROM referral WHERE referred_at >= :s AND referred_at < :e"_s));
    CHECK(p.completed == scalar(u"SELECT COUNT(*) FROM step_record s JOIN complaint c ON c.id = s.complaint_id WHERE s.step_no = 5 AND s.completed_at >= :s AND s.completed_at < :e AND (c.voided_at IS NULL OR c.voided_at >= :e)"_s));
    CHECK(p.carriedOver == scalar(
        u"SELECT COUNT(*) FROM complaint c LEFT JOIN step_record f ON f.complaint_id = c.id AND f.step_no = 5 "
        "WHERE c.received_at < :e AND (f.completed_at IS NULL OR f.completed_at >= :e) AND (c.voided_at IS NULL OR c.voided_at >= :e)"_s));
    int statusTotal = 0;
    for (int n : p.byStatus)
        statusTotal += n;
    CHECK(statusTotal == p.received + p.byStatus.value(ComplaintStatus::Voided));
    // Median of step 4, computed here by sorting.
    QList<qint64> worked;
    {
        SqlQuery q(*office.db, u"SELECT worked_seconds FROM step_record WHERE step_no = 4 AND completed_at >= :s AND completed_at < :e ORDER BY worked_seconds"_s);
        q.bind(u":s"_s, s).bind(u":e"_s, e).exec();
        while (q.next())
            worked << q.integer(u"worked_seconds"_s);
    }
    REQUIRE_FALSE(worked.isEmpty());
    const qint64 expectedMedian = worked.size() % 2 ? worked[worked.size() / 2]
                                                    : (worked[worked.size() / 2 - 1] + worked[worked.size() / 2]) / 2;
    CHECK(stepOf(p, 4).medianSeconds == expectedMedian);
}

TEST_CASE("A voided complaint is not counted as received, by channel or by category",
          "[recap][void]")
{
    test::TestOffice office(wib(2026, 3, 2, 8, 0));
    Workflow wf(*office.db, office.clock);
    const Registration kept = wf.registerComplaint(office.rina, test::walkInWithIdentity(),
                                                   office.clock.now());
    office.clock.advanceSeconds(10 * 60);
    const Registration twice = wf.registerComplaint(office.rina, test::walkInWithIdentity(),
                                                    office.clock.now());
    REQUIRE(kept.complaintId != twice.complaintId);

    const MonthlyRecap before = buildMonthlyRecap(*office.db, 2026, 3, office.clock.now());
    CHECK(before.current.received == 2);
    CHECK(before.current.byChannel.value(Channel::Direct) == 2);
    CHECK(before.current.byCategory.value(u"Bantuan sosial"_s) == 2);
    CHECK(before.current.receivedPerDay.value(QDate(2026, 3, 2)).value(Channel::Direct) == 2);
    CHECK(before.current.byStatus.value(ComplaintStatus::InProgress) == 2);
    CHECK(before.current.voided == 0);
    CHECK(before.current.carriedOver == 2);

    office.clock.advanceSeconds(5 * 60);
    wf.voidComplaint(office.rina, {twice.complaintId}, u"Tercatat dua kali"_s);

    const MonthlyRecap after = buildMonthlyRecap(*office.db, 2026, 3, office.clock.now());
    const PeriodRecap &m = after.current;
    CHECK(m.received == 1);
    CHECK(m.byChannel.value(Channel::Direct) == 1);
    CHECK(m.byCategory.value(u"Bantuan sosial"_s) == 1);
    CHECK(m.receivedPerDay.value(QDate(2026, 3, 2)).value(Channel::Direct) == 1);
    // Counted apart, as "Dibatalkan".
    CHECK(m.voided == 1);
    CHECK(m.byStatus.value(ComplaintStatus::Voided) == 1);
    CHECK(m.byStatus.value(ComplaintStatus::InProgress) == 1);
    CHECK(m.carriedOver == 1);

    // Voided in April: March, closed, keeps its figures; April counts the voiding.
    const Registration late = wf.registerComplaint(office.rina, test::walkInWithIdentity(),
                                                   office.clock.now());
    office.clock.set(wib(2026, 4, 1, 8, 0));
    wf.voidComplaint(office.rina, {late.complaintId}, u"Salah input"_s);
    const MonthlyRecap march = buildMonthlyRecap(*office.db, 2026, 3, office.clock.now());
    CHECK(march.current.received == 2);
    CHECK(march.current.voided == 1);
    const MonthlyRecap april = buildMonthlyRecap(*office.db, 2026, 4, office.clock.now());
    CHECK(april.current.received == 0);
    CHECK(april.current.voided == 1);
}
