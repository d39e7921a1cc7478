#include "recap/recap.h"

#include "skm/skmreport.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/recapstore.h"
#include "storage/settingsstore.h"
#include "util/storagetime.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

qint64 percentile(QList<qint64> values, int percent)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least `percent`% of the values at or below it.
    const qsizetype rank = std::max<qsizetype>(1, (values.size() * percent + 99) / 100);
    return values.at(rank - 1);
}

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

/// What a period's recap holds: everything (the period asked for), or the figures only (the
/// period before it, shown side by side: no deviation list, no series per day).
enum class Detail { Full, FiguresOnly };

PeriodRecap buildPeriod(Database &db, const OfficeCalendar &calendar, const SopDefinition *sop,
                        QDate from, QDate to, Detail detail,
                        std::optional<OpenCount> knownAtEnd = std::nullopt,
                        OpenCount *atStartOut = nullptr)
{
    PeriodRecap p;
    p.from = from;
    p.to = to;
    const QDateTime start = QDateTime(from, QTime(0, 0), calendar.timeZone()).toUTC();
    const QDateTime end = QDateTime(to.addDays(1), QTime(0, 0), calendar.timeZone()).toUTC();
    RecapStore store(db);
    db.read([&] {
        const QMap<QString, int> channels = store.receivedBy(u"channel"_s, start, end);
        for (auto it = channels.cbegin(); it != channels.cend(); ++it) {
            p.received += it.value();
            p.byChannel[channelFromCode(it.key()).value_or(Channel::Direct)] += it.value();
        }
        const QMap<QString, int> categories = store.receivedBy(u"category"_s, start, end);
        for (auto it = categories.cbegin(); it != categories.cend(); ++it)
            p.byCategory[it.key().isEmpty() ? u"(tanpa kategori)"_s : it.key()] += it.value();
        p.byClass = store.receivedBy(u"class_code"_s, start, end);
        p.byStatus = store.statusAtEnd(start, end);
        if (detail == Detail::Full) {
            for (const auto &[minute, channel, n] : store.receivedPerMinute(start, end)) {
                const QDateTime at = fromStorageTime(minute + u":00.000Z"_s);
                p.receivedPerDay[calendar.officeDate(at)][channel] += n;
            }
        }
        const OpenCount atStart = store.openAt(start);
        if (atStartOut)
            *atStartOut = atStart;
        p.carriedIn = atStart.open;
        const OpenCount atEnd = knownAtEnd ? *knownAtEnd : store.openAt(end);
        p.carriedOver = atEnd.open;
        p.openPastDeadline = atEnd.pastDeadline;
        const auto [finished, withinDeadline] = store.finished(start, end);
        p.completed = finished;
        p.finishedWithinDeadline = withinDeadline;
        p.finishedPastDeadline = finished - withinDeadline;
        p.voided = store.voided(start, end);

        QMap<int, QList<qint64>> worked;
        QMap<int, StepRecap> steps;
        if (sop) {
            for (const SopStep &s : sop->steps)
                steps[s.number] = StepRecap{s.number, s.targetMinutes, 0, 0, 0, 0, 0};
        }
        for (const RecapStepTime &s : store.stepTimes(start, end)) {
            StepRecap &recap = steps[s.stepNumber];
            recap.stepNumber = s.stepNumber;
            recap.completed += s.count;
            (s.late ? recap.late : recap.onTime) += s.count;
            p.deviationCount += s.late ? s.count : 0;
            QList<qint64> &times = worked[s.stepNumber];
            times.insert(times.size(), s.count, s.workedSeconds);
        }
        for (auto it = steps.begin(); it != steps.end(); ++it) {
            it->medianSeconds = median(worked.value(it.key()));
            it->p90Seconds = percentile(worked.value(it.key()), 90);
            p.steps << *it;
        }
        if (detail == Detail::Full) {
            for (const RecapDeviationRow &d : store.deviations(start, end)) {
                p.deviations << DeviationLine{d.agendaNumber, d.stepNumber, d.workedSeconds,
                                              d.targetMinutes, d.deviationReason, d.completedBy,
                                              d.completedAt};
            }
        }
        for (const RecapReferralRow &r : store.referrals(start, end)) {
            p.referralsByAgency.append({r.agencyName, r.count});
            p.referred += r.count;
        }
    });
    const SkmReport skm = buildSkmReport(db, from, to, QDateTime());
    if (const SkmSection *main = skm.main()) {
        p.skmRespondents = main->result.respondents;
        p.skmValueHundredths = main->result.valueHundredths;
        p.skmGrade = skmGradeLetter(main->result.grade);
    }
    return p;
}

} // namespace

MonthlyRecap buildRecap(Database &db, QDate from, QDate to, const QDateTime &now)
{
    SettingsStore settings(db);
    const OfficeCalendar calendar = settings.calendar();
    const auto sop = settings.sopRevisionInForce(to);
    MonthlyRecap recap;
    recap.generatedAt = now;
    OpenCount currentStart;
    recap.current = buildPeriod(db, calendar, sop ? &*sop : nullptr, from, to, Detail::Full,
                                std::nullopt, &currentStart);
    QDate previousFrom;
    QDate previousTo = from.addDays(-1);
    const bool wholeMonths = from.day() == 1 && to.addDays(1).day() == 1;
    if (wholeMonths) {
        int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        previousFrom = from.addMonths(-months);
    } else {
        previousFrom = from.addDays(-(from.daysTo(to) + 1));
    }
    // The previous period ends where this one starts: what was open then is known already.
    recap.previous = buildPeriod(db, calendar, sop ? &*sop : nullptr, previousFrom, previousTo,
                                 Detail::FiguresOnly, currentStart);
    recap.auditHead = AuditLog(db).headHash();
    return recap;
}

MonthlyRecap buildMonthlyRecap(Database &db, int year, int month, const QDateTime &now)
{
    const QDate first(year, month, 1);
    return buildRecap(db, first, first.addMonths(1).addDays(-1), now);
}

} // namespace aduan
