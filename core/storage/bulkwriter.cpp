#include "storage/bulkwriter.h"

#include "storage/database.h"
#include "storage/sqlquery.h"
#include "util/storagetime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? SqlQuery::null() : QVariant(text);
}

/// Text for a NOT NULL column: a null QString would bind as SQL NULL.
QString nn(const QString &text)
{
    return text.isNull() ? QString(u""_s) : text;
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

} // namespace

/// Prepared once, executed for every row (positional placeholders, bound in order).
struct BulkWriter::Statements {
    explicit Statements(const Database &db)
        : complaint(db.connection())
        , requirement(db.connection())
        , evidence(db.connection())
        , step(db.connection())
        , pause(db.connection())
        , disposition(db.connection())
        , decision(db.connection())
        , referral(db.connection())
        , report(db.connection())
    {
        prepare(db, complaint,
                u"INSERT INTO complaint (agenda_number, agenda_year, agenda_seq, sop_revision_id, "
                "channel, received_at, registered_at, confidentiality, complainant_name, "
                "complainant_nik, complainant_gender, complainant_phone, complainant_address, "
                "subject, description, location, category, class_code, deadline_at, created_by, "
                "voided_at, voided_by, void_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        prepare(db, requirement,
                u"INSERT INTO requirement_outcome (complaint_id, step_no, code, met, "
                "waiver_reason) VALUES (?, 1, ?, ?, ?)"_s);
        prepare(db, evidence,
                u"INSERT INTO evidence_item (complaint_id, description) VALUES (?, ?)"_s);
        prepare(db, step,
                u"INSERT INTO step_record (complaint_id, step_no, actionable_at, completed_at, "
                "completed_by, acting_head, target_minutes, worked_seconds, late, "
                "deviation_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        prepare(db, pause,
                u"INSERT INTO pause (complaint_id, step_no, paused_at, paused_by, reason, "
                "resumed_at, resumed_by, resume_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        prepare(db, disposition,
                u"INSERT INTO disposition (complaint_id, urgency, instructions, note, addressee, "
                "signer_user_id, signed_as_acting, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        prepare(db, decision,
                u"INSERT INTO decision (complaint_id, meeting_at, attendees, discussion, "
                "decision, within_authority, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, "
                "?, ?)"_s);
        prepare(db, referral,
                u"INSERT INTO referral (complaint_id, agency_id, reason, letter_number, "
                "referred_at) VALUES (?, ?, ?, ?, ?)"_s);
        prepare(db, report,
                u"INSERT INTO resolution_report (complaint_id, method, conveyed_at, summary, "
                "complainant_response, officer_user_id) VALUES (?, ?, ?, ?, ?, ?)"_s);
    }

    static void prepare(const Database &db, QSqlQuery &q, const QString &sql)
    {
        if (!q.prepare(sql))
            db.raise(q.lastError(), sql);
    }

    QSqlQuery complaint, requirement, evidence, step, pause, disposition, decision, referral,
        report;
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
    for (const QString &sql : m_db.dialect().bulkLoadSettings(true))
        SqlQuery(m_db, sql).exec();
    m_statements = std::make_unique<Statements>(db);
}

BulkWriter::~BulkWriter() = default;

void BulkWriter::write(const QList<BulkComplaint> &batch)
{
    m_db.write([&] {
        for (const BulkComplaint &c : batch)
            writeOne(c);
    });
}

