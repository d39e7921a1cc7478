#include "officecalendar.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
constexpr qint64 kOpenEnd = std::numeric_limits<qint64>::max();
/// Upper bound on the office days scanned for a target or deadline (about 20 years).
constexpr qint64 kMaxScanDays = 20 * 366;

const std::array<QString, 7>& dayKeys()
{
    static const std::array<QString, 7> keys = {u"monday"_s,   u"tuesday"_s, u"wednesday"_s,
                                                u"thursday"_s, u"friday"_s,  u"saturday"_s,
                                                u"sunday"_s};
    return keys;
}

QTimeZone jakartaOrFixed()
{
    QTimeZone zone(QByteArrayLiteral("Asia/Jakarta"));
    if (!zone.isValid())
        zone = QTimeZone(7 * 3600);
    return zone;
}

/// Parses "H:mm", "HH:mm" (or with a dot) into minutes since midnight; -1 if malformed.
/// "24:00" yields 1440 (the caller decides whether that is allowed).
int parseMinutes(const QString& text)
{
    static const QRegularExpression re(u"^\\s*(\\d{1,2})[:.](\\d{2})\\s*$"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (h == 24 && min == 0)
        return kMinutesPerDay;
    if (h > 23 || min > 59)
        return -1;
    return h * 60 + min;
}

std::string quoted(const QString& s)
{
    return '"' + s.toStdString() + '"';
}

/// The instant at which the given local minute of `date` begins (1440 = next day's midnight).
qint64 localMinuteToMs(QDate date, int minute, const QTimeZone& zone)
{
    if (minute >= kMinutesPerDay)
        return QDateTime(date.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    return QDateTime(date, QTime(minute / 60, minute % 60), zone).toMSecsSinceEpoch();
}

qint64 instantMs(const QDateTime& dt, const char* what)
{
    if (!dt.isValid())
        throw std::invalid_argument(std::string("OfficeCalendar: invalid ") + what);
    return dt.toMSecsSinceEpoch();
}

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

void validateHoliday(const Holiday& h)
{
    if (!h.first.isValid() || !h.last.isValid())
        throw std::invalid_argument("OfficeCalendar: holiday " + quoted(h.name)
                                    + " has an invalid date");
    if (h.first > h.last)
        throw std::invalid_argument("OfficeCalendar: holiday " + quoted(h.name)
                                    + " ends before it starts");
}

// --- JSON helpers -------------------------------------------------------------------------

[[noreturn]] void badJson(const std::string& what)
{
    throw std::invalid_argument("OfficeCalendar JSON: " + what);
}

int jsonMinute(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        badJson("period member " + quoted(key) + " must be a number");
    const double d = v.toDouble();
    if (d != std::floor(d) || d < 0 || d > kMinutesPerDay)
        badJson("period member " + quoted(key) + " must be a whole minute in 0..1440");
    return static_cast<int>(d);
}

QDate jsonDate(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        badJson("holiday member " + quoted(key) + " must be a yyyy-MM-dd string");
    const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
    if (!date.isValid())
        badJson("holiday member " + quoted(key) + " is not a valid date: " + quoted(v.toString()));
    return date;
}

} // namespace

// --- WorkPeriod ---------------------------------------------------------------------------

WorkPeriod WorkPeriod::fromText(const QString& start, const QString& end)
{
    const int s = parseMinutes(start);
    if (s < 0 || s >= kMinutesPerDay)
        throw std::invalid_argument("WorkPeriod: bad start time " + quoted(start)
                                    + " (expected HH:mm, 00:00..23:59)");
    int e = parseMinutes(end);
    if (e < 0)
        throw std::invalid_argument("WorkPeriod: bad end time " + quoted(end)
                                    + " (expected HH:mm, 00:00..23:59)");
    if (e == kMinutesPerDay - 1)
        e = kMinutesPerDay; // 23:59 means through midnight
    if (s >= e)
        throw std::invalid_argument("WorkPeriod: start " + quoted(start) + " is not before end "
                                    + quoted(end));
    return WorkPeriod{s, e};
}

// --- OfficeCalendar -----------------------------------------------------------------------

OfficeCalendar::OfficeCalendar()
    : m_zone(jakartaOrFixed())
{
}

OfficeCalendar OfficeCalendar::defaultOffice()
{
    OfficeCalendar c;
    const WorkPeriod day{7 * 60 + 30, 16 * 60};
    for (Qt::DayOfWeek d : {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday})
        c.setHours(d, {day});
    return c;
}

void OfficeCalendar::setTimeZone(const QTimeZone& zone)
{
    if (!zone.isValid())
        throw std::invalid_argument("OfficeCalendar: invalid time zone");
    m_zone = zone;
}

QTimeZone OfficeCalendar::timeZone() const
{
    return m_zone;
}

int OfficeCalendar::dayIndex(Qt::DayOfWeek day)
{
    const int d = static_cast<int>(day);
    if (d < Qt::Monday || d > Qt::Sunday)
        throw std::invalid_argument("OfficeCalendar: day of week " + std::to_string(d)
                                    + " is not Monday (1) .. Sunday (7)");
    return d - 1;
}

void OfficeCalendar::setHours(Qt::DayOfWeek day, QList<WorkPeriod> periods)
{
    const int idx = dayIndex(day);
    const std::string dayName = dayKeys()[static_cast<std::size_t>(idx)].toStdString();
    int previousEnd = 0;
    for (const WorkPeriod& p : periods) {
        if (p.startMinute < 0 || p.endMinute > kMinutesPerDay || p.startMinute >= p.endMinute)
            throw std::invalid_argument("OfficeCalendar: " + dayName + " period ["
                                        + std::to_string(p.startMinute) + ", "
                                        + std::to_string(p.endMinute)
                                        + ") must satisfy 0 <= start < end <= 1440");
        if (p.startMinute < previousEnd)
            throw std::invalid_argument("OfficeCalendar: " + dayName
                                        + " periods must be sorted and must not overlap");
        previousEnd = p.endMinute;
    }
    m_hours[static_cast<std::size_t>(idx)] = std::move(periods);
}

QList<WorkPeriod> OfficeCalendar::hours(Qt::DayOfWeek day) const
{
    return m_hours[static_cast<std::size_t>(dayIndex(day))];
}

void OfficeCalendar::addHoliday(const Holiday& holiday)
{
    validateHoliday(holiday);
    m_holidays.append(holiday);
    rebuildHolidayIndex();
}

QList<Holiday> OfficeCalendar::holidays() const
{
    return m_holidays;
}

void OfficeCalendar::setHolidays(QList<Holiday> holidays)
{
    for (const Holiday& h : holidays)
        validateHoliday(h);
    m_holidays = std::move(holidays);
    rebuildHolidayIndex();
}

void OfficeCalendar::rebuildHolidayIndex()
{
    std::vector<std::pair<qint64, qint64>> ranges;
    ranges.reserve(static_cast<std::size_t>(m_holidays.size()));
    for (const Holiday& h : m_holidays)
        ranges.emplace_back(h.first.toJulianDay(), h.last.toJulianDay());
    std::sort(ranges.begin(), ranges.end());
    m_holidayIndex.clear();
    for (const auto& r : ranges) {
        if (!m_holidayIndex.empty() && r.first <= m_holidayIndex.back().second + 1)
            m_holidayIndex.back().second = std::max(m_holidayIndex.back().second, r.second);
        else
            m_holidayIndex.push_back(r);
    }
}

bool OfficeCalendar::isHoliday(QDate date) const
{
    const qint64 jd = date.toJulianDay();
    // First range starting after jd; the one before it is the only candidate.
    auto it = std::upper_bound(m_holidayIndex.begin(), m_holidayIndex.end(), jd,
                               [](qint64 v, const std::pair<qint64, qint64>& r) { return v < r.first; });
    if (it == m_holidayIndex.begin())
        return false;
    --it;
    return jd <= it->second;
}

bool OfficeCalendar::hasAnyHours() const
{
    return std::any_of(m_hours.begin(), m_hours.end(),
                       [](const QList<WorkPeriod>& p) { return !p.isEmpty(); });
}

bool OfficeCalendar::isWorkingDay(QDate officeDate) const
{
    if (!officeDate.isValid())
        return false;
    return !m_hours[static_cast<std::size_t>(officeDate.dayOfWeek() - 1)].isEmpty()
           && !isHoliday(officeDate);
}

QDate OfficeCalendar::officeDate(const QDateTime& instant) const
{
    if (!instant.isValid())
        return {};
    return instant.toTimeZone(m_zone).date();
}

std::vector<OfficeCalendar::Span> OfficeCalendar::normalizePauses(const QList<TimeInterval>& excluded)
{
    std::vector<Span> spans;
    spans.reserve(static_cast<std::size_t>(excluded.size()));
    for (const TimeInterval& t : excluded) {
        if (!t.from.isValid())
            throw std::invalid_argument("OfficeCalendar: a pause has no valid start");
        const qint64 a = t.from.toMSecsSinceEpoch();
        const qint64 b = t.to.isValid() ? t.to.toMSecsSinceEpoch() : kOpenEnd;
        if (b < a)
            throw std::invalid_argument("OfficeCalendar: a pause ends before it starts");
        if (b > a)
            spans.push_back({a, b});
    }
    std::sort(spans.begin(), spans.end(), [](const Span& x, const Span& y) { return x.from < y.from; });
    std::vector<Span> merged;
    merged.reserve(spans.size());
    for (const Span& s : spans) {
        if (!merged.empty() && s.from <= merged.back().to)
            merged.back().to = std::max(merged.back().to, s.to);
        else
            merged.push_back(s);
    }
    return merged;
}

/// Calls visit(a, b) for each maximal unpaused working segment [a, b) inside [fromMs, toMs), in
/// time order, for office dates from officeDate(fromMs) through lastDate. visit returns false to
/// stop. Per-day cost: one QDateTime per period boundary; no per-minute work.
template <typename Visitor>
OfficeCalendar::VisitEnd OfficeCalendar::visitWorkingSegments(qint64 fromMs, qint64 toMs,
                                                              QDate lastDate,
                                                              const std::vector<Span>& pauses,
                                                              Visitor&& visit) const
{
    std::size_t pi = 0; // first pause that may still matter; only moves forward
    qint64 cursor = fromMs;
    for (QDate d = QDateTime::fromMSecsSinceEpoch(fromMs, m_zone).date(); d <= lastDate;
         d = d.addDays(1)) {
        if (!isWorkingDay(d))
            continue;
        for (const WorkPeriod& p : m_hours[static_cast<std::size_t>(d.dayOfWeek() - 1)]) {
            qint64 s = std::max(cursor, localMinuteToMs(d, p.startMinute, m_zone));
            const qint64 b = std::min(toMs, localMinuteToMs(d, p.endMinute, m_zone));
            while (s < b) {
                while (pi < pauses.size() && pauses[pi].to <= s)
                    ++pi;
                if (pi < pauses.size() && pauses[pi].from <= s) { // s is inside a pause
                    if (pauses[pi].to == kOpenEnd)
                        return VisitEnd::OpenPause;
                    s = pauses[pi].to;
                    continue;
                }
                const qint64 e = pi < pauses.size() ? std::min(b, pauses[pi].from) : b;
                if (!visit(s, e))
                    return VisitEnd::Stopped;
                s = e;
            }
            cursor = std::max(cursor, s);
            if (cursor >= toMs)
                return VisitEnd::Done;
        }
    }
    return toMs == kOpenEnd ? VisitEnd::DayLimit : VisitEnd::Done;
}

qint64 OfficeCalendar::workingSecondsBetween(const QDateTime& from, const QDateTime& to) const
{
    return workingSecondsBetween(from, to, {});
}

qint64 OfficeCalendar::workingSecondsBetween(const QDateTime& from, const QDateTime& to,
                                             const QList<TimeInterval>& excluded) const
{
    const qint64 a = instantMs(from, "start instant");
    const qint64 b = instantMs(to, "end instant");
    const std::vector<Span> pauses = normalizePauses(excluded);
    if (b <= a)
        return 0;
    qint64 totalMs = 0;
    visitWorkingSegments(a, b, officeDate(to), pauses, [&totalMs](qint64 s, qint64 e) {
        totalMs += e - s;
        return true;
    });
    return totalMs / 1000;
}

QDateTime OfficeCalendar::addWorkingSeconds(const QDateTime& from, qint64 seconds,
                                            const QList<TimeInterval>& excluded) const
{
    if (!hasAnyHours())
        throw std::invalid_argument("OfficeCalendar: no working hours are set on any day");
    const qint64 a = instantMs(from, "start instant");
    if (seconds < 0)
        throw std::invalid_argument("OfficeCalendar: negative working seconds");
    if (seconds > std::numeric_limits<qint64>::max() / 1000)
        throw std::out_of_range("OfficeCalendar: working seconds too large");
    const std::vector<Span> pauses = normalizePauses(excluded);

    qint64 remainingMs = seconds * 1000;
    qint64 result = 0;
    const QDate lastDate = officeDate(from).addDays(kMaxScanDays);
    const VisitEnd end = visitWorkingSegments(a, kOpenEnd, lastDate, pauses,
                                              [&](qint64 s, qint64 e) {
                                                  if (e - s >= remainingMs) {
                                                      result = s + remainingMs;
                                                      return false;
                                                  }
                                                  remainingMs -= e - s;
                                                  return true;
                                              });
    switch (end) {
    case VisitEnd::Stopped:
        return utcFromMs(result);
    case VisitEnd::OpenPause:
        return {};
    case VisitEnd::Done:
    case VisitEnd::DayLimit:
        break;
    }
    throw std::out_of_range("OfficeCalendar: working-time target not reached within 20 years");
}

QDateTime OfficeCalendar::deadlineAfterWorkingDays(const QDateTime& receivedAt, int workingDays) const
{
    if (!hasAnyHours())
        throw std::invalid_argument("OfficeCalendar: no working hours are set on any day");
    if (!receivedAt.isValid())
        throw std::invalid_argument("OfficeCalendar: invalid receipt instant");
    if (workingDays < 1)
        throw std::invalid_argument("OfficeCalendar: the number of working days must be at least 1");
    QDate d = officeDate(receivedAt);
    int counted = 0;
    for (qint64 i = 0; i < kMaxScanDays; ++i) {
        d = d.addDays(1);
        if (isWorkingDay(d) && ++counted == workingDays) {
            const WorkPeriod& last = m_hours[static_cast<std::size_t>(d.dayOfWeek() - 1)].constLast();
            return utcFromMs(localMinuteToMs(d, last.endMinute, m_zone));
        }
    }
    throw std::out_of_range("OfficeCalendar: deadline not found within 20 years");
}

// --- JSON ---------------------------------------------------------------------------------

QJsonObject OfficeCalendar::toJson() const
{
    QJsonObject hoursObj;
    for (std::size_t i = 0; i < m_hours.size(); ++i) {
        QJsonArray periods;
        for (const WorkPeriod& p : m_hours[i])
            periods.append(QJsonObject{{u"startMinute"_s, p.startMinute},
                                       {u"endMinute"_s, p.endMinute}});
        hoursObj.insert(dayKeys()[i], periods);
    }
    QJsonArray holidaysArr;
    for (const Holiday& h : m_holidays)
        holidaysArr.append(QJsonObject{{u"first"_s, h.first.toString(Qt::ISODate)},
                                       {u"last"_s, h.last.toString(Qt::ISODate)},
                                       {u"name"_s, h.name}});
    return QJsonObject{{u"timeZone"_s, QString::fromUtf8(m_zone.id())},
                       {u"hours"_s, hoursObj},
                       {u"holidays"_s, holidaysArr}};
}

OfficeCalendar OfficeCalendar::fromJson(const QJsonObject& json)
{
    OfficeCalendar c;

    const QJsonValue zoneValue = json.value(u"timeZone"_s);
    if (!zoneValue.isString())
        badJson("\"timeZone\" must be a time zone id string");
    const QByteArray zoneId = zoneValue.toString().toUtf8();
    QTimeZone zone(zoneId);
    if (!zone.isValid() && zoneId == QByteArrayLiteral("Asia/Jakarta"))
        zone = jakartaOrFixed();
    if (!zone.isValid())
        badJson("unknown time zone " + quoted(zoneValue.toString()));
    c.setTimeZone(zone);

    const QJsonValue hoursValue = json.value(u"hours"_s);
    if (!hoursValue.isObject())
        badJson("\"hours\" must be an object keyed by day name");
    const QJsonObject hoursObj = hoursValue.toObject();
    for (auto it = hoursObj.begin(); it != hoursObj.end(); ++it) {
        const auto key = std::find(dayKeys().begin(), dayKeys().end(), it.key());
        if (key == dayKeys().end())
            badJson("unknown day " + quoted(it.key()) + " (expected monday..sunday)");
        if (!it.value().isArray())
            badJson("hours of " + quoted(it.key()) + " must be an array");
        QList<WorkPeriod> periods;
        for (const QJsonValue& pv : it.value().toArray()) {
            if (!pv.isObject())
                badJson("a period of " + quoted(it.key()) + " must be an object");
            const QJsonObject po = pv.toObject();
            periods.append(WorkPeriod{jsonMinute(po, u"startMinute"_s), jsonMinute(po, u"endMinute"_s)});
        }
        c.setHours(static_cast<Qt::DayOfWeek>(key - dayKeys().begin() + 1), std::move(periods));
    }

    const QJsonValue holidaysValue = json.value(u"holidays"_s);
    if (!holidaysValue.isArray())
        badJson("\"holidays\" must be an array");
    QList<Holiday> hols;
    for (const QJsonValue& hv : holidaysValue.toArray()) {
        if (!hv.isObject())
            badJson("a holiday must be an object");
        const QJsonObject ho = hv.toObject();
        const QJsonValue name = ho.value(u"name"_s);
        if (!name.isString())
            badJson("holiday member \"name\" must be a string");
        hols.append(Holiday{jsonDate(ho, u"first"_s), jsonDate(ho, u"last"_s), name.toString()});
    }
    c.setHolidays(std::move(hols));
    return c;
}

} // namespace aduan
