#include "storage/recapstore.h"

#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "util/storagetime.h"

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

/// Not voided before the period's end: a complaint voided by then (registered by mistake, a
/// double entry) is not counted as received, by channel, category or class; it counts as
/// "Dibatalkan" (voided(), and the status at the period's end) instead. One voided after the
/// period still counts in it, so a closed month's figures do not change afterwards.
const QString kLiveAtEnd = u"(voided_at IS NULL OR voided_at >= :end)"_s;

SqlQuery &period(SqlQuery &q, const QDateTime &start, const QDateTime &end)
{
    return q.bind(u":start"_s, toStorageTime(start)).bind(u":end"_s, toStorageTime(end));
}

} // namespace

QMap<QString, int> RecapStore::receivedBy(const QString &column, const QDateTime &start,
                                          const QDateTime &end) const
{
    Q_ASSERT(column == u"channel"_s || column == u"category"_s || column == u"class_code"_s);
    const QString sql = u"SELECT %1 AS k, COUNT(*) AS n FROM complaint WHERE received_at >= :start "
                        "AND received_at < :end AND "_s + kLiveAtEnd + u" GROUP BY %1"_s;
    SqlQuery q(m_db, sql.arg(column));
    period(q, start, end).exec();
    QMap<QString, int> out;
    while (q.next())
        out.insert(q.text(u"k"_s), int(q.integer(u"n"_s)));
    return out;
}

QMap<ComplaintStatus, int> RecapStore::statusAtEnd(const QDateTime &start, const QDateTime &end) const
{
    SqlQuery q(m_db,
               u"SELECT CASE "
               " WHEN c.voided_at IS NOT NULL AND c.voided_at < :end THEN 'voided' "
               " WHEN c.closed_at < :end THEN "
               "   CASE WHEN EXISTS (SELECT 1 FROM referral r WHERE r.complaint_id = c.id) "
               "   THEN 'referred' ELSE 'completed' END "
               " WHEN EXISTS (SELECT 1 FROM pause p WHERE p.complaint_id = c.id AND p.paused_at < :end "
               "   AND (p.resumed_at IS NULL OR p.resumed_at >= :end)) THEN 'paused' "
               " ELSE 'in_progress' END AS status, COUNT(*) AS n "
               "FROM complaint c WHERE c.received_at >= :start AND c.received_at < :end "
               "GROUP BY status"_s);
    period(q, start, end).exec();
    QMap<ComplaintStatus, int> out;
    while (q.next()) {
        if (const auto status = statusFromCode(q.text(u"status"_s)))
            out.insert(*status, int(q.integer(u"n"_s)));
    }
    return out;
}

QList<std::tuple<QString, Channel, int>> RecapStore::receivedPerMinute(const QDateTime &start,
                                                                       const QDateTime &end) const
{
    SqlQuery q(m_db, u"SELECT "_s + m_db.dialect().instantMinute(u"received_at"_s)
                         + u" AS minute, channel, COUNT(*) AS n FROM complaint "
                           "WHERE received_at >= :start AND received_at < :end AND "_s
                         + kLiveAtEnd + u" GROUP BY minute, channel"_s);
    period(q, start, end).exec();
    QList<std::tuple<QString, Channel, int>> out;
    while (q.next()) {
        out.append({q.text(u"minute"_s),
                    channelFromCode(q.text(u"channel"_s)).value_or(Channel::Direct),
                    int(q.integer(u"n"_s))});
    }
    return out;
}

namespace {

/// COUNT(*) and how many of them are past their overall deadline at :at, of the complaints
/// matching `where` (bound :at).
OpenCount countAndDue(const Database &db, const QString &where, const QDateTime &at)
{
    SqlQuery q(db, u"SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN deadline_at < :at THEN 1 ELSE 0 END), 0) "
                   "AS late FROM complaint WHERE "_s + where);
    q.bind(u":at"_s, toStorageTime(at)).exec();
    OpenCount out;
    if (q.next()) {
        out.open = int(q.integer(u"n"_s));
        out.pastDeadline = int(q.integer(u"late"_s));
    }
    return out;
}

} // namespace

