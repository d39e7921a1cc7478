// Moving an office from its shared file to a PostgreSQL server (issue 16, item 3): every row
// with its ids, in one transaction, verified; the file left as it was; an interrupted move
// leaves the server without rows. On the SQLite run only the refusals are tested (the server
// side needs ADUAN_TEST_POSTGRES=1).
#include "catch_qt.h"
#include "testoffice.h"
#include "walkthroughs.h"

#include "admin/migration.h"
#include "auth/authenticator.h"
#include "demo/demodata.h"
#include "export/recaptable.h"
#include "queries/intakebook.h"
#include "recap/recap.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/storecopy.h"
#include "util/error.h"
#include "workflow/workflow.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>
#include <optional>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

/// The recap as printed, without the chain's head (the server's history is one entry longer:
/// the move itself).
QList<QStringList> recapRows(Database &db, int year, int month, const QDateTime &now)
{
    QList<QStringList> rows = recapTable(buildMonthlyRecap(db, year, month, now));
    rows.removeIf([](const QStringList &row) { return row.value(0) == u"Jejak audit"_s; });
    return rows;
}

/// True when no table of the server database holds a row (its schema version aside).
bool serverIsEmpty(const QString &location)
{
    Database db(location);
    const QStringList filled = tablesWithRows(db);
    INFO(filled.join(u", "_s).toStdString());
    return filled.isEmpty();
}

/// The code of the aduan::Error that `work` throws; std::nullopt when it throws none.
std::optional<Error::Code> errorOf(const std::function<void()> &work)
{
    try {
        work();
    } catch (const Error &e) {
        return e.code();
    }
    return std::nullopt;
}

qint64 scalar(Database &db, const QString &sql)
{
    return SqlQuery(db, sql).scalar().toLongLong();
}

} // namespace

TEST_CASE("migrate refuses a target that is not a PostgreSQL database and leaves the file alone",
          "[migrate]")
{
    test::TestOffice office(wib(2026, 3, 2, 8, 0), test::TestOffice::Where::File);
    office.db.reset();
    const QByteArray before = sha256(office.path);
    QTemporaryDir dir;
    try {
        migrateToServer(office.path, dir.filePath(u"other.sqlite"_s), u"admin"_s,
                        u"admin12345"_s, office.clock);
        FAIL("a file target was accepted");
    } catch (const Error &e) {
        CHECK(e.code() == Error::Code::Invalid);
        CHECK(e.message().contains(u"PostgreSQL"_s));
    }
    CHECK_FALSE(QFile::exists(dir.filePath(u"other.sqlite"_s)));
    CHECK(sha256(office.path) == before);
}

