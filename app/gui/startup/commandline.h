#pragma once

#include <QString>
#include <QStringList>

namespace aduan::gui {

/// What `aduan [--database PATH] [--demo] [--lang id|en] [--help] [--version]` asks for.
struct CommandLine {
    QString databasePath; ///< empty = the one this PC is set up for
    bool demo = false;    ///< open (creating if absent) the demo database
    QString language;     ///< "id", "en", or empty = the saved choice
};

/// Parses the arguments. --help and --version print and exit (QCommandLineParser); a bad option
/// or language prints the problem and exits with status 2.
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace aduan::gui
