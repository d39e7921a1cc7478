// A database server as a live server (issue 16): other PCs' commits pushed to open views
// (LISTEN/NOTIFY), a connection lost while a client works (the session ended by the server's
// administrator, the server restarted), and the clock that stamps following the server's.
// The tests of a lost connection need a server: on the shared file they end at once (a file has
// no connection to lose; its own failures are in test_opening.cpp).
#include "catch_qt.h"
#include "testoffice.h"

#include "storage/database.h"
#include "storage/officeclock.h"
#include "storage/postgres/postgresdialect.h"
#include "storage/serverclock.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "util/error.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

/// Runs the event loop until `done()` holds, for at most 10 s (a bound for a failure, not a time
/// the test relies on). Returns done().
bool waitUntil(const std::function<bool()> &done)
{
    if (done())
        return true;
    const QDeadlineTimer bound(10000);
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || bound.hasExpired())
            loop.quit();
    });
    check.start();
    loop.exec();
    return done();
}

qint64 complaints(Database &db)
{
    return SqlQuery(db, u"SELECT COUNT(*) FROM complaint"_s).scalar().toLongLong();
}

qint64 highestAgendaSeq(Database &db)
{
    return SqlQuery(db, u"SELECT COALESCE(MAX(agenda_seq), 0) FROM complaint"_s)
        .scalar()
        .toLongLong();
}

/// Ends the server session of `victim` from the connection `admin` (pg_terminate_backend, which
/// waits up to 5 s for it to end: https://www.postgresql.org/docs/15/functions-admin.html) —
/// for the client the same as a server going away.
void endSession(Database &admin, qint64 pid)
{
    SqlQuery q(admin, u"SELECT pg_terminate_backend(:pid, 5000)"_s);
    q.bind(u":pid"_s, pid);
    REQUIRE(q.scalar().toBool());
}

qint64 sessionPid(Database &db)
{
    return SqlQuery(db, u"SELECT pg_backend_pid()"_s).scalar().toLongLong();
}

} // namespace

TEST_CASE("Another PC's commit reaches a watching connection at once; its own do not",
          "[server][notify]")
{
    test::TestOffice office;
    auto other = office.openAnother();
    int calls = 0;
    const bool pushed = office.db->watchChanges([&calls] { ++calls; });
    // The shared file cannot push: its views poll PRAGMA data_version (test_storage.cpp).
    CHECK(pushed == test::onPostgres());
    if (!pushed)
        return;

    // Its own commit first, then another PC's: the notifications arrive in that order, so when
    // the second has been handled, the first was handled too — and did not count.
    Workflow(*office.db, office.clock)
        .registerComplaint(office.rina, test::walkIn(u"sendiri"_s), office.clock.now());
    Workflow(*other, office.clock)
        .registerComplaint(office.rina, test::walkIn(u"PC lain"_s), office.clock.now());
    REQUIRE(waitUntil([&] { return calls > 0; }));
    CHECK(calls == 1);

    // A transaction rolled back announces nothing; the next commit does.
    CHECK_THROWS(other->write([&] {
        Workflow(*other, office.clock)
            .registerComplaint(office.rina, test::walkIn(u"batal"_s), office.clock.now());
        throw Error(Error::Code::Invalid, u"given up"_s);
    }));
    Workflow(*other, office.clock)
        .registerComplaint(office.rina, test::walkIn(u"lagi"_s), office.clock.now());
    REQUIRE(waitUntil([&] { return calls > 1; }));
    CHECK(calls == 2);

    // Stopped: no more calls.
    CHECK_FALSE(office.db->watchChanges({}));
    Workflow(*other, office.clock)
        .registerComplaint(office.rina, test::walkIn(u"tanpa"_s), office.clock.now());
    CHECK(complaints(*office.db) == 4); // a statement reads the notification off the socket
    QCoreApplication::processEvents();
    CHECK(calls == 2);
}

TEST_CASE("A connection lost in the middle of a save: a clear error, nothing half-written, and "
          "the next command works on the same Database",
          "[server][reconnect]")
{
    if (!test::onPostgres())
        return; // a file has no connection to lose
    test::TestOffice office;
    Workflow workflow(*office.db, office.clock);
    const Registration first =
        workflow.registerComplaint(office.rina, test::walkIn(u"sebelum"_s), office.clock.now());
    auto admin = office.openAnother();
    int calls = 0;
    REQUIRE(office.db->watchChanges([&calls] { ++calls; }));
    const qint64 pid = sessionPid(*office.db);

    // A save during which the server ends the session: the registration's first statements
    // went through; the next one finds the connection gone.
    try {
        office.db->write([&] {
            workflow.registerComplaint(office.rina, test::walkIn(u"hilang"_s),
                                       office.clock.now());
            endSession(*admin, pid);
            workflow.registerComplaint(office.rina, test::walkIn(u"hilang juga"_s),
                                       office.clock.now());
        });
        FAIL("the save went through a lost connection");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::FileMissing);
        CHECK(e.message().contains(u"connection to the database server"_s));
        CHECK(e.message().contains(u"was lost"_s));
        CHECK(e.message().contains(u"Nothing was saved"_s));
        CHECK(e.message().contains(u"connects again by itself"_s));
    }
    CHECK(office.db->isConnectionLost());

    // Everything committed before is there; nothing of the lost transaction.
    CHECK(complaints(*admin) == 1);
    CHECK(highestAgendaSeq(*admin) == 1);

    // The next command on the same object connects again and works; its number follows on.
    const Registration next =
        workflow.registerComplaint(office.rina, test::walkIn(u"sesudah"_s), office.clock.now());
    CHECK_FALSE(office.db->isConnectionLost());
    CHECK(sessionPid(*office.db) != pid);
    CHECK(complaints(*admin) == 2);
    CHECK(highestAgendaSeq(*admin) == 2);
    CHECK(next.complaintId != first.complaintId);
    // The new session set up as at opening (UTC), and listening again.
    CHECK(SqlQuery(*office.db, u"SHOW TIME ZONE"_s).scalar().toString() == u"UTC"_s);
    Workflow(*admin, office.clock)
        .registerComplaint(office.rina, test::walkIn(u"PC lain"_s), office.clock.now());
    CHECK(waitUntil([&] { return calls > 0; }));
}