TEST_CASE("The walkthroughs moved to PostgreSQL: same recap, check clean, same rights and "
          "passwords, numbers continue; the file unchanged",
          "[migrate][walkthrough]")
{
    if (!test::onPostgres()) {
        WARN("SKIP: the move to a server needs ADUAN_TEST_POSTGRES=1 (a PostgreSQL server)");
        return;
    }
    test::TestOffice office(wib(2026, 3, 2, 8, 0), test::TestOffice::Where::File);
    const test::WalkthroughIds ids = test::runWalkthroughs(office);
    const QList<QStringList> march = recapRows(*office.db, 2026, 3, office.clock.now());
    const QList<QStringList> april = recapRows(*office.db, 2026, 4, office.clock.now());
    const qint64 historyLength = AuditLog(*office.db).verify().entries;
    office.db.reset();
    // A copy of the file, to see what its next registration would have been.
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"copy.sqlite"_s);
    REQUIRE(QFile::copy(office.path, copy));
    const QByteArray before = sha256(office.path);

    test::ServerDatabase server(u"migrate_walkthrough"_s);
    SECTION("a wrong password or a user who is not an administrator changes nothing")
    {
        CHECK(errorOf([&] { migrateToServer(office.path, server.location, u"admin"_s,
                                             u"salah"_s, office.clock); }) == Error::Code::Forbidden);
        CHECK(errorOf([&] { migrateToServer(office.path, server.location, u"rina"_s,
                                             u"rahasia123"_s, office.clock); }) == Error::Code::Forbidden);
        CHECK(sha256(office.path) == before);
    }
    SECTION("moved and verified")
    {
        const MigrationReport report = migrateToServer(office.path, server.location, u"admin"_s,
                                                       u"admin12345"_s, office.clock);
        INFO(report.copy.differences.join(u"\n"_s).toStdString());
        INFO(report.check.findings().join(u"\n"_s).toStdString());
        REQUIRE(report.ok());
        CHECK(sha256(office.path) == before);
        CHECK(report.copy.sampled() > 0);
        CHECK(report.check.auditEntries == historyLength + 1);

        Database db(server.location);
        CHECK(checkDatabase(db).ok());
        // The move is the history's newest entry, by the administrator.
        CHECK(SqlQuery(db, u"SELECT action FROM audit_entry ORDER BY id DESC LIMIT 1"_s)
                  .scalar()
                  .toString()
              == u"database.migrate"_s);
        CHECK(recapRows(db, 2026, 3, office.clock.now()) == march);
        CHECK(recapRows(db, 2026, 4, office.clock.now()) == april);

        // Walkthrough C is confidential: hidden from Lina, shown to Agus.
        IntakeBook book(db, office.clock);
        const ComplaintRecord forLina = book.complaint(office.lina, ids.c);
        CHECK(forLina.identityHidden);
        CHECK_FALSE(forLina.complainant.has_value());
        const ComplaintRecord forAgus = book.complaint(office.agus, ids.c);
        CHECK_FALSE(forAgus.identityHidden);
        REQUIRE(forAgus.complainant.has_value());
        CHECK_FALSE(forAgus.complainant->name.isEmpty());

        // The same passwords.
        Authenticator auth(db, office.clock);
        CHECK(auth.login(u"rina"_s, u"rahasia123"_s).id == office.rina);
        CHECK(errorOf([&] { auth.login(u"rina"_s, u"salah"_s); }) == Error::Code::Forbidden);

        // The next registration continues the file's numbers and ids.
        Database file(copy);
        const Registration onFile =
            Workflow(file, office.clock).registerComplaint(office.rina, test::walkIn(),
                                                           office.clock.now());
        const Registration onServer =
            Workflow(db, office.clock).registerComplaint(office.rina, test::walkIn(),
                                                         office.clock.now());
        CHECK(onServer.agendaNumber == onFile.agendaNumber);
        CHECK(onServer.complaintId == onFile.complaintId);
        CHECK(scalar(db, u"SELECT COUNT(*) FROM complaint WHERE agenda_number = '%1'"_s.arg(
                             onServer.agendaNumber))
              == 1);
        CHECK(checkDatabase(db).ok());
    }
    SECTION("a server that already holds data is refused")
    {
        REQUIRE(migrateToServer(office.path, server.location, u"admin"_s, u"admin12345"_s,
                                office.clock)
                    .ok());
        CHECK(errorOf([&] { migrateToServer(office.path, server.location, u"admin"_s,
                                             u"admin12345"_s, office.clock); }) == Error::Code::Invalid);
        CHECK(sha256(office.path) == before);
    }
}

TEST_CASE("A move that fails in the middle leaves the server without rows; a second one works",
          "[migrate]")
{
    if (!test::onPostgres()) {
        WARN("SKIP: the move to a server needs ADUAN_TEST_POSTGRES=1 (a PostgreSQL server)");
        return;
    }
    test::TestOffice office(wib(2026, 3, 2, 8, 0), test::TestOffice::Where::File);
    test::runWalkthroughs(office);
    office.db.reset();
    const QByteArray before = sha256(office.path);
    test::ServerDatabase server(u"migrate_fail"_s);

    MigrationOptions failing;
    QStringList seen;
    failing.progress = [&](const QString &table, qint64) {
        seen << table;
        if (table == u"step_record"_s)
            throw std::runtime_error("injected failure");
    };
    CHECK_THROWS_AS(migrateToServer(office.path, server.location, u"admin"_s, u"admin12345"_s,
                                    office.clock, failing),
                    std::runtime_error);
    CHECK(seen.contains(u"complaint"_s)); // rows were written before the failure
    CHECK(serverIsEmpty(server.location));
    CHECK(sha256(office.path) == before);

    const MigrationReport again = migrateToServer(office.path, server.location, u"admin"_s,
                                                  u"admin12345"_s, office.clock);
    CHECK(again.ok());
    CHECK(sha256(office.path) == before);
}

