// The stored closing instant (complaint.closed_at, migration 8, issue 22): kept with the last
// step's completion by the engine and by the bulk writer, verified by `aduan-cli check`, and the
// recap's count of open complaints at an instant, counted from it, equal to the count from the
// step records at any age of the instant.
#include "catch_qt.h"
#include "testoffice.h"
#include "walkthroughs.h"

#include "demo/demogenerator.h"
#include "storage/closinginstant.h"
#include "storage/maintenance.h"
#include "storage/recapstore.h"
#include "storage/sqlquery.h"
#include "util/storagetime.h"

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

int scalar(Database &db, const QString &sql, const QString &at = {})
{
    SqlQuery q(db, sql);
    if (!at.isEmpty())
        q.bind(u":at"_s, at);
    return q.scalar().toInt();
}

/// Open at `at` from the step records alone: received before, not voided before, the last
/// step of the complaint's revision not completed before.
const QString kOpenFromSteps =
    u"FROM complaint c LEFT JOIN step_record f ON f.complaint_id = c.id AND f.step_no = "
    "(SELECT MAX(ls.step_no) FROM sop_step ls WHERE ls.revision_id = c.sop_revision_id) "
    "WHERE c.received_at < :at AND (f.completed_at IS NULL OR f.completed_at >= :at) "
    "AND (c.voided_at IS NULL OR c.voided_at >= :at)"_s;

} // namespace

TEST_CASE("The closing instant follows the last step, and check names a tampered one",
          "[recap][closing][check]")
{
    test::TestOffice office;
    const test::WalkthroughIds walked = test::runWalkthroughs(office);
    Database &db = *office.db;
    // The walkthroughs end their complaints through the engine (Workflow::finishStep()).
    const int closedByEngine = scalar(db, u"SELECT COUNT(*) FROM complaint WHERE closed_at IS NOT NULL"_s);
    CHECK(closedByEngine > 0);
    CHECK(closedByEngine
          == scalar(db, u"SELECT COUNT(*) FROM step_record s JOIN complaint c ON c.id = s.complaint_id "
                        "WHERE s.completed_at IS NOT NULL AND s.step_no = (SELECT MAX(step_no) "
                        "FROM sop_step WHERE revision_id = c.sop_revision_id)"_s));
    CHECK(closingInstantFindings(db).isEmpty());
    CHECK(checkDatabase(db).ok());

    // Changed outside Aduan: a closed complaint made open, another given its receipt instant.
    const qint64 closed = scalar(db, u"SELECT MIN(id) FROM complaint WHERE closed_at IS NOT NULL"_s);
    const qint64 open = scalar(db, u"SELECT MAX(id) FROM complaint WHERE id <> %1"_s.arg(closed));
    REQUIRE(closed > 0);
    REQUIRE(open > 0);
    db.write([&] {
        SqlQuery(db, u"UPDATE complaint SET closed_at = NULL WHERE id = %1"_s.arg(closed)).exec();
        SqlQuery(db, u"UPDATE complaint SET closed_at = received_at WHERE id = %1"_s.arg(open)).exec();
    });
    const QStringList findings = closingInstantFindings(db);
    REQUIRE(findings.size() == 2);
    CHECK(findings.at(0).startsWith(u"complaint %1 ("_s.arg(std::min(closed, open))));
    CHECK(findings.at(1).startsWith(u"complaint %1 ("_s.arg(std::max(closed, open))));
    const CheckReport report = checkDatabase(db);
    CHECK_FALSE(report.ok());
    CHECK(report.dataFindings.filter(u"closing instant"_s).size() == 2);
    CHECK(walked.a > 0);
}

TEST_CASE("Open at an instant, counted from the closing instant, matches the step records at any age",
          "[recap][closing][generated]")
{
    test::TestOffice office(wib(2026, 6, 30, 15, 0));
    DemoOptions options;
    options.complaints = 1500;
    options.fromMonth = QDate(2025, 7, 1);
    options.seed = 9;
    REQUIRE(generateDemoComplaints(*office.db, options, office.clock) == 1500);
    Database &db = *office.db;
    // The bulk writer (aduan-cli demo-data) stores the closing instants too.
    REQUIRE(scalar(db, u"SELECT COUNT(*) FROM complaint WHERE closed_at IS NOT NULL"_s) > 1000);
    CHECK(closingInstantFindings(db).isEmpty());
    RecapStore store(db);
    // Before the data, near its beginning (counted from the beginning), in the middle and near
    // its end (counted from the end), after it.
    for (const QDate day : {QDate(2025, 1, 1), QDate(2025, 7, 20), QDate(2025, 9, 1),
                            QDate(2026, 1, 1), QDate(2026, 6, 1), QDate(2026, 6, 30)}) {
        const QDateTime at = wib(day.year(), day.month(), day.day(), 0, 0).toUTC();
        INFO("at " << at.toString(Qt::ISODate).toStdString());
        const QString stored = toStorageTime(at);
        OpenCount counted;
        db.read([&] { counted = store.openAt(at); });
        CHECK(counted.open == scalar(db, u"SELECT COUNT(*) "_s + kOpenFromSteps, stored));
        CHECK(counted.pastDeadline
              == scalar(db, u"SELECT COUNT(*) "_s + kOpenFromSteps + u" AND c.deadline_at < :at"_s, stored));
        if (day > QDate(2025, 7, 20) && day < QDate(2026, 6, 30))
            CHECK(counted.open > 0);
    }
    // The last steps completed in a month, from the closing instant, as from the step records.
    const QDateTime start = wib(2026, 2, 1, 0, 0).toUTC(), end = wib(2026, 3, 1, 0, 0).toUTC();
    std::pair<int, int> done;
    db.read([&] { done = store.finished(start, end); });
    const auto [finished, withinDeadline] = done;
    SqlQuery q(db, u"SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN s.completed_at <= c.deadline_at THEN 1 ELSE 0 END), 0) AS ok "
                   "FROM step_record s JOIN complaint c ON c.id = s.complaint_id WHERE s.completed_at >= :s "
                   "AND s.completed_at < :e AND s.step_no = (SELECT MAX(step_no) FROM sop_step WHERE "
                   "revision_id = c.sop_revision_id) AND (c.voided_at IS NULL OR c.voided_at >= :e)"_s);
    q.bind(u":s"_s, toStorageTime(start)).bind(u":e"_s, toStorageTime(end)).exec();
    REQUIRE(q.next());
    CHECK(finished == q.integer(u"n"_s));
    CHECK(withinDeadline == q.integer(u"ok"_s));
    CHECK(finished > 50);
}
