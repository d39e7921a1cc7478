#include "cli.h"

#include "storage/database.h"
#include "storage/maintenance.h"
#include "util/error.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace aduan::cli {

int runRestore(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Restores a backup over the database. The backup is checked first; the current file is "
        "kept aside as FILE.before-restore-YYYYMMDD-HHMMSS. Close Aduan on every PC first."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"SRC"_s, u"The backup file."_s);
    parser.process(ctx.arguments);
    if (parser.positionalArguments().size() != 1 || ctx.databasePath.isEmpty()) {
        ctx.err << parser.helpText();
        return 2;
    }
    const QString source = parser.positionalArguments().constFirst();
    {
        Database backup(source);
        const CheckReport report = checkDatabase(backup);
        if (!report.ok()) {
            ctx.err << u"The backup "_s << source
                    << u" does not pass the check; nothing was restored. Run aduan-cli "
                       "--database it check to see why.\n"_s;
            return 1;
        }
    }
    const QString target = QFileInfo(ctx.databasePath).absoluteFilePath();
    const QString aside =
        target + u".before-restore-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    if (QFile::exists(target)) {
        if (!QFile::rename(target, aside)) {
            throw Error(Error::Code::ReadOnly,
                        u"The current database %1 could not be moved aside (is Aduan still open "
                        "on a PC?). Nothing was restored."_s.arg(target));
        }
        ctx.out << u"current database kept as "_s << aside << u'\n';
    }
    try {
        Database backup(source);
        backupDatabase(backup, target);
    } catch (...) {
        QFile::remove(target);
        QFile::rename(aside, target);
        throw;
    }
    ctx.out << u"restored "_s << source << u" to "_s << target << u'\n';
    return 0;
}

} // namespace aduan::cli