TEST_CASE("A connection lost at COMMIT: the error says the outcome cannot be known, and nothing "
          "is run twice",
          "[server][reconnect]")
{
    if (!test::onPostgres())
        return;
    test::TestOffice office;
    auto admin = office.openAnother();
    // The session ends itself while committing: a deferred constraint trigger runs at COMMIT
    // (https://www.postgresql.org/docs/15/sql-createtrigger.html) — the loss comes after
    // COMMIT was sent, as when the server goes away at that very moment.
    SqlQuery(*admin, u"CREATE FUNCTION test_end_session() RETURNS trigger LANGUAGE plpgsql AS "
                     "$$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$"_s)
        .exec();
    SqlQuery(*admin, u"CREATE CONSTRAINT TRIGGER test_end_at_commit AFTER INSERT ON complaint "
                     "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
                     "EXECUTE FUNCTION test_end_session()"_s)
        .exec();
    int runs = 0;
    try {
        office.db->write([&] {
            ++runs;
            Workflow(*office.db, office.clock)
                .registerComplaint(office.rina, test::walkIn(), office.clock.now());
        });
        FAIL("the commit went through");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::FileMissing);
        CHECK(e.message().contains(u"while this change was being saved"_s));
        CHECK(e.message().contains(u"cannot be known whether it was saved"_s));
        CHECK(e.message().contains(u"before saving it again"_s));
    }
    CHECK(runs == 1);
    SqlQuery(*admin, u"DROP TRIGGER test_end_at_commit ON complaint"_s).exec();
    const Registration next = Workflow(*office.db, office.clock)
                                  .registerComplaint(office.rina, test::walkIn(), office.clock.now());
    CHECK(next.complaintId > 0);
    CHECK(complaints(*admin) == 1);
}

TEST_CASE("A session the server ended while the PC was idle: the next save connects again and "
          "succeeds",
          "[server][reconnect]")
{
    if (!test::onPostgres())
        return;
    test::TestOffice office;
    auto admin = office.openAnother();
    endSession(*admin, sessionPid(*office.db));
    // Nothing was sent when the write found the session gone at BEGIN: it connects again and
    // saves, and the reader that comes next does too.
    const Registration r = Workflow(*office.db, office.clock)
                               .registerComplaint(office.rina, test::walkIn(), office.clock.now());
    CHECK(r.agendaNumber.startsWith(u"0001/"_s));
    endSession(*admin, sessionPid(*office.db));
    std::optional<qint64> counted;
    office.db->read([&] { counted = complaints(*office.db); });
    CHECK(counted == 1);
    // A statement outside any transaction hits the lost session once, then connects again.
    endSession(*admin, sessionPid(*office.db));
    CHECK_THROWS_AS(complaints(*office.db), Error);
    CHECK(complaints(*office.db) == 1);
}

TEST_CASE("The server restarted while a client works: a clear error, nothing lost, the next "
          "command works",
          "[server][reconnect][restart]")
{
    // The command that restarts the test server: tests/support/run-on-postgres sets it for
    // pg_virtualenv's cluster; by hand e.g. ADUAN_TEST_PG_RESTART="pg_ctlcluster 15 hn restart".
    const QString restart = qEnvironmentVariable("ADUAN_TEST_PG_RESTART");
    if (!test::onPostgres() || restart.isEmpty())
        return;
    test::TestOffice office;
    Workflow workflow(*office.db, office.clock);
    workflow.registerComplaint(office.rina, test::walkIn(u"sebelum"_s), office.clock.now());
    QString said;
    try {
        office.db->write([&] {
            workflow.registerComplaint(office.rina, test::walkIn(u"hilang"_s),
                                       office.clock.now());
            QProcess p;
            p.start(u"sh"_s, {u"-c"_s, restart});
            REQUIRE(p.waitForFinished(120000));
            INFO(QString::fromLocal8Bit(p.readAllStandardError()).toStdString());
            REQUIRE(p.exitCode() == 0);
            workflow.registerComplaint(office.rina, test::walkIn(u"hilang juga"_s),
                                       office.clock.now());
        });
        FAIL("the save went through a restart");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::FileMissing);
        CHECK(e.message().contains(u"was lost"_s));
        CHECK(e.message().contains(u"Nothing was saved"_s));
    }
    const Registration next =
        workflow.registerComplaint(office.rina, test::walkIn(u"sesudah"_s), office.clock.now());
    CHECK(next.agendaNumber.startsWith(u"0002/"_s));
    auto another = office.openAnother();
    CHECK(complaints(*another) == 2);
    CHECK(highestAgendaSeq(*another) == 2);
}

