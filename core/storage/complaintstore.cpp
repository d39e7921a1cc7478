// ComplaintStore: the writes — a new complaint, its steps, outputs, pauses, void and edits.
// The whole complaint is read back in complaintload.cpp, the register in complaintsearch.cpp.

#include "storage/complaintstore.h"

#include "domain/gender.h"
#include "storage/database.h"
#include "storage/sqldialect.h"
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

/// The complainant's columns of a complaint row: all NULL for an anonymous complaint, which
/// holds no identity; NIK and phone NULL when not known.
Binds identityColumns(const ComplaintDraft &d)
{
    const Complainant person = d.complainant.value_or(Complainant{});
    const bool anonymous = d.confidentiality == Confidentiality::Anonymous;
    auto known = [&](const QString &value, bool mayBeEmpty) {
        return anonymous || (!mayBeEmpty && value.isEmpty()) ? SqlQuery::null() : QVariant(value);
    };
    return {{u"confidentiality"_s, confidentialityCode(d.confidentiality)},
            {u"complainant_name"_s, known(person.name, true)},
            {u"complainant_nik"_s, known(person.nik, false)},
            {u"complainant_gender"_s, known(genderCode(person.gender), true)},
            {u"complainant_phone"_s, known(person.phone, false)},
            {u"complainant_address"_s, known(person.address, true)}};
}

/// Inserts one row into `table`: each (column, value) of `columns` bound as :column. With
/// `returnId`, the table has an `id` key made by the store and its new value is returned
/// (SqlQuery::execReturningId()); else 0. Table and column names are the program's, never typed text.
qint64 insertRow(const Database &db, const QString &table, const Binds &columns,
                 bool returnId = false)
{
    QStringList names, placeholders;
    Binds binds;
    for (const auto &[column, value] : columns) {
        names << column;
        placeholders << u':' + column;
        binds.append({u':' + column, value});
    }
    SqlQuery q(db, u"INSERT INTO %1 (%2) VALUES (%3)%4"_s.arg(
                       table, names.join(u", "_s), placeholders.join(u", "_s),
                       returnId ? u" RETURNING id"_s : QString()));
    q.bind(binds);
    if (returnId)
        return q.execReturningId();
    q.exec();
    return 0;
}

/// Inserts several rows of the same columns into `table` in one statement (one round trip to
/// a database server, however many rows); nothing when `rows` is empty. Each row binds the
/// same column names in the same order.
void insertRows(const Database &db, const QString &table, const QList<Binds> &rows)
{
    if (rows.isEmpty())
        return;
    QStringList names, tuples;
    Binds binds;
    for (const auto &[column, value] : rows.constFirst())
        names << column;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList placeholders;
        for (const auto &[column, value] : rows.at(r)) {
            const QString placeholder = u":%1_%2"_s.arg(column).arg(r);
            placeholders << placeholder;
            binds.append({placeholder, value});
        }
        tuples << u'(' + placeholders.join(u", "_s) + u')';
    }
    SqlQuery q(db, u"INSERT INTO %1 (%2) VALUES %3"_s.arg(table, names.join(u", "_s),
                                                         tuples.join(u", "_s)));
    q.bind(binds).exec();
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
    // One statement takes the number and says it (RETURNING: SQLite 3.35+, PostgreSQL).
    SqlQuery q(m_db, u"INSERT INTO agenda_sequence (year, last_value) VALUES (:year, 1) "
                     "ON CONFLICT (year) DO UPDATE SET last_value = agenda_sequence.last_value + 1 "
                     "RETURNING last_value"_s);
    q.bind(u":year"_s, year);
    return q.scalar().toInt();
}

int ComplaintStore::nextAgendaSequence(int year) const
{
    SqlQuery q(m_db, u"SELECT COALESCE(MAX(last_value), 0) FROM agenda_sequence WHERE year = :year"_s);
    q.bind(u":year"_s, year);
    return q.scalar().toInt() + 1;
}

