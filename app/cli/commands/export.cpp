#include "cli.h"
#include "commands/viewer.h"

#include "export/complaintexport.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace aduan::cli {

int runExport(Context &ctx)
{
    const QCommandLineOption csv = fileOption(u"csv"_s, u"Write CSV."_s);
    const QCommandLineOption xlsx = fileOption(u"xlsx"_s, u"Write XLSX."_s);
    const QCommandLineOption from(u"from"_s, u"First day, YYYY-MM-DD."_s, u"DATE"_s);
    const QCommandLineOption to(u"to"_s, u"Last day, YYYY-MM-DD."_s, u"DATE"_s);
    QCommandLineParser parser;
    parseActingCommand(ctx, parser,
                       u"Exports the complaints received between --from and --to (office dates, "
                       "inclusive; both optional) as CSV (UTF-8 with BOM, RFC 4180) or XLSX."_s,
                       {csv, xlsx, from, to});
    if (parser.isSet(csv) == parser.isSet(xlsx)) {
        ctx.err << u"export needs exactly one of --csv FILE or --xlsx FILE.\n"_s;
        return 2;
    }
    IntakeBookFilter filter;
    for (const auto &[option, date] : {std::pair{&from, &filter.fromDate}, std::pair{&to, &filter.toDate}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid()) {
            ctx.err << u"--"_s << option->names().constFirst() << u" needs a date as YYYY-MM-DD.\n"_s;
            return 2;
        }
    }
    auto db = ctx.open();
    const Clock &clock = ctx.clock();
    const qint64 viewer = actingUser(ctx, *db, parser).id;
    QElapsedTimer timer;
    timer.start();
    const QString file = parser.isSet(csv) ? parser.value(csv) : parser.value(xlsx);
    const qint64 n = parser.isSet(csv) ? exportComplaintsCsv(*db, clock, viewer, filter, file)
                                       : exportComplaintsXlsx(*db, clock, viewer, filter, file);
    ctx.out << n << u" complaints written to "_s << file << u" in "_s << timer.elapsed()
            << u" ms\n"_s;
    return 0;
}

} // namespace aduan::cli