TEST_CASE("The clock that stamps follows the database server's; on the shared file it is this "
          "PC's",
          "[server][clock]")
{
    SECTION("the offset, with injected clocks")
    {
        ManualClock pc(QDateTime(QDate(2026, 3, 2), QTime(1, 0), QTimeZone::utc()));
        ServerClock clock(pc);
        CHECK_FALSE(clock.isFollowing());
        CHECK(clock.now() == pc.now());
        // The server is 7 minutes 30.25 seconds ahead.
        clock.follow(pc.now().addMSecs(450250));
        CHECK(clock.isFollowing());
        CHECK(clock.offsetMs() == 450250);
        CHECK(clock.now() == QDateTime(QDate(2026, 3, 2), QTime(1, 7, 30, 250), QTimeZone::utc()));
        // Between measurements it runs with this PC's clock.
        pc.advanceSeconds(60);
        CHECK(clock.now() == QDateTime(QDate(2026, 3, 2), QTime(1, 8, 30, 250), QTimeZone::utc()));
        // This PC's clock is set right meanwhile; the next measurement takes that in.
        pc.set(QDateTime(QDate(2026, 3, 2), QTime(1, 8, 30, 250), QTimeZone::utc()));
        clock.follow(QDateTime(QDate(2026, 3, 2), QTime(1, 8, 30, 300), QTimeZone::utc()));
        CHECK(clock.offsetMs() == 50);
        // A time that could not be read changes nothing.
        clock.follow(QDateTime());
        CHECK(clock.offsetMs() == 50);
    }

    SECTION("measured by verifyClock() on the store")
    {
        test::TestOffice office;
        // This PC's clock an hour ahead of the world.
        ManualClock pc(QDateTime::currentDateTimeUtc().addSecs(3600));
        ServerClock clock(pc);
        const bool agreed = verifyClock(*office.db, clock);
        if (test::onPostgres()) {
            // On a server the clock follows the server's: nothing to refuse, and what it
            // stamps is the server's time (within the minute the test may take).
            CHECK(agreed);
            CHECK(office.db->clockProblem().isEmpty());
            CHECK(clock.isFollowing());
            const QDateTime server = *office.db->dialect().serverTime(*office.db);
            CHECK(std::abs(clock.now().secsTo(server)) < 60);
            CHECK(std::abs(clock.offsetMs() + 3600 * 1000) < 60 * 1000);
        } else {
            // On the shared file, as before: this PC's clock, refused when it disagrees with the
            // file server's.
            CHECK_FALSE(agreed);
            CHECK(office.db->clockProblem().contains(u"the file server"_s));
            CHECK_FALSE(clock.isFollowing());
            CHECK(clock.now() == pc.now());
        }
    }
}

TEST_CASE("Another program holding the server's write lock past the wait: the save is refused "
          "as busy, retried whole, and nothing is half-written",
          "[server][busy]")
{
    if (!test::onPostgres())
        return;
    test::TestOffice office;
    OpenOptions quick;
    quick.busyTimeoutMs = 200; // the server's lock_timeout; a bound, not a time relied on
    quick.writeAttempts = 2;
    Database db(office.path, quick);
    // A program that takes Aduan's write lock the documented way and keeps it.
    auto other = office.openAnother();
    QSqlQuery holder(other->connection());
    REQUIRE(holder.exec(u"BEGIN"_s));
    REQUIRE(holder.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(PostgresDialect::kWriteLockKey)));
    CHECK(db.dialect().isBeingWritten(office.path, 200));

    int runs = 0;
    try {
        db.write([&] {
            ++runs;
            Workflow(db, office.clock).registerComplaint(office.rina, test::walkIn(), office.clock.now());
        });
        FAIL("the save went through while another program held the write lock");
    } catch (const Error &e) {
        // Before the fix: a Storage error "current transaction is aborted" from the statement
        // after the lock, which the driver had not reported.
        CHECK(e.code() == Error::Code::Busy);
    }
    CHECK(runs == 0); // no work ever started without the lock
    holder.exec(u"ROLLBACK"_s);
    CHECK_FALSE(db.dialect().isBeingWritten(office.path, 200));
    // Freed, the next save works; nothing of the refused ones is there.
    Workflow(db, office.clock).registerComplaint(office.rina, test::walkIn(), office.clock.now());
    CHECK(SqlQuery(db, u"SELECT COUNT(*) FROM complaint"_s).scalar().toInt() == 1);
}
