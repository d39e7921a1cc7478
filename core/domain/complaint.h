#pragma once

#include "domain/channel.h"
#include "domain/role.h"
#include "domain/smsdelivery.h"
#include "validation/nik.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace aduan {

/// The person who complains (Pengadu). Phone numbers are stored normalised (+62...).
struct Complainant {
    QString name;
    QString nik;     ///< 16 digits, or empty when not known
    Gender gender = Gender::Unknown;
    QString phone;
    QString address;
};

/// A requirement (Persyaratan) of a step: met, or waived with the reason recorded.
struct RequirementOutcome {
    bool met = false;
    QString waiverReason;
};

/// A file handed in as evidence (Bukti pengaduan).
struct AttachmentDraft {
    QString fileName;
    QByteArray content;
};

/// What the officer types into the Formulir Aduan (SOP step 1).
struct ComplaintDraft {
    Channel channel = Channel::Direct;
    QDateTime receivedAt; ///< invalid = now; earlier for indirect complaints
    Confidentiality confidentiality = Confidentiality::Public;
    std::optional<Complainant> complainant; ///< must be empty for Anonymous
    /// Outcome per requirement code of the registering step (SOP data: "identity_card",
    /// "evidence", ...).
    QHash<QString, RequirementOutcome> requirements;
    QStringList evidence; ///< evidence items as listed on the form ("fotokopi KKS")
    QList<AttachmentDraft> attachments;
    QString subject;
    QString description;
    QString location;
    QString category;
    QString classCode; ///< empty = the first class (5 working days by default)
    qint64 relatedComplaintId = 0; ///< an earlier open complaint of the same person, or 0
};

/// Urgency of a disposition (Sifat).
enum class Urgency { Biasa, Segera, SangatSegera, Rahasia };
QString urgencyCode(Urgency urgency);   ///< "biasa", "segera", "sangat_segera", "rahasia"
QString urgencyLabel(Urgency urgency);  ///< "Biasa", "Segera", "Sangat Segera", "Rahasia"
std::optional<Urgency> urgencyFromCode(const QString &code);

/// The standard instruction ticks of the Lembar Disposisi.
QStringList standardInstructions();

/// Lembar Disposisi (SOP step 3).
struct DispositionInput {
    Urgency urgency = Urgency::Biasa;
    QStringList instructions; ///< ticked instructions; at least one, or a note
    QString note;
    QString addressee;        ///< e.g. "Tim Pengelola Pengaduan"
};

/// Referral to the competent agency (Formulir Penyaluran Pengaduan Bukan Kewenangan).
struct ReferralInput {
    qint64 agencyId = 0;
    QString reason;
    QString letterNumber;
};

/// Hasil Keputusan Penyelesaian Pengaduan (SOP step 4).
struct DecisionInput {
    QDateTime meetingAt;
    QStringList attendees;
    QString discussion;
    QString decision;
    bool withinAuthority = true;
    std::optional<ReferralInput> referral; ///< required when !withinAuthority
};

/// Berita Acara Penyelesaian Aduan (SOP step 5).
struct ResolutionReportInput {
    QString method;   ///< how the result was conveyed: "langsung", "telepon", "surat", "sms"
                      ///< (the summary goes out by SMS: conveyedBySms()), ...
    QString summary;
    QString complainantResponse;
};

/// One step of one complaint, as recorded.
struct StepState {
    int number = 0;
    QString action;
    Role actor = Role::Officer;
    int targetMinutes = 0;
    QDateTime actionableAt; ///< UTC; when the step could start
    QDateTime completedAt;  ///< UTC; invalid while the step is open
    qint64 completedBy = 0;
    QString completedByName;
    bool actingHead = false;
    qint64 workedSeconds = 0; ///< office working seconds used, pauses excluded (when completed)
    bool late = false;
    QString deviationReason;
    QString note;
    bool completed() const { return completedAt.isValid(); }
};

struct PauseRecord {
    qint64 id = 0;
    int stepNumber = 0;
    QDateTime pausedAt;
    QString reason;
    QDateTime resumedAt; ///< invalid while paused
    QString resumeNote;
};

struct DispositionRecord {
    DispositionInput input;
    qint64 signerId = 0;
    QString signerName;
    QString signerNip;
    bool signedAsActing = false;
    QDateTime signedAt;
};

struct DecisionRecord {
    DecisionInput input;
    qint64 decidedBy = 0;
    QDateTime decidedAt;
};

