#include "security/dailybackup.h"

#include "settings/appsettings.h"
#include "storage/autobackup.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QThread>

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

namespace aduan::gui {

namespace {
QString tr(const char *text)
{
    // The context lupdate gives tr() calls in free functions of this namespace.
    return QCoreApplication::translate("aduan::gui", text);
}
} // namespace

DailyBackupOutcome runDailyBackup(const QString &databasePath, const QString &pcFolder,
                                  int keep, const Clock &clock)
{
    DailyBackupOutcome outcome;
    try {
        OpenOptions options;
        options.quickCheckMaxBytes = 0; // the window's own opening checked it
        Database db(databasePath, options);
        const QString folder = backupFolderFor(db, pcFolder);
        const auto written = backupIfDue(db, folder, std::max(1, keep), clock.now(),
                                         SettingsStore(db).calendar().timeZone());
        if (written) {
            outcome.result = DailyBackupOutcome::Result::Written;
            outcome.message = tr("Today's backup was saved: %1")
                                  .arg(QDir::toNativeSeparators(*written));
            const QString warning = backupFolderWarning(folder, databasePath);
            if (!warning.isEmpty())
                outcome.message += u' ' + warning;
        }
    } catch (const Error &error) {
        outcome.result = DailyBackupOutcome::Result::Failed;
        outcome.message = error.message();
    } catch (const std::exception &e) {
        outcome.result = DailyBackupOutcome::Result::Failed;
        outcome.message = tr("Today's backup could not be made: %1")
                              .arg(QString::fromLocal8Bit(e.what()));
    }
    return outcome;
}

void startDailyBackup(const QString &databasePath, const Clock &clock, QObject *context,
                      std::function<void(const DailyBackupOutcome &)> done)
{
    const QString folder = AppSettings::backupFolder().value();
    const int keep = AppSettings::backupCopies().value();
    QPointer<QObject> receiver(context);
    QThread *thread = QThread::create([databasePath, folder, keep, &clock, receiver, done] {
        const DailyBackupOutcome outcome = runDailyBackup(databasePath, folder, keep, clock);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [receiver, done, outcome] {
                if (receiver)
                    done(outcome);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(u"aduan-daily-backup"_s);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, thread,
                     [thread] { thread->wait(); });
    thread->start(QThread::LowPriority);
}

} // namespace aduan::gui
