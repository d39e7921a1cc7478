#include "recap/recap.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/recapstore.h"
#include "storage/settingsstore.h"

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

bool openAt(const RecapComplaintRow &r, const QDateTime &t)
{
    return r.receivedAt < t && !(r.finishedAt.isValid() && r.finishedAt < t)
           && !(r.voidedAt.isValid() && r.voidedAt < t);
}

PeriodRecap buildPeriod(Database &db, const OfficeCalendar &calendar, const SopDefinition *sop,
                        QDate from, QDate to)
{
    PeriodRecap p;
    p.from = from;
    p.to = to;
    const QDateTime start = QDateTime(from, QTime(0, 0), calendar.timeZone()).toUTC();
    const QDateTime end = QDateTime(to.addDays(1), QTime(0, 0), calendar.timeZone()).toUTC();
    RecapStore store(db);
    db.read([&] {
        for (const RecapComplaintRow &r : store.complaints(start, end)) {
            const bool receivedInPeriod = r.receivedAt >= start && r.receivedAt < end;
            if (receivedInPeriod) {
                ++p.received;
                ++p.byChannel[r.channel];
                ++p.byCategory[r.category.isEmpty() ? u"(tanpa kategori)"_s : r.category];
                ++p.byClass[r.classCode];
                ++p.receivedPerDay[calendar.officeDate(r.receivedAt)][r.channel];
                ComplaintStatus status = ComplaintStatus::InProgress;
                if (r.voidedAt.isValid() && r.voidedAt < end)
                    status = ComplaintStatus::Voided;
                else if (r.finishedAt.isValid() && r.finishedAt < end)
                    status = r.referredAt.isValid() ? ComplaintStatus::Referred
                                                    : ComplaintStatus::Completed;
                else if (r.pausedAtEnd)
                    status = ComplaintStatus::Paused;
                ++p.byStatus[status];
            }
            if (r.voidedAt.isValid() && r.voidedAt >= start && r.voidedAt < end)
                ++p.voided;
            if (openAt(r, start))
                ++p.carriedIn;
            if (openAt(r, end)) {
                ++p.carriedOver;
                if (r.deadlineAt < end)
                    ++p.openPastDeadline;
            }
            if (r.finishedAt.isValid() && r.finishedAt >= start && r.finishedAt < end
                && !(r.voidedAt.isValid() && r.voidedAt < end)) {
                ++p.completed;
                if (r.finishedAt <= r.deadlineAt)
                    ++p.finishedWithinDeadline;
                else
                    ++p.finishedPastDeadline;
            }
        }
        QMap<int, QList<qint64>> worked;
        QMap<int, StepRecap> steps;
        if (sop) {
            for (const SopStep &s : sop->steps)
                steps[s.number] = StepRecap{s.number, s.targetMinutes, 0, 0, 0, 0, 0};
        }
        for (const RecapStepRow &s : store.steps(start, end)) {
            StepRecap &recap = steps[s.stepNumber];
            recap.stepNumber = s.stepNumber;
            if (recap.targetMinutes == 0)
                recap.targetMinutes = s.targetMinutes;
            ++recap.completed;
            if (s.late) {
                ++recap.late;
                p.deviations << DeviationLine{s.agendaNumber, s.stepNumber, s.workedSeconds,
                                              s.targetMinutes, s.deviationReason, s.completedBy,
                                              s.completedAt};
            } else {
                ++recap.onTime;
            }
            worked[s.stepNumber] << s.workedSeconds;
        }
        for (auto it = steps.begin(); it != steps.end(); ++it) {
            it->medianSeconds = median(worked.value(it.key()));
            it->p90Seconds = percentile(worked.value(it.key()), 90);
            p.steps << *it;
        }
        for (const RecapReferralRow &r : store.referrals(start, end)) {
            p.referralsByAgency.append({r.agencyName, r.count});
            p.referred += r.count;
        }
    });
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
    recap.current = buildPeriod(db, calendar, sop ? &*sop : nullptr, from, to);
    QDate previousFrom;
    QDate previousTo = from.addDays(-1);
    const bool wholeMonths = from.day() == 1 && to.addDays(1).day() == 1;
    if (wholeMonths) {
        int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        previousFrom = from.addMonths(-months);
    } else {
        previousFrom = from.addDays(-(from.daysTo(to) + 1));
    }
    recap.previous = buildPeriod(db, calendar, sop ? &*sop : nullptr, previousFrom, previousTo);
    recap.auditHead = AuditLog(db).headHash();
    return recap;
}

MonthlyRecap buildMonthlyRecap(Database &db, int year, int month, const QDateTime &now)
{
    const QDate first(year, month, 1);
    return buildRecap(db, first, first.addMonths(1).addDays(-1), now);
}

} // namespace aduan
