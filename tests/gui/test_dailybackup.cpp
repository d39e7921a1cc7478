// The automatic backup of the day (app/gui/security/dailybackup) runs on a worker thread with a
// connection of its own, so the window keeps working while a large file is copied; its outcome
// comes back on the GUI thread; a second start the same office day writes nothing.
#include "catch_qt.h"
#include "testoffice.h"

#include "security/dailybackup.h"
#include "settings/appsettings.h"
#include "storage/autobackup.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;
using namespace aduan;

TEST_CASE("The day's backup runs beside the window and reports on the GUI thread", "[backup]")
{
    test::TestOffice office;
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    gui::AppSettings::backupFolder().setValue(folder.path());
    QObject context;

    std::optional<gui::DailyBackupOutcome> outcome;
    QThread *calledOn = nullptr;
    auto start = [&] {
        outcome.reset();
        gui::startDailyBackup(office.db->path(), office.clock, &context,
                              [&](const gui::DailyBackupOutcome &o) {
                                  outcome = o;
                                  calledOn = QThread::currentThread();
                              });
        // The GUI thread's own connection keeps reading meanwhile.
        CHECK(SqlQuery(*office.db, u"SELECT COUNT(*) FROM app_user"_s).scalar().toInt() > 0);
        REQUIRE(QTest::qWaitFor([&] { return outcome.has_value(); }, 20000));
    };

    start();
    CHECK(outcome->result == gui::DailyBackupOutcome::Result::Written);
    CHECK(calledOn == QThread::currentThread());
    const QStringList copies = QDir(folder.path()).entryList(QDir::Files);
    REQUIRE(copies.size() == 1);
    CHECK(outcome->message.contains(copies.first()));
    // The copy is a database that opens.
    Database copy(QDir(folder.path()).filePath(copies.first()));
    CHECK(SqlQuery(copy, u"SELECT COUNT(*) FROM app_user"_s).scalar().toInt() > 0);

    start();
    CHECK(outcome->result == gui::DailyBackupOutcome::Result::AlreadyDone);
    CHECK(QDir(folder.path()).entryList(QDir::Files).size() == 1);

    // An unreachable folder is reported, not thrown.
    gui::AppSettings::backupFolder().setValue(folder.filePath(u"missing/deeper"_s));
    QFile::remove(QDir(folder.path()).filePath(copies.first()));
    office.clock.set(office.clock.now().addDays(1));
    QFile blocker(folder.filePath(u"missing"_s));
    REQUIRE(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    blocker.close();
    start();
    CHECK(outcome->result == gui::DailyBackupOutcome::Result::Failed);
    CHECK_FALSE(outcome->message.isEmpty());
    gui::AppSettings::backupFolder().setValue(QString());
}

TEST_CASE("Without a chosen folder the day's backup goes beside the database, not to this PC",
          "[backup][issue14]")
{
    test::TestOffice office;
    gui::AppSettings::backupFolder().setValue(QString());
    const QString folder = gui::AppSettings::effectiveBackupFolder(office.path);
    CHECK(QFileInfo(folder).absolutePath() == QFileInfo(office.path).absolutePath());
    const gui::DailyBackupOutcome outcome = gui::runDailyBackup(office.path, folder, 3, office.clock);
    CHECK(outcome.result == gui::DailyBackupOutcome::Result::Written);
    CHECK(autoBackups(folder).size() == 1);
    CHECK_FALSE(outcome.message.contains(u"full copy"_s));

    // A folder the administrator chose elsewhere works, with the warning of what it holds.
    QTemporaryDir local;
    office.clock.set(office.clock.now().addDays(1));
    const gui::DailyBackupOutcome chosen =
        gui::runDailyBackup(office.path, local.path(), 3, office.clock);
    CHECK(chosen.result == gui::DailyBackupOutcome::Result::Written);
    CHECK(chosen.message.contains(u"full copy"_s));
}
