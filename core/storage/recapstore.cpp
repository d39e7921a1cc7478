#include "storage/recapstore.h"

#include "storage/database.h"
#include "storage/sqlquery.h"
#include "util/storagetime.h"

using namespace Qt::StringLiterals;

namespace aduan {

QList<RecapComplaintRow> RecapStore::complaints(const QDateTime &start, const QDateTime &end) const
{
    // Candidates: received in the period, or still open at its start — i.e. registered before
    // it and neither finished nor voided before it (received earlier, pending at the start). The last step is the highest of the
    // complaint's SOP revision.
    SqlQuery q(m_db,
               u"WITH last_step AS (SELECT revision_id, MAX(step_no) AS step_no FROM sop_step "
               "GROUP BY revision_id), "
               "candidates AS ("
               "  SELECT id FROM complaint WHERE received_at >= :start AND received_at < :end "
               "  UNION SELECT complaint_id FROM step_record WHERE completed_at IS NULL "
               "  UNION SELECT complaint_id FROM step_record WHERE completed_at >= :start) "
               "SELECT c.id, c.agenda_number, c.channel, c.category, c.class_code, c.received_at, "
               "c.registered_at, c.deadline_at, c.voided_at, f.completed_at AS finished_at, "
               "r.referred_at, "
               "(SELECT COUNT(*) FROM pause p WHERE p.complaint_id = c.id AND p.paused_at < :end "
               " AND (p.resumed_at IS NULL OR p.resumed_at >= :end)) AS paused_at_end "
               "FROM candidates k JOIN complaint c ON c.id = k.id "
               "JOIN last_step ls ON ls.revision_id = c.sop_revision_id "
               "LEFT JOIN step_record f ON f.complaint_id = c.id AND f.step_no = ls.step_no "
               "LEFT JOIN referral r ON r.complaint_id = c.id "
               "WHERE (c.received_at >= :start AND c.received_at < :end) OR "
               "(c.received_at < :start AND (f.completed_at IS NULL OR f.completed_at >= :start) "
               " AND (c.voided_at IS NULL OR c.voided_at >= :start)) "
               "ORDER BY c.received_at"_s);
    q.bind(u":start"_s, toStorageTime(start)).bind(u":end"_s, toStorageTime(end)).exec();
    QList<RecapComplaintRow> rows;
    while (q.next()) {
        RecapComplaintRow r;
        r.id = q.integer(u"id"_s);
        r.agendaNumber = q.text(u"agenda_number"_s);
        r.channel = channelFromCode(q.text(u"channel"_s)).value_or(Channel::Direct);
        r.category = q.text(u"category"_s);
        r.classCode = q.text(u"class_code"_s);
        r.receivedAt = fromStorageTime(q.text(u"received_at"_s));
        r.registeredAt = fromStorageTime(q.text(u"registered_at"_s));
        r.deadlineAt = fromStorageTime(q.text(u"deadline_at"_s));
        r.voidedAt = fromStorageTime(q.text(u"voided_at"_s));
        r.finishedAt = fromStorageTime(q.text(u"finished_at"_s));
        r.referredAt = fromStorageTime(q.text(u"referred_at"_s));
        r.pausedAtEnd = q.integer(u"paused_at_end"_s) > 0;
        rows << r;
    }
    return rows;
}

QList<RecapStepRow> RecapStore::steps(const QDateTime &start, const QDateTime &end) const
{
    SqlQuery q(m_db, u"SELECT s.step_no, s.worked_seconds, s.target_minutes, s.late, "
                     "s.deviation_reason, s.completed_at, c.agenda_number, u.full_name "
                     "FROM step_record s JOIN complaint c ON c.id = s.complaint_id "
                     "LEFT JOIN app_user u ON u.id = s.completed_by "
                     "WHERE s.completed_at >= :start AND s.completed_at < :end "
                     "ORDER BY s.completed_at, c.id, s.step_no"_s);
    q.bind(u":start"_s, toStorageTime(start)).bind(u":end"_s, toStorageTime(end)).exec();
    QList<RecapStepRow> rows;
    while (q.next()) {
        RecapStepRow r;
        r.stepNumber = int(q.integer(u"step_no"_s));
        r.workedSeconds = q.integer(u"worked_seconds"_s);
        r.targetMinutes = int(q.integer(u"target_minutes"_s));
        r.late = q.integer(u"late"_s) != 0;
        r.deviationReason = q.text(u"deviation_reason"_s);
        r.completedAt = fromStorageTime(q.text(u"completed_at"_s));
        r.agendaNumber = q.text(u"agenda_number"_s);
        r.completedBy = q.text(u"full_name"_s);
        rows << r;
    }
    return rows;
}

QList<RecapReferralRow> RecapStore::referrals(const QDateTime &start, const QDateTime &end) const
{
    SqlQuery q(m_db, u"SELECT a.name, COUNT(*) AS n FROM referral r JOIN agency a "
                     "ON a.id = r.agency_id WHERE r.referred_at >= :start AND r.referred_at < :end "
                     "GROUP BY a.name ORDER BY n DESC, a.name"_s);
    q.bind(u":start"_s, toStorageTime(start)).bind(u":end"_s, toStorageTime(end)).exec();
    QList<RecapReferralRow> rows;
    while (q.next())
        rows << RecapReferralRow{q.text(u"name"_s), int(q.integer(u"n"_s))};
    return rows;
}

} // namespace aduan
