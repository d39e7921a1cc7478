#pragma once

#include <QCommandLineOption>
#include <QString>

namespace aduan {
class Database;
}

namespace aduan::cli {

/// --as USERNAME: whose rights an export or print follows (confidential identities are blanked
/// for a user without the right). Without it: the first active administrator. Note that the
/// command line does not authenticate: whoever can read the database file can read it all
/// (README, threat model).
QCommandLineOption viewerOption();
/// The id of the chosen user; throws aduan::Error(NotFound) naming an unknown user.
qint64 viewerId(Database &db, const QString &username);

} // namespace aduan::cli