TEST_CASE("A copy that differs from the file is found, named and not kept", "[migrate]")
{
    if (!test::onPostgres()) {
        WARN("SKIP: the move to a server needs ADUAN_TEST_POSTGRES=1 (a PostgreSQL server)");
        return;
    }
    test::TestOffice office(wib(2026, 3, 2, 8, 0), test::TestOffice::Where::File);
    test::runWalkthroughs(office);
    office.db.reset();
    test::ServerDatabase server(u"migrate_differs"_s);
    {
        // Aduan's empty schema, with a trigger (another program's) that changes what it stores.
        OpenOptions create;
        create.mode = OpenOptions::Mode::CreateNew;
        Database db(server.location, create);
        db.write([&] {
            SqlQuery(db, u"CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS "
                         "$$ BEGIN NEW.name := upper(NEW.name); RETURN NEW; END $$"_s)
                .exec();
            SqlQuery(db, u"CREATE TRIGGER shout BEFORE INSERT ON category FOR EACH ROW "
                         "EXECUTE FUNCTION shout()"_s)
                .exec();
        });
    }
    const MigrationReport report = migrateToServer(office.path, server.location, u"admin"_s,
                                                   u"admin12345"_s, office.clock);
    CHECK_FALSE(report.ok());
    CHECK_FALSE(report.copy.committed);
    REQUIRE_FALSE(report.copy.differences.isEmpty());
    CHECK(report.copy.differences.first().startsWith(u"category, row 1"_s));
    CHECK(report.copy.differences.first().contains(u"column name"_s));
    CHECK(serverIsEmpty(server.location));
}

TEST_CASE("The generated demo data moved to PostgreSQL: same recaps, check clean; a killed "
          "aduan-cli migrate leaves the server without rows",
          "[migrate][generated]")
{
    if (!test::onPostgres()) {
        WARN("SKIP: the move to a server needs ADUAN_TEST_POSTGRES=1 (a PostgreSQL server)");
        return;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(u"demo.sqlite"_s);
    ManualClock clock(wib(2026, 6, 30, 15, 0));
    DemoOptions options;
    options.complaints = 300;
    options.fromMonth = QDate(2026, 1, 1);
    REQUIRE(createDemoDatabase(file, options, clock) == 300);
    const QByteArray before = sha256(file);
    QString admin;
    for (const DemoAccount &account : demoAccounts()) {
        if (account.roles.contains(Role::Admin))
            admin = account.username;
    }
    QString adminPassword;
    for (const DemoAccount &account : demoAccounts()) {
        if (account.username == admin)
            adminPassword = account.password;
    }
    REQUIRE_FALSE(admin.isEmpty());

    SECTION("moved with aduan-cli; killed while it copies")
    {
        test::ServerDatabase server(u"migrate_killed"_s);
        const QString passwordFile = dir.filePath(u"password"_s);
        {
            QFile pw(passwordFile);
            REQUIRE(pw.open(QIODevice::WriteOnly));
            pw.write(adminPassword.toUtf8() + '\n');
        }
        QProcess p;
        p.start(QStringLiteral(ADUAN_CLI),
                {u"--database"_s, file, u"migrate"_s, u"--to"_s, server.location, u"--as"_s,
                 admin, u"--password-file"_s, passwordFile});
        REQUIRE(p.waitForStarted());
        // The first table copied: the transaction is open and holds rows.
        QByteArray out;
        while (!out.contains("copying ") && p.state() == QProcess::Running) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
        }
        REQUIRE(p.state() == QProcess::Running);
        p.kill();
        p.waitForFinished();
        CHECK(serverIsEmpty(server.location));
        CHECK(sha256(file) == before);
    }
    SECTION("moved, same recaps")
    {
        test::ServerDatabase server(u"migrate_demo"_s);
        const MigrationReport report =
            migrateToServer(file, server.location, admin, adminPassword, clock);
        INFO(report.copy.differences.join(u"\n"_s).toStdString());
        INFO(report.check.findings().join(u"\n"_s).toStdString());
        REQUIRE(report.ok());
        CHECK(sha256(file) == before);
        OpenOptions readOnly;
        readOnly.readOnly = true;
        Database source(file, readOnly);
        Database db(server.location);
        for (int month = 1; month <= 6; ++month) {
            INFO("month " << month);
            CHECK(recapRows(db, 2026, month, clock.now())
                  == recapRows(source, 2026, month, clock.now()));
        }
        for (const TableCopy &t : report.copy.tables)
            CHECK(t.sourceRows == t.targetRows);
        CHECK(scalar(db, u"SELECT COUNT(*) FROM complaint"_s) == 300);
        CHECK(checkDatabase(db).ok());
    }
}
