// ComplaintStore: one whole complaint read back, as one viewer may see it, and its attachments.

#include "storage/complaintstore.h"

#include "domain/gender.h"
#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "util/storagetime.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

QStringList splitLines(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

StepState stepFromRow(const SqlQuery &q)
{
    StepState s;
    s.number = int(q.integer(u"step_no"_s));
    s.action = q.text(u"action"_s);
    s.actor = roleFromCode(q.text(u"actor_role"_s)).value_or(Role::Officer);
    s.targetMinutes = int(q.integer(u"target_minutes"_s));
    s.actionableAt = fromStorageTime(q.text(u"actionable_at"_s));
    s.completedAt = fromStorageTime(q.text(u"completed_at"_s));
    s.completedBy = q.integer(u"completed_by"_s);
    s.completedByName = q.text(u"full_name"_s);
    s.actingHead = q.integer(u"acting_head"_s) != 0;
    s.workedSeconds = q.integer(u"worked_seconds"_s);
    s.late = q.integer(u"late"_s) != 0;
    s.deviationReason = q.text(u"deviation_reason"_s);
    s.note = q.text(u"note"_s);
    return s;
}

PauseRecord pauseFromRow(const SqlQuery &q)
{
    return PauseRecord{q.integer(u"id"_s), int(q.integer(u"step_no"_s)),
                       fromStorageTime(q.text(u"paused_at"_s)), q.text(u"reason"_s),
                       fromStorageTime(q.text(u"resumed_at"_s)), q.text(u"resume_note"_s)};
}

DispositionRecord dispositionFromRow(const SqlQuery &q)
{
    DispositionRecord d;
    d.input.urgency = urgencyFromCode(q.text(u"urgency"_s)).value_or(Urgency::Biasa);
    d.input.instructions = splitLines(q.text(u"instructions"_s));
    d.input.note = q.text(u"note"_s);
    d.input.addressee = q.text(u"addressee"_s);
    d.signerId = q.integer(u"signer_user_id"_s);
    d.signerName = q.text(u"full_name"_s);
    d.signerNip = q.text(u"nip"_s);
    d.signedAsActing = q.integer(u"signed_as_acting"_s) != 0;
    d.signedAt = fromStorageTime(q.text(u"signed_at"_s));
    return d;
}

DecisionRecord decisionFromRow(const SqlQuery &q)
{
    DecisionRecord d;
    d.input.meetingAt = fromStorageTime(q.text(u"meeting_at"_s));
    d.input.attendees = splitLines(q.text(u"attendees"_s));
    d.input.discussion = q.text(u"discussion"_s);
    d.input.decision = q.text(u"decision"_s);
    d.input.withinAuthority = q.integer(u"within_authority"_s) != 0;
    d.decidedBy = q.integer(u"decided_by"_s);
    d.decidedAt = fromStorageTime(q.text(u"decided_at"_s));
    return d;
}

ReferralRecord referralFromRow(const SqlQuery &q)
{
    ReferralRecord r;
    r.input.agencyId = q.integer(u"agency_id"_s);
    r.input.reason = q.text(u"reason"_s);
    r.input.letterNumber = q.text(u"letter_number"_s);
    r.agencyName = q.text(u"name"_s);
    r.agencyAddress = q.text(u"address"_s);
    r.referredAt = fromStorageTime(q.text(u"referred_at"_s));
    return r;
}

ResolutionReportRecord reportFromRow(const SqlQuery &q)
{
    ResolutionReportRecord r;
    r.input.method = q.text(u"method"_s);
    r.input.summary = q.text(u"summary"_s);
    r.input.complainantResponse = q.text(u"complainant_response"_s);
    r.officerId = q.integer(u"officer_user_id"_s);
    r.officerName = q.text(u"full_name"_s);
    r.officerNip = q.text(u"nip"_s);
    r.conveyedAt = fromStorageTime(q.text(u"conveyed_at"_s));
    return r;
}

ResultSmsRecord resultSmsFromRow(const SqlQuery &q)
{
    ResultSmsRecord r;
    r.id = q.integer(u"id"_s);
    r.recipient = q.text(u"recipient"_s);
    r.text = q.text(u"body"_s);
    r.queuedAt = fromStorageTime(q.text(u"queued_at"_s));
    r.daemonId = q.text(u"daemon_id"_s);
    r.delivery = smsDeliveryFromCode(q.text(u"delivery_state"_s));
    const QString checked = q.text(u"delivery_checked_at"_s);
    if (!checked.isEmpty())
        r.checkedAt = fromStorageTime(checked);
    return r;
}

} // namespace

