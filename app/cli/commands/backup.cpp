#include "cli.h"

#include "storage/database.h"
#include "storage/maintenance.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace aduan::cli {

int runBackup(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a consistent copy of the database to DEST with "
                                     "SQLite's VACUUM INTO (safe while other PCs work)."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"DEST"_s, u"The backup file to create (must not exist)."_s);
    parser.process(ctx.arguments);
    if (parser.positionalArguments().size() != 1) {
        ctx.err << parser.helpText();
        return 2;
    }
    auto db = ctx.open();
    QElapsedTimer timer;
    timer.start();
    const QString dest = parser.positionalArguments().constFirst();
    backupDatabase(*db, dest);
    ctx.out << u"backup written: "_s << QFileInfo(dest).absoluteFilePath() << u" ("_s
            << QFileInfo(dest).size() / 1024 << u" KiB, "_s << timer.elapsed() << u" ms)\n"_s;
    return 0;
}

} // namespace aduan::cli
