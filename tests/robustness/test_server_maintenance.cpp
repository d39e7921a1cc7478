// Backups, restores and checks on a PostgreSQL server (issue 16, item 4): `aduan-cli backup`
// writes pg_dump's custom format, `aduan-cli restore` brings it back with pg_restore in one
// transaction, and `aduan-cli check` finds a changed history entry there as on the file
// (test_audit_tamper.cpp tampers with the file through the sqlite3 program). On the SQLite run
// these are skipped with a warning: the file's own are tested in test_backup.cpp and
// test_audit_tamper.cpp.
#include "catch_qt.h"
#include "clirun.h"
#include "testoffice.h"
#include "walkthroughs.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/sqlquery.h"
#include "workflow/workflow.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace aduan;

namespace {

using test::CliResult;
using test::runCli;

qint64 scalar(Database &db, const QString &sql)
{
    return SqlQuery(db, sql).scalar().toLongLong();
}

} // namespace

TEST_CASE("aduan-cli restore on PostgreSQL: backup, change, restore, the change is gone",
          "[backup][restore][postgres]")
{
    if (!test::onPostgres()) {
        WARN("SKIP: restoring a server database needs ADUAN_TEST_POSTGRES=1");
        return;
    }
    test::TestOffice office;
    test::runWalkthroughs(office);
    const qint64 complaints = scalar(*office.db, u"SELECT COUNT(*) FROM complaint"_s);
    const qint64 history = AuditLog(*office.db).verify().entries;
    QTemporaryDir dir;
    const QString dump = dir.filePath(u"aduan.dump"_s);
    {
        const CliResult r = runCli({u"--database"_s, office.path, u"backup"_s, dump});
        INFO(r.all().toStdString());
        REQUIRE(r.exitCode == 0);
    }
    // A change after the backup.
    Workflow(*office.db, office.clock)
        .registerComplaint(office.rina, test::walkIn(u"sesudah cadangan"_s), office.clock.now());
    REQUIRE(scalar(*office.db, u"SELECT COUNT(*) FROM complaint"_s) == complaints + 1);
    office.db.reset();

    SECTION("the administrator's password is needed")
    {
        const CliResult r = runCli({u"--database"_s, office.path, u"restore"_s, dump, u"--as"_s,
                                 u"rina"_s},
                                "rahasia123\n");
        INFO(r.all().toStdString());
        CHECK(r.exitCode == 2);
        Database db(office.path);
        CHECK(scalar(db, u"SELECT COUNT(*) FROM complaint"_s) == complaints + 1);
    }
    SECTION("a file that is no dump changes nothing")
    {
        const QString notADump = dir.filePath(u"not-a-dump"_s);
        QFile f(notADump);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("PGDMP? no.");
        f.close();
        const CliResult r = runCli({u"--database"_s, office.path, u"restore"_s, notADump},
                                "admin12345\n");
        INFO(r.all().toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.all().contains(u"not a backup"_s));
        Database db(office.path);
        CHECK(scalar(db, u"SELECT COUNT(*) FROM complaint"_s) == complaints + 1);
    }
    SECTION("restored")
    {
        const CliResult r = runCli({u"--database"_s, office.path, u"restore"_s, dump},
                                "admin12345\n");
        INFO(r.all().toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.all().contains(u"restored "_s));
        Database db(office.path);
        CHECK(scalar(db, u"SELECT COUNT(*) FROM complaint"_s) == complaints);
        CHECK(scalar(db, u"SELECT COUNT(*) FROM complaint WHERE description = 'sesudah "
                         "cadangan'"_s)
              == 0);
        const CheckReport check = checkDatabase(db);
        INFO(check.findings().join(u"\n"_s).toStdString());
        CHECK(check.ok());
        // The restore is the restored history's newest entry, naming what it replaced.
        CHECK(check.auditEntries == history + 1);
        SqlQuery newest(db, u"SELECT action, new_value FROM audit_entry ORDER BY id DESC "
                            "LIMIT 1"_s);
        newest.exec();
        REQUIRE(newest.next());
        CHECK(newest.text(u"action"_s) == u"database.restore"_s);
        CHECK(newest.text(u"new_value"_s).contains(u"replacedLength"_s));
        // Work goes on (aduan-cli stamped the restore with this PC's clock).
        SystemClock clock;
        Workflow(db, clock).registerComplaint(office.rina, test::walkIn(), clock.now());
        CHECK(scalar(db, u"SELECT COUNT(*) FROM complaint"_s) == complaints + 1);

        const CliResult checked = runCli({u"--database"_s, office.path, u"check"_s});
        INFO(checked.all().toStdString());
        CHECK(checked.exitCode == 0);
    }
}

TEST_CASE("aduan-cli check on PostgreSQL: the schema version and the history chain, a changed or "
          "removed entry named",
          "[check][audit][postgres]")
{
    if (!test::onPostgres()) {
        WARN("SKIP: checking a server database needs ADUAN_TEST_POSTGRES=1 (the file: "
             "test_audit_tamper.cpp)");
        return;
    }
    test::TestOffice office;
    test::runWalkthroughs(office);
    const qint64 first = scalar(*office.db, u"SELECT MIN(id) FROM audit_entry"_s);
    const qint64 last = scalar(*office.db, u"SELECT MAX(id) FROM audit_entry"_s);
    REQUIRE(last - first > 10);
    const qint64 middle = (first + last) / 2;
    // Another program's statement on the server, outside Aduan's history.
    auto tamper = [&](const QString &sql) {
        office.db->write([&] { SqlQuery(*office.db, sql).exec(); });
    };

    SECTION("a sound database")
    {
        const CliResult r = runCli({u"--database"_s, office.path, u"check"_s});
        INFO(r.all().toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.all().contains(u"integrity: ok"_s));
        CHECK(r.all().contains(u"schema:    %1 (program %1)"_s.arg(Database::programSchemaVersion())));
        CHECK(r.all().contains(u"audit:     ok"_s));
    }
    SECTION("one entry's new value changed")
    {
        tamper(u"UPDATE audit_entry SET new_value = '{\"subject\":\"diubah\"}' WHERE id = %1"_s
                   .arg(middle));
        const CliResult r = runCli({u"--database"_s, office.path, u"check"_s});
        INFO(r.all().toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.all().contains(u"first broken entry: %1 "_s.arg(middle)));
        CHECK(r.all().contains(u"entry %1 was changed"_s.arg(middle)));
    }
    SECTION("an entry in the middle removed")
    {
        tamper(u"DELETE FROM audit_entry WHERE id = %1"_s.arg(middle));
        const CliResult r = runCli({u"--database"_s, office.path, u"check"_s});
        INFO(r.all().toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.all().contains(u"entry %1 does not link"_s.arg(middle + 1)));
    }
    SECTION("the newest entries removed")
    {
        tamper(u"DELETE FROM audit_entry WHERE id >= %1"_s.arg(last - 1));
        const CliResult r = runCli({u"--database"_s, office.path, u"check"_s});
        INFO(r.all().toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.all().contains(u"newest entries are missing"_s));
    }
    SECTION("a constraint switched off is the server's finding")
    {
        tamper(u"ALTER TABLE complaint DISABLE TRIGGER ALL"_s);
        const CliResult r = runCli({u"--database"_s, office.path, u"check"_s});
        INFO(r.all().toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.all().contains(u"integrity: FAILED"_s));
        CHECK(r.all().contains(u"switched off"_s));
    }
}
