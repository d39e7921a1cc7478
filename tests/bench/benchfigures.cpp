// Print and GUI figures: filled in as the print layouts and the window land.
#include "benchtimer.h"

using namespace Qt::StringLiterals;

namespace aduan::bench {

void runPrintFigures(Report &report, Database &, const Clock &, qint64, const IntakeBookFilter &, int)
{
    report.note(u"print figures: not measured in this build"_s);
}

void runGuiFigures(Report &report, const QString &, int)
{
    report.note(u"GUI figures: not measured in this build"_s);
}

} // namespace aduan::bench