void BulkWriter::writeOne(const BulkComplaint &c)
{
    Statements &s = *m_statements;
    auto run = [this](QSqlQuery &q) {
        if (!q.exec())
            m_db.raise(q.lastError(), q.lastQuery());
    };
    const bool identity = c.confidentiality != Confidentiality::Anonymous;
    const QVariant nullText = SqlQuery::null();
    QSqlQuery &q = s.complaint;
    int i = 0;
    q.bindValue(i++, nn(c.agendaNumber));
    q.bindValue(i++, c.agendaYear);
    q.bindValue(i++, c.agendaSeq);
    q.bindValue(i++, c.sopRevisionId);
    q.bindValue(i++, channelCode(c.channel));
    q.bindValue(i++, toStorageTime(c.receivedAt));
    q.bindValue(i++, toStorageTime(c.registeredAt));
    q.bindValue(i++, confidentialityCode(c.confidentiality));
    q.bindValue(i++, identity ? QVariant(c.complainant.name) : nullText);
    q.bindValue(i++, identity ? textOrNull(c.complainant.nik) : nullText);
    q.bindValue(i++, identity ? QVariant(c.complainant.gender == Gender::Female ? u"P"_s : u"L"_s)
                              : nullText);
    q.bindValue(i++, identity ? textOrNull(c.complainant.phone) : nullText);
    q.bindValue(i++, identity ? QVariant(nn(c.complainant.address)) : nullText);
    q.bindValue(i++, nn(c.subject));
    q.bindValue(i++, nn(c.description));
    q.bindValue(i++, nn(c.location));
    q.bindValue(i++, nn(c.category));
    q.bindValue(i++, nn(c.classCode));
    q.bindValue(i++, toStorageTime(c.deadlineAt));
    q.bindValue(i++, c.createdBy);
    q.bindValue(i++, storageTimeOrNull(c.voidedAt));
    q.bindValue(i++, c.voidedBy > 0 ? QVariant(c.voidedBy) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(i++, textOrNull(c.voidReason));
    run(q);
    const qint64 id = q.lastInsertId().toLongLong();
    m_lastSequence[c.agendaYear] = std::max(m_lastSequence.value(c.agendaYear), c.agendaSeq);

    for (auto it = c.requirements.cbegin(); it != c.requirements.cend(); ++it) {
        s.requirement.bindValue(0, id);
        s.requirement.bindValue(1, it.key());
        s.requirement.bindValue(2, it->met ? 1 : 0);
        s.requirement.bindValue(3, it->met ? nullText : QVariant(it->waiverReason));
        run(s.requirement);
    }
    for (const QString &item : c.evidence) {
        s.evidence.bindValue(0, id);
        s.evidence.bindValue(1, nn(item));
        run(s.evidence);
    }
    for (const StepState &st : c.steps) {
        s.step.bindValue(0, id);
        s.step.bindValue(1, st.number);
        s.step.bindValue(2, toStorageTime(st.actionableAt));
        s.step.bindValue(3, storageTimeOrNull(st.completedAt));
        s.step.bindValue(4, st.completed() ? QVariant(st.completedBy)
                                           : QVariant(QMetaType(QMetaType::LongLong)));
        s.step.bindValue(5, st.actingHead ? 1 : 0);
        s.step.bindValue(6, st.targetMinutes);
        s.step.bindValue(7, st.completed() ? QVariant(st.workedSeconds)
                                           : QVariant(QMetaType(QMetaType::LongLong)));
        s.step.bindValue(8, st.completed() ? QVariant(st.late ? 1 : 0)
                                           : QVariant(QMetaType(QMetaType::Int)));
        s.step.bindValue(9, textOrNull(st.deviationReason));
        run(s.step);
    }
    for (const PauseRecord &p : c.pauses) {
        s.pause.bindValue(0, id);
        s.pause.bindValue(1, p.stepNumber);
        s.pause.bindValue(2, toStorageTime(p.pausedAt));
        s.pause.bindValue(3, p.id);
        s.pause.bindValue(4, nn(p.reason));
        s.pause.bindValue(5, storageTimeOrNull(p.resumedAt));
        s.pause.bindValue(6, p.resumedAt.isValid() ? QVariant(p.id)
                                                   : QVariant(QMetaType(QMetaType::LongLong)));
        s.pause.bindValue(7, textOrNull(p.resumeNote));
        run(s.pause);
    }
    if (c.disposition) {
        const DispositionRecord &d = *c.disposition;
        s.disposition.bindValue(0, id);
        s.disposition.bindValue(1, urgencyCode(d.input.urgency));
        s.disposition.bindValue(2, jsonList(d.input.instructions));
        s.disposition.bindValue(3, nn(d.input.note));
        s.disposition.bindValue(4, nn(d.input.addressee));
        s.disposition.bindValue(5, d.signerId);
        s.disposition.bindValue(6, d.signedAsActing ? 1 : 0);
        s.disposition.bindValue(7, toStorageTime(d.signedAt));
        run(s.disposition);
    }
    if (c.decision) {
        const DecisionRecord &d = *c.decision;
        s.decision.bindValue(0, id);
        s.decision.bindValue(1, toStorageTime(d.input.meetingAt));
        s.decision.bindValue(2, jsonList(d.input.attendees));
        s.decision.bindValue(3, nn(d.input.discussion));
        s.decision.bindValue(4, nn(d.input.decision));
        s.decision.bindValue(5, d.input.withinAuthority ? 1 : 0);
        s.decision.bindValue(6, d.decidedBy);
        s.decision.bindValue(7, toStorageTime(d.decidedAt));
        run(s.decision);
    }
    if (c.referral) {
        const ReferralRecord &r = *c.referral;
        s.referral.bindValue(0, id);
        s.referral.bindValue(1, r.input.agencyId);
        s.referral.bindValue(2, nn(r.input.reason));
        s.referral.bindValue(3, nn(r.input.letterNumber));
        s.referral.bindValue(4, toStorageTime(r.referredAt));
        run(s.referral);
    }
    if (c.resolutionReport) {
        const ResolutionReportRecord &r = *c.resolutionReport;
        s.report.bindValue(0, id);
        s.report.bindValue(1, nn(r.input.method));
        s.report.bindValue(2, toStorageTime(r.conveyedAt));
        s.report.bindValue(3, nn(r.input.summary));
        s.report.bindValue(4, nn(r.input.complainantResponse));
        s.report.bindValue(5, r.officerId);
        run(s.report);
    }
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
    });
    for (const QString &sql : m_db.dialect().bulkLoadSettings(false))
        SqlQuery(m_db, sql).exec();
}

} // namespace aduan
