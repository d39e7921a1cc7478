// A history cut short at its newest end — the newest entries deleted and the recorded head
// adjusted to match, so that the chain itself is consistent — is noticed against the longest
// history this PC has seen of the database.
#include "catch_qt.h"
#include "testoffice.h"

#include "storage/auditlog.h"
#include "storage/chainmemory.h"
#include "storage/sqlquery.h"
#include "workflow/workflow.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;
using aduan::test::walkIn;

namespace {

/// Deletes the newest `n` entries and records the new end as the head, as someone with the
/// sqlite3 shell and the README could.
void cutHistory(Database &db, int n)
{
    SqlQuery(db, u"DELETE FROM audit_entry WHERE id IN (SELECT id FROM audit_entry ORDER BY id "
                 "DESC LIMIT :n)"_s)
        .bind(u":n"_s, n)
        .exec();
    SqlQuery(db, u"UPDATE meta SET value = (SELECT COUNT(*) FROM audit_entry) WHERE key = "
                 "'audit_length'"_s)
        .exec();
    SqlQuery(db, u"UPDATE meta SET value = (SELECT MAX(id) FROM audit_entry) WHERE key = "
                 "'audit_head_id'"_s)
        .exec();
    SqlQuery(db, u"UPDATE meta SET value = (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT "
                 "1) WHERE key = 'audit_head'"_s)
        .exec();
}

} // namespace

TEST_CASE("A history cut short at its newest end is noticed against what this PC saw",
          "[audit][history][issue14]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow wf(*office.db, office.clock);
    QTemporaryDir dir;
    const ChainMemory memory(dir.filePath(u"seen.json"_s));
    wf.registerComplaint(office.rina, walkIn(), office.clock.now());
    memory.remember(*office.db);
    CHECK_FALSE(memory.shortfall(*office.db).has_value());
    wf.registerComplaint(office.rina, walkIn(), office.clock.now());
    wf.registerComplaint(office.rina, walkIn(), office.clock.now());
    CHECK_FALSE(memory.shortfall(*office.db).has_value()); // longer than seen is fine
    memory.remember(*office.db);
    const qint64 length =
        SqlQuery(*office.db, u"SELECT COUNT(*) FROM audit_entry"_s).scalar().toLongLong();

    cutHistory(*office.db, 2);
    REQUIRE(AuditLog(*office.db).verify().ok); // the chain alone cannot show it
    const auto found = memory.shortfall(*office.db);
    REQUIRE(found.has_value());
    CHECK(found->contains(u"cut short"_s));
    CHECK(found->contains(u"saw %1 entries"_s.arg(length)));
    CHECK(found->contains(u"holds %1"_s.arg(length - 2)));
    // Remembering a shorter history does not forget the longer one.
    memory.remember(*office.db);
    CHECK(memory.shortfall(*office.db).has_value());
}

TEST_CASE("aduan-cli check remembers the history it saw and reports one cut short",
          "[audit][history][check][issue14]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    Workflow(*office.db, office.clock).registerComplaint(office.rina, walkIn(), office.clock.now());
    QTemporaryDir home;
    auto check = [&] {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, home.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ADUAN_CLI), {u"--database"_s, office.path, u"check"_s});
        REQUIRE(p.waitForFinished(60000));
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
    };
    auto [code, out] = check();
    INFO(out.toStdString());
    CHECK(code == 0);
    cutHistory(*office.db, 1);
    std::tie(code, out) = check();
    INFO(out.toStdString());
    CHECK(code == 1);
    CHECK(out.contains(u"CUT SHORT"_s));
}
