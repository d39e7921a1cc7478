// ComplaintStore: the writes — a new complaint, its steps, outputs, pauses, void and edits.
// The whole complaint is read back in complaintload.cpp, the register in complaintsearch.cpp.

#include "storage/complaintstore.h"

#include "domain/gender.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "util/error.h"
#include "util/storagetime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

using Binds = QList<std::pair<QString, QVariant>>;

/// Text, or SQL NULL when empty.
QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? SqlQuery::null() : QVariant(text);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString joinLines(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

/// The complainant's columns of a complaint row (:conf, :name, :nik, :gender, :phone, :address):
/// all NULL for an anonymous complaint, which holds no identity; NIK and phone NULL when not
/// known.
Binds identityBinds(const ComplaintDraft &d)
{
    const Complainant person = d.complainant.value_or(Complainant{});
    const bool anonymous = d.confidentiality == Confidentiality::Anonymous;
    auto known = [&](const QString &value, bool mayBeEmpty) {
        return anonymous || (!mayBeEmpty && value.isEmpty()) ? SqlQuery::null() : QVariant(value);
    };
    return {{u":conf"_s, confidentialityCode(d.confidentiality)},
            {u":name"_s, known(person.name, true)},
            {u":nik"_s, known(person.nik, false)},
            {u":gender"_s, known(genderCode(person.gender), true)},
            {u":phone"_s, known(person.phone, false)},
            {u":address"_s, known(person.address, true)}};
}

/// Closes an open record once: `at`, `by` and `text` columns of row `id` of `table` are set
/// unless `at` is set already (a second PC closing the same record changes nothing).
void closeOnce(const Database &db, const QString &table, const QStringList &columns, qint64 id,
               const QDateTime &at, qint64 userId, const QString &text)
{
    SqlQuery(db, u"UPDATE %1 SET %2 = :at, %3 = :by, %4 = :text WHERE id = :id AND %2 IS NULL"_s
                     .arg(table, columns.at(0), columns.at(1), columns.at(2)))
        .bind({{u":at"_s, toStorageTime(at)}, {u":by"_s, userId}, {u":text"_s, text},
               {u":id"_s, id}})
        .exec();
}

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
    SqlQuery q(m_db,
               u"INSERT INTO complaint (agenda_number, agenda_year, agenda_seq, sop_revision_id, "
               "channel, received_at, registered_at, confidentiality, complainant_name, "
               "complainant_nik, complainant_gender, complainant_phone, complainant_address, "
               "subject, description, location, category, class_code, deadline_at, "
               "related_complaint_id, created_by) VALUES (:number, :year, :seq, :rev, :channel, "
               ":received, :registered, :conf, :name, :nik, :gender, :phone, :address, :subject, "
               ":description, :location, :category, :class, :deadline, :related, :by)"_s);
    q.bind({{u":number"_s, row.agendaNumber}, {u":year"_s, row.agendaYear},
            {u":seq"_s, row.agendaSeq}, {u":rev"_s, row.sopRevisionId},
            {u":channel"_s, channelCode(d.channel)},
            {u":received"_s, toStorageTime(row.receivedAt)},
            {u":registered"_s, toStorageTime(row.registeredAt)}})
        .bind(identityBinds(d))
        .bind({{u":subject"_s, d.subject}, {u":description"_s, d.description},
               {u":location"_s, d.location}, {u":category"_s, d.category},
               {u":class"_s, row.classCode}, {u":deadline"_s, toStorageTime(row.deadlineAt)},
               {u":related"_s, nullableId(d.relatedComplaintId)}, {u":by"_s, row.createdBy}})
        .exec();
    return q.lastInsertId();
}

void ComplaintStore::insertRequirementOutcomes(qint64 complaintId, int stepNumber,
                                               const QHash<QString, RequirementOutcome> &outcomes)
{
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        SqlQuery(m_db, u"INSERT INTO requirement_outcome (complaint_id, step_no, code, met, "
                       "waiver_reason) VALUES (:id, :step, :code, :met, :reason)"_s)
            .bind({{u":id"_s, complaintId}, {u":step"_s, stepNumber}, {u":code"_s, it.key()},
                   {u":met"_s, it->met ? 1 : 0},
                   {u":reason"_s, it->met ? SqlQuery::null() : QVariant(it->waiverReason)}})
            .exec();
    }
}

void ComplaintStore::insertEvidence(qint64 complaintId, const QStringList &items)
{
    for (const QString &item : items) {
        SqlQuery(m_db, u"INSERT INTO evidence_item (complaint_id, description) VALUES (:id, :d)"_s)
            .bind({{u":id"_s, complaintId}, {u":d"_s, item}})
            .exec();
    }
}

void ComplaintStore::insertAttachment(qint64 complaintId, const NewAttachment &a, qint64 userId,
                                      const QDateTime &now)
{
    SqlQuery(m_db, u"INSERT INTO attachment (complaint_id, file_name, mime_type, size_bytes, "
                   "sha256, content, added_at, added_by) VALUES (:id, :name, :mime, :size, :sha, "
                   ":content, :at, :by)"_s)
        .bind({{u":id"_s, complaintId}, {u":name"_s, a.fileName}, {u":mime"_s, a.mimeType},
               {u":size"_s, qint64(a.content.size())}, {u":sha"_s, a.sha256},
               {u":content"_s, a.content}, {u":at"_s, toStorageTime(now)}, {u":by"_s, userId}})
        .exec();
}

