#include "storage/recapstore.h"

#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "util/storagetime.h"

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

const QString kLastStep = u"(SELECT MAX(ls.step_no) FROM sop_step ls WHERE ls.revision_id = c.sop_revision_id)"_s;

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
               " WHEN EXISTS (SELECT 1 FROM step_record f WHERE f.complaint_id = c.id "
               "   AND f.step_no = "_s + kLastStep + u" AND f.completed_at < :end) THEN "
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

OpenCount RecapStore::openAt(const QDateTime &at) const
{
    // Open at `at`: received before it, not voided before it, last step not completed before
    // it. Candidates are the complaints open now or whose last step was completed after `at`;
    // a voided complaint keeps its open step, so those voided before `at` are left out by the
    // partial index of voided complaints before any complaint row is read.
    SqlQuery q(m_db,
               u"SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN c.deadline_at < :at THEN 1 ELSE 0 END), 0) AS late "
               "FROM complaint c WHERE c.id IN (SELECT complaint_id FROM step_record WHERE "
               "completed_at IS NULL AND complaint_id NOT IN (SELECT id FROM complaint WHERE "
               "voided_at IS NOT NULL AND voided_at < :at) "
               "UNION ALL SELECT complaint_id FROM step_record WHERE step_no IN "
               "(SELECT MAX(step_no) FROM sop_step GROUP BY revision_id) AND completed_at >= :at) "
               "AND c.received_at < :at AND (c.voided_at IS NULL OR c.voided_at >= :at) "
               "AND NOT EXISTS (SELECT 1 FROM step_record f WHERE f.complaint_id = c.id "
               "AND f.step_no = "_s + kLastStep + u" AND f.completed_at < :at)"_s);
    q.bind(u":at"_s, toStorageTime(at)).exec();
    OpenCount out;
    if (q.next()) {
        out.open = int(q.integer(u"n"_s));
        out.pastDeadline = int(q.integer(u"late"_s));
    }
    return out;
}

std::pair<int, int> RecapStore::finished(const QDateTime &start, const QDateTime &end) const
{
    SqlQuery q(m_db,
               u"SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN s.completed_at <= c.deadline_at THEN 1 ELSE 0 END), 0) AS ok "
               "FROM step_record s JOIN complaint c ON c.id = s.complaint_id "
               "WHERE s.completed_at >= :start AND s.completed_at < :end "
               // The last step of some revision, from the index alone; then of the complaint's own.
               "AND s.step_no IN (SELECT MAX(step_no) FROM sop_step GROUP BY revision_id) AND s.step_no = "_s
                   + kLastStep + u" AND (c.voided_at IS NULL OR c.voided_at >= :end)"_s);
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
    SqlQuery q(m_db, u"SELECT step_no, worked_seconds, late FROM step_record "
                     "WHERE completed_at >= :start AND completed_at < :end"_s);
    period(q, start, end).exec();
    QList<RecapStepTime> out;
    while (q.next()) {
        // By position: a month holds tens of thousands of steps.
        out << RecapStepTime{q.valueAt(0).toInt(), q.valueAt(1).toLongLong(),
                             q.valueAt(2).toInt() != 0};
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
