// Sort and recap figures (issue 22): the register's first page under every sort the register
// view offers (both directions), whole and as a common word's matches; a month's recap near and
// far back; a year's recap.
#include "benchtimer.h"

#include "queries/intakebook.h"
#include "recap/recap.h"
#include "storage/database.h"
#include "util/clock.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace aduan::bench {

void runSortFigures(Report &report, IntakeBook &book, qint64 viewerId,
                    const IntakeBookFilter &month, int runs)
{
    const std::pair<QString, IntakeBookSort> keys[] = {
        {u"complainant"_s, IntakeBookSort::Complainant},
        {u"status"_s, IntakeBookSort::Status},
        {u"number"_s, IntakeBookSort::AgendaNumber},
        {u"date"_s, IntakeBookSort::ReceivedAt}};
    IntakeBookFilter word;
    word.search = u"emperan"_s;
    const std::pair<QString, IntakeBookFilter> sets[] = {
        {u"whole register"_s, IntakeBookFilter{}},
        {u"a common word's matches"_s, word},
        {u"one month"_s, month}};
    for (const auto &[setName, filter] : sets) {
        for (const auto &[keyName, key] : keys) {
            for (const bool descending : {false, true}) {
                report.measure(u"%1 sorted by %2 (%3): first page"_s.arg(
                                   setName, keyName, descending ? u"desc"_s : u"asc"_s),
                               runs, [&] {
                                   if (book.page(viewerId, filter, key, descending, 0, 100).isEmpty())
                                       qFatal("empty page");
                               }, {});
            }
        }
    }
}

void runRecapFigures(Report &report, Database &db, QDate lastMonth, QDate oldestMonth,
                     const QDateTime &now, int runs)
{
    report.measure(u"one month's recap (last month, and the month before)"_s, runs, [&] {
        buildMonthlyRecap(db, lastMonth.year(), lastMonth.month(), now);
    }, {});
    // The data's second month: nearly every complaint was closed after it.
    const QDate old = std::min(oldestMonth.addMonths(1), lastMonth); // a small database: last month
    report.measure(u"one month's recap, %1 back (%2)"_s.arg(
                       u"%1 months"_s.arg((lastMonth.year() - old.year()) * 12 + lastMonth.month() - old.month()),
                       old.toString(u"yyyy-MM"_s)),
                   runs, [&] { buildMonthlyRecap(db, old.year(), old.month(), now); }, {});
    const QDate middle = old.addMonths(((lastMonth.year() - old.year()) * 12 + lastMonth.month() - old.month()) / 2);
    report.measure(u"one month's recap, half-way back (%1)"_s.arg(middle.toString(u"yyyy-MM"_s)),
                   runs, [&] { buildMonthlyRecap(db, middle.year(), middle.month(), now); }, {});
    const int year = lastMonth.year() - (lastMonth.month() == 12 ? 0 : 1);
    report.measure(u"a year's recap (%1, and the year before)"_s.arg(year), runs, [&] {
        buildRecap(db, QDate(year, 1, 1), QDate(year, 12, 31), now);
    }, {});
}

} // namespace aduan::bench
