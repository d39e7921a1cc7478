#include "storage/bulkwriter.h"

#include "domain/gender.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "util/error.h"
#include "util/storagetime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

/// The sqlite3 connection under Qt's QSQLITE driver (Debian's Qt uses the system libsqlite3
/// this library links: https://doc.qt.io/qt-6/qsqldriver.html#handle).
sqlite3 *sqliteHandle(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw Error(Error::Code::Storage, u"The bulk writer needs Qt's SQLite driver"_s);
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
    if (!h)
        throw Error(Error::Code::Storage, u"The database connection is not open"_s);
    return h;
}

/// One prepared statement of the sqlite3 C API: QSqlQuery's binding costs a formatted string
/// and a hash lookup per value, a fifth of writing a million complaints. Positions are 0-based
/// like QSqlQuery's; text binds as UTF-16 without conversion.
class RawStatement
{
public:
    RawStatement(const Database &db, sqlite3 *handle, const QString &sql)
        : m_db(db)
        , m_handle(handle)
        , m_sql(sql)
    {
        if (sqlite3_prepare16_v2(m_handle, sql.utf16(), -1, &m_statement, nullptr) != SQLITE_OK)
            fail();
    }
    ~RawStatement() { sqlite3_finalize(m_statement); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    /// Text; a null QString binds as the empty text (NOT NULL columns).
    void text(int i, const QString &value)
    {
        static const char16_t empty[] = u"";
        const void *data = value.isEmpty() ? static_cast<const void *>(empty)
                                           : static_cast<const void *>(value.constData());
        check(sqlite3_bind_text16(m_statement, i + 1, data, int(value.size() * 2),
                                  SQLITE_TRANSIENT));
    }
    /// Text, or NULL when empty.
    void textOrNull(int i, const QString &value)
    {
        if (value.isEmpty())
            null(i);
        else
            text(i, value);
    }
    void integer(int i, qint64 value) { check(sqlite3_bind_int64(m_statement, i + 1, value)); }
    void null(int i) { check(sqlite3_bind_null(m_statement, i + 1)); }
    /// An instant as stored (util/storagetime), or NULL when invalid.
    void time(int i, const QDateTime &value)
    {
        if (value.isValid())
            text(i, toStorageTime(value));
        else
            null(i);
    }
    void exec()
    {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE)
            fail();
    }

private:
    void check(int rc)
    {
        if (rc != SQLITE_OK)
            fail();
    }
    [[noreturn]] void fail()
    {
        // Through Database::raise, which maps the native code (busy, read-only, ...) to Error.
        m_db.raise(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)),
                             QSqlError::StatementError,
                             QString::number(sqlite3_extended_errcode(m_handle))),
                   m_sql);
    }

    const Database &m_db;
    sqlite3 *m_handle;
    QString m_sql;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace

