#pragma once

#include "domain/complaint.h"
#include "domain/exportrow.h"
#include "domain/intakebook.h"
#include "domain/possibleduplicate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace aduan {

class Database;

/// The columns of a new complaint row, as the workflow decided them.
struct NewComplaintRow {
    QString agendaNumber;
    int agendaYear = 0;
    int agendaSeq = 0;
    qint64 sopRevisionId = 0;
    ComplaintDraft draft;   ///< complainant already normalised; empty for anonymous
    QDateTime receivedAt;   ///< UTC
    QDateTime registeredAt; ///< UTC
    QDateTime deadlineAt;   ///< UTC
    QString classCode;
    qint64 createdBy = 0;
};

/// Attachment content checked by the workflow (type by content, size, SHA-256).
struct NewAttachment {
    QString fileName;
    QString mimeType;
    QByteArray content;
    QString sha256;
};

/// Facts the engine writes when a step completes.
struct StepCompletionRow {
    int stepNumber = 0;
    QDateTime completedAt;
    qint64 completedBy = 0;
    bool actingHead = false;
    qint64 workedSeconds = 0;
    bool late = false;
    QString deviationReason;
    QString note;
};

/// Complaints and their step records: SQL only, no rules. Every write method must run inside
/// Database::write(); reads may run anywhere. Confidential identities are blanked here, in the
/// query, for a viewer without the right, so they never leave the storage layer.
class ComplaintStore
{
public:
    /// `officeZone` turns the filters' office dates into UTC bounds.
    ComplaintStore(Database &db, const QTimeZone &officeZone) : m_db(db), m_zone(officeZone) {}

    /// Takes the next agenda sequence number of `year`: 1, 2, ... (restarting each year, never
    /// reused). Atomic within the caller's write transaction.
    int takeAgendaSequence(int year);
    /// The sequence number takeAgendaSequence(year) would take now (last taken + 1), without
    /// taking it: for showing what the next agenda number will be.
    int nextAgendaSequence(int year) const;
    qint64 insertComplaint(const NewComplaintRow &row);
    void insertRequirementOutcomes(qint64 complaintId, int stepNumber,
                                   const QHash<QString, RequirementOutcome> &outcomes);
    void insertEvidence(qint64 complaintId, const QStringList &items);
    void insertAttachment(qint64 complaintId, const NewAttachment &attachment, qint64 userId,
                          const QDateTime &now);
    void openStep(qint64 complaintId, int stepNumber, const QDateTime &actionableAt,
                  int targetMinutes);
    /// Completes the open step `row.stepNumber` and, when `next` is given, opens that step
    /// (actionable at the completion, its target in minutes) — one statement on a store that
    /// chains writes (SqlDialect::chainsInserts()), as every step's completion is.
    /// Throws Error(Conflict) when the step is not open (another PC completed it meanwhile).
    struct NextStep {
        int number = 0;
        int targetMinutes = 0;
    };
    void completeStep(qint64 complaintId, const StepCompletionRow &row,
                      const std::optional<NextStep> &next = std::nullopt);
    /// Records the complaint's closing instant (complaint.closed_at, UTC): the completion of
    /// its revision's last SOP step, written in that completion's transaction (migration 8).
    /// Error(Conflict) when the complaint does not exist.
    void setClosedAt(qint64 complaintId, const QDateTime &closedAt);
    void insertDisposition(qint64 complaintId, const DispositionInput &input, qint64 signerId,
                           bool signedAsActing, const QDateTime &signedAt);
    void insertDecision(qint64 complaintId, const DecisionInput &input, qint64 decidedBy,
                        const QDateTime &decidedAt);
    void insertReferral(qint64 complaintId, const ReferralInput &input, const QDateTime &at);
    void insertResolutionReport(qint64 complaintId, const ResolutionReportInput &input,
                                qint64 officerId, const QDateTime &conveyedAt);
    void insertPause(qint64 complaintId, int stepNumber, const QDateTime &at, qint64 userId,
                     const QString &reason);
    void resumePause(qint64 pauseId, const QDateTime &at, qint64 userId, const QString &note);
    void markVoided(qint64 complaintId, const QDateTime &at, qint64 userId, const QString &reason);
    /// Updates the editable fields of the Formulir Aduan.
    void updateDetails(qint64 complaintId, const ComplaintDraft &draft);

    /// Raises row_version by one; when `expectedVersion` is given and the row holds another
    /// version, throws Error(Conflict): somebody changed the complaint meanwhile.
    void bumpVersion(qint64 complaintId, std::optional<int> expectedVersion);

    /// The whole complaint as `viewer` may see it; std::nullopt when there is no such id. For a
    /// confidential complaint and a viewer without the right, the identity is absent and the
    /// attachments' file names read "Dirahasiakan" (their checksums are empty), and so does the
    /// number the result SMS went to (resolutionReport->sms->recipient).
    std::optional<ComplaintRecord> load(qint64 complaintId, bool canSeeConfidential) const;
    std::optional<qint64> idByAgendaNumber(const QString &agendaNumber) const;
    /// Whether the office has registered any complaint at all (voided ones count). One row
    /// looked at, not counted.
    bool anyRegistered() const;
    QByteArray attachmentContent(qint64 attachmentId) const;
    /// The confidentiality of the complaint an attachment belongs to; std::nullopt when there is
    /// no such attachment.
    std::optional<Confidentiality> attachmentConfidentiality(qint64 attachmentId) const;

    /// One page of the register, in the given order (newest first by default).
    QList<IntakeBookRow> list(const IntakeBookFilter &filter, bool canSeeConfidential,
                              IntakeBookSort sort = IntakeBookSort::ReceivedAt,
                              bool descending = true, int offset = 0, int limit = 100) const;
    /// The register's total for a filter: COUNT(*), never a model's row count.
    qint64 count(const IntakeBookFilter &filter, bool canSeeConfidential) const;
    /// Every complaint of a filter, for an export, in agenda order, fetched in pages of `chunk`
    /// rows and handed to `sink` page by page (so a million rows never sit in memory at once).
    void exportRows(const IntakeBookFilter &filter, bool canSeeConfidential,
                    const std::function<void(const QList<ExportRow> &)> &sink,
                    int chunk = 5000) const;
    /// Open complaints whose current step belongs to one of `roles`, oldest first.
    QList<IntakeBookRow> openForRoles(const QList<Role> &roles, bool canSeeConfidential) const;
    /// Open complaints received since `since` with the same NIK or phone.
    QList<PossibleDuplicate> recentOpenByIdentity(const QString &nik, const QString &phone,
                                                  const QDateTime &since,
                                                  bool canSeeConfidential) const;

private:
    struct WhereClause;
    WhereClause where(const IntakeBookFilter &filter, bool canSeeConfidential) const;
    /// True when a search has so many candidates that its page should walk an index.
    bool manyCandidates(const WhereClause &where) const;
    /// A page sorted by complainant or status as the merge of a few blocks, each read in its
    /// own index's order (see list()).
    QList<IntakeBookRow> listInBlocks(const WhereClause &where, bool canSeeConfidential,
                                      IntakeBookSort sort, bool descending, int offset,
                                      int limit) const;

    Database &m_db;
    QTimeZone m_zone;
};

} // namespace aduan