void ComplaintStore::openStep(qint64 complaintId, int stepNumber, const QDateTime &actionableAt,
                              int targetMinutes)
{
    SqlQuery(m_db, u"INSERT INTO step_record (complaint_id, step_no, actionable_at, target_minutes) "
                   "VALUES (:id, :step, :at, :target)"_s)
        .bind({{u":id"_s, complaintId}, {u":step"_s, stepNumber},
               {u":at"_s, toStorageTime(actionableAt)}, {u":target"_s, targetMinutes}})
        .exec();
}

void ComplaintStore::completeStep(qint64 complaintId, const StepCompletionRow &row)
{
    SqlQuery q(m_db, u"UPDATE step_record SET completed_at = :at, completed_by = :by, "
                     "acting_head = :acting, worked_seconds = :worked, late = :late, "
                     "deviation_reason = :reason, note = :note "
                     "WHERE complaint_id = :id AND step_no = :step AND completed_at IS NULL"_s);
    q.bind({{u":at"_s, toStorageTime(row.completedAt)}, {u":by"_s, row.completedBy},
            {u":acting"_s, row.actingHead ? 1 : 0}, {u":worked"_s, row.workedSeconds},
            {u":late"_s, row.late ? 1 : 0}, {u":reason"_s, textOrNull(row.deviationReason)},
            {u":note"_s, textOrNull(row.note)}, {u":id"_s, complaintId},
            {u":step"_s, row.stepNumber}})
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
        .bind({{u":id"_s, complaintId}, {u":urgency"_s, urgencyCode(input.urgency)},
               {u":instructions"_s, joinLines(input.instructions)}, {u":note"_s, input.note},
               {u":addressee"_s, input.addressee}, {u":signer"_s, signerId},
               {u":acting"_s, signedAsActing ? 1 : 0}, {u":at"_s, toStorageTime(signedAt)}})
        .exec();
}

void ComplaintStore::insertDecision(qint64 complaintId, const DecisionInput &input,
                                    qint64 decidedBy, const QDateTime &decidedAt)
{
    SqlQuery(m_db, u"INSERT INTO decision (complaint_id, meeting_at, attendees, discussion, "
                   "decision, within_authority, decided_by, decided_at) VALUES (:id, :meeting, "
                   ":attendees, :discussion, :decision, :within, :by, :at)"_s)
        .bind({{u":id"_s, complaintId}, {u":meeting"_s, toStorageTime(input.meetingAt)},
               {u":attendees"_s, joinLines(input.attendees)},
               {u":discussion"_s, input.discussion}, {u":decision"_s, input.decision},
               {u":within"_s, input.withinAuthority ? 1 : 0}, {u":by"_s, decidedBy},
               {u":at"_s, toStorageTime(decidedAt)}})
        .exec();
}

void ComplaintStore::insertReferral(qint64 complaintId, const ReferralInput &input,
                                    const QDateTime &at)
{
    SqlQuery(m_db, u"INSERT INTO referral (complaint_id, agency_id, reason, letter_number, "
                   "referred_at) VALUES (:id, :agency, :reason, :letter, :at)"_s)
        .bind({{u":id"_s, complaintId}, {u":agency"_s, input.agencyId},
               {u":reason"_s, input.reason}, {u":letter"_s, input.letterNumber},
               {u":at"_s, toStorageTime(at)}})
        .exec();
}

void ComplaintStore::insertResolutionReport(qint64 complaintId, const ResolutionReportInput &input,
                                            qint64 officerId, const QDateTime &conveyedAt)
{
    SqlQuery(m_db, u"INSERT INTO resolution_report (complaint_id, method, conveyed_at, summary, "
                   "complainant_response, officer_user_id) VALUES (:id, :method, :at, :summary, "
                   ":response, :officer)"_s)
        .bind({{u":id"_s, complaintId}, {u":method"_s, input.method},
               {u":at"_s, toStorageTime(conveyedAt)}, {u":summary"_s, input.summary},
               {u":response"_s, input.complainantResponse}, {u":officer"_s, officerId}})
        .exec();
}

void ComplaintStore::insertPause(qint64 complaintId, int stepNumber, const QDateTime &at,
                                 qint64 userId, const QString &reason)
{
    SqlQuery(m_db, u"INSERT INTO pause (complaint_id, step_no, paused_at, paused_by, reason) "
                   "VALUES (:id, :step, :at, :by, :reason)"_s)
        .bind({{u":id"_s, complaintId}, {u":step"_s, stepNumber}, {u":at"_s, toStorageTime(at)},
               {u":by"_s, userId}, {u":reason"_s, reason}})
        .exec();
}

void ComplaintStore::resumePause(qint64 pauseId, const QDateTime &at, qint64 userId,
                                 const QString &note)
{
    closeOnce(m_db, u"pause"_s, {u"resumed_at"_s, u"resumed_by"_s, u"resume_note"_s}, pauseId, at,
              userId, note);
}

void ComplaintStore::markVoided(qint64 complaintId, const QDateTime &at, qint64 userId,
                                const QString &reason)
{
    closeOnce(m_db, u"complaint"_s, {u"voided_at"_s, u"voided_by"_s, u"void_reason"_s},
              complaintId, at, userId, reason);
}

void ComplaintStore::updateDetails(qint64 complaintId, const ComplaintDraft &d)
{
    SqlQuery(m_db, u"UPDATE complaint SET confidentiality = :conf, complainant_name = :name, "
                   "complainant_nik = :nik, complainant_gender = :gender, complainant_phone = "
                   ":phone, complainant_address = :address, subject = :subject, description = "
                   ":description, location = :location, category = :category WHERE id = :id"_s)
        .bind(identityBinds(d))
        .bind({{u":subject"_s, d.subject}, {u":description"_s, d.description},
               {u":location"_s, d.location}, {u":category"_s, d.category},
               {u":id"_s, complaintId}})
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

} // namespace aduan
