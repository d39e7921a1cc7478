#include "workflow/workflow.h"

#include "auth/whomayact.h"
#include "sms/resultsms.h"
#include "sms/smstext.h"
#include "sop/stepaction.h"
#include "storage/messageinbox.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/error.h"
#include "util/storagetime.h"
#include "validation/plaintext.h"
#include "validation/receivedat.h"
#include "workflow/agendanumber.h"
#include "workflow/attachmentcheck.h"
#include "workflow/draftcheck.h"
#include "workflow/outputcheck.h"
#include "workflow/stepcontext.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace aduan {

using namespace workflowrules;

namespace {

/// The requirements of a step that the complainant supplies (SOP step 1: Kartu Identitas,
/// evidence), as the draft records them (reasons trimmed), and the names of those neither met
/// nor waived with a reason.
struct ComplainantRequirements {
    QHash<QString, RequirementOutcome> outcomes;
    QStringList missing;
};

ComplainantRequirements complainantRequirements(const SopStep &step, const ComplaintDraft &draft)
{
    ComplainantRequirements out;
    for (const SopRequirement &requirement : step.requirements) {
        if (!requirement.fromComplainant())
            continue;
        const RequirementOutcome outcome = draft.requirements.value(requirement.code);
        if (!outcome.met && outcome.waiverReason.trimmed().isEmpty())
            out.missing << requirement.name;
        out.outcomes.insert(requirement.code,
                            RequirementOutcome{outcome.met, outcome.waiverReason.trimmed()});
    }
    return out;
}

} // namespace

