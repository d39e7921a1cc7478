#include "storage/complaintstore.h"

#include "domain/gender.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "util/storagetime.h"
#include "validation/phone.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

QVariant nullableText(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString joinLines(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList splitLines(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

// Whether a complaint's identity (NIK, phone, address, name) exists for the viewer: a public
// complaint's always, a confidential one's only for a viewer with the right (bound as :see), an
// anonymous one's never (it holds none). The one rule every identity match and every identity
// column follows: for a viewer without the right a confidential identity does not exist.
// `table` is the alias of the complaint table ("c."), empty for an unaliased subquery.
QString identityVisible(const QString &table)
{
    return u"("_s + table + u"confidentiality = 'biasa' OR ("_s + table
           + u"confidentiality = 'rahasia' AND :see = 1))"_s;
}

// The displayed complainant name: blanked in the query for a viewer without the right.
const QString kNameExpression =
    u"CASE WHEN c.confidentiality = 'anonim' THEN :anon "
    "WHEN c.confidentiality = 'rahasia' AND :see = 0 THEN :hidden "
    "ELSE c.complainant_name END"_s;

const QString kListColumns =
    u"c.id, c.agenda_number, c.received_at, c.registered_at, c.channel, c.subject, c.category, "
    "c.voided_at, c.row_version, s.step_no AS open_step, s.actionable_at AS open_since, "
    "s.target_minutes AS open_target, st.actor_role AS open_actor, "
    "(SELECT COUNT(*) FROM pause p WHERE p.complaint_id = c.id AND p.resumed_at IS NULL) AS paused, "
    "(SELECT COUNT(*) FROM referral r WHERE r.complaint_id = c.id) AS referred, "_s
    + kNameExpression + u" AS display_name"_s;

const QString kNotVoided = u"c.voided_at IS NULL"_s;

const QString kListFrom =
    u" FROM complaint c "
    // The open step by the primary key (complaint_id, step_no): the unary plus keeps SQLite from
    // scanning every open step of the register through the index on completed_at for each row.
    "LEFT JOIN step_record s ON s.complaint_id = c.id AND +s.completed_at IS NULL "
    "LEFT JOIN sop_step st ON st.revision_id = c.sop_revision_id AND st.step_no = s.step_no "_s;

IntakeBookRow rowFromQuery(const SqlQuery &q)
{
    IntakeBookRow row;
    row.complaintId = q.integer(u"id"_s);
    row.agendaNumber = q.text(u"agenda_number"_s);
    row.receivedAt = fromStorageTime(q.text(u"received_at"_s));
    row.registeredAt = fromStorageTime(q.text(u"registered_at"_s));
    row.complainantName = q.text(u"display_name"_s);
    row.channel = channelFromCode(q.text(u"channel"_s)).value_or(Channel::Direct);
    row.subject = q.text(u"subject"_s);
    row.category = q.text(u"category"_s);
    row.rowVersion = int(q.integer(u"row_version"_s));
    const bool voided = !q.isNull(u"voided_at"_s);
    row.currentStep = voided || q.isNull(u"open_step"_s) ? 0 : int(q.integer(u"open_step"_s));
    row.status = deriveStatus({voided, row.currentStep > 0, q.integer(u"paused"_s) > 0,
                               q.integer(u"referred"_s) > 0});
    if (row.currentStep > 0) {
        row.currentActor = roleFromCode(q.text(u"open_actor"_s)).value_or(Role::Officer);
        row.currentTargetMinutes = int(q.integer(u"open_target"_s));
        row.currentActionableAt = fromStorageTime(q.text(u"open_since"_s));
    }
    return row;
}

void bindNameLabels(SqlQuery &q, bool canSee)
{
    q.bind(u":anon"_s, anonymousLabel())
        .bind(u":hidden"_s, hiddenIdentityLabel())
        .bind(u":see"_s, canSee ? 1 : 0);
}

} // namespace

/// A filter as SQL: its conditions, and a search's candidates (the ids matching the typed text,
/// from indexes only) kept apart so that each query can choose how to use them.
struct ComplaintStore::WhereClause {
    QStringList conditions;
    QString candidates; ///< a query of one column `id`; empty when not searching
    QList<std::pair<QString, QVariant>> binds;

    bool searching() const { return !candidates.isEmpty(); }
    /// " WHERE ..." (or empty). `walkOrder`: the candidates only as a membership test (the
    /// unary plus keeps SQLite from looking each candidate up by id), so that the query walks
    /// the index of its ORDER BY and stops when the page is full.
    QString sql(bool walkOrder = false) const
    {
        QStringList all = conditions;
        if (searching())
            all << (walkOrder ? u"+c.id IN ("_s : u"c.id IN ("_s) + candidates + u')';
        return all.isEmpty() ? QString() : u" WHERE "_s + all.join(u" AND "_s);
    }
};

namespace {

/// From this many candidates on, a search's page walks the date index rather than sorting the
/// candidates: sorting reads every candidate's row (at a million complaints a common word has
/// 80,000), the walk reads about 100 × total / candidates index entries.
constexpr int kWalkFromCandidates = 2000;

} // namespace

int ComplaintStore::takeAgendaSequence(int year)
{
    SqlQuery(m_db, u"INSERT INTO agenda_sequence (year, last_value) VALUES (:year, 1) "
                   "ON CONFLICT (year) DO UPDATE SET last_value = agenda_sequence.last_value + 1"_s)
        .bind(u":year"_s, year)
        .exec();
    SqlQuery q(m_db, u"SELECT last_value FROM agenda_sequence WHERE year = :year"_s);
    q.bind(u":year"_s, year);
    return q.scalar().toInt();
}

qint64 ComplaintStore::insertComplaint(const NewComplaintRow &row)
{
    const ComplaintDraft &d = row.draft;
    const Complainant person = d.complainant.value_or(Complainant{});
    const bool anonymous = d.confidentiality == Confidentiality::Anonymous;
    SqlQuery q(m_db,
               u"INSERT INTO complaint (agenda_number, agenda_year, agenda_seq, sop_revision_id, "
               "channel, received_at, registered_at, confidentiality, complainant_name, "
               "complainant_nik, complainant_gender, complainant_phone, complainant_address, "
               "subject, description, location, category, class_code, deadline_at, "
               "related_complaint_id, created_by) VALUES (:number, :year, :seq, :rev, :channel, "
               ":received, :registered, :conf, :name, :nik, :gender, :phone, :address, :subject, "
               ":description, :location, :category, :class, :deadline, :related, :by)"_s);
    q.bind(u":number"_s, row.agendaNumber)
        .bind(u":year"_s, row.agendaYear)
        .bind(u":seq"_s, row.agendaSeq)
        .bind(u":rev"_s, row.sopRevisionId)
        .bind(u":channel"_s, channelCode(d.channel))
        .bind(u":received"_s, toStorageTime(row.receivedAt))
        .bind(u":registered"_s, toStorageTime(row.registeredAt))
        .bind(u":conf"_s, confidentialityCode(d.confidentiality))
        .bind(u":name"_s, anonymous ? QVariant(QMetaType(QMetaType::QString)) : QVariant(person.name))
        .bind(u":nik"_s, anonymous || person.nik.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                           : QVariant(person.nik))
        .bind(u":gender"_s, anonymous ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(genderCode(person.gender)))
        .bind(u":phone"_s, anonymous || person.phone.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                               : QVariant(person.phone))
        .bind(u":address"_s, anonymous ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(person.address))
        .bind(u":subject"_s, d.subject)
        .bind(u":description"_s, d.description)
        .bind(u":location"_s, d.location)
        .bind(u":category"_s, d.category)
        .bind(u":class"_s, row.classCode)
        .bind(u":deadline"_s, toStorageTime(row.deadlineAt))
        .bind(u":related"_s, nullableId(d.relatedComplaintId))
        .bind(u":by"_s, row.createdBy)
        .exec();
    return q.lastInsertId();
}

void ComplaintStore::insertRequirementOutcomes(qint64 complaintId, int stepNumber,
                                               const QHash<QString, RequirementOutcome> &outcomes)
{
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        SqlQuery(m_db, u"INSERT INTO requirement_outcome (complaint_id, step_no, code, met, "
                       "waiver_reason) VALUES (:id, :step, :code, :met, :reason)"_s)
            .bind(u":id"_s, complaintId)
            .bind(u":step"_s, stepNumber)
            .bind(u":code"_s, it.key())
            .bind(u":met"_s, it->met ? 1 : 0)
            .bind(u":reason"_s, it->met ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(it->waiverReason))
            .exec();
    }
}

void ComplaintStore::insertEvidence(qint64 complaintId, const QStringList &items)
{
    for (const QString &item : items) {
        SqlQuery(m_db, u"INSERT INTO evidence_item (complaint_id, description) VALUES (:id, :d)"_s)
            .bind(u":id"_s, complaintId)
            .bind(u":d"_s, item)
            .exec();
    }
}

void ComplaintStore::insertAttachment(qint64 complaintId, const NewAttachment &a, qint64 userId,
                                      const QDateTime &now)
{
    SqlQuery(m_db, u"INSERT INTO attachment (complaint_id, file_name, mime_type, size_bytes, "
                   "sha256, content, added_at, added_by) VALUES (:id, :name, :mime, :size, :sha, "
                   ":content, :at, :by)"_s)
        .bind(u":id"_s, complaintId)
        .bind(u":name"_s, a.fileName)
        .bind(u":mime"_s, a.mimeType)
        .bind(u":size"_s, qint64(a.content.size()))
        .bind(u":sha"_s, a.sha256)
        .bind(u":content"_s, a.content)
        .bind(u":at"_s, toStorageTime(now))
        .bind(u":by"_s, userId)
        .exec();
}

void ComplaintStore::openStep(qint64 complaintId, int stepNumber, const QDateTime &actionableAt,
                              int targetMinutes)
{
    SqlQuery(m_db, u"INSERT INTO step_record (complaint_id, step_no, actionable_at, target_minutes) "
                   "VALUES (:id, :step, :at, :target)"_s)
        .bind(u":id"_s, complaintId)
        .bind(u":step"_s, stepNumber)
        .bind(u":at"_s, toStorageTime(actionableAt))
        .bind(u":target"_s, targetMinutes)
        .exec();
}

void ComplaintStore::completeStep(qint64 complaintId, const StepCompletionRow &row)
{
    SqlQuery q(m_db, u"UPDATE step_record SET completed_at = :at, completed_by = :by, "
                     "acting_head = :acting, worked_seconds = :worked, late = :late, "
                     "deviation_reason = :reason, note = :note "
                     "WHERE complaint_id = :id AND step_no = :step AND completed_at IS NULL"_s);
    q.bind(u":at"_s, toStorageTime(row.completedAt))
        .bind(u":by"_s, row.completedBy)
        .bind(u":acting"_s, row.actingHead ? 1 : 0)
        .bind(u":worked"_s, row.workedSeconds)
        .bind(u":late"_s, row.late ? 1 : 0)
        .bind(u":reason"_s, nullableText(row.deviationReason.isEmpty() ? QString() : row.deviationReason))
        .bind(u":note"_s, nullableText(row.note.isEmpty() ? QString() : row.note))
        .bind(u":id"_s, complaintId)
        .bind(u":step"_s, row.stepNumber)
        .exec();
    if (q.rowsAffected() != 1)
        throw Error(Error::Code::Conflict, u"step %1 is not open"_s.arg(row.stepNumber));
}

void ComplaintStore::insertDisposition(qint64 complaintId, const DispositionInput &input,
                                       qint64 signerId, bool signedAsActing,
                                       const QDateTime &signedAt)
{
    SqlQuery(m_db, u"INSERT INTO disposition (complaint_id, urgency, instructions, note, "
                   "addressee, signer_user_id, signed_as_acting, signed_at) VALUES (:id, :urgency, "
                   ":instructions, :note, :addressee, :signer, :acting, :at)"_s)
        .bind(u":id"_s, complaintId)
        .bind(u":urgency"_s, urgencyCode(input.urgency))
        .bind(u":instructions"_s, joinLines(input.instructions))
        .bind(u":note"_s, input.note)
        .bind(u":addressee"_s, input.addressee)
        .bind(u":signer"_s, signerId)
        .bind(u":acting"_s, signedAsActing ? 1 : 0)
        .bind(u":at"_s, toStorageTime(signedAt))
        .exec();
}

void ComplaintStore::insertDecision(qint64 complaintId, const DecisionInput &input,
                                    qint64 decidedBy, const QDateTime &decidedAt)
{
    SqlQuery(m_db, u"INSERT INTO decision (complaint_id, meeting_at, attendees, discussion, "
                   "decision, within_authority, decided_by, decided_at) VALUES (:id, :meeting, "
                   ":attendees, :discussion, :decision, :within, :by, :at)"_s)
        .bind(u":id"_s, complaintId)
        .bind(u":meeting"_s, toStorageTime(input.meetingAt))
        .bind(u":attendees"_s, joinLines(input.attendees))
        .bind(u":discussion"_s, input.discussion)
        .bind(u":decision"_s, input.decision)
        .bind(u":within"_s, input.withinAuthority ? 1 : 0)
        .bind(u":by"_s, decidedBy)
        .bind(u":at"_s, toStorageTime(decidedAt))
        .exec();
}

void ComplaintStore::insertReferral(qint64 complaintId, const ReferralInput &input,
                                    const QDateTime &at)
{
    SqlQuery(m_db, u"INSERT INTO referral (complaint_id, agency_id, reason, letter_number, "
                   "referred_at) VALUES (:id, :agency, :reason, :letter, :at)"_s)
        .bind(u":id"_s, complaintId)
        .bind(u":agency"_s, input.agencyId)
        .bind(u":reason"_s, input.reason)
        .bind(u":letter"_s, input.letterNumber)
        .bind(u":at"_s, toStorageTime(at))
        .exec();
}

void ComplaintStore::insertResolutionReport(qint64 complaintId, const ResolutionReportInput &input,
                                            qint64 officerId, const QDateTime &conveyedAt)
{
    SqlQuery(m_db, u"INSERT INTO resolution_report (complaint_id, method, conveyed_at, summary, "
                   "complainant_response, officer_user_id) VALUES (:id, :method, :at, :summary, "
                   ":response, :officer)"_s)
        .bind(u":id"_s, complaintId)
        .bind(u":method"_s, input.method)
        .bind(u":at"_s, toStorageTime(conveyedAt))
        .bind(u":summary"_s, input.summary)
        .bind(u":response"_s, input.complainantResponse)
        .bind(u":officer"_s, officerId)
        .exec();
}

void ComplaintStore::insertPause(qint64 complaintId, int stepNumber, const QDateTime &at,
                                 qint64 userId, const QString &reason)
{
    SqlQuery(m_db, u"INSERT INTO pause (complaint_id, step_no, paused_at, paused_by, reason) "
                   "VALUES (:id, :step, :at, :by, :reason)"_s)
        .bind(u":id"_s, complaintId)
        .bind(u":step"_s, stepNumber)
        .bind(u":at"_s, toStorageTime(at))
        .bind(u":by"_s, userId)
        .bind(u":reason"_s, reason)
        .exec();
}

void ComplaintStore::resumePause(qint64 pauseId, const QDateTime &at, qint64 userId,
                                 const QString &note)
{
    SqlQuery(m_db, u"UPDATE pause SET resumed_at = :at, resumed_by = :by, resume_note = :note "
                   "WHERE id = :id AND resumed_at IS NULL"_s)
        .bind(u":at"_s, toStorageTime(at))
        .bind(u":by"_s, userId)
        .bind(u":note"_s, note)
        .bind(u":id"_s, pauseId)
        .exec();
}

void ComplaintStore::markVoided(qint64 complaintId, const QDateTime &at, qint64 userId,
                                const QString &reason)
{
    SqlQuery(m_db, u"UPDATE complaint SET voided_at = :at, voided_by = :by, void_reason = :reason "
                   "WHERE id = :id AND voided_at IS NULL"_s)
        .bind(u":at"_s, toStorageTime(at))
        .bind(u":by"_s, userId)
        .bind(u":reason"_s, reason)
        .bind(u":id"_s, complaintId)
        .exec();
}

void ComplaintStore::updateDetails(qint64 complaintId, const ComplaintDraft &d)
{
    const Complainant person = d.complainant.value_or(Complainant{});
    const bool anonymous = d.confidentiality == Confidentiality::Anonymous;
    const QVariant nullText(QMetaType(QMetaType::QString));
    SqlQuery(m_db, u"UPDATE complaint SET confidentiality = :conf, complainant_name = :name, "
                   "complainant_nik = :nik, complainant_gender = :gender, complainant_phone = "
                   ":phone, complainant_address = :address, subject = :subject, description = "
                   ":description, location = :location, category = :category WHERE id = :id"_s)
        .bind(u":conf"_s, confidentialityCode(d.confidentiality))
        .bind(u":name"_s, anonymous ? nullText : QVariant(person.name))
        .bind(u":nik"_s, anonymous || person.nik.isEmpty() ? nullText : QVariant(person.nik))
        .bind(u":gender"_s, anonymous ? nullText : QVariant(genderCode(person.gender)))
        .bind(u":phone"_s, anonymous || person.phone.isEmpty() ? nullText : QVariant(person.phone))
        .bind(u":address"_s, anonymous ? nullText : QVariant(person.address))
        .bind(u":subject"_s, d.subject)
        .bind(u":description"_s, d.description)
        .bind(u":location"_s, d.location)
        .bind(u":category"_s, d.category)
        .bind(u":id"_s, complaintId)
        .exec();
}

void ComplaintStore::bumpVersion(qint64 complaintId, std::optional<int> expectedVersion)
{
    SqlQuery q(m_db, expectedVersion
                         ? u"UPDATE complaint SET row_version = row_version + 1 WHERE id = :id "
                           "AND row_version = :version"_s
                         : u"UPDATE complaint SET row_version = row_version + 1 WHERE id = :id"_s);
    q.bind(u":id"_s, complaintId);
    if (expectedVersion)
        q.bind(u":version"_s, *expectedVersion);
    q.exec();
    if (q.rowsAffected() != 1) {
        throw Error(Error::Code::Conflict,
                    QCoreApplication::translate(
                        "aduan::Workflow",
                        "This complaint was changed meanwhile on another PC. Nothing was saved; "
                        "what you typed is kept. Reload the complaint to see the change, then "
                        "do your step again."));
    }
}

std::optional<ComplaintRecord> ComplaintStore::load(qint64 id, bool canSee) const
{
    ComplaintRecord c;
    {
        SqlQuery q(m_db, u"SELECT * FROM complaint WHERE id = :id"_s);
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
        if (c.confidentiality == Confidentiality::Confidential && !canSee) {
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
    {
        SqlQuery q(m_db, u"SELECT s.*, st.action, st.actor_role, u.full_name FROM step_record s "
                         "JOIN complaint c ON c.id = s.complaint_id "
                         "LEFT JOIN sop_step st ON st.revision_id = c.sop_revision_id "
                         "AND st.step_no = s.step_no "
                         "LEFT JOIN app_user u ON u.id = s.completed_by "
                         "WHERE s.complaint_id = :id ORDER BY s.step_no"_s);
        q.bind(u":id"_s, id).exec();
        while (q.next()) {
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
            c.steps << s;
        }
    }
    {
        SqlQuery q(m_db, u"SELECT * FROM pause WHERE complaint_id = :id ORDER BY paused_at"_s);
        q.bind(u":id"_s, id).exec();
        while (q.next()) {
            c.pauses << PauseRecord{q.integer(u"id"_s), int(q.integer(u"step_no"_s)),
                                    fromStorageTime(q.text(u"paused_at"_s)), q.text(u"reason"_s),
                                    fromStorageTime(q.text(u"resumed_at"_s)),
                                    q.text(u"resume_note"_s)};
        }
    }
    {
        SqlQuery q(m_db, u"SELECT d.*, u.full_name, u.nip FROM disposition d JOIN app_user u "
                         "ON u.id = d.signer_user_id WHERE d.complaint_id = :id"_s);
        q.bind(u":id"_s, id).exec();
        if (q.next()) {
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
            c.disposition = d;
        }
    }
    {
        SqlQuery q(m_db, u"SELECT * FROM decision WHERE complaint_id = :id"_s);
        q.bind(u":id"_s, id).exec();
        if (q.next()) {
            DecisionRecord d;
            d.input.meetingAt = fromStorageTime(q.text(u"meeting_at"_s));
            d.input.attendees = splitLines(q.text(u"attendees"_s));
            d.input.discussion = q.text(u"discussion"_s);
            d.input.decision = q.text(u"decision"_s);
            d.input.withinAuthority = q.integer(u"within_authority"_s) != 0;
            d.decidedBy = q.integer(u"decided_by"_s);
            d.decidedAt = fromStorageTime(q.text(u"decided_at"_s));
            c.decision = d;
        }
    }
    {
        SqlQuery q(m_db, u"SELECT r.*, a.name, a.address FROM referral r JOIN agency a "
                         "ON a.id = r.agency_id WHERE r.complaint_id = :id"_s);
        q.bind(u":id"_s, id).exec();
        if (q.next()) {
            ReferralRecord r;
            r.input.agencyId = q.integer(u"agency_id"_s);
            r.input.reason = q.text(u"reason"_s);
            r.input.letterNumber = q.text(u"letter_number"_s);
            r.agencyName = q.text(u"name"_s);
            r.agencyAddress = q.text(u"address"_s);
            r.referredAt = fromStorageTime(q.text(u"referred_at"_s));
            c.referral = r;
            if (c.decision)
                c.decision->input.referral = r.input;
        }
    }
    {
        SqlQuery q(m_db, u"SELECT r.*, u.full_name, u.nip FROM resolution_report r JOIN app_user u "
                         "ON u.id = r.officer_user_id WHERE r.complaint_id = :id"_s);
        q.bind(u":id"_s, id).exec();
        if (q.next()) {
            ResolutionReportRecord r;
            r.input.method = q.text(u"method"_s);
            r.input.summary = q.text(u"summary"_s);
            r.input.complainantResponse = q.text(u"complainant_response"_s);
            r.officerId = q.integer(u"officer_user_id"_s);
            r.officerName = q.text(u"full_name"_s);
            r.officerNip = q.text(u"nip"_s);
            r.conveyedAt = fromStorageTime(q.text(u"conveyed_at"_s));
            c.resolutionReport = r;
        }
    }
    return c;
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

ComplaintStore::WhereClause ComplaintStore::where(const IntakeBookFilter &f, bool canSee) const
{
    WhereClause w;
    QStringList parts;
    if (f.fromDate.isValid()) {
        parts << u"c.received_at >= :from"_s;
        w.binds.append({u":from"_s, toStorageTime(QDateTime(f.fromDate, QTime(0, 0), m_zone))});
    }
    if (f.toDate.isValid()) {
        parts << u"c.received_at < :to"_s;
        w.binds.append(
            {u":to"_s, toStorageTime(QDateTime(f.toDate.addDays(1), QTime(0, 0), m_zone))});
    }
    if (f.channel) {
        parts << u"c.channel = :channel"_s;
        w.binds.append({u":channel"_s, channelCode(*f.channel)});
    }
    if (!f.includeVoided && !(f.status && *f.status == ComplaintStatus::Voided))
        parts << kNotVoided;
    if (f.status) {
        const QString openPause =
            u"EXISTS (SELECT 1 FROM pause p WHERE p.complaint_id = c.id AND p.resumed_at IS NULL)"_s;
        const QString referred = u"EXISTS (SELECT 1 FROM referral r WHERE r.complaint_id = c.id)"_s;
        switch (*f.status) {
        case ComplaintStatus::Voided: parts << u"c.voided_at IS NOT NULL"_s; break;
        case ComplaintStatus::Paused:
            parts << u"c.voided_at IS NULL AND s.step_no IS NOT NULL AND "_s + openPause;
            break;
        case ComplaintStatus::InProgress:
            parts << u"c.voided_at IS NULL AND s.step_no IS NOT NULL AND NOT "_s + openPause;
            break;
        case ComplaintStatus::Referred:
            parts << u"c.voided_at IS NULL AND s.step_no IS NULL AND "_s + referred;
            break;
        case ComplaintStatus::Completed:
            parts << u"c.voided_at IS NULL AND s.step_no IS NULL AND NOT "_s + referred;
            break;
        }
    }
    if (f.step > 0) {
        parts << u"c.voided_at IS NULL AND s.step_no = :step"_s;
        w.binds.append({u":step"_s, f.step});
    }
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        // Numbers, NIKs and phones by prefix (their indexes), words by the full-text index; a
        // confidential identity only for a viewer with the right. Each way of matching reads
        // only its own index (the NIK and phone indexes carry the confidentiality, the
        // full-text index keeps public and confidential names apart), and their union is the
        // set of candidates.
        const QString identity = identityVisible(QString());
        w.binds.append({u":see"_s, canSee ? 1 : 0});
        QStringList any = {u"SELECT id FROM complaint WHERE agenda_number >= :prefix AND agenda_number < :prefixEnd"_s,
                           u"SELECT id FROM complaint WHERE complainant_nik >= :prefix AND complainant_nik < :prefixEnd AND "_s
                               + identity,
                           u"SELECT id FROM complaint WHERE complainant_phone >= :phone AND complainant_phone < :phoneEnd AND "_s
                               + identity};
        w.binds.append({u":prefix"_s, search});
        w.binds.append({u":prefixEnd"_s, QString(search + QChar(0xFFFF))});
        // Phones are stored as +62...: a search typed as 0812... finds them too.
        const QString phone = phoneStoredPrefix(search);
        w.binds.append({u":phone"_s, phone});
        w.binds.append({u":phoneEnd"_s, QString(phone + QChar(0xFFFF))});
        QStringList words;
        static const QRegularExpression wordPattern(u"[\\p{L}\\p{N}]+"_s);
        for (auto it = wordPattern.globalMatch(search); it.hasNext();)
            words << it.next().captured();
        if (!words.isEmpty()) {
            // Every word in the name, the subject or the description ("Siti PKH" finds Siti's
            // complaints about PKH).
            const SqlDialect &dialect = m_db.dialect();
            QStringList columns{u"public_name"_s, u"subject"_s, u"description"_s};
            if (canSee)
                columns << u"protected_name"_s;
            any << dialect.wordSearchIds(u":words"_s);
            w.binds.append({u":words"_s, dialect.wordSearchValue(columns, words)});
        }
        w.candidates = any.join(u" UNION "_s);
    }
    w.conditions = parts;
    return w;
}

bool ComplaintStore::manyCandidates(const WhereClause &w) const
{
    // UNION ALL streams: the probe stops at the threshold.
    QString candidates = w.candidates;
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM (SELECT 1 FROM ("_s
                         + candidates.replace(u" UNION "_s, u" UNION ALL "_s)
                         + u") LIMIT :probeLimit)"_s);
    for (const auto &[name, value] : w.binds) {
        if (w.candidates.contains(name))
            q.bind(name, value);
    }
    q.bind(u":probeLimit"_s, kWalkFromCandidates);
    return q.scalar().toInt() >= kWalkFromCandidates;
}

QList<IntakeBookRow> ComplaintStore::list(const IntakeBookFilter &filter, bool canSee,
                                          IntakeBookSort sort, bool descending, int offset,
                                          int limit) const
{
    const WhereClause w = where(filter, canSee);
    QString order;
    switch (sort) {
    case IntakeBookSort::ReceivedAt: order = u"c.received_at"_s; break;
    case IntakeBookSort::AgendaNumber: order = u"c.agenda_year %1, c.agenda_seq"_s; break;
    case IntakeBookSort::Complainant: order = u"display_name"_s; break;
    case IntakeBookSort::Status: order = u"c.voided_at IS NOT NULL %1, s.step_no"_s; break;
    }
    const QString direction = descending ? u"DESC"_s : u"ASC"_s;
    if (order.contains(u"%1"_s))
        order = order.arg(direction);
    // A search sorts its few candidates (the unary plus keeps SQLite from walking the date index
    // of every complaint hoping to fill the page early); many candidates are better met by
    // walking the index of the order (date or number) and testing each for membership.
    const bool indexedOrder = sort == IntakeBookSort::ReceivedAt || sort == IntakeBookSort::AgendaNumber;
    const bool walk = w.searching() && indexedOrder && manyCandidates(w);
    if (w.searching() && !walk)
        order.prepend(u'+');
    order += u' ' + direction + u", c.id "_s + direction;
    SqlQuery q(m_db, u"SELECT "_s + kListColumns + kListFrom + w.sql(walk) + u" ORDER BY "_s + order
                         + u" LIMIT :limit OFFSET :offset"_s);
    for (const auto &[name, value] : w.binds)
        q.bind(name, value);
    bindNameLabels(q, canSee);
    q.bind(u":limit"_s, limit).bind(u":offset"_s, offset).exec();
    QList<IntakeBookRow> rows;
    while (q.next())
        rows << rowFromQuery(q);
    return rows;
}

qint64 ComplaintStore::count(const IntakeBookFilter &filter, bool canSee) const
{
    const WhereClause w = where(filter, canSee);
    QString sql;
    if (w.searching() && w.conditions.isEmpty()) {
        // A search alone, voided complaints included: the candidates, from indexes only.
        sql = u"SELECT COUNT(*) FROM ("_s + w.candidates + u')';
    } else if (w.searching() && w.conditions == QStringList{kNotVoided}) {
        // A search alone: the candidates less the voided among them, both from indexes only
        // (the partial index of voided complaints), never reading the candidates' rows.
        sql = u"SELECT (SELECT COUNT(*) FROM ("_s + w.candidates
              + u")) - (SELECT COUNT(*) FROM complaint c WHERE c.voided_at IS NOT NULL AND +c.id IN ("_s
              + w.candidates + u"))"_s;
    } else {
        // The open step's join is needed only to filter by status or step.
        const bool needsSteps = filter.status || filter.step > 0;
        sql = u"SELECT COUNT(*)"_s + (needsSteps ? kListFrom : u" FROM complaint c "_s) + w.sql();
    }
    SqlQuery q(m_db, sql);
    for (const auto &[name, value] : w.binds)
        q.bind(name, value);
    return q.scalar().toLongLong();
}

void ComplaintStore::exportRows(const IntakeBookFilter &filter, bool canSee,
                                const std::function<void(const QList<ExportRow> &)> &sink,
                                int chunk) const
{
    const WhereClause w = where(filter, canSee);
    const QString identity = identityVisible(u"c."_s);
    const QString sql = u"SELECT "_s + kListColumns + u", CASE WHEN "_s + identity
                        + u" THEN c.complainant_nik END AS x_nik, CASE WHEN "_s + identity
                        + u" THEN c.complainant_phone END AS x_phone, CASE WHEN "_s + identity
                        + u" THEN c.complainant_address END AS x_address, c.description, "
                          "c.location, c.class_code, c.deadline_at"_s
                        + kListFrom + w.sql()
                        + u" ORDER BY c.agenda_year, c.agenda_seq, c.id LIMIT :limit OFFSET :offset"_s;
    for (int offset = 0;; offset += chunk) {
        QList<ExportRow> rows;
        {
            SqlQuery q(m_db, sql);
            for (const auto &[name, value] : w.binds)
                q.bind(name, value);
            bindNameLabels(q, canSee);
            q.bind(u":limit"_s, chunk).bind(u":offset"_s, offset).exec();
            while (q.next()) {
                ExportRow r;
                r.line = rowFromQuery(q);
                r.nik = q.text(u"x_nik"_s);
                r.phone = q.text(u"x_phone"_s);
                r.address = q.text(u"x_address"_s);
                r.description = q.text(u"description"_s);
                r.location = q.text(u"location"_s);
                r.classCode = q.text(u"class_code"_s);
                r.deadlineAt = fromStorageTime(q.text(u"deadline_at"_s));
                rows << r;
            }
        }
        if (!rows.isEmpty())
            sink(rows);
        if (rows.size() < chunk)
            break;
    }
}

QList<IntakeBookRow> ComplaintStore::openForRoles(const QList<Role> &roles, bool canSee) const
{
    QStringList codes;
    for (Role role : roles)
        codes << u'\'' + roleCode(role) + u'\'';
    if (codes.isEmpty())
        return {};
    // From the open steps (their partial index), never from every complaint of the register.
    SqlQuery q(m_db, u"SELECT "_s + kListColumns
                         + u" FROM step_record s JOIN complaint c ON c.id = s.complaint_id "
                           "JOIN sop_step st ON st.revision_id = c.sop_revision_id AND st.step_no = s.step_no "
                           "WHERE s.completed_at IS NULL AND c.voided_at IS NULL AND "
                           "st.actor_role IN ("_s
                         + codes.join(u", "_s) + u") ORDER BY s.actionable_at, c.id"_s);
    bindNameLabels(q, canSee);
    q.exec();
    QList<IntakeBookRow> rows;
    while (q.next())
        rows << rowFromQuery(q);
    return rows;
}

QList<PossibleDuplicate> ComplaintStore::recentOpenByIdentity(const QString &nik,
                                                              const QString &phone,
                                                              const QDateTime &since,
                                                              bool canSee) const
{
    if (nik.isEmpty() && phone.isEmpty())
        return {};
    SqlQuery q(m_db, u"SELECT c.id, c.agenda_number, c.received_at, c.subject, "
                     "c.complainant_nik, c.complainant_phone, "_s
                         + kNameExpression
                         + u" AS display_name FROM complaint c WHERE c.voided_at IS NULL "
                           "AND c.received_at >= :since AND EXISTS (SELECT 1 FROM step_record s "
                           "WHERE s.complaint_id = c.id AND +s.completed_at IS NULL) "
                           "AND "_s + identityVisible(u"c."_s)
                         + u" AND ((:nik <> '' AND c.complainant_nik = :nik) OR "
                           "(:phone <> '' AND c.complainant_phone = :phone)) "
                           "ORDER BY c.received_at DESC"_s);
    bindNameLabels(q, canSee);
    q.bind(u":since"_s, toStorageTime(since)).bind(u":nik"_s, nik).bind(u":phone"_s, phone).exec();
    QList<PossibleDuplicate> out;
    while (q.next()) {
        PossibleDuplicate d;
        d.complaintId = q.integer(u"id"_s);
        d.agendaNumber = q.text(u"agenda_number"_s);
        d.receivedAt = fromStorageTime(q.text(u"received_at"_s));
        d.complainantName = q.text(u"display_name"_s);
        d.subject = q.text(u"subject"_s);
        d.matchedOn = (!nik.isEmpty() && q.text(u"complainant_nik"_s) == nik) ? u"nik"_s
                                                                               : u"phone"_s;
        out << d;
    }
    return out;
}

} // namespace aduan
