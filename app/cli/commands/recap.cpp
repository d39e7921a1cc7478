#include "cli.h"
#include "commands/viewer.h"

#include "export/complaintexport.h"
#include "export/recaptable.h"
#include "recap/recap.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace aduan::cli {

int runRecap(Context &ctx)
{
    const QCommandLineOption month(u"month"_s, u"The month, YYYY-MM."_s, u"YYYY-MM"_s);
    const QCommandLineOption pdf = fileOption(u"pdf"_s, u"Write the signed report as PDF."_s);
    const QCommandLineOption csv = fileOption(u"csv"_s, u"Write the figures as CSV."_s);
    const QCommandLineOption xlsx =
        fileOption(u"xlsx"_s, u"Write the month's complaints and the figures as XLSX."_s);
    QCommandLineParser parser;
    parseActingCommand(ctx, parser,
                       u"The monthly recap (Rekapitulasi bulanan) of a month in office time, "
                       "with the previous month side by side. Prints it, and writes it as PDF, "
                       "CSV or XLSX."_s,
                       {month, pdf, csv, xlsx});
    const QDate first = QDate::fromString(parser.value(month) + u"-01"_s, Qt::ISODate);
    if (!first.isValid()) {
        ctx.err << u"recap needs --month YYYY-MM.\n"_s;
        return 2;
    }
    auto db = ctx.open();
    const Clock &clock = ctx.clock();
    // The XLSX lists the month's complaints as a user may see them: that user's password first.
    const qint64 viewer = parser.isSet(xlsx) ? actingUser(ctx, *db, parser).id : 0;
    const MonthlyRecap recap = buildMonthlyRecap(*db, first.year(), first.month(), clock.now());
    for (const QStringList &row : recapTable(recap))
        ctx.out << row.join(u" | "_s) << u'\n';
    if (parser.isSet(csv)) {
        exportRecapCsv(recap, parser.value(csv));
        ctx.out << u"CSV written: "_s << parser.value(csv) << u'\n';
    }
    if (parser.isSet(xlsx)) {
        IntakeBookFilter filter;
        filter.fromDate = recap.current.from;
        filter.toDate = recap.current.to;
        const qint64 n = exportComplaintsXlsx(*db, clock, viewer,
                                              filter, parser.value(xlsx), &recap);
        ctx.out << u"XLSX written: "_s << parser.value(xlsx) << u" ("_s << n << u" complaints)\n"_s;
    }
    if (parser.isSet(pdf))
        return printRecapPdf(ctx, *db, recap, parser.value(pdf));
    return 0;
}

} // namespace aduan::cli
