#include "startup/databaseopener.h"

#include "demo/demodata.h"
#include "storage/database.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace aduan::gui {

std::unique_ptr<Database> openDatabase(const QString &path,
                                       const std::function<void()> &beforeMigration)
{
    OpenOptions options;
    options.mode = OpenOptions::Mode::OpenExisting;
    options.beforeMigration = beforeMigration;
    return std::make_unique<Database>(path, options);
}

QString demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"demo.sqlite"_s);
}

std::unique_ptr<Database> openDemoDatabase(const Clock &clock)
{
    const QString path = demoDatabasePath();
    if (!QFileInfo::exists(path)) {
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder)) {
            throw Error(Error::Code::FileMissing,
                        QCoreApplication::translate("aduan::gui::DatabaseOpener",
                                                    "The folder %1 for the demo database could "
                                                    "not be created.")
                            .arg(QDir::toNativeSeparators(folder)));
        }
        createDemoDatabase(path, DemoOptions{}, clock);
    }
    return openDatabase(path);
}

} // namespace aduan::gui
