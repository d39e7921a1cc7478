// Backups: `aduan-cli backup` while another process writes, `aduan-cli restore`, and the
// automatic backup at the first start of each office day.
#include "catch_qt.h"
#include "clirun.h"
#include "testoffice.h"

#include "storage/autobackup.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/sqlquery.h"
#include "util/error.h"
#include "workflow/workflow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

namespace {

using test::CliResult;
using test::runCli;

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

qint64 complaintCount(const QString &path)
{
    Database db(path);
    return SqlQuery(db, u"SELECT COUNT(*) FROM complaint"_s).scalar().toLongLong();
}

void registerSome(test::TestOffice &office, int count)
{
    Workflow wf(*office.db, office.clock);
    for (int i = 0; i < count; ++i) {
        ComplaintDraft d;
        d.complainant = Complainant{u"Pengadu %1"_s.arg(i), {}, Gender::Unknown, {}, {}};
        d.requirements.insert(u"identity_card"_s, {true, {}});
        d.requirements.insert(u"evidence"_s, {true, {}});
        d.subject = u"Aduan %1"_s.arg(i);
        d.description = u"Uji cadangan."_s;
        wf.registerComplaint(office.rina, d, office.clock.now());
    }
}

} // namespace

// [file]: about the shared file itself (backups as SQLite files (VACUUM INTO));
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("Backups taken while another process writes open and pass the check",
          "[file][robustness][multiprocess][backup]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    const qint64 rina = office.rina;
    office.db.reset();
    QTemporaryDir dir;

    QProcess writer;
    writer.start(QStringLiteral(ADUAN_TEST_WORKER),
                 {u"register"_s, office.path, QString::number(rina), u"100000"_s, u"0"_s,
                  u"2026-03-02T02:00:00Z"_s});
    struct Stop {
        QProcess &p;
        ~Stop()
        {
            if (p.state() != QProcess::NotRunning) {
                p.kill();
                p.waitForFinished(5000);
            }
        }
    } stop{writer};
    REQUIRE(writer.waitForStarted(10000));
    QByteArray written;
    auto linesWritten = [&] {
        written += writer.readAllStandardOutput();
        return written.count('\n');
    };
    QElapsedTimer timer;
    timer.start();
    while (linesWritten() < 5 && timer.elapsed() < 20000)
        writer.waitForReadyRead(100);
    REQUIRE(linesWritten() >= 5);

    qint64 previous = 0;
    for (int i = 1; i <= 3; ++i) {
        INFO("backup " << i);
        const qint64 before = linesWritten();
        const QString dest = dir.filePath(u"cadangan-%1.sqlite"_s.arg(i));
        const CliResult backup = runCli({u"--database"_s, office.path, u"backup"_s, dest});
        INFO(backup.out.toStdString() << backup.err.toStdString());
        REQUIRE(backup.exitCode == 0);
        QElapsedTimer more;
        more.start();
        while (linesWritten() <= before && more.elapsed() < 10000)
            writer.waitForReadyRead(100);
        CHECK(linesWritten() > before); // the writer kept writing
        CHECK(writer.state() == QProcess::Running);
        {
            Database copy(dest);
            const CheckReport report = checkDatabase(copy);
            INFO(report.findings().join(u'\n').toStdString());
            CHECK(report.ok());
            const qint64 count =
                SqlQuery(copy, u"SELECT COUNT(*) FROM complaint"_s).scalar().toLongLong();
            CHECK(count >= previous);
            CHECK(count >= before); // everything reported saved before the backup began
            previous = count;
        }
        const CliResult check = runCli({u"--database"_s, dest, u"check"_s});
        INFO(check.out.toStdString() << check.err.toStdString());
        CHECK(check.exitCode == 0);
        CHECK(check.out.contains(u"audit:     ok"_s));
    }
    CHECK(written.startsWith("ok "));
    CHECK_FALSE(written.contains("error"));
}

