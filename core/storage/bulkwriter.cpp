#include "storage/bulkwriter.h"

#include "domain/gender.h"
#include "storage/auditlog.h"
#include "storage/bulkstatement.h"
#include "storage/database.h"
#include "storage/registertotal.h"
#include "storage/rowseal.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "util/storagetime.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

} // namespace

/// Prepared once, executed for every row (positional placeholders, bound in order).
struct BulkWriter::Statements {
    explicit Statements(const Database &db)
    {
        const SqlDialect &dialect = db.dialect();
        auto prepare = [&](const QString &sql) { return dialect.prepareBulk(db, sql); };
        complaint = prepare(
            u"INSERT INTO complaint (agenda_number, agenda_year, agenda_seq, sop_revision_id, "
            "channel, received_at, registered_at, confidentiality, complainant_name, "
            "complainant_nik, complainant_gender, complainant_phone, complainant_address, "
            "subject, description, location, category, class_code, deadline_at, created_by, "
            "voided_at, voided_by, void_reason, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        requirement = prepare(u"INSERT INTO requirement_outcome (complaint_id, step_no, code, "
                              "met, waiver_reason) VALUES (?, 1, ?, ?, ?)"_s);
        evidence = prepare(
            u"INSERT INTO evidence_item (complaint_id, description) VALUES (?, ?)"_s);
        step = prepare(u"INSERT INTO step_record (complaint_id, step_no, actionable_at, "
                       "completed_at, completed_by, acting_head, target_minutes, worked_seconds, "
                       "late, deviation_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        pause = prepare(u"INSERT INTO pause (complaint_id, step_no, paused_at, paused_by, reason, "
                        "resumed_at, resumed_by, resume_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        disposition = prepare(
            u"INSERT INTO disposition (complaint_id, urgency, instructions, note, addressee, "
            "signer_user_id, signed_as_acting, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        decision = prepare(u"INSERT INTO decision (complaint_id, meeting_at, attendees, "
                           "discussion, decision, within_authority, decided_by, decided_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        referral = prepare(u"INSERT INTO referral (complaint_id, agency_id, reason, "
                           "letter_number, referred_at) VALUES (?, ?, ?, ?, ?)"_s);
        report = prepare(u"INSERT INTO resolution_report (complaint_id, method, conveyed_at, "
                         "summary, complainant_response, officer_user_id) VALUES (?, ?, ?, ?, "
                         "?, ?)"_s);
    }

    std::unique_ptr<BulkStatement> complaint, requirement, evidence, step, pause, disposition,
        decision, referral, report;
};

BulkWriter::BulkWriter(Database &db, bool suspendIndexes)
    : m_db(db)
{
    if (suspendIndexes) {
        m_db.write([&] {
            QList<std::pair<QString, QString>> drops;
            {
                SqlQuery q(m_db, m_db.dialect().secondaryObjectsQuery(
                                     {u"complaint"_s, u"step_record"_s}));
                q.exec();
                while (q.next()) {
                    drops.append({q.text(u"type"_s), q.text(u"name"_s)});
                    m_suspended << q.text(u"sql"_s);
                }
            }
            for (const auto &[type, name] : drops)
                SqlQuery(m_db, u"DROP %1 %2"_s.arg(type.toUpper(), name)).exec();
        });
    }
    m_db.read([&] {
        SqlQuery q(m_db, u"SELECT revision_id, MAX(step_no) AS last_step FROM sop_step GROUP BY revision_id"_s);
        q.exec();
        while (q.next())
            m_lastStep.insert(q.integer(u"revision_id"_s), int(q.integer(u"last_step"_s)));
    });
    for (const QString &sql : m_db.dialect().bulkLoadSettings(true))
        SqlQuery(m_db, sql).exec();
    m_statements = std::make_unique<Statements>(db);
}

BulkWriter::~BulkWriter() = default;

void BulkWriter::sealAs(const QDateTime &at, const QString &action)
{
    m_sealAt = at;
    m_sealAction = action;
}

void BulkWriter::write(const QList<BulkComplaint> &batch)
{
    Statements &s = *m_statements;
    // The complaints first: the other rows refer to them.
    const std::initializer_list<BulkStatement *> all{
        s.complaint.get(), s.requirement.get(), s.evidence.get(), s.step.get(), s.pause.get(),
        s.disposition.get(), s.decision.get(), s.referral.get(), s.report.get()};
    m_db.write([&] {
        for (BulkStatement *statement : all) // a retried transaction starts afresh
            statement->discard();
        QList<qint64> ids;
        ids.reserve(batch.size());
        for (const BulkComplaint &c : batch)
            ids << writeOne(c);
        for (BulkStatement *statement : all)
            statement->flush();
        if (m_sealAt.isValid() && !ids.isEmpty()) {
            // Ids grow within a batch (SQLite's rowids; the server's sequence, reserved in
            // ascending blocks); only this batch's complaints are sealed.
            const QHash<qint64, QString> seals =
                complaintSealsBetween(m_db, *std::min_element(ids.cbegin(), ids.cend()),
                                      *std::max_element(ids.cbegin(), ids.cend()));
            QList<std::pair<qint64, QString>> entries;
            entries.reserve(ids.size());
            for (const qint64 id : std::as_const(ids))
                entries.append({id, seals.value(id)});
            AuditLog(m_db).appendSealed(m_sealAt, m_sealAction, u"complaint"_s, entries,
                                        {{u"sealed"_s, u"rows as written"_s}});
        }
    });
}

qint64 BulkWriter::writeOne(const BulkComplaint &c)
{
    Statements &s = *m_statements;
    QList<BulkValue> row{c.agendaNumber,
                         c.agendaYear,
                         c.agendaSeq,
                         c.sopRevisionId,
                         channelCode(c.channel),
                         toStorageTime(c.receivedAt),
                         toStorageTime(c.registeredAt),
                         confidentialityCode(c.confidentiality)};
    if (c.confidentiality != Confidentiality::Anonymous) {
        row << c.complainant.name << BulkValue::textOrNull(c.complainant.nik)
            << genderCode(c.complainant.gender) << BulkValue::textOrNull(c.complainant.phone)
            << c.complainant.address;
    } else {
        row << nullptr << nullptr << nullptr << nullptr << nullptr;
    }
    row << c.subject << c.description << c.location << c.category << c.classCode
        << toStorageTime(c.deadlineAt) << c.createdBy << c.voidedAt
        << BulkValue::idOrNull(c.voidedBy) << BulkValue::textOrNull(c.voidReason);
    // The closing instant (complaint.closed_at): the completion of the revision's last step.
    BulkValue closedAt(nullptr);
    for (const StepState &st : c.steps) {
        if (st.number == m_lastStep.value(c.sopRevisionId, -1) && st.completed())
            closedAt = st.completedAt;
    }
    row << closedAt;
    s.complaint->execRow(row);
    const qint64 id = s.complaint->lastInsertId();
    m_lastSequence[c.agendaYear] = std::max(m_lastSequence.value(c.agendaYear), c.agendaSeq);

    for (auto it = c.requirements.cbegin(); it != c.requirements.cend(); ++it) {
        s.requirement->execRow({id, it.key(), it->met,
                                it->met ? BulkValue(nullptr) : BulkValue(it->waiverReason)});
    }
    for (const QString &item : c.evidence)
        s.evidence->execRow({id, item});
    for (const StepState &st : c.steps) {
        const bool done = st.completed();
        s.step->execRow({id, st.number, toStorageTime(st.actionableAt), st.completedAt,
                         done ? BulkValue(st.completedBy) : BulkValue(nullptr), st.actingHead,
                         st.targetMinutes, done ? BulkValue(st.workedSeconds) : BulkValue(nullptr),
                         done ? BulkValue(st.late) : BulkValue(nullptr),
                         BulkValue::textOrNull(st.deviationReason)});
    }
    for (const PauseRecord &p : c.pauses) {
        // The pausing user travels in `id` (BulkComplaint::pauses).
        s.pause->execRow({id, p.stepNumber, toStorageTime(p.pausedAt), p.id, p.reason,
                          p.resumedAt, p.resumedAt.isValid() ? BulkValue(p.id) : BulkValue(nullptr),
                          BulkValue::textOrNull(p.resumeNote)});
    }
    if (const auto &d = c.disposition) {
        s.disposition->execRow({id, urgencyCode(d->input.urgency), jsonList(d->input.instructions),
                                d->input.note, d->input.addressee, d->signerId,
                                d->signedAsActing, toStorageTime(d->signedAt)});
    }
    if (const auto &d = c.decision) {
        s.decision->execRow({id, toStorageTime(d->input.meetingAt), jsonList(d->input.attendees),
                             d->input.discussion, d->input.decision, d->input.withinAuthority,
                             d->decidedBy, toStorageTime(d->decidedAt)});
    }
    if (const auto &r = c.referral) {
        s.referral->execRow({id, r->input.agencyId, r->input.reason, r->input.letterNumber,
                             toStorageTime(r->referredAt)});
    }
    if (const auto &r = c.resolutionReport) {
        s.report->execRow({id, r->input.method, toStorageTime(r->conveyedAt), r->input.summary,
                           r->input.complainantResponse, r->officerId});
    }
    return id;
}

void BulkWriter::finish()
{
    m_statements.reset();
    m_db.write([&] {
        for (const QString &sql : std::as_const(m_suspended))
            SqlQuery(m_db, sql).exec();
        if (!m_suspended.isEmpty())
            SqlQuery(m_db, m_db.dialect().rebuildSearchIndexStatement()).exec();
        for (auto it = m_lastSequence.cbegin(); it != m_lastSequence.cend(); ++it) {
            SqlQuery(m_db, u"INSERT INTO agenda_sequence (year, last_value) VALUES (:y, :v) "
                           "ON CONFLICT (year) DO UPDATE SET last_value = excluded.last_value"_s)
                .bind(u":y"_s, it.key())
                .bind(u":v"_s, it.value())
                .exec();
        }
        // The stored total's triggers were dropped with the indexes (or counted row by row):
        // the counts from the rows themselves.
        recountRegistered(m_db);
    });
    for (const QString &sql : m_db.dialect().bulkLoadSettings(false))
        SqlQuery(m_db, sql).exec();
}

} // namespace aduan
