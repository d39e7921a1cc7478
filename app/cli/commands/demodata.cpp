#include "cli.h"

#include "demo/demodata.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace aduan::cli {

int runDemoData(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Creates a new demo database at --database PATH: the walkthrough's office, one user per "
        "role (demo passwords), and N realistic complaints from --from to today. Same seed, same "
        "data."_s);
    parser.addHelpOption();
    const QCommandLineOption complaints(u"complaints"_s, u"How many complaints."_s, u"N"_s, u"300"_s);
    const QCommandLineOption seed(u"seed"_s, u"Random seed."_s, u"S"_s, u"20260302"_s);
    const QCommandLineOption from(u"from"_s, u"First month (YYYY-MM)."_s, u"YYYY-MM"_s);
    parser.addOptions({complaints, seed, from});
    parser.process(ctx.arguments);
    if (ctx.databasePath.isEmpty()) {
        ctx.err << u"demo-data needs --database PATH (a file that does not exist yet).\n"_s;
        return 2;
    }
    DemoOptions options;
    bool ok = false;
    options.complaints = parser.value(complaints).toInt(&ok);
    if (!ok || options.complaints < 0) {
        ctx.err << u"--complaints needs a whole number.\n"_s;
        return 2;
    }
    options.seed = parser.value(seed).toUInt();
    if (parser.isSet(from)) {
        options.fromMonth = QDate::fromString(parser.value(from) + u"-01"_s, Qt::ISODate);
        if (!options.fromMonth.isValid()) {
            ctx.err << u"--from needs a month as YYYY-MM.\n"_s;
            return 2;
        }
    }
    QElapsedTimer timer;
    timer.start();
    SystemClock clock;
    const qint64 written = createDemoDatabase(ctx.databasePath, options, clock);
    ctx.out << u"demo database "_s << ctx.databasePath << u": "_s << written
            << u" complaints in "_s << timer.elapsed() / 1000.0 << u" s\n"_s;
    return 0;
}

} // namespace aduan::cli
