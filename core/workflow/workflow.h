#pragma once

#include <functional>

#include "domain/complaint.h"
#include "domain/user.h"
#include "validation/finding.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace aduan {

class Clock;
class Database;
struct SopDefinition;
struct SopStep;

/// Which complaint a command acts on, and the row version the user saw (optimistic
/// concurrency: a stale version is refused with Error::Code::Conflict). Without a version the
/// command acts on whatever is current (scripts, tests).
struct ComplaintRef {
    ComplaintRef(qint64 complaintId, std::optional<int> version = std::nullopt)
        : id(complaintId)
        , expectedVersion(version)
    {
    }
    qint64 id = 0;
    std::optional<int> expectedVersion;
};

/// The outcome of registering a complaint.
struct Registration {
    qint64 complaintId = 0;
    QString agendaNumber;   ///< e.g. "0001/ADUAN/III/2026"
    Findings warnings;      ///< accepted warnings (NIK region, gender mismatch, ...)
    int stepNumber = 0;       ///< the registering step's number in the SOP revision
    qint64 workedSeconds = 0;
    qint64 targetSeconds = 0; ///< the registering step's target (Mutu Baku "Waktu")
    bool late = false;
};

/// The SOP workflow engine: the only way anything about a complaint changes.
///
/// Each command takes the acting user's id and checks, in this order (DESIGN.md, SOP warning 3):
/// 1. the user holds the step's role (for the head's step, or an acting head's delegation
///    covering today) — else Error(Forbidden);
/// 2. the complaint is at that step, not voided or on hold — else Error(WrongStep);
/// 3. the step's requirements are met, or waived with a reason — else Error(RequirementMissing);
/// 4. the output's required fields are filled and valid — else Error(OutputIncomplete) or
///    Error(Invalid) with findings;
/// 5. when the step ran past its target, a deviation reason is given — else
///    Error(DeviationReasonRequired), whose message states the time used and the target.
/// Then it writes the step, its output, the next step's start and an audit entry in one write
/// transaction (retried whole on busy; Error(Busy) after the last try; Error(Conflict) when the
/// complaint changed meanwhile). The step, its actor and its target come from the SOP revision
/// the complaint was registered under; time comes from the injected Clock and is counted in
/// office working seconds (OfficeCalendar).
class Workflow
{
public:
    Workflow(Database &db, const Clock &clock);

    /// SOP step 1 (action "register"): the officer registers the complaint in the intake book.
    /// `formOpenedAt` (UTC) is when the officer opened the form: the step's clock starts there.
    Registration registerComplaint(qint64 actorId, const ComplaintDraft &draft,
                                   const QDateTime &formOpenedAt,
                                   const QString &deviationReason = {});
    /// SOP step 2 (action "report"): the secretary reports the complaint to the head.
    void reportToHead(qint64 actorId, const ComplaintRef &ref, const QString &note = {},
                      const QString &deviationReason = {});
    /// SOP step 3 (action "dispose"): the head, or an acting head (Plh.) within a delegation's
    /// dates, signs the Lembar Disposisi. A user holding the head role signs as himself.
    void dispose(qint64 actorId, const ComplaintRef &ref, const DispositionInput &disposition,
                 const QString &deviationReason = {});
    /// SOP step 4 (action "decide"): the team records its decision; when the complaint is not
    /// the office's authority, `decision.referral` names the competent agency and the reason.
    void decide(qint64 actorId, const ComplaintRef &ref, const DecisionInput &decision,
                const QString &deviationReason = {});
    /// SOP step 4 as a referral (Formulir Penyaluran Pengaduan Bukan Kewenangan): decide() with
    /// withinAuthority = false and the referral.
    void refer(qint64 actorId, const ComplaintRef &ref, DecisionInput decision,
               const ReferralInput &referral, const QString &deviationReason = {});
    /// SOP step 5 (action "convey"): the officer conveys the result (Berita Acara). When the
    /// method is SMS (conveyedBySms()), the result (resultSmsText()) is queued for the
    /// complainant's registered phone in outgoing_message (purpose "result") in the same
    /// transaction, for MessageIntake::deliverPending() to hand to the SMS daemon; without a
    /// valid phone, Error(OutputIncomplete) "method.no_phone" (checkResultSms()).
    void conveyResult(qint64 actorId, const ComplaintRef &ref,
                      const ResolutionReportInput &report, const QString &deviationReason = {});

    /// Puts the open step on hold (Ditunda) with a reason: its clock stops. By the step's actor.
    void pause(qint64 actorId, const ComplaintRef &ref, const QString &reason);
    /// Resumes a step on hold. By the step's actor.
    void resume(qint64 actorId, const ComplaintRef &ref, const QString &note = {});
    /// Voids a complaint registered by mistake (never deleted; the number stays used).
    /// By the officer, the secretary or the administrator; a reason is required.
    void voidComplaint(qint64 actorId, const ComplaintRef &ref, const QString &reason);
    /// Corrects the Formulir Aduan's details (complainant, subject, description, location,
    /// category, confidentiality) of a complaint that is not finished. By the officer, the
    /// secretary or the administrator; old → new goes to the audit history.
    void amend(qint64 actorId, const ComplaintRef &ref, const ComplaintDraft &details);

private:
    struct StepContext;
    /// The stores, the time and the calendar of a step command; no actor or complaint yet.
    StepContext newContext(const QString &deviationReason);
    StepContext beginStep(qint64 actorId, const ComplaintRef &ref, const QString &action,
                          const QString &deviationReason);
    void finishStep(StepContext &ctx, const QString &note);
    struct Loaded;
    /// The actor and the complaint of a command that is not a step (pause, resume, void, amend),
    /// with the office calendar and the stores. `authorize` runs on the actor before the
    /// complaint is read. Throws Error(Forbidden) for an unknown or inactive actor,
    /// Error(NotFound) for an unknown complaint.
    Loaded load(qint64 actorId, const ComplaintRef &ref,
                const std::function<void(const User &)> &authorize = {});

    Database &m_db;
    const Clock &m_clock;
};

} // namespace aduan
