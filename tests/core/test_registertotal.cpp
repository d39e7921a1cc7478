// The register's stored total (agenda_sequence.registered, migration 12, issue 22): kept in the
// registration's own transaction by the store's triggers, recounted by the bulk writer, read by
// the register's first page when no filter is set, and verified by `aduan-cli check`.
#include "catch_qt.h"
#include "testoffice.h"

#include "demo/demogenerator.h"
#include "queries/intakebook.h"
#include "storage/maintenance.h"
#include "storage/registertotal.h"
#include "storage/sqlquery.h"
#include "workflow/workflow.h"

#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::walkIn;
using aduan::test::wib;

namespace {

qint64 counted(Database &db, const QString &where = {})
{
    return SqlQuery(db, u"SELECT COUNT(*) FROM complaint"_s + where).scalar().toLongLong();
}

} // namespace

TEST_CASE("The register's total is stored with each registration, read unfiltered, and checked",
          "[register][total][check]")
{
    test::TestOffice office(wib(2026, 12, 30, 9, 0));
    Database &db = *office.db;
    Workflow wf(db, office.clock);
    IntakeBook book(db, office.clock);
    const IntakeBookFilter whole;
    REQUIRE(isWholeRegister(whole));
    CHECK(book.count(office.rina, whole) == 0);

    const Registration first = wf.registerComplaint(office.rina, walkIn(), office.clock.now());
    office.clock.advanceSeconds(600);
    wf.registerComplaint(office.rina, walkIn(), office.clock.now());
    office.clock.advanceSeconds(600);
    wf.registerComplaint(office.rina, walkIn(), office.clock.now());
    CHECK(storedRegisterTotal(db) == 3);
    CHECK(book.count(office.rina, whole) == 3);

    // A voided complaint stays in the register, and in its total.
    office.clock.advanceSeconds(600);
    wf.voidComplaint(office.rina, {first.complaintId}, u"Tercatat dua kali"_s);
    CHECK(book.count(office.rina, whole) == 3);
    IntakeBookFilter notVoided;
    notVoided.includeVoided = false;
    REQUIRE_FALSE(isWholeRegister(notVoided));
    CHECK(book.count(office.rina, notVoided) == 2);

    // A registration whose transaction fails after the row was written leaves no count behind.
    office.clock.advanceSeconds(600);
    CHECK_THROWS_AS(db.write([&] {
                        wf.registerComplaint(office.rina, walkIn(), office.clock.now());
                        REQUIRE(storedRegisterTotal(db) == 4); // inside: counted with the row
                        throw std::runtime_error("the transaction fails after the row");
                    }),
                    std::runtime_error);
    CHECK(storedRegisterTotal(db) == 3);
    CHECK(counted(db) == 3);

    // A new year's numbers start again at 1; its complaints are counted in its own row.
    office.clock.set(wib(2027, 1, 4, 8, 0));
    const Registration newYear = wf.registerComplaint(office.rina, walkIn(), office.clock.now());
    CHECK(newYear.agendaNumber.startsWith(u"0001/"_s));
    CHECK(book.count(office.rina, whole) == 4);
    CHECK(SqlQuery(db, u"SELECT registered FROM agenda_sequence WHERE year = 2027"_s).scalar().toInt() == 1);
    CHECK(registerTotalFindings(db).isEmpty());
    CHECK(checkDatabase(db).ok());

    // Changed outside Aduan: check names the year and both numbers, and the register's first
    // page shows the stored total (a filter still counts the rows).
    db.write([&] {
        SqlQuery(db, u"UPDATE agenda_sequence SET registered = registered + 2 WHERE year = 2026"_s).exec();
    });
    const QStringList findings = registerTotalFindings(db);
    REQUIRE(findings.size() == 1);
    CHECK(findings.at(0).startsWith(u"agenda year 2026: stored count of registered complaints 5, "_s));
    CHECK(findings.at(0).contains(u"the complaints of that year are 3"_s));
    const CheckReport report = checkDatabase(db);
    CHECK_FALSE(report.ok());
    CHECK(report.dataFindings.filter(u"agenda year 2026"_s).size() == 1);
    CHECK(book.count(office.rina, whole) == 6);
    CHECK(book.count(office.rina, notVoided) == 3);

    // A recount sets it from the rows again.
    db.write([&] { recountRegistered(db); });
    CHECK(registerTotalFindings(db).isEmpty());
    CHECK(book.count(office.rina, whole) == counted(db));
}

TEST_CASE("The bulk writer leaves the register's stored total equal to its complaints",
          "[register][total][generated]")
{
    test::TestOffice office(wib(2026, 6, 30, 15, 0));
    DemoOptions options;
    options.complaints = 1200;
    options.fromMonth = QDate(2025, 9, 1);
    options.seed = 5;
    REQUIRE(generateDemoComplaints(*office.db, options, office.clock) == 1200);
    Database &db = *office.db;
    CHECK(registerTotalFindings(db).isEmpty());
    CHECK(storedRegisterTotal(db) == 1200);
    CHECK(SqlQuery(db, u"SELECT COUNT(*) FROM agenda_sequence WHERE registered > 0"_s).scalar().toInt() == 2);
    // Registered by hand after the bulk load: counted on top.
    Workflow(db, office.clock).registerComplaint(office.rina, walkIn(), office.clock.now());
    CHECK(storedRegisterTotal(db) == 1201);
    CHECK(registerTotalFindings(db).isEmpty());
}