qint64 ComplaintStore::insertComplaint(const NewComplaintRow &row)
{
    const ComplaintDraft &d = row.draft;
    return insertRow(m_db, u"complaint"_s,
                     Binds{{u"agenda_number"_s, row.agendaNumber},
                           {u"agenda_year"_s, row.agendaYear},
                           {u"agenda_seq"_s, row.agendaSeq},
                           {u"sop_revision_id"_s, row.sopRevisionId},
                           {u"channel"_s, channelCode(d.channel)},
                           {u"received_at"_s, toStorageTime(row.receivedAt)},
                           {u"registered_at"_s, toStorageTime(row.registeredAt)}}
                         + identityColumns(d)
                         + Binds{{u"subject"_s, d.subject},
                                 {u"description"_s, d.description},
                                 {u"location"_s, d.location},
                                 {u"category"_s, d.category},
                                 {u"class_code"_s, row.classCode},
                                 {u"deadline_at"_s, toStorageTime(row.deadlineAt)},
                                 {u"related_complaint_id"_s, nullableId(d.relatedComplaintId)},
                                 {u"created_by"_s, row.createdBy}},
                     true);
}

void ComplaintStore::insertRequirementOutcomes(qint64 complaintId, int stepNumber,
                                               const QHash<QString, RequirementOutcome> &outcomes)
{
    QList<Binds> rows;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        rows.append({{u"complaint_id"_s, complaintId}, {u"step_no"_s, stepNumber},
                     {u"code"_s, it.key()}, {u"met"_s, it->met ? 1 : 0},
                     {u"waiver_reason"_s, it->met ? SqlQuery::null() : QVariant(it->waiverReason)}});
    }
    insertRows(m_db, u"requirement_outcome"_s, rows);
}

void ComplaintStore::insertEvidence(qint64 complaintId, const QStringList &items)
{
    QList<Binds> rows;
    for (const QString &item : items)
        rows.append({{u"complaint_id"_s, complaintId}, {u"description"_s, item}});
    insertRows(m_db, u"evidence_item"_s, rows);
}

void ComplaintStore::insertAttachment(qint64 complaintId, const NewAttachment &a, qint64 userId,
                                      const QDateTime &now)
{
    insertRow(m_db, u"attachment"_s,
              {{u"complaint_id"_s, complaintId}, {u"file_name"_s, a.fileName},
               {u"mime_type"_s, a.mimeType}, {u"size_bytes"_s, qint64(a.content.size())},
               {u"sha256"_s, a.sha256}, {u"content"_s, a.content},
               {u"added_at"_s, toStorageTime(now)}, {u"added_by"_s, userId}});
}

void ComplaintStore::openStep(qint64 complaintId, int stepNumber, const QDateTime &actionableAt,
                              int targetMinutes)
{
    insertRow(m_db, u"step_record"_s,
              {{u"complaint_id"_s, complaintId}, {u"step_no"_s, stepNumber},
               {u"actionable_at"_s, toStorageTime(actionableAt)},
               {u"target_minutes"_s, targetMinutes}});
}

void ComplaintStore::completeStep(qint64 complaintId, const StepCompletionRow &row,
                                  const std::optional<NextStep> &next)
{
    const QString update = u"UPDATE step_record SET completed_at = :at, completed_by = :by, "
                           "acting_head = :acting, worked_seconds = :worked, late = :late, "
                           "deviation_reason = :reason, note = :note "
                           "WHERE complaint_id = :id AND step_no = :step AND completed_at IS NULL"_s;
    const bool chained = next && m_db.dialect().chainsInserts();
    // Chained: the next step is opened only when the update found the open step, and the
    // statement answers how many it found.
    SqlQuery q(m_db, chained ? u"WITH done AS ("_s + update
                                   + u" RETURNING complaint_id), opened AS (INSERT INTO "
                                     "step_record (complaint_id, step_no, actionable_at, "
                                     "target_minutes) SELECT complaint_id, :next, :opened_at, :target "
                                     "FROM done) SELECT COUNT(*) FROM done"_s
                             : update);
    q.bind({{u":at"_s, toStorageTime(row.completedAt)}, {u":by"_s, row.completedBy},
            {u":acting"_s, row.actingHead ? 1 : 0}, {u":worked"_s, row.workedSeconds},
            {u":late"_s, row.late ? 1 : 0}, {u":reason"_s, textOrNull(row.deviationReason)},
            {u":note"_s, textOrNull(row.note)}, {u":id"_s, complaintId},
            {u":step"_s, row.stepNumber}});
    if (chained)
        q.bind({{u":next"_s, next->number},
                {u":opened_at"_s, toStorageTime(row.completedAt)},
                {u":target"_s, next->targetMinutes}});
    const qint64 found = chained ? q.scalar().toLongLong() : (q.exec(), q.rowsAffected());
    if (found != 1)
        throw Error(Error::Code::Conflict, u"step %1 is not open"_s.arg(row.stepNumber));
    if (next && !chained)
        openStep(complaintId, next->number, row.completedAt, next->targetMinutes);
}