/// Prepared once, executed for every row (positional placeholders, bound in order).
struct BulkWriter::Statements {
    explicit Statements(const Database &db)
        : handle(sqliteHandle(db))
        , complaint(db, handle,
                    u"INSERT INTO complaint (agenda_number, agenda_year, agenda_seq, sop_revision_id, "
                    "channel, received_at, registered_at, confidentiality, complainant_name, "
                    "complainant_nik, complainant_gender, complainant_phone, complainant_address, "
                    "subject, description, location, category, class_code, deadline_at, created_by, "
                    "voided_at, voided_by, void_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        , requirement(db, handle,
                      u"INSERT INTO requirement_outcome (complaint_id, step_no, code, met, "
                      "waiver_reason) VALUES (?, 1, ?, ?, ?)"_s)
        , evidence(db, handle,
                   u"INSERT INTO evidence_item (complaint_id, description) VALUES (?, ?)"_s)
        , step(db, handle,
               u"INSERT INTO step_record (complaint_id, step_no, actionable_at, completed_at, "
               "completed_by, acting_head, target_minutes, worked_seconds, late, "
               "deviation_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        , pause(db, handle,
                u"INSERT INTO pause (complaint_id, step_no, paused_at, paused_by, reason, "
                "resumed_at, resumed_by, resume_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
        , disposition(db, handle,
                      u"INSERT INTO disposition (complaint_id, urgency, instructions, note, addressee, "
                      "signer_user_id, signed_as_acting, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
        , decision(db, handle,
                   u"INSERT INTO decision (complaint_id, meeting_at, attendees, discussion, "
                   "decision, within_authority, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, "
                   "?, ?)"_s)
        , referral(db, handle,
                   u"INSERT INTO referral (complaint_id, agency_id, reason, letter_number, "
                   "referred_at) VALUES (?, ?, ?, ?, ?)"_s)
        , report(db, handle,
                 u"INSERT INTO resolution_report (complaint_id, method, conveyed_at, summary, "
                 "complainant_response, officer_user_id) VALUES (?, ?, ?, ?, ?, ?)"_s)
    {
    }

    sqlite3 *handle;
    RawStatement complaint, requirement, evidence, step, pause, disposition, decision, referral,
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
    const bool identity = c.confidentiality != Confidentiality::Anonymous;
    RawStatement &q = s.complaint;
    int i = 0;
    q.text(i++, c.agendaNumber);
    q.integer(i++, c.agendaYear);
    q.integer(i++, c.agendaSeq);
    q.integer(i++, c.sopRevisionId);
    q.text(i++, channelCode(c.channel));
    q.text(i++, toStorageTime(c.receivedAt));
    q.text(i++, toStorageTime(c.registeredAt));
    q.text(i++, confidentialityCode(c.confidentiality));
    if (identity) {
        q.text(i++, c.complainant.name);
        q.textOrNull(i++, c.complainant.nik);
        q.text(i++, genderCode(c.complainant.gender));
        q.textOrNull(i++, c.complainant.phone);
        q.text(i++, c.complainant.address);
    } else {
        for (int k = 0; k < 5; ++k)
            q.null(i++);
    }
    q.text(i++, c.subject);
    q.text(i++, c.description);
    q.text(i++, c.location);
    q.text(i++, c.category);
    q.text(i++, c.classCode);
    q.text(i++, toStorageTime(c.deadlineAt));
    q.integer(i++, c.createdBy);
    q.time(i++, c.voidedAt);
    if (c.voidedBy > 0)
        q.integer(i++, c.voidedBy);
    else
        q.null(i++);
    q.textOrNull(i++, c.voidReason);
    q.exec();
    const qint64 id = sqlite3_last_insert_rowid(s.handle);
    m_lastSequence[c.agendaYear] = std::max(m_lastSequence.value(c.agendaYear), c.agendaSeq);

    for (auto it = c.requirements.cbegin(); it != c.requirements.cend(); ++it) {
        s.requirement.integer(0, id);
        s.requirement.text(1, it.key());
        s.requirement.integer(2, it->met ? 1 : 0);
        if (it->met)
            s.requirement.null(3);
        else
            s.requirement.text(3, it->waiverReason);
        s.requirement.exec();
    }
    for (const QString &item : c.evidence) {
        s.evidence.integer(0, id);
        s.evidence.text(1, item);
        s.evidence.exec();
    }
    for (const StepState &st : c.steps) {
        s.step.integer(0, id);
        s.step.integer(1, st.number);
        s.step.text(2, toStorageTime(st.actionableAt));
        s.step.time(3, st.completedAt);
        s.step.integer(5, st.actingHead ? 1 : 0);
        s.step.integer(6, st.targetMinutes);
        if (st.completed()) {
            s.step.integer(4, st.completedBy);
            s.step.integer(7, st.workedSeconds);
            s.step.integer(8, st.late ? 1 : 0);
        } else {
            s.step.null(4);
            s.step.null(7);
            s.step.null(8);
        }
        s.step.textOrNull(9, st.deviationReason);
        s.step.exec();
    }
    for (const PauseRecord &p : c.pauses) {
        s.pause.integer(0, id);
        s.pause.integer(1, p.stepNumber);
        s.pause.text(2, toStorageTime(p.pausedAt));
        s.pause.integer(3, p.id);
        s.pause.text(4, p.reason);
        s.pause.time(5, p.resumedAt);
        if (p.resumedAt.isValid())
            s.pause.integer(6, p.id);
        else
            s.pause.null(6);
        s.pause.textOrNull(7, p.resumeNote);
        s.pause.exec();
    }
    if (c.disposition) {
        const DispositionRecord &d = *c.disposition;
        s.disposition.integer(0, id);
        s.disposition.text(1, urgencyCode(d.input.urgency));
        s.disposition.text(2, jsonList(d.input.instructions));
        s.disposition.text(3, d.input.note);
        s.disposition.text(4, d.input.addressee);
        s.disposition.integer(5, d.signerId);
        s.disposition.integer(6, d.signedAsActing ? 1 : 0);
        s.disposition.text(7, toStorageTime(d.signedAt));
        s.disposition.exec();
    }
    if (c.decision) {
        const DecisionRecord &d = *c.decision;
        s.decision.integer(0, id);
        s.decision.text(1, toStorageTime(d.input.meetingAt));
        s.decision.text(2, jsonList(d.input.attendees));
        s.decision.text(3, d.input.discussion);
        s.decision.text(4, d.input.decision);
        s.decision.integer(5, d.input.withinAuthority ? 1 : 0);
        s.decision.integer(6, d.decidedBy);
        s.decision.text(7, toStorageTime(d.decidedAt));
        s.decision.exec();
    }
    if (c.referral) {
        const ReferralRecord &r = *c.referral;
        s.referral.integer(0, id);
        s.referral.integer(1, r.input.agencyId);
        s.referral.text(2, r.input.reason);
        s.referral.text(3, r.input.letterNumber);
        s.referral.text(4, toStorageTime(r.referredAt));
        s.referral.exec();
    }
    if (c.resolutionReport) {
        const ResolutionReportRecord &r = *c.resolutionReport;
        s.report.integer(0, id);
        s.report.text(1, r.input.method);
        s.report.text(2, toStorageTime(r.conveyedAt));
        s.report.text(3, r.input.summary);
        s.report.text(4, r.input.complainantResponse);
        s.report.integer(5, r.officerId);
        s.report.exec();
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