std::optional<ComplaintRecord> ComplaintStore::load(qint64 id, bool canSee) const
{
    ComplaintRecord c;
    {
        // On a person's own session on a server, the complaint as the server lets the person see
        // it (SqlDialect::complaintRelation()): a confidential identity the server hides comes
        // back NULL, and is then hidden here whatever `canSee` says.
        SqlQuery q(m_db, u"SELECT * FROM "_s
                             + m_db.dialect().complaintRelation(m_db.isPersonSession())
                             + u" WHERE id = :id"_s);
        q.bind(u":id"_s, id).exec();
        if (!q.next())
            return std::nullopt;
        c.id = id;
        c.agendaNumber = q.text(u"agenda_number"_s);
        c.sopRevisionId = q.integer(u"sop_revision_id"_s);
        c.channel = channelFromCode(q.text(u"channel"_s)).value_or(Channel::Direct);
        c.receivedAt = fromStorageTime(q.text(u"received_at"_s));
        c.registeredAt = fromStorageTime(q.text(u"registered_at"_s));
        c.confidentiality = confidentialityFromCode(q.text(u"confidentiality"_s))
                                .value_or(Confidentiality::Public);
        const bool hiddenByServer = c.confidentiality == Confidentiality::Confidential
                                    && q.isNull(u"complainant_name"_s);
        if (c.confidentiality == Confidentiality::Confidential && (!canSee || hiddenByServer)) {
            c.identityHidden = true;
        } else if (c.confidentiality != Confidentiality::Anonymous) {
            c.complainant = Complainant{q.text(u"complainant_name"_s),
                                        q.text(u"complainant_nik"_s),
                                        genderFromCode(q.text(u"complainant_gender"_s)),
                                        q.text(u"complainant_phone"_s),
                                        q.text(u"complainant_address"_s)};
        }
        c.subject = q.text(u"subject"_s);
        c.description = q.text(u"description"_s);
        c.location = q.text(u"location"_s);
        c.category = q.text(u"category"_s);
        c.classCode = q.text(u"class_code"_s);
        c.deadlineAt = fromStorageTime(q.text(u"deadline_at"_s));
        c.relatedComplaintId = q.integer(u"related_complaint_id"_s);
        c.createdBy = q.integer(u"created_by"_s);
        c.voidedAt = fromStorageTime(q.text(u"voided_at"_s));
        c.voidReason = q.text(u"void_reason"_s);
        c.rowVersion = int(q.integer(u"row_version"_s));
    }
    {
        SqlQuery q(m_db, u"SELECT code, met, waiver_reason FROM requirement_outcome "
                         "WHERE complaint_id = :id AND step_no = 1"_s);
        q.bind(u":id"_s, id).exec();
        while (q.next()) {
            c.requirements.insert(q.text(u"code"_s),
                                  RequirementOutcome{q.integer(u"met"_s) != 0,
                                                     q.text(u"waiver_reason"_s)});
        }
    }
    {
        SqlQuery q(m_db, u"SELECT description FROM evidence_item WHERE complaint_id = :id "
                         "ORDER BY id"_s);
        q.bind(u":id"_s, id).exec();
        while (q.next())
            c.evidence << q.text(u"description"_s);
    }
    {
        SqlQuery q(m_db, u"SELECT id, file_name, mime_type, size_bytes, sha256 FROM attachment "
                         "WHERE complaint_id = :id ORDER BY id"_s);
        q.bind(u":id"_s, id).exec();
        while (q.next()) {
            // A file's name and checksum can tell whose it is ("KTP Bambang.jpg"): hidden
            // with the identity, like its content (IntakeBook::attachmentContent).
            c.attachments << AttachmentInfo{q.integer(u"id"_s),
                                            c.identityHidden ? hiddenIdentityLabel()
                                                             : q.text(u"file_name"_s),
                                            q.text(u"mime_type"_s), q.integer(u"size_bytes"_s),
                                            c.identityHidden ? QString() : q.text(u"sha256"_s)};
        }
    }
    c.steps = SqlQuery(m_db, u"SELECT s.*, st.action, st.actor_role, u.full_name FROM step_record s "
                          "JOIN complaint c ON c.id = s.complaint_id "
                          "LEFT JOIN sop_step st ON st.revision_id = c.sop_revision_id "
                          "AND st.step_no = s.step_no "
                          "LEFT JOIN app_user u ON u.id = s.completed_by "
                          "WHERE s.complaint_id = :id ORDER BY s.step_no"_s)
                  .bind(u":id"_s, id)
                  .rows(stepFromRow);
    c.pauses = SqlQuery(m_db, u"SELECT * FROM pause WHERE complaint_id = :id ORDER BY paused_at"_s)
                   .bind(u":id"_s, id)
                   .rows(pauseFromRow);
    c.disposition = SqlQuery(m_db, u"SELECT d.*, u.full_name, u.nip FROM disposition d JOIN app_user u "
                                "ON u.id = d.signer_user_id WHERE d.complaint_id = :id"_s)
                        .bind(u":id"_s, id)
                        .first(dispositionFromRow);
    c.decision = SqlQuery(m_db, u"SELECT * FROM decision WHERE complaint_id = :id"_s)
                     .bind(u":id"_s, id)
                     .first(decisionFromRow);
    c.referral = SqlQuery(m_db, u"SELECT r.*, a.name, a.address FROM referral r JOIN agency a "
                             "ON a.id = r.agency_id WHERE r.complaint_id = :id"_s)
                     .bind(u":id"_s, id)
                     .first(referralFromRow);
    if (c.decision && c.referral)
        c.decision->input.referral = c.referral->input;
    c.resolutionReport =
        SqlQuery(m_db, u"SELECT r.*, u.full_name, u.nip FROM resolution_report r JOIN app_user u "
                    "ON u.id = r.officer_user_id WHERE r.complaint_id = :id"_s)
            .bind(u":id"_s, id)
            .first(reportFromRow);
    if (c.resolutionReport) {
        // Step 5 by SMS (migration 009): the result's SMS and its delivery state.
        c.resolutionReport->sms =
            SqlQuery(m_db, u"SELECT id, recipient, body, queued_at, daemon_id, delivery_state, "
                           "delivery_checked_at FROM outgoing_message WHERE complaint_id = :id "
                           "AND purpose = 'result' ORDER BY id DESC LIMIT 1"_s)
                .bind(u":id"_s, id)
                .first(resultSmsFromRow);
        // The number the result went to is the complainant's: hidden with the identity.
        if (c.resolutionReport->sms && c.identityHidden)
            c.resolutionReport->sms->recipient = hiddenIdentityLabel();
    }
    return c;
}

bool ComplaintStore::anyRegistered() const
{
    return SqlQuery(m_db, u"SELECT 1 FROM complaint LIMIT 1"_s).scalar().isValid();
}

std::optional<qint64> ComplaintStore::idByAgendaNumber(const QString &agendaNumber) const
{
    SqlQuery q(m_db, u"SELECT id FROM complaint WHERE agenda_number = :n"_s);
    q.bind(u":n"_s, agendaNumber);
    const QVariant id = q.scalar();
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

QByteArray ComplaintStore::attachmentContent(qint64 attachmentId) const
{
    SqlQuery q(m_db, u"SELECT content FROM attachment WHERE id = :id"_s);
    q.bind(u":id"_s, attachmentId);
    return q.scalar().toByteArray();
}

std::optional<Confidentiality> ComplaintStore::attachmentConfidentiality(qint64 attachmentId) const
{
    SqlQuery q(m_db, u"SELECT c.confidentiality FROM attachment a JOIN complaint c "
                     "ON c.id = a.complaint_id WHERE a.id = :id"_s);
    q.bind(u":id"_s, attachmentId);
    const QVariant stored = q.scalar();
    if (!stored.isValid())
        return std::nullopt;
    return confidentialityFromCode(stored.toString());
}

} // namespace aduan
