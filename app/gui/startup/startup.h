#pragma once

class QApplication;

namespace aduan::gui {

struct CommandLine;

/// From the command line to the main window: the language, the database (demo, --database, the
/// one this PC is set up for, or the setup dialog), the login, the session. Returns the exit
/// status.
int run(QApplication &app, const CommandLine &commandLine);

} // namespace aduan::gui