void ComplaintStore::setClosedAt(qint64 complaintId, const QDateTime &closedAt)
{
    SqlQuery q(m_db, u"UPDATE complaint SET closed_at = :at WHERE id = :id"_s);
    q.bind(u":at"_s, toStorageTime(closedAt)).bind(u":id"_s, complaintId).exec();
    if (q.rowsAffected() != 1)
        throw Error(Error::Code::Conflict, u"complaint %1 does not exist"_s.arg(complaintId));
}

void ComplaintStore::insertDisposition(qint64 complaintId, const DispositionInput &input,
                                       qint64 signerId, bool signedAsActing,
                                       const QDateTime &signedAt)
{
    insertRow(m_db, u"disposition"_s,
              {{u"complaint_id"_s, complaintId}, {u"urgency"_s, urgencyCode(input.urgency)},
               {u"instructions"_s, joinLines(input.instructions)}, {u"note"_s, input.note},
               {u"addressee"_s, input.addressee}, {u"signer_user_id"_s, signerId},
               {u"signed_as_acting"_s, signedAsActing ? 1 : 0},
               {u"signed_at"_s, toStorageTime(signedAt)}});
}

void ComplaintStore::insertDecision(qint64 complaintId, const DecisionInput &input,
                                    qint64 decidedBy, const QDateTime &decidedAt)
{
    insertRow(m_db, u"decision"_s,
              {{u"complaint_id"_s, complaintId}, {u"meeting_at"_s, toStorageTime(input.meetingAt)},
               {u"attendees"_s, joinLines(input.attendees)}, {u"discussion"_s, input.discussion},
               {u"decision"_s, input.decision}, {u"within_authority"_s, input.withinAuthority ? 1 : 0},
               {u"decided_by"_s, decidedBy}, {u"decided_at"_s, toStorageTime(decidedAt)}});
}

void ComplaintStore::insertReferral(qint64 complaintId, const ReferralInput &input,
                                    const QDateTime &at)
{
    insertRow(m_db, u"referral"_s,
              {{u"complaint_id"_s, complaintId}, {u"agency_id"_s, input.agencyId},
               {u"reason"_s, input.reason}, {u"letter_number"_s, input.letterNumber},
               {u"referred_at"_s, toStorageTime(at)}});
}

void ComplaintStore::insertResolutionReport(qint64 complaintId, const ResolutionReportInput &input,
                                            qint64 officerId, const QDateTime &conveyedAt)
{
    insertRow(m_db, u"resolution_report"_s,
              {{u"complaint_id"_s, complaintId}, {u"method"_s, input.method},
               {u"conveyed_at"_s, toStorageTime(conveyedAt)}, {u"summary"_s, input.summary},
               {u"complainant_response"_s, input.complainantResponse},
               {u"officer_user_id"_s, officerId}});
}

void ComplaintStore::insertPause(qint64 complaintId, int stepNumber, const QDateTime &at,
                                 qint64 userId, const QString &reason)
{
    insertRow(m_db, u"pause"_s,
              {{u"complaint_id"_s, complaintId}, {u"step_no"_s, stepNumber},
               {u"paused_at"_s, toStorageTime(at)}, {u"paused_by"_s, userId},
               {u"reason"_s, reason}});
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
    const Binds columns = identityColumns(d)
                          + Binds{{u"subject"_s, d.subject},
                                  {u"description"_s, d.description},
                                  {u"location"_s, d.location},
                                  {u"category"_s, d.category}};
    QStringList assignments;
    Binds binds{{u":id"_s, complaintId}};
    for (const auto &[column, value] : columns) {
        assignments << column + u" = :"_s + column;
        binds.append({u':' + column, value});
    }
    SqlQuery(m_db, u"UPDATE complaint SET "_s + assignments.join(u", "_s) + u" WHERE id = :id"_s)
        .bind(binds)
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
