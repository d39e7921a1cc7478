#include "cli.h"
#include "commands/viewer.h"

#include "admin/restoration.h"
#include "storage/sqldialect.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace aduan::cli {

int runRestore(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"SRC"_s, u"The backup file."_s);
    parseActingCommand(
        ctx, parser,
        u"Restores a backup over the database (--database). The backup is copied and the copy "
        "must pass the full check first; the backup file itself is not changed. The current "
        "file is kept aside as FILE.before-restore-YYYYMMDD-HHMMSS. Close Aduan on every PC "
        "first. Needs an administrator (--as, default: the first administrator of the current "
        "database) and that administrator's password; the restore is recorded in the restored "
        "database's history. On a PostgreSQL database (--database postgresql://...), SRC is a "
        "backup written by aduan-cli backup (pg_dump's custom format): it is checked with "
        "pg_restore --list, restored in place in one transaction with pg_restore, then the full "
        "check must pass."_s);
    if (parser.positionalArguments().size() != 1 || ctx.databasePath.isEmpty()) {
        ctx.err << parser.helpText();
        return 2;
    }
    const QString source = parser.positionalArguments().constFirst();
    // A file by its absolute path; a server's location as given.
    const QString target = makeDialect(ctx.databasePath)->isFile()
                               ? QFileInfo(ctx.databasePath).absoluteFilePath()
                               : ctx.databasePath;
    QString username = parser.value(u"as"_s).trimmed();
    if (username.isEmpty()) {
        username = firstAdministrator(target);
        if (username.isEmpty()) {
            ctx.err << u"Name the administrator who restores with --as USERNAME.\n"_s;
            return 2;
        }
    }
    const QString password = readPassword(ctx, parser, username);
    SystemClock clock;
    const QString kept = restoreAsAdministrator(source, target, username, password, clock);
    if (!kept.isEmpty())
        ctx.out << u"current database kept as "_s << kept << u'\n';
    ctx.out << u"restored "_s << QFileInfo(source).absoluteFilePath() << u" to "_s
            << makeDialect(target)->shownLocation(target) << u'\n';
    return 0;
}

} // namespace aduan::cli
