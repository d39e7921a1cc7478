#include "cli.h"

#include "recap/recap.h"
#include "storage/database.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace aduan::cli {

// The print layouts live in forms/ (aduan_forms); wired in when they land.
int runPrint(Context &ctx)
{
    ctx.err << u"print: not available in this build yet.\n"_s;
    return 2;
}

int printRecapPdf(Context &ctx, Database &, const MonthlyRecap &, const QString &)
{
    ctx.err << u"recap --pdf: not available in this build yet.\n"_s;
    return 2;
}

} // namespace aduan::cli
