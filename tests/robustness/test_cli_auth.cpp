// aduan-cli acts as a person only with that person's password, and a restore needs an
// administrator and is recorded in the restored database's history.
#include "catch_qt.h"
#include "clirun.h"
#include "testoffice.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "workflow/workflow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

using test::CliResult;
using test::runCli;

QString passwordFile(const QTemporaryDir &dir, const QString &name, const QByteArray &password)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(password + "\n");
    return path;
}

ComplaintDraft confidential()
{
    ComplaintDraft d;
    d.confidentiality = Confidentiality::Confidential;
    d.complainant = Complainant{u"Bambang Sutrisno"_s, {}, Gender::Male, u"081234567801"_s, {}};
    d.requirements.insert(u"identity_card"_s, {true, {}});
    d.requirements.insert(u"evidence"_s, {true, {}});
    d.subject = u"Pungli oknum"_s;
    d.description = u"-"_s;
    return d;
}

} // namespace

TEST_CASE("aduan-cli prints and exports as a user only with that user's password",
          "[cli][auth][issue14]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    const QString number =
        Workflow(*office.db, office.clock)
            .registerComplaint(office.rina, confidential(), office.clock.now())
            .agendaNumber;
    office.db.reset();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"f.pdf"_s);
    const QStringList print = {u"--database"_s, office.path, u"print"_s,   u"formulir-aduan"_s,
                               u"--complaint"_s, number,     u"--pdf"_s,   pdf,
                               u"--as"_s,        u"rina"_s};

    // No password (standard input empty), a wrong one: refused, nothing written.
    CliResult r = runCli(print);
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(u"password"_s));
    CHECK_FALSE(QFile::exists(pdf));
    r = runCli(print + QStringList{u"--password-file"_s, passwordFile(dir, u"salah"_s, "salah-salah")});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(u"Login refused"_s));
    CHECK_FALSE(QFile::exists(pdf));
    // The right password, from a file or from standard input.
    r = runCli(print + QStringList{u"--password-file"_s, passwordFile(dir, u"rina"_s, "rahasia123")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(QFile::exists(pdf));
    QFile::remove(pdf);
    CHECK(runCli(print, "rahasia123\n").exitCode == 0);
    CHECK(QFile::exists(pdf));

    // An export without --as acts as the administrator: the administrator's password.
    const QStringList exportCsv = {u"--database"_s, office.path, u"export"_s, u"--csv"_s,
                                   dir.filePath(u"a.csv"_s)};
    CHECK(runCli(exportCsv).exitCode != 0);
    CHECK(runCli(exportCsv + QStringList{u"--password-file"_s,
                                      passwordFile(dir, u"rina2"_s, "rahasia123")})
              .exitCode
          != 0);
    CHECK(runCli(exportCsv + QStringList{u"--password-file"_s,
                                      passwordFile(dir, u"admin"_s, "admin12345")})
              .exitCode
          == 0);
    // The failures counted like the window's.
    Database db(office.path);
    CHECK(SqlQuery(db, u"SELECT COUNT(*) FROM audit_entry WHERE action = 'login.failed'"_s)
              .scalar()
              .toInt()
          >= 2);
}

// [file]: about the shared file itself (restoring a file);
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("aduan-cli restore needs an administrator and is recorded in the restored history",
          "[file][cli][auth][restore][issue14]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    QTemporaryDir dir;
    const QString backup = dir.filePath(u"cadangan.sqlite"_s);
    office.db.reset();
    REQUIRE(runCli({u"--database"_s, office.path, u"backup"_s, backup}).exitCode == 0);
    const QStringList restore = {u"--database"_s, office.path, u"restore"_s, backup};

    CHECK(runCli(restore).exitCode != 0); // no password
    CHECK(runCli(restore + QStringList{u"--as"_s, u"rina"_s, u"--password-file"_s,
                                    passwordFile(dir, u"rina"_s, "rahasia123")})
              .exitCode
          != 0); // not an administrator
    CHECK(runCli(restore + QStringList{u"--password-file"_s, passwordFile(dir, u"x"_s, "salah-salah")})
              .exitCode
          != 0);
    // Refusals change nothing but the count of failed logins in the current file.
    {
        Database db(office.path);
        CHECK(SqlQuery(db, u"SELECT COUNT(*) FROM complaint"_s).scalar().toInt() == 0);
    }
    CHECK(QFileInfo(office.path).dir().entryList({u"*.before-restore-*"_s}).isEmpty());

    const CliResult r = runCli(restore + QStringList{u"--password-file"_s,
                                                  passwordFile(dir, u"admin"_s, "admin12345")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    Database db(office.path);
    SqlQuery q(db, u"SELECT new_value FROM audit_entry WHERE action = 'database.restore'"_s);
    q.exec();
    REQUIRE(q.next());
    CHECK(q.text(u"new_value"_s).contains(u"cadangan.sqlite"_s));
    CHECK(q.text(u"new_value"_s).contains(u"admin"_s));
    CHECK(QFileInfo(office.path).dir().entryList({u"*.before-restore-*"_s}).size() == 1);
    CHECK(runCli({u"--database"_s, office.path, u"check"_s}).exitCode == 0);
}

TEST_CASE("aduan-cli print penyaluran refuses a complaint that was not referred",
          "[cli][issue18]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    const QString number =
        Workflow(*office.db, office.clock)
            .registerComplaint(office.rina, confidential(), office.clock.now())
            .agendaNumber;
    office.db.reset();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"penyaluran.pdf"_s);
    const CliResult r =
        runCli({u"--database"_s, office.path, u"print"_s, u"penyaluran"_s, u"--complaint"_s, number,
             u"--pdf"_s, pdf, u"--as"_s, u"rina"_s, u"--password-file"_s,
             passwordFile(dir, u"rina"_s, "rahasia123")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(u"was not referred to another agency"_s));
    CHECK(r.err.contains(number));
    CHECK_FALSE(QFile::exists(pdf)); // no blank letter
}
