#include "cli.h"

#include "storage/chainmemory.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "util/error.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace aduan::cli {

int runCheck(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Checks the database: SQLite's integrity_check and foreign "
                                     "keys, the schema version, and the audit chain (every "
                                     "entry's hash and link, and the chain's recorded end; names "
                                     "the first broken entry), entries whose times run "
                                     "backwards, every record against its newest history entry "
                                     "(rows changed outside Aduan), and the history against the "
                                     "longest one this PC has seen of this database (a history "
                                     "cut short at its newest end). Exit 0 when sound, 1 with "
                                     "the findings when not, 2 when the file cannot be checked "
                                     "(missing, locked)."_s);
    parser.addHelpOption();
    parser.process(ctx.arguments);
    std::unique_ptr<Database> db;
    try {
        db = ctx.open();
    } catch (const Error &e) {
        // A file that opens only to be refused is a finding, not a usage error.
        if (e.code() != Error::Code::Corrupt && e.code() != Error::Code::NotADatabase
            && e.code() != Error::Code::SchemaTooNew) {
            throw;
        }
        ctx.out << u"database:  "_s << ctx.databasePath << u'\n';
        ctx.out << u"FAILED:    "_s << e.message() << u'\n';
        if (!e.detail().isEmpty())
            ctx.out << u"  "_s << e.detail() << u'\n';
        return 1;
    }
    const CheckReport r = checkDatabase(*db);
    ctx.out << u"database:  "_s << db->path() << u'\n';
    ctx.out << u"integrity: "_s << (r.integrityOk ? u"ok"_s : u"FAILED"_s) << u'\n';
    for (const QString &line : r.integrityFindings)
        ctx.out << u"  "_s << line << u'\n';
    ctx.out << u"schema:    "_s << r.schemaVersion << u" (program "_s << r.programSchemaVersion
            << u")"_s << (r.schemaVersion == r.programSchemaVersion ? u""_s : u" MISMATCH"_s)
            << u'\n';
    ctx.out << u"audit:     "_s << (r.auditOk ? u"ok"_s : u"BROKEN"_s) << u", "_s
            << r.auditEntries << u" entries, head "_s << r.auditHead << u'\n';
    if (!r.auditOk)
        ctx.out << u"  first broken entry: "_s << r.firstBrokenAuditEntry << u" — "_s
                << r.auditProblem << u'\n';
    ctx.out << u"times:     "_s
            << (r.auditTimeFindings.isEmpty() ? u"ok, never backwards"_s : u"BACKWARDS"_s)
            << u'\n';
    for (const QString &line : r.auditTimeFindings)
        ctx.out << u"  "_s << line << u'\n';
    ctx.out << u"data:      "_s
            << (r.dataFindings.isEmpty() ? u"ok, matches its history"_s
                                         : u"CHANGED OUTSIDE ADUAN"_s)
            << u'\n';
    for (const QString &line : r.dataFindings)
        ctx.out << u"  "_s << line << u'\n';
    // The longest history this PC has seen of this database: a history cut short at its
    // newest end (with the recorded head adjusted) shows only against it.
    const ChainMemory memory;
    const auto shortfall = memory.shortfall(*db);
    ctx.out << u"history:   "_s << (shortfall ? u"CUT SHORT"_s : u"ok"_s) << u'\n';
    if (shortfall)
        ctx.out << u"  "_s << *shortfall << u'\n';
    else if (r.ok())
        memory.remember(*db);
    return r.ok() && !shortfall ? 0 : 1;
}

} // namespace aduan::cli