struct ReferralRecord {
    ReferralInput input;
    QString agencyName;
    QString agencyAddress;
    QDateTime referredAt;
};

struct ResolutionReportRecord {
    ResolutionReportInput input;
    qint64 officerId = 0;
    QString officerName;
    QString officerNip;
    QDateTime conveyedAt;
    /// The result as sent by SMS (method "sms"), with its delivery state as last read.
    std::optional<ResultSmsRecord> sms;
};

/// The method code of a result conveyed by SMS (ResolutionReportInput::method): the engine
/// queues the result in the SMS daemon's outbox (issue 19).
inline QString conveyBySmsCode() { return QStringLiteral("sms"); }
inline bool conveyedBySms(const QString &method)
{
    return method.trimmed().compare(conveyBySmsCode(), Qt::CaseInsensitive) == 0;
}

struct AttachmentInfo {
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256;
};

/// Where a complaint stands, derived from its step records.
enum class ComplaintStatus {
    InProgress, ///< a step is open
    Paused,     ///< the open step is on hold (Ditunda)
    Completed,  ///< every step done, resolved within the office's authority
    Referred,   ///< every step done, referred to another agency (Disalurkan)
    Voided,     ///< voided with a reason; the number stays used
};
QString statusCode(ComplaintStatus status);
std::optional<ComplaintStatus> statusFromCode(const QString &code);
/// The office's words, as printed: "Dalam proses", "Ditunda", "Selesai", "Disalurkan", "Dibatalkan".
QString statusLabel(ComplaintStatus status);

/// The facts of the step records that decide a complaint's status (whoever read them: a loaded
/// ComplaintRecord, or one row of the register query).
struct StatusFacts {
    bool voided = false;   ///< voided with a reason
    bool stepOpen = false; ///< a step record without a completion
    bool paused = false;   ///< a pause not yet resumed
    bool referred = false; ///< a referral to another agency was recorded
};
/// The one derivation of a complaint's status (DESIGN.md "The workflow engine": status is
/// derived from the step records, not stored twice): Voided when voided, whatever else;
/// otherwise with a step open Paused or InProgress; otherwise Referred when referred, else
/// Completed. Used by ComplaintRecord::status() and by the register's rows
/// (ComplaintStore::list()). Never throws.
ComplaintStatus deriveStatus(const StatusFacts &facts);
/// deriveStatus() read backwards, for a filter that asks the step records themselves (the
/// register's SQL, ComplaintStore::list()): the facts a complaint must have, each set field
/// true or false, to get `status`; an unset field does not matter. A complaint's facts match
/// statusCondition(s) exactly when deriveStatus() gives s. Never throws.
struct StatusCondition {
    std::optional<bool> voided, stepOpen, paused, referred;
};
StatusCondition statusCondition(ComplaintStatus status);

/// A complaint as one user may see it. When the user lacks the right to see a confidential
/// identity, `complainant` is empty and `identityHidden` is true.
struct ComplaintRecord {
    qint64 id = 0;
    QString agendaNumber;
    qint64 sopRevisionId = 0;
    Channel channel = Channel::Direct;
    QDateTime receivedAt;
    QDateTime registeredAt;
    Confidentiality confidentiality = Confidentiality::Public;
    std::optional<Complainant> complainant;
    bool identityHidden = false;
    QString subject;
    QString description;
    QString location;
    QString category;
    QString classCode;
    QDateTime deadlineAt; ///< the overall deadline, UTC
    qint64 relatedComplaintId = 0;
    qint64 createdBy = 0;
    QDateTime voidedAt;
    QString voidReason;
    int rowVersion = 0;

    QHash<QString, RequirementOutcome> requirements; ///< of the registering step
    QStringList evidence;
    QList<AttachmentInfo> attachments;
    QList<StepState> steps; ///< the steps reached so far, in order
    QList<PauseRecord> pauses;
    std::optional<DispositionRecord> disposition;
    std::optional<DecisionRecord> decision;
    std::optional<ReferralRecord> referral;
    std::optional<ResolutionReportRecord> resolutionReport;

    /// deriveStatus() of this record's steps, pauses, referral and void.
    ComplaintStatus status() const;
    /// The open step, or nullptr when none is open (completed, referred or voided).
    const StepState *currentStep() const;
    bool isPaused() const;
    /// What to print in place of the complainant's name: the name, "Dirahasiakan" or "Anonim".
    QString complainantDisplayName() const;
};

} // namespace aduan
