// Time that one PC's clock cannot bend: history times never run backwards, a PC clock that
// disagrees with the file server's or with the newest history entries is noticed and saving
// (and logging in) refused until it is right, and `aduan-cli check` names entries whose times
// run backwards.
#include "catch_qt.h"
#include "testoffice.h"

#include "auth/authenticator.h"
#include "queries/intakebook.h"
#include "storage/auditlog.h"
#include "storage/officeclock.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "util/error.h"
#include "util/storagetime.h"
#include "workflow/workflow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;
using aduan::test::walkIn;

namespace {

Error::Code registerError(Workflow &wf, qint64 user, const QDateTime &now)
{
    try {
        wf.registerComplaint(user, walkIn(), now);
    } catch (const Error &e) {
        return e.code();
    }
    return Error::Code::Storage;
}

} // namespace

TEST_CASE("History times never run backwards; a clock far behind is refused",
          "[clock][issue14]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    IntakeBook book(*office.db, office.clock);
    wf.registerComplaint(office.rina, walkIn(), office.clock.now());
    const QDateTime first = AuditLog(*office.db).newestTime();
    REQUIRE(first == wib(2026, 3, 2, 9, 0).toUTC());

    // Another PC, its clock ten minutes behind: refused, with both times and dates, nothing saved.
    ManualClock behind(wib(2026, 3, 2, 8, 50));
    Workflow other(*office.db, behind);
    try {
        other.registerComplaint(office.rina, walkIn(), behind.now());
        FAIL("a write ten minutes before the newest history entry was saved");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::ClockWrong);
        CHECK(e.message().contains(u"08:50"_s));
        CHECK(e.message().contains(u"09:00"_s));
        CHECK(e.message().contains(u"2026"_s));
        CHECK(e.message().contains(u"Nothing was saved"_s));
    }
    CHECK(book.count(office.admin, {}) == 1);

    // A minute behind (clocks drift): saved, stamped no earlier than the newest entry.
    behind.set(wib(2026, 3, 2, 8, 59));
    other.registerComplaint(office.rina, walkIn(), behind.now());
    CHECK(book.count(office.admin, {}) == 2);
    CHECK(AuditLog(*office.db).newestTime() == first);
    CHECK(AuditLog(*office.db).verify().backInTime.isEmpty());
}

// [file]: about the shared file itself (the file server's clock, read from a file's time stamp);
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("A PC clock that disagrees with the office's is noticed and saving refused",
          "[file][clock][issue14]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow(*office.db, office.clock).registerComplaint(office.rina, walkIn(), office.clock.now());

    SECTION("the file server's time")
    {
        // The server's time is what the file system stamps; this PC is an hour ahead of it.
        const std::optional<QDateTime> server = fileServerTime(office.path);
        REQUIRE(server.has_value());
        CHECK(std::abs(server->secsTo(QDateTime::currentDateTimeUtc())) < 60);
        ManualClock ahead(QDateTime::currentDateTimeUtc().addSecs(3600));
        CHECK(clockDisagreement(*office.db, ahead.now(), server).has_value());
        CHECK_FALSE(clockDisagreement(*office.db, ahead.now().addSecs(-3600 + 60), server));

        CHECK_FALSE(verifyClock(*office.db, ahead));
        CHECK(office.db->clockProblem().contains(u"file server"_s));
        Workflow wf(*office.db, ahead);
        CHECK(registerError(wf, office.rina, ahead.now()) == Error::Code::ClockWrong);
        // No login at all until the clock is right (an hour ahead would end any lockout).
        Authenticator auth(*office.db, ahead);
        CHECK_THROWS_AS(auth.login(u"rina"_s, u"rahasia123"_s), Error);
        try {
            auth.login(u"rina"_s, u"rahasia123"_s);
        } catch (const Error &e) {
            CHECK(e.code() == Error::Code::ClockWrong);
        }
        // Set right: the next check (or login) lifts the refusal.
        ahead.set(QDateTime::currentDateTimeUtc());
        CHECK(auth.login(u"rina"_s, u"rahasia123"_s).id == office.rina);
        CHECK(office.db->clockProblem().isEmpty());
        CHECK_NOTHROW(wf.registerComplaint(office.rina, walkIn(), ahead.now()));
    }
    SECTION("the newest history entries")
    {
        // A PC a day behind the newest change: noticed without any file server time.
        const auto problem = clockDisagreement(*office.db, wib(2026, 3, 1, 9, 0).toUTC(),
                                               std::nullopt);
        REQUIRE(problem.has_value());
        CHECK(problem->contains(u"newest change"_s));
        CHECK(problem->contains(u"2026"_s));
        CHECK_FALSE(clockDisagreement(*office.db, wib(2026, 3, 2, 9, 3).toUTC(), std::nullopt));
    }
}

