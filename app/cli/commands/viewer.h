#pragma once

#include "domain/user.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace aduan {
class Database;
}

namespace aduan::cli {

struct Context;

/// --as USERNAME (whose rights an export or print follows: confidential identities are blanked
/// for a user without the right; default: the first active administrator) and
/// --password-file FILE (the password on the file's first line, for scripts; keep the file
/// readable by its owner only). Without --password-file the password is asked on the terminal
/// without echo, or read as one line from standard input when that is not a terminal.
QList<QCommandLineOption> actingUserOptions();

/// An option --`name` FILE naming a file a command writes (CSV, XLSX, PDF).
QCommandLineOption fileOption(const QString &name, const QString &description);

/// Sets `parser` up for a command that acts as a user — `description` for --help, --help,
/// `options`, then actingUserOptions() — and parses the command's arguments
/// (QCommandLineParser::process: --help prints the help and exits; an unknown option exits
/// with its message). Positional arguments are added to `parser` before.
void parseActingCommand(Context &ctx, QCommandLineParser &parser, const QString &description,
                        const QList<QCommandLineOption> &options = {});

/// The user a command acts as, after checking that user's password through the same
/// Authenticator as the window (failures count towards the lockout). Throws aduan::Error:
/// Forbidden for a wrong password, an unknown, inactive or locked user (one message);
/// NotFound when no user is named and the database has no active administrator; Invalid when
/// no password could be read.
User actingUser(Context &ctx, Database &db, const QCommandLineParser &parser);

/// The password for `username`: from --password-file, else asked (see actingUserOptions()).
/// Throws aduan::Error(Invalid) when none could be read.
QString readPassword(Context &ctx, const QCommandLineParser &parser, const QString &username);

/// The username of the first active administrator of the database `path` (opened read-only:
/// never migrated or written); empty when it cannot be opened or has none.
QString firstAdministrator(const QString &path);

} // namespace aduan::cli
