#pragma once

#include "domain/complaint.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace aduan {

class Database;

/// One complaint with its whole recorded history, as the demo / benchmark data generator made
/// it. Everything is already decided (numbers, times, outcomes); the writer only stores it.
struct BulkComplaint {
    QString agendaNumber;
    int agendaYear = 0;
    int agendaSeq = 0;
    qint64 sopRevisionId = 0;
    Channel channel = Channel::Direct;
    QDateTime receivedAt;
    QDateTime registeredAt;
    Confidentiality confidentiality = Confidentiality::Public;
    Complainant complainant;
    QString subject;
    QString description;
    QString location;
    QString category;
    QString classCode;
    QDateTime deadlineAt;
    qint64 createdBy = 0;
    QHash<QString, RequirementOutcome> requirements;
    QStringList evidence;
    QList<StepState> steps;                ///< open step last, with an invalid completedAt
    QList<PauseRecord> pauses;             ///< with the pausing user in `id`
    std::optional<DispositionRecord> disposition;
    std::optional<DecisionRecord> decision;
    std::optional<ReferralRecord> referral;
    std::optional<ResolutionReportRecord> resolutionReport;
    QDateTime voidedAt;
    qint64 voidedBy = 0;
    QString voidReason;
};

/// Writes many generated complaints fast: statements prepared once and reused through the
/// store's bulk path (SqlDialect::prepareBulk(); on SQLite the sqlite3 C API under Qt's
/// driver), one write transaction per batch. For demo and benchmark databases only; the workflow engine is the
/// way every real complaint is written.
class BulkWriter
{
public:
    /// With `suspendIndexes`, the secondary indexes and triggers of the complaint and step
    /// tables are dropped now and re-created, with the full-text index rebuilt, by finish()
    /// (building an index once is far faster than updating it a million times). For a new
    /// database only: until finish() the file has no search index.
    explicit BulkWriter(Database &db, bool suspendIndexes = false);
    ~BulkWriter();

    /// From now on every batch's complaints get their sealed history entry (action `action`,
    /// new value {"sealed": "rows as written"}, at `at`: AuditLog::appendSealed()) in the
    /// batch's own transaction, their seals computed from the rows just written
    /// (complaintSealsBetween()): `aduan-cli check` can judge them, and sealing a million does
    /// not wait for one transaction at the end (issue 22).
    void sealAs(const QDateTime &at, const QString &action);
    /// Writes a batch in one write transaction.
    void write(const QList<BulkComplaint> &batch);
    /// Sets each year's agenda sequence to the highest number written, and re-creates what the
    /// constructor suspended.
    void finish();

private:
    struct Statements;
    /// Writes one complaint and its rows; returns the complaint's id.
    qint64 writeOne(const BulkComplaint &c);

    Database &m_db;
    std::unique_ptr<Statements> m_statements;
    QHash<int, int> m_lastSequence;
    QHash<qint64, int> m_lastStep; ///< SOP revision id -> its last step's number
    QStringList m_suspended; ///< CREATE statements to run again in finish()
    QDateTime m_sealAt;      ///< invalid: the batches are not sealed
    QString m_sealAction;
};

} // namespace aduan
