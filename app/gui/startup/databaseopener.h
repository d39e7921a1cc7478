#pragma once

#include <QString>

#include <memory>

namespace aduan {
class Clock;
class Database;
} // namespace aduan

namespace aduan::gui {

/// Opens an existing database file. Throws aduan::Error (FileMissing names the path: a missing
/// share is never replaced by a new empty database).
std::unique_ptr<Database> openDatabase(const QString &path);

/// Where the demo database lives: demo.sqlite in the application's data folder.
QString demoDatabasePath();
/// Opens the demo database, creating it (createDemoDatabase) when absent.
std::unique_ptr<Database> openDemoDatabase(const Clock &clock);

} // namespace aduan::gui
