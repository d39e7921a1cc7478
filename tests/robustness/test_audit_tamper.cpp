// The tamper-evident history: an entry changed, removed from the middle or cut off the end with
// another program (the sqlite3 shell) is found by `aduan-cli check`, which names the entry.
#include "catch_qt.h"
#include "testoffice.h"
#include "walkthroughs.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "workflow/workflow.h"

#include <QProcess>

using namespace Qt::StringLiterals;
using namespace aduan;

namespace {

struct CliResult {
    int exitCode = -1;
    QString out;
};

CliResult check(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral(ADUAN_CLI), {u"--database"_s, path, u"check"_s});
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

void sqlite3(const QString &path, const QString &sql)
{
    QProcess p;
    p.start(u"sqlite3"_s, {path, sql});
    REQUIRE(p.waitForFinished(30000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
}

qint64 scalar(const QString &path, const QString &sql)
{
    Database db(path);
    return SqlQuery(db, sql).scalar().toLongLong();
}

} // namespace

// [file]: about the shared file itself (tampers through the sqlite3 program);
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("aduan-cli check finds a changed, removed or cut-off audit entry and names it",
          "[file][robustness][audit][check]")
{
    test::TestOffice office;
    test::runWalkthroughs(office);
    const qint64 rina = office.rina;
    office.db.reset();
    const qint64 first = scalar(office.path, u"SELECT MIN(id) FROM audit_entry"_s);
    const qint64 last = scalar(office.path, u"SELECT MAX(id) FROM audit_entry"_s);
    REQUIRE(last - first > 10);
    const qint64 middle = (first + last) / 2;

    SECTION("a sound file")
    {
        const CliResult r = check(office.path);
        INFO(r.out.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u"integrity: ok"_s));
        CHECK(r.out.contains(u"audit:     ok"_s));
    }
    SECTION("one entry's new value changed")
    {
        sqlite3(office.path, u"UPDATE audit_entry SET new_value = '{\"subject\":\"diubah\"}' "
                             "WHERE id = %1;"_s.arg(middle));
        const CliResult r = check(office.path);
        INFO(r.out.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.contains(u"first broken entry: %1 "_s.arg(middle)));
        CHECK(r.out.contains(u"entry %1 was changed"_s.arg(middle)));
    }
    SECTION("an entry in the middle removed")
    {
        sqlite3(office.path, u"DELETE FROM audit_entry WHERE id = %1;"_s.arg(middle));
        const CliResult r = check(office.path);
        INFO(r.out.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.contains(u"first broken entry: %1 "_s.arg(middle + 1)));
        CHECK(r.out.contains(u"entry %1 does not link"_s.arg(middle + 1)));
    }
    SECTION("the newest entries removed")
    {
        sqlite3(office.path, u"DELETE FROM audit_entry WHERE id >= %1;"_s.arg(last - 1));
        const CliResult r = check(office.path);
        INFO(r.out.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.contains(u"first broken entry: %1 "_s.arg(last - 1)));
        CHECK(r.out.contains(u"newest entries are missing"_s));
        CHECK(r.out.contains(u"up to entry %1"_s.arg(last)));

        // Saving more afterwards does not hide the cut: the next entry links to the missing one.
        {
            Database db(office.path);
            ManualClock clock(test::wib(2026, 4, 7, 9, 0));
            ComplaintDraft d;
            d.complainant = Complainant{u"Eko"_s, {}, Gender::Unknown, {}, {}};
            d.requirements.insert(u"identity_card"_s, {true, {}});
            d.requirements.insert(u"evidence"_s, {true, {}});
            d.subject = u"Sesudahnya"_s;
            d.description = u"-"_s;
            Workflow(db, clock).registerComplaint(rina, d, clock.now());
            const AuditVerification v = AuditLog(db).verify();
            CHECK_FALSE(v.ok);
            CHECK(v.firstBrokenId == last - 1);
        }
        CHECK(check(office.path).exitCode == 1);
    }
    SECTION("the recorded head removed as well")
    {
        sqlite3(office.path, u"DELETE FROM audit_entry WHERE id = %1; DELETE FROM meta WHERE key "
                             "LIKE 'audit_%';"_s.arg(last));
        const CliResult r = check(office.path);
        INFO(r.out.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.contains(u"missing from the meta table"_s));
    }
}