OpenCount RecapStore::openAt(const QDateTime &at) const
{
    // Open at `at`: received before it, not voided before it, not closed before it (closed_at,
    // the last step's completion, migration 8). Counted from indexes alone, from whichever end
    // of the register is nearer, so that the cost is that of the smaller part of the register
    // and not of every complaint closed since:
    // - near the beginning: received before `at`, less those closed before `at`, less those
    //   voided before `at` and not closed before it (complaint_received, complaint_closed and
    //   the partial complaint_voided index);
    // - otherwise: the complaints not closed before `at` (closed after it, or not yet closed)
    //   that were received before `at` and not voided before it (complaint_closed).
    const QString received = m_db.dialect().unindexed(u"received_at"_s);
    SqlQuery span(m_db, u"SELECT (SELECT MIN(received_at) FROM complaint) AS first_at, "
                        "(SELECT MAX(received_at) FROM complaint) AS last_at"_s);
    span.exec();
    if (!span.next() || span.isNull(u"first_at"_s))
        return {};
    const QDateTime first = fromStorageTime(span.text(u"first_at"_s));
    const QDateTime last = fromStorageTime(span.text(u"last_at"_s));
    // The near end costs two index ranges of its part, the far end one of the rest.
    const bool fromBeginning = at <= first || 3 * first.secsTo(at) < first.secsTo(last);
    if (fromBeginning) {
        const OpenCount receivedBefore = countAndDue(m_db, u"received_at < :at"_s, at);
        const OpenCount closedBefore =
            countAndDue(m_db, u"closed_at < :at AND "_s + received + u" < :at"_s, at);
        const OpenCount voidedBefore =
            countAndDue(m_db, u"voided_at < :at AND "_s + received
                                  + u" < :at AND (closed_at IS NULL OR closed_at >= :at)"_s, at);
        return OpenCount{receivedBefore.open - closedBefore.open - voidedBefore.open,
                         receivedBefore.pastDeadline - closedBefore.pastDeadline
                             - voidedBefore.pastDeadline};
    }
    const QString live = u" AND "_s + received + u" < :at AND (voided_at IS NULL OR voided_at >= :at)"_s;
    const OpenCount closedAfter = countAndDue(m_db, u"closed_at >= :at"_s + live, at);
    const OpenCount notClosed = countAndDue(m_db, u"closed_at IS NULL"_s + live, at);
    return OpenCount{closedAfter.open + notClosed.open,
                     closedAfter.pastDeadline + notClosed.pastDeadline};
}

std::pair<int, int> RecapStore::finished(const QDateTime &start, const QDateTime &end) const
{
    // The closing instant (the last step's completion) in the period: complaint_closed alone.
    SqlQuery q(m_db,
               u"SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN closed_at <= deadline_at THEN 1 ELSE 0 END), 0) AS ok "
               "FROM complaint WHERE closed_at >= :start AND closed_at < :end "
               "AND (voided_at IS NULL OR voided_at >= :end)"_s);
    period(q, start, end).exec();
    if (!q.next())
        return {0, 0};
    return {int(q.integer(u"n"_s)), int(q.integer(u"ok"_s))};
}

int RecapStore::voided(const QDateTime &start, const QDateTime &end) const
{
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM complaint WHERE voided_at >= :start AND voided_at < :end"_s);
    period(q, start, end);
    return q.scalar().toInt();
}

QList<RecapStepTime> RecapStore::stepTimes(const QDateTime &start, const QDateTime &end) const
{
    // Grouped: a year holds half a million completed steps, but a few thousand distinct
    // working times per step (step_record_completed carries every column read here).
    SqlQuery q(m_db, u"SELECT step_no, worked_seconds, late, COUNT(*) AS n FROM step_record "
                     "WHERE completed_at >= :start AND completed_at < :end "
                     "GROUP BY step_no, worked_seconds, late"_s);
    period(q, start, end).exec();
    QList<RecapStepTime> out;
    while (q.next()) {
        out << RecapStepTime{q.valueAt(0).toInt(), q.valueAt(1).toLongLong(),
                             q.valueAt(2).toInt() != 0, q.valueAt(3).toInt()};
    }
    return out;
}

QList<RecapDeviationRow> RecapStore::deviations(const QDateTime &start, const QDateTime &end) const
{
    SqlQuery q(m_db, u"SELECT s.step_no, s.worked_seconds, s.target_minutes, s.deviation_reason, "
                     "s.completed_at, c.agenda_number, u.full_name "
                     "FROM step_record s JOIN complaint c ON c.id = s.complaint_id "
                     "LEFT JOIN app_user u ON u.id = s.completed_by "
                     "WHERE s.completed_at >= :start AND s.completed_at < :end AND s.late = 1 "
                     "ORDER BY s.completed_at, c.id, s.step_no"_s);
    period(q, start, end).exec();
    QList<RecapDeviationRow> rows;
    while (q.next()) {
        rows << RecapDeviationRow{int(q.integer(u"step_no"_s)), q.integer(u"worked_seconds"_s),
                                  int(q.integer(u"target_minutes"_s)), q.text(u"agenda_number"_s),
                                  q.text(u"deviation_reason"_s), q.text(u"full_name"_s),
                                  fromStorageTime(q.text(u"completed_at"_s))};
    }
    return rows;
}

QList<RecapReferralRow> RecapStore::referrals(const QDateTime &start, const QDateTime &end) const
{
    SqlQuery q(m_db, u"SELECT a.name, COUNT(*) AS n FROM referral r JOIN agency a "
                     "ON a.id = r.agency_id WHERE r.referred_at >= :start AND r.referred_at < :end "
                     "GROUP BY a.name ORDER BY n DESC, a.name"_s);
    period(q, start, end).exec();
    QList<RecapReferralRow> rows;
    while (q.next())
        rows << RecapReferralRow{q.text(u"name"_s), int(q.integer(u"n"_s))};
    return rows;
}

} // namespace aduan