Workflow::Workflow(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Registration Workflow::registerComplaint(qint64 actorId, const ComplaintDraft &draft,
                                         const QDateTime &formOpenedAt,
                                         const QString &deviationReason)
{
    Registration result;
    m_db.write([&] {
        result = {};
        StepContext ctx = newContext(deviationReason);
        const QDate today = ctx.calendar.officeDate(ctx.now);
        const auto sop = ctx.settings.sopRevisionInForce(today);
        if (!sop) {
            throw Error(Error::Code::Storage,
                        tr("No SOP revision is in force today. Ask the administrator to enter "
                           "the SOP."));
        }
        ctx.sop = *sop;
        ctx.step = ctx.sop.stepForAction(StepAction::Register);
        const SopStep &step = *ctx.step;
        ctx.actor = requireActiveUser(ctx.users, actorId);
        // 1. Role.
        requireRole(ctx.users, ctx.actor, step.actor, today, nullptr,
                    actionDescription(step.action));
        // 2. Current step: a new complaint starts at the registering step.
        // 3. Requirements supplied by the complainant: met, or waived with a reason; and
        // 4. the form's fields. A value typed wrong is reported first, together with any
        // missing requirement, so that the officer sees everything to fix at once.
        const ComplainantRequirements requirements = complainantRequirements(step, draft);
        const QString missingMessage =
            tr("Not shown: %1. For each requirement that the complainant cannot show, record the "
               "reason (e.g. \"complaint by SMS\").")
                .arg(requirements.missing.join(u", "_s));
        requirePlainText(deviationReason, tr("Reason for the deviation"));
        const DraftCheck check = checkDraft(draft, today);
        if (!check.ok()) {
            Findings findings = check.findings;
            if (!requirements.missing.isEmpty()) {
                findings << Finding{Finding::Severity::Error, u"requirements.missing"_s,
                                    missingMessage, u"requirements"_s};
            }
            refuseDraft(findings);
        }
        if (!requirements.missing.isEmpty())
            throw Error(Error::Code::RequirementMissing, missingMessage);
        const ComplaintDraft &d = check.normalized;
        const QDateTime receivedAt = d.receivedAt.isValid() ? d.receivedAt.toUTC() : ctx.now;
        if (receivedAtInFuture(receivedAt, ctx.now))
            refuseDraft({receivedAtFutureFinding()});
        const QList<ComplaintClass> classes = ctx.settings.complaintClasses();
        const QString classCode =
            d.classCode.isEmpty() && !classes.isEmpty() ? classes.constFirst().code : d.classCode;
        // The list read above holds it: no second read of the classes.
        const auto cls = std::find_if(classes.cbegin(), classes.cend(),
                                      [&](const ComplaintClass &c) { return c.code == classCode; });
        if (cls == classes.cend()) {
            throw Error(Error::Code::Invalid,
                        tr("The complaint class \"%1\" is not known. Choose one from the list.")
                            .arg(classCode));
        }
        QList<NewAttachment> attachments;
        for (const AttachmentDraft &a : d.attachments)
            attachments << checkAttachment(a, ctx.settings.attachmentLimitBytes());
        if (d.relatedComplaintId > 0 && !ctx.complaints.load(d.relatedComplaintId, false))
            throw Error(Error::Code::NotFound, tr("The linked complaint does not exist."));
        // 5. Deviation from the step's time target, counted from the form's opening.
        const QDateTime opened =
            formOpenedAt.isValid() && formOpenedAt <= ctx.now ? formOpenedAt.toUTC() : ctx.now;
        ctx.clock.targetSeconds = qint64(step.targetMinutes) * 60;
        ctx.clock.workedSeconds = ctx.calendar.workingSecondsBetween(opened, ctx.now);
        requireDeviationReason(ctx.clock, step, ctx.deviationReason);

        // Write: the complaint with its number, then the step as every step is completed.
        ComplaintStore &complaints = ctx.complaints;
        const int seq = complaints.takeAgendaSequence(today.year());
        NewComplaintRow row;
        row.agendaSeq = seq;
        row.agendaYear = today.year();
        row.agendaNumber = agendanumber::format(ctx.settings.agendaPattern(), seq, today);
        row.sopRevisionId = sop->revisionId;
        row.draft = d;
        row.receivedAt = receivedAt;
        row.registeredAt = ctx.now;
        row.deadlineAt =
            ctx.calendar.deadlineAfterWorkingDays(receivedAt, cls->deadlineWorkingDays);
        row.classCode = cls->code;
        row.createdBy = ctx.actor.id;
        const qint64 id = complaints.insertComplaint(row);
        complaints.insertRequirementOutcomes(id, step.number, requirements.outcomes);
        complaints.insertEvidence(id, d.evidence);
        for (const NewAttachment &a : attachments)
            complaints.insertAttachment(id, a, ctx.actor.id, ctx.now);
        complaints.openStep(id, step.number, opened, step.targetMinutes);
        ctx.complaint.id = id;
        ctx.output = {{u"agendaNumber"_s, row.agendaNumber},
                      {u"channel"_s, channelCode(d.channel)},
                      {u"receivedAt"_s, toStorageTime(receivedAt)},
                      {u"confidentiality"_s, confidentialityCode(d.confidentiality)},
                      {u"subject"_s, d.subject},
                      {u"category"_s, d.category},
                      {u"class"_s, cls->code},
                      {u"sopRevision"_s, sop->revisionId}};
        if (d.confidentiality == Confidentiality::Public && d.complainant)
            ctx.output.insert(u"complainant"_s, d.complainant->name);
        finishStep(ctx, {});

        result.complaintId = id;
        result.agendaNumber = row.agendaNumber;
        result.stepNumber = step.number;
        result.workedSeconds = ctx.clock.workedSeconds;
        result.targetSeconds = ctx.clock.targetSeconds;
        result.late = ctx.clock.late();
        for (const Finding &f : check.findings) {
            if (f.severity == Finding::Severity::Warning)
                result.warnings << f;
        }
    });
    return result;
}

void Workflow::reportToHead(qint64 actorId, const ComplaintRef &ref, const QString &note,
                            const QString &deviationReason)
{
    m_db.write([&] {
        StepContext ctx = beginStep(actorId, ref, stepActionCode(StepAction::Report), deviationReason);
        requirePlainText(note, tr("Note"));
        requireDeviationReason(ctx.clock, *ctx.step, ctx.deviationReason);
        finishStep(ctx, note);
    });
}

void Workflow::dispose(qint64 actorId, const ComplaintRef &ref, const DispositionInput &input,
                       const QString &deviationReason)
{
    m_db.write([&] {
        StepContext ctx = beginStep(actorId, ref, stepActionCode(StepAction::Dispose), deviationReason);
        const DispositionCheck check = checkDisposition(input);
        raiseOutputFindings(check.findings);
        const DispositionInput &d = check.normalized;
        requireDeviationReason(ctx.clock, *ctx.step, ctx.deviationReason);
        ctx.complaints.insertDisposition(ctx.complaint.id, d, ctx.actor.id, ctx.acting, ctx.now);
        ctx.output = {{u"urgency"_s, urgencyCode(d.urgency)},
                      {u"instructions"_s, QJsonArray::fromStringList(d.instructions)},
                      {u"note"_s, d.note},
                      {u"addressee"_s, d.addressee},
                      {u"signer"_s, ctx.actor.fullName}};
        finishStep(ctx, {});
    });
}

void Workflow::decide(qint64 actorId, const ComplaintRef &ref, const DecisionInput &input,
                      const QString &deviationReason)
{
    m_db.write([&] {
        StepContext ctx = beginStep(actorId, ref, stepActionCode(StepAction::Decide), deviationReason);
        const DecisionCheck check = checkDecision(input, ctx.now);
        raiseOutputFindings(check.findings);
        const DecisionInput &d = check.normalized;
        std::optional<Agency> agency;
        if (!d.withinAuthority) {
            agency = ctx.settings.agency(d.referral->agencyId);
            if (!agency || !agency->active)
                incomplete(tr("The chosen agency is not in the list of agencies."));
        }
        requireDeviationReason(ctx.clock, *ctx.step, ctx.deviationReason);
        ctx.complaints.insertDecision(ctx.complaint.id, d, ctx.actor.id, ctx.now);
        ctx.output = {{u"withinAuthority"_s, d.withinAuthority},
                      {u"decision"_s, d.decision},
                      {u"meetingAt"_s, toStorageTime(d.meetingAt)},
                      {u"attendees"_s, QJsonArray::fromStringList(d.attendees)}};
        if (!d.withinAuthority) {
            ctx.complaints.insertReferral(ctx.complaint.id, *d.referral, ctx.now);
            ctx.output.insert(u"referredTo"_s, agency->name);
            ctx.output.insert(u"referralReason"_s, d.referral->reason);
        }
        finishStep(ctx, {});
    });
}

void Workflow::refer(qint64 actorId, const ComplaintRef &ref, DecisionInput decision,
                     const ReferralInput &referral, const QString &deviationReason)
{
    decision.withinAuthority = false;
    decision.referral = referral;
    decide(actorId, ref, decision, deviationReason);
}

void Workflow::conveyResult(qint64 actorId, const ComplaintRef &ref,
                            const ResolutionReportInput &input, const QString &deviationReason)
{
    m_db.write([&] {
        StepContext ctx = beginStep(actorId, ref, stepActionCode(StepAction::Convey), deviationReason);
        const ResolutionReportCheck check = checkResolutionReport(input);
        raiseOutputFindings(check.findings + checkResultSms(ctx.complaint, check.normalized));
        const ResolutionReportInput &r = check.normalized;
        requireDeviationReason(ctx.clock, *ctx.step, ctx.deviationReason);
        ctx.complaints.insertResolutionReport(ctx.complaint.id, r, ctx.actor.id, ctx.now);
        ctx.output = {{u"method"_s, r.method},
                      {u"summary"_s, r.summary},
                      {u"complainantResponse"_s, r.complainantResponse}};
        if (conveyedBySms(r.method)) {
            // Issue 19: the result goes by SMS, queued with the Berita Acara in this
            // transaction; MessageIntake::deliverPending() hands it to the SMS daemon.
            OutgoingMessage sms;
            sms.recipient = resultSmsRecipient(ctx.complaint);
            sms.text = resultSmsText(ctx.complaint.agendaNumber, r.summary);
            sms.purpose = u"result"_s;
            sms.complaintId = ctx.complaint.id;
            sms.queuedAt = ctx.now;
            const SmsPlan plan = planSms(sms.text);
            sms.parts = int(plan.parts.size());
            sms.coding = smsCodingCode(plan.coding);
            MessageInboxStore(m_db).insertOutgoing(sms);
            // The number is the complainant's: in the history only where the identity is
            // public (as an amendment's identity fields, Workflow::amend()); it stays in the
            // Berita Acara's SMS row.
            if (ctx.complaint.confidentiality == Confidentiality::Public)
                ctx.output.insert(u"smsTo"_s, sms.recipient);
        }
        finishStep(ctx, {});
    });
}

} // namespace aduan