// [file]: about the shared file itself (restoring a file);
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("aduan-cli restore keeps the current file aside and brings the backup back",
          "[file][robustness][backup][restore]")
{
    test::TestOffice office(wib(2026, 3, 2, 9, 0));
    QTemporaryDir dir;
    registerSome(office, 2);
    const QString backup = dir.filePath(u"cadangan.sqlite"_s);
    REQUIRE(runCli({u"--database"_s, office.path, u"backup"_s, backup}).exitCode == 0);
    const QByteArray backupBytes = fileHash(backup);
    registerSome(office, 3);
    office.db.reset();
    const QString folder = QFileInfo(office.path).absolutePath();
    const QString name = QFileInfo(office.path).fileName();
    auto aside = [&] {
        return QDir(folder).entryList({name + u".before-restore-*"_s}, QDir::Files);
    };

    const QString adminPassword = dir.filePath(u"sandi-admin"_s);
    {
        QFile f(adminPassword);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("admin12345\n");
    }
    SECTION("a sound backup")
    {
        const CliResult r = runCli({u"--database"_s, office.path, u"restore"_s, backup,
                                 u"--password-file"_s, adminPassword});
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(u"kept as"_s));
        CHECK(complaintCount(office.path) == 2);
        REQUIRE(aside().size() == 1);
        CHECK(complaintCount(QDir(folder).filePath(aside().first())) == 5);
        CHECK(fileHash(backup) == backupBytes); // the backup itself is not touched
        CHECK(runCli({u"--database"_s, office.path, u"check"_s}).exitCode == 0);
        // Work goes on in the restored file.
        Database db(office.path);
        // After the restore's history entry, stamped by this PC's real clock.
        ManualClock clock(QDateTime::currentDateTimeUtc());
        ComplaintDraft d;
        d.complainant = Complainant{u"Eko"_s, {}, Gender::Unknown, {}, {}};
        d.requirements.insert(u"identity_card"_s, {true, {}});
        d.requirements.insert(u"evidence"_s, {true, {}});
        d.subject = u"Setelah pemulihan"_s;
        d.description = u"-"_s;
        CHECK(Workflow(db, clock).registerComplaint(office.rina, d, clock.now())
                  .agendaNumber.startsWith(u"0003/ADUAN/"_s));
    }
    SECTION("an unusable backup changes nothing")
    {
        const QByteArray current = fileHash(office.path);
        const QString text = dir.filePath(u"bukan.sqlite"_s);
        {
            QFile f(text);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write("bukan cadangan\n");
        }
        const QString tampered = dir.filePath(u"diubah.sqlite"_s);
        REQUIRE(QFile::copy(backup, tampered));
        REQUIRE(QProcess::execute(u"sqlite3"_s,
                                  {tampered, u"UPDATE audit_entry SET new_value = '{}' WHERE id = "
                                             "(SELECT MIN(id) FROM audit_entry);"_s})
                == 0);
        for (const QString &bad : {text, tampered, dir.filePath(u"tidak-ada.sqlite"_s)}) {
            INFO(bad.toStdString());
            const CliResult r = runCli({u"--database"_s, office.path, u"restore"_s, bad,
                                     u"--password-file"_s, adminPassword});
            INFO(r.out.toStdString() << r.err.toStdString());
            CHECK(r.exitCode != 0);
            CHECK(r.err.contains(u"nothing"_s, Qt::CaseInsensitive));
            CHECK(fileHash(office.path) == current);
            CHECK(aside().isEmpty());
            CHECK(QDir(folder).entryList({name + u".restoring-*"_s}).isEmpty());
        }
    }
}

// [file]: about the shared file itself (backup files beside the database);
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("The automatic backup: one per office day, the oldest beyond the number kept removed",
          "[file][robustness][backup][autobackup]")
{
    test::TestOffice office(wib(2026, 3, 2, 8, 0));
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"cadangan"_s); // made on first use
    const QTimeZone wibZone(7 * 3600);

    // The first start of Monday 2 March.
    auto made = backupIfDue(*office.db, folder, 7, wib(2026, 3, 2, 7, 45), wibZone);
    REQUIRE(made.has_value());
    CHECK(QFileInfo(*made).fileName() == u"aduan-2026-03-02.sqlite"_s);
    {
        Database copy(*made);
        CHECK(checkDatabase(copy).ok());
    }
    // Later starts that day: nothing more.
    CHECK_FALSE(backupIfDue(*office.db, folder, 7, wib(2026, 3, 2, 15, 59), wibZone).has_value());
    CHECK(autoBackups(folder) == QStringList{u"aduan-2026-03-02.sqlite"_s});
    // 17:30 UTC on 2 March is already 00:30 on 3 March in Blitar: a new office day.
    made = backupIfDue(*office.db, folder, 7,
                       QDateTime(QDate(2026, 3, 2), QTime(17, 30), QTimeZone::utc()), wibZone);
    REQUIRE(made.has_value());
    CHECK(QFileInfo(*made).fileName() == u"aduan-2026-03-03.sqlite"_s);

    // Other files in the folder are left alone; a temporary file of an earlier crash goes.
    const QStringList foreign{u"catatan.txt"_s, u"aduan-manual.sqlite"_s};
    for (const QString &f : foreign) {
        QFile file(QDir(folder).filePath(f));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    const QString stale = QDir(folder).filePath(u"aduan-2026-03-03.sqlite.partial-123-0"_s);
    {
        QFile file(stale);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("half");
    }
    // Ten more days, keeping 7 copies.
    for (int day = 4; day <= 13; ++day)
        REQUIRE(backupIfDue(*office.db, folder, 7, wib(2026, 3, day, 7, 30), wibZone).has_value());
    QStringList expected;
    for (int day = 7; day <= 13; ++day)
        expected << autoBackupFileName(QDate(2026, 3, day));
    CHECK(autoBackups(folder) == expected);
    for (const QString &f : foreign)
        CHECK(QFile::exists(QDir(folder).filePath(f)));
    CHECK_FALSE(QFile::exists(stale));
    CHECK(QDir(folder).entryList({u"*.partial-*"_s}).isEmpty());
}
