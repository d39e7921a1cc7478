#include "security/dailybackup.h"

#include "settings/appsettings.h"
#include "storage/autobackup.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <exception>

namespace aduan::gui {

namespace {
QString tr(const char *text)
{
    // The context lupdate gives tr() calls in free functions of this namespace.
    return QCoreApplication::translate("aduan::gui", text);
}
} // namespace

DailyBackupOutcome runDailyBackup(Database &db, const Clock &clock)
{
    DailyBackupOutcome outcome;
    try {
        const QString folder = AppSettings::effectiveBackupFolder();
        const int keep = std::max(1, AppSettings::backupCopies().value());
        const auto written = backupIfDue(db, folder, keep, clock.now(),
                                         SettingsStore(db).calendar().timeZone());
        if (written) {
            outcome.result = DailyBackupOutcome::Result::Written;
            outcome.message = tr("Today's backup was saved: %1")
                                  .arg(QDir::toNativeSeparators(*written));
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

} // namespace aduan::gui
