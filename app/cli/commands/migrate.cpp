#include "cli.h"
#include "commands/viewer.h"

#include "admin/migration.h"
#include "util/clock.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace aduan::cli {

int runMigrate(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption to(u"to"_s,
                                u"The empty PostgreSQL database to move to: "
                                "postgresql://USER@SERVER:5432/DATABASE."_s,
                                u"LOCATION"_s);
    const QCommandLineOption sample(u"sample-every"_s,
                                    u"Compare every Nth row of each table column by column, "
                                    "plus its first and last (default 25; 1 compares all)."_s,
                                    u"N"_s, u"25"_s);
    parseActingCommand(
        ctx, parser,
        u"Moves the office's shared file (--database) to an empty PostgreSQL database (--to): "
        "every row of every table with its ids, in one transaction on the server (interrupted, "
        "the server keeps nothing), then verified: row counts per table, a sample of rows "
        "compared column by column, the history chain and the full check on the server. The "
        "file is opened read-only and left as it was. Needs an administrator of the file (--as, "
        "default: its first administrator) and that administrator's password; the move is "
        "recorded in the server's history. Exit 0 when moved and verified, 1 when the "
        "verification found a difference (named; nothing kept on the server when the copy "
        "differed), 2 on an error."_s,
        {to, sample});
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(to)
        || ctx.databasePath.isEmpty()) {
        ctx.err << parser.helpText();
        return 2;
    }
    bool numeric = false;
    const int every = parser.value(sample).toInt(&numeric);
    if (!numeric || every < 1) {
        ctx.err << u"--sample-every needs a whole number of at least 1.\n"_s;
        return 2;
    }
    QString username = parser.value(u"as"_s).trimmed();
    if (username.isEmpty()) {
        username = firstAdministrator(ctx.databasePath);
        if (username.isEmpty()) {
            ctx.err << u"Name the administrator who moves the database with --as USERNAME.\n"_s;
            return 2;
        }
    }
    const QString password = readPassword(ctx, parser, username);
    SystemClock clock;
    MigrationOptions options;
    options.sampleEvery = every;
    options.progress = [&](const QString &table, qint64 rows) {
        ctx.out << u"  copying "_s << table << u": "_s << rows << u" rows\n"_s;
        ctx.out.flush();
    };
    const MigrationReport r =
        migrateToServer(ctx.databasePath, parser.value(to), username, password, clock, options);

    ctx.out << u"from:      "_s << r.source << u" (opened read-only, left as it was)\n"_s;
    ctx.out << u"to:        "_s << r.target << u'\n';
    ctx.out << u"  "_s << u"table"_s.leftJustified(22) << u"source"_s.rightJustified(10)
            << u"copy"_s.rightJustified(10) << u"compared"_s.rightJustified(10) << u'\n';
    for (const TableCopy &t : r.copy.tables) {
        ctx.out << u"  "_s << t.table.leftJustified(22)
                << QString::number(t.sourceRows).rightJustified(10)
                << QString::number(t.targetRows).rightJustified(10)
                << QString::number(t.sampled).rightJustified(10) << u'\n';
    }
    ctx.out << u"rows:      "_s << r.copy.rows() << u" in "_s << r.copy.tables.size()
            << u" tables; "_s << r.copy.sampled() << u" compared column by column (one row in "_s
            << every << u", and the first and last of each table)\n"_s;
    if (!r.copy.leftOut.isEmpty())
        ctx.out << u"left out:  "_s << r.copy.leftOut.join(u", "_s)
                << u" (the file's own search index; rebuilt on the server)\n"_s;
    if (!r.copy.committed) {
        ctx.out << u"verify:    DIFFERENT — nothing was kept on the server:\n"_s;
        for (const QString &line : r.copy.differences)
            ctx.out << u"  "_s << line << u'\n';
        ctx.out << u"elapsed:   "_s << QString::number(r.elapsedMs / 1000.0, 'f', 1) << u" s\n"_s;
        return 1;
    }
    ctx.out << u"verify:    counts equal, sampled rows equal\n"_s;
    ctx.out << u"history:   "_s << (r.check.auditOk ? u"chain verified"_s : u"BROKEN"_s) << u", "_s
            << r.check.auditEntries << u" entries (the move recorded), head "_s
            << r.check.auditHead << u'\n';
    ctx.out << u"check:     "_s << (r.check.ok() ? u"clean"_s : u"FINDINGS"_s) << u'\n';
    for (const QString &line : r.check.findings())
        ctx.out << u"  "_s << line << u'\n';
    ctx.out << u"elapsed:   "_s << QString::number(r.elapsedMs / 1000.0, 'f', 1) << u" s\n"_s;
    return r.ok() ? 0 : 1;
}

} // namespace aduan::cli
