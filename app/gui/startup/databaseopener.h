#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace aduan {
class Clock;
class Database;
} // namespace aduan

namespace aduan::gui {

/// Opens an existing database file. Throws aduan::Error (FileMissing names the path: a missing
/// share is never replaced by a new empty database). `beforeMigration` is called just before an
/// older file's schema is brought up to date (OpenOptions::beforeMigration).
std::unique_ptr<Database> openDatabase(const QString &path,
                                       const std::function<void()> &beforeMigration = {});

/// Where the demo database lives: demo.sqlite in the application's data folder.
QString demoDatabasePath();
/// Opens the demo database, creating it (createDemoDatabase) when absent.
std::unique_ptr<Database> openDemoDatabase(const Clock &clock);

} // namespace aduan::gui
