#pragma once

#include <QString>

class QApplication;

namespace aduan::gui {

struct CommandLine;

/// Makes the screens speak `language`: "id" (Indonesian, also for anything unknown) or "en"
/// (English). Installs Aduan's translations (embedded under :/i18n) and, for Indonesian, Qt's own
/// (message-box buttons, file and print dialogs); sets the default locale to Indonesian, so
/// dates, times and numbers follow the office's conventions in either language. Removes what an
/// earlier call installed. Call it before creating any window. Returns "id" or "en".
QString installLanguage(const QString &language);

/// Undoes installLanguage(): removes every translator it installed (the screens speak the
/// English source texts again) and gives back the default locale that was in effect before its
/// first call. For tests that switch the language of the whole process and must leave it as
/// they found it; does nothing when no language was installed.
void removeLanguage();

/// From the command line to the main window: the language, the database (demo, --database, the
/// one this PC is set up for, or the setup dialog), the login, the session. Returns the exit
/// status.
int run(QApplication &app, const CommandLine &commandLine);

} // namespace aduan::gui