TEST_CASE("The machine that keeps the database is the reference for this PC's clock",
          "[clock][issue16]")
{
    // On SQLite the file server's time; on PostgreSQL the database server's own clock.
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    const std::optional<QDateTime> server = office.db->dialect().serverTime(*office.db);
    REQUIRE(server.has_value());
    CHECK(std::abs(server->secsTo(QDateTime::currentDateTimeUtc())) < 60);
    ManualClock ahead(QDateTime::currentDateTimeUtc().addSecs(3600));
    CHECK_FALSE(verifyClock(*office.db, ahead));
    CHECK(office.db->clockProblem().contains(test::onPostgres() ? u"the database server"_s
                                                                : u"the file server"_s));
    ahead.set(QDateTime::currentDateTimeUtc());
    CHECK(verifyClock(*office.db, ahead));
    CHECK(office.db->clockProblem().isEmpty());
}

TEST_CASE("aduan-cli check names history entries whose times run backwards", "[clock][check][issue14]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow(*office.db, office.clock).registerComplaint(office.rina, walkIn(), office.clock.now());
    // The newest entry rewritten a day earlier, its hash and the recorded head made to match (as
    // a PC with a wrong clock and an older program, or someone rewriting the chain, would).
    const qint64 last = SqlQuery(*office.db, u"SELECT MAX(id) FROM audit_entry"_s).scalar().toLongLong();
    AuditEntry entry;
    {
        SqlQuery q(*office.db, u"SELECT * FROM audit_entry WHERE id = :id"_s);
        q.bind(u":id"_s, last).exec();
        REQUIRE(q.next());
        entry.id = last;
        entry.userId = q.integer(u"user_id"_s);
        entry.action = q.text(u"action"_s);
        entry.entity = q.text(u"entity"_s);
        entry.entityId = q.integer(u"entity_id"_s);
        entry.oldValue = QJsonDocument::fromJson(q.text(u"old_value"_s).toUtf8()).object();
        entry.newValue = QJsonDocument::fromJson(q.text(u"new_value"_s).toUtf8()).object();
        entry.prevHash = q.text(u"prev_hash"_s);
        entry.seal = q.text(u"seal"_s);
    }
    const QString previous =
        SqlQuery(*office.db, u"SELECT at FROM audit_entry WHERE id = :id"_s)
            .bind(u":id"_s, last - 1)
            .scalar()
            .toString();
    entry.at = fromStorageTime(previous).addDays(-1);
    entry.hash = AuditLog::computeHash(entry);
    SqlQuery(*office.db, u"UPDATE audit_entry SET at = :at, hash = :hash WHERE id = :id"_s)
        .bind(u":at"_s, toStorageTime(entry.at))
        .bind(u":hash"_s, entry.hash)
        .bind(u":id"_s, last)
        .exec();
    SqlQuery(*office.db, u"UPDATE meta SET value = :hash WHERE key = 'audit_head'"_s)
        .bind(u":hash"_s, entry.hash)
        .exec();
    REQUIRE(AuditLog(*office.db).verify().ok);
    office.db.reset();

    QProcess p;
    p.start(QStringLiteral(ADUAN_CLI), {u"--database"_s, office.path, u"check"_s});
    REQUIRE(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    INFO(out.toStdString());
    CHECK(p.exitCode() == 1);
    CHECK(out.contains(u"BACKWARDS"_s));
    CHECK(out.contains(u"entry %1 (%2) is earlier than entry %3 (%4)"_s.arg(
        QString::number(last), toStorageTime(entry.at), QString::number(last - 1), previous)));
}
