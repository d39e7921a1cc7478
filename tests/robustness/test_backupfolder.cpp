// The automatic backups stay with the data: beside the database on the share by default,
// written once a day by the first PC even when several start together, readable by their
// owner only; a folder elsewhere is warned about.
#include "catch_qt.h"
#include "testoffice.h"

#include "storage/autobackup.h"
#include "storage/database.h"
#include "storage/settingsstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace aduan;
using aduan::test::wib;

// [file]: about the shared file itself (daily backups in a folder beside the file);
// left out on PostgreSQL (core_tests_postgres).
TEST_CASE("Backups go beside the database, once a day, readable by their owner only",
          "[file][backup][autobackup][issue14]")
{
    test::TestOffice office(wib(2026, 3, 2, 8, 0));
    const QTimeZone zone(7 * 3600);
    const QString folder = defaultBackupFolder(office.path);
    CHECK(QFileInfo(folder).absolutePath() == QFileInfo(office.path).absolutePath());
    CHECK(QFileInfo(folder).fileName() == QFileInfo(office.path).completeBaseName() + u"-backups"_s);
    CHECK(backupFolderWarning(folder, office.path).isEmpty());
    QTemporaryDir elsewhere;
    CHECK(backupFolderWarning(elsewhere.path(), office.path).contains(u"full copy"_s));

    SECTION("owner-only file")
    {
        const auto made = backupIfDue(*office.db, folder, 7, office.clock.now(), zone);
        REQUIRE(made.has_value());
        CHECK(QFileInfo(*made).absolutePath() == QDir(folder).absolutePath());
        const QFile::Permissions p = QFile::permissions(*made);
        CHECK((p & QFile::ReadOwner));
        CHECK_FALSE((p & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup
                          | QFile::WriteOther)));
        // Nothing else is left in the folder (no temporary copy, no claim).
        CHECK(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
              == QStringList{QFileInfo(*made).fileName()});
    }
    SECTION("another PC is writing today's backup: this one writes nothing")
    {
        QDir().mkpath(folder);
        QFile claim(QDir(folder).filePath(autoBackupFileName(QDate(2026, 3, 2)) + u".claim"_s));
        REQUIRE(claim.open(QIODevice::WriteOnly));
        claim.close();
        CHECK_FALSE(backupIfDue(*office.db, folder, 7, office.clock.now(), zone).has_value());
        CHECK(autoBackups(folder).isEmpty());
    }
    SECTION("four PCs starting together write one backup")
    {
        office.db.reset();
        std::atomic<int> written = 0;
        std::atomic<int> failed = 0;
        QList<QThread *> pcs;
        for (int i = 0; i < 4; ++i) {
            pcs << QThread::create([&] {
                try {
                    Database db(office.path);
                    if (backupIfDue(db, folder, 7, wib(2026, 3, 2, 8, 0), zone))
                        ++written;
                } catch (...) {
                    ++failed;
                }
            });
        }
        for (QThread *t : pcs)
            t->start();
        for (QThread *t : pcs) {
            t->wait();
            delete t;
        }
        CHECK(failed == 0);
        CHECK(written == 1);
        CHECK(autoBackups(folder).size() == 1);
    }
}
