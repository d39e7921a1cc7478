#include "workflow/workflow.h"

#include "calendar/officecalendar.h"
#include "sop/sopdefinition.h"
#include "storage/auditlog.h"
#include "storage/complaintstore.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/userstore.h"
#include "util/clock.h"
#include "util/error.h"
#include "util/storagetime.h"
#include "validation/plaintext.h"
#include "workflow/agendanumber.h"
#include "workflow/attachmentcheck.h"
#include "workflow/draftcheck.h"
#include "workflow/stepclock.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("aduan::Workflow", text);
}

QString minutesText(qint64 seconds)
{
    return formatWorkingDuration(seconds);
}

/// The active user behind `actorId`, or Error(Forbidden).
User loadActor(UserStore &users, qint64 actorId)
{
    const auto user = users.byId(actorId);
    if (!user || !user->active) {
        throw Error(Error::Code::Forbidden,
                    QCoreApplication::translate("aduan::Workflow",
                                                "This user account does not exist or is no "
                                                "longer active. Log in again."));
    }
    return *user;
}

/// Voiding and correcting a complaint are for the front office: the complaint officer, the
/// secretary or the administrator. Throws Error(Forbidden) with `message`.
void requireClerk(const User &actor, const QString &message)
{
    if (!actor.hasRole(Role::Officer) && !actor.hasRole(Role::Secretary)
        && !actor.hasRole(Role::Admin))
        throw Error(Error::Code::Forbidden, message);
}

/// Whether `user` may act as `role` on `officeDate`; sets `acting` when only a delegation
/// (Plh.) allows it. Throws Error(Forbidden) naming the role needed and the roles held.
void requireRole(UserStore &users, const User &user, Role role, QDate officeDate, bool *acting,
                 const QString &what)
{
    if (acting)
        *acting = false;
    if (user.hasRole(role))
        return;
    for (const Delegation &d : users.delegationsFor(user.id, officeDate)) {
        if (d.role == role) {
            if (acting)
                *acting = true;
            return;
        }
    }
    QStringList held;
    for (Role r : user.roles)
        held << roleTitle(r);
    const QString extra = role == Role::Head
                              ? QCoreApplication::translate("aduan::Workflow",
                                                            " (or an acting head, Plh., on the "
                                                            "dates of a delegation)")
                              : QString();
    throw Error(Error::Code::Forbidden,
                QCoreApplication::translate("aduan::Workflow",
                                            "Only the %1%2 can %3. %4 holds the role %5.")
                    .arg(roleTitle(role), extra, what, user.fullName,
                         held.isEmpty() ? QCoreApplication::translate("aduan::Workflow", "(none)")
                                        : held.join(u", "_s)));
}

QString actionDescription(const QString &action)
{
    if (action == u"register"_s)
        return QCoreApplication::translate("aduan::Workflow", "register a complaint");
    if (action == u"report"_s)
        return QCoreApplication::translate("aduan::Workflow", "report a complaint to the head");
    if (action == u"dispose"_s)
        return QCoreApplication::translate("aduan::Workflow", "sign a disposition");
    if (action == u"decide"_s)
        return QCoreApplication::translate("aduan::Workflow", "record the team's decision");
    if (action == u"convey"_s)
        return QCoreApplication::translate("aduan::Workflow",
                                           "convey the result to the complainant");
    return action;
}

/// Whether an output (by code) exists: some completed step of the revision produced it.
bool hasOutput(const ComplaintRecord &c, const SopDefinition &sop, const QString &code)
{
    for (const StepState &state : c.steps) {
        if (!state.completed())
            continue;
        if (const SopStep *step = sop.step(state.number)) {
            for (const SopOutput &output : step->outputs) {
                if (output.code == code)
                    return true;
            }
        }
    }
    return false;
}

void requireDeviationReason(const StepClock &clock, const SopStep &step, const QString &reason)
{
    if (!clock.late() || !reason.trimmed().isEmpty())
        return;
    throw Error(Error::Code::DeviationReasonRequired,
                QCoreApplication::translate("aduan::Workflow",
                                            "Step %1 took %2 against a target of %3 minutes: it is "
                                            "late by %4. Record the reason for the deviation (SOP: "
                                            "every deviation from the standard must be accounted "
                                            "for).")
                    .arg(step.number)
                    .arg(minutesText(clock.workedSeconds))
                    .arg(step.targetMinutes)
                    .arg(minutesText(clock.lateBySeconds())));
}

[[noreturn]] void incomplete(const QString &message)
{
    throw Error(Error::Code::OutputIncomplete, message);
}

QJsonObject stepJson(int number, const StepClock &clock, const QString &reason, bool acting)
{
    QJsonObject o{{u"step"_s, number},
                  {u"workedSeconds"_s, clock.workedSeconds},
                  {u"targetSeconds"_s, clock.targetSeconds},
                  {u"late"_s, clock.late()}};
    if (!reason.trimmed().isEmpty())
        o.insert(u"deviationReason"_s, reason.trimmed());
    if (acting)
        o.insert(u"actingHead"_s, true);
    return o;
}

} // namespace

struct Workflow::StepContext {
    UserStore users;
    ComplaintStore complaints;
    SettingsStore settings;
    AuditLog audit;
    QDateTime now;
    OfficeCalendar calendar;
    User actor;
    ComplaintRecord complaint;
    SopDefinition sop;
    const SopStep *step = nullptr;
    StepClock clock;
    bool acting = false;
    QString deviationReason;
    QJsonObject output;
};

struct Workflow::Loaded {
    OfficeCalendar calendar;
    UserStore users;
    ComplaintStore complaints;
    QDateTime now;
    User actor;
    ComplaintRecord complaint;
};

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
        UserStore users(m_db);
        SettingsStore settings(m_db);
        AuditLog audit(m_db);
        const OfficeCalendar calendar = settings.calendar();
        ComplaintStore complaints(m_db, calendar.timeZone());
        const QDateTime now = m_clock.now();
        const QDate today = calendar.officeDate(now);

        const auto sop = settings.sopRevisionInForce(today);
        if (!sop) {
            throw Error(Error::Code::Storage,
                        tr("No SOP revision is in force today. Ask the administrator to enter "
                           "the SOP."));
        }
        const SopStep *step = sop->stepForAction(u"register"_s);
        const User actor = loadActor(users, actorId);
        // 1. Role.
        requireRole(users, actor, step->actor, today, nullptr, actionDescription(step->action));
        // 2. Current step: a new complaint starts at the registering step.
        // 3. Requirements supplied by the complainant: met, or waived with a reason; and
        // 4. the form's fields. A value typed wrong is reported first, together with any
        // missing requirement, so that the officer sees everything to fix at once.
        QStringList missing;
        QHash<QString, RequirementOutcome> outcomes;
        for (const SopRequirement &requirement : step->requirements) {
            if (!requirement.fromComplainant())
                continue;
            const RequirementOutcome outcome = draft.requirements.value(requirement.code);
            if (!outcome.met && outcome.waiverReason.trimmed().isEmpty())
                missing << requirement.name;
            outcomes.insert(requirement.code,
                            RequirementOutcome{outcome.met, outcome.waiverReason.trimmed()});
        }
        const QString missingMessage =
            tr("Not shown: %1. For each requirement that the complainant cannot show, record the "
               "reason (e.g. \"complaint by SMS\").")
                .arg(missing.join(u", "_s));
        requirePlainText(deviationReason, tr("Reason for the deviation"));
        const DraftCheck check = checkDraft(draft, today);
        if (!check.ok()) {
            QStringList messages;
            Findings findings = check.findings;
            for (const Finding &f : check.findings) {
                if (f.severity == Finding::Severity::Error)
                    messages << f.message;
            }
            if (!missing.isEmpty()) {
                messages << missingMessage;
                findings << Finding{Finding::Severity::Error, u"requirements.missing"_s,
                                    missingMessage, u"requirements"_s};
            }
            throw Error(Error::Code::Invalid, messages.join(u'\n'), {}, findings);
        }
        if (!missing.isEmpty())
            throw Error(Error::Code::RequirementMissing, missingMessage);
        const ComplaintDraft &d = check.normalized;
        const QDateTime receivedAt = d.receivedAt.isValid() ? d.receivedAt.toUTC() : now;
        if (receivedAt > now.addSecs(60)) {
            throw Error(Error::Code::Invalid,
                        tr("The time received lies in the future. Enter when the complaint "
                           "reached the office."));
        }
        const QString classCode = d.classCode.isEmpty() && !settings.complaintClasses().isEmpty()
                                      ? settings.complaintClasses().constFirst().code
                                      : d.classCode;
        const auto cls = settings.complaintClass(classCode);
        if (!cls) {
            throw Error(Error::Code::Invalid,
                        tr("The complaint class \"%1\" is not known. Choose one from the list.")
                            .arg(classCode));
        }
        QList<NewAttachment> attachments;
        for (const AttachmentDraft &a : d.attachments)
            attachments << checkAttachment(a, settings.attachmentLimitBytes());
        if (d.relatedComplaintId > 0 && !complaints.load(d.relatedComplaintId, false)) {
            throw Error(Error::Code::NotFound, tr("The linked complaint does not exist."));
        }
        // 5. Deviation from the step's time target.
        const QDateTime opened = formOpenedAt.isValid() && formOpenedAt <= now ? formOpenedAt.toUTC()
                                                                                : now;
        StepClock clock;
        clock.targetSeconds = qint64(step->targetMinutes) * 60;
        clock.workedSeconds = calendar.workingSecondsBetween(opened, now);
        requireDeviationReason(clock, *step, deviationReason);

        // Write.
        const int seq = complaints.takeAgendaSequence(today.year());
        NewComplaintRow row;
        row.agendaSeq = seq;
        row.agendaYear = today.year();
        row.agendaNumber = agendanumber::format(settings.agendaPattern(), seq, today);
        row.sopRevisionId = sop->revisionId;
        row.draft = d;
        row.receivedAt = receivedAt;
        row.registeredAt = now;
        row.deadlineAt = calendar.deadlineAfterWorkingDays(receivedAt, cls->deadlineWorkingDays);
        row.classCode = cls->code;
        row.createdBy = actor.id;
        const qint64 id = complaints.insertComplaint(row);
        complaints.insertRequirementOutcomes(id, step->number, outcomes);
        complaints.insertEvidence(id, d.evidence);
        for (const NewAttachment &a : attachments)
            complaints.insertAttachment(id, a, actor.id, now);
        complaints.openStep(id, step->number, opened, step->targetMinutes);
        complaints.completeStep(id, StepCompletionRow{step->number, now, actor.id, false,
                                                      clock.workedSeconds, clock.late(),
                                                      clock.late() ? deviationReason.trimmed()
                                                                   : QString(),
                                                      {}});
        if (const SopStep *next = sop->nextStep(step->number))
            complaints.openStep(id, next->number, now, next->targetMinutes);

        QJsonObject created{{u"agendaNumber"_s, row.agendaNumber},
                            {u"channel"_s, channelCode(d.channel)},
                            {u"receivedAt"_s, toStorageTime(receivedAt)},
                            {u"confidentiality"_s, confidentialityCode(d.confidentiality)},
                            {u"subject"_s, d.subject},
                            {u"category"_s, d.category},
                            {u"class"_s, cls->code},
                            {u"sopRevision"_s, sop->revisionId}};
        if (d.confidentiality == Confidentiality::Public && d.complainant)
            created.insert(u"complainant"_s, d.complainant->name);
        created.insert(u"step"_s, stepJson(step->number, clock, deviationReason, false));
        audit.append(now, actor.id, u"register"_s, u"complaint"_s, id, {}, created);

        result.complaintId = id;
        result.agendaNumber = row.agendaNumber;
        result.workedSeconds = clock.workedSeconds;
        result.late = clock.late();
        for (const Finding &f : check.findings) {
            if (f.severity == Finding::Severity::Warning)
                result.warnings << f;
        }
    });
    return result;
}

Workflow::StepContext Workflow::beginStep(qint64 actorId, const ComplaintRef &ref,
                                          const QString &action, const QString &deviationReason)
{
    SettingsStore settings(m_db);
    const OfficeCalendar calendar = settings.calendar();
    StepContext ctx{UserStore(m_db),
                    ComplaintStore(m_db, calendar.timeZone()),
                    settings,
                    AuditLog(m_db),
                    m_clock.now(),
                    calendar,
                    {},
                    {},
                    {},
                    nullptr,
                    {},
                    false,
                    deviationReason.trimmed(),
                    {}};
    ctx.actor = loadActor(ctx.users, actorId);
    requirePlainText(deviationReason, tr("Reason for the deviation"));
    auto complaint = ctx.complaints.load(ref.id, true);
    if (!complaint)
        throw Error(Error::Code::NotFound, tr("This complaint does not exist."));
    ctx.complaint = *complaint;
    auto sop = settings.sopRevision(ctx.complaint.sopRevisionId);
    if (!sop)
        throw Error(Error::Code::Storage, tr("The complaint's SOP revision is missing."));
    ctx.sop = *sop;
    ctx.step = ctx.sop.stepForAction(action);
    if (!ctx.step) {
        throw Error(Error::Code::WrongStep,
                    tr("The SOP revision of this complaint has no step to %1.")
                        .arg(actionDescription(action)));
    }
    const QDate today = ctx.calendar.officeDate(ctx.now);
    // 1. Role (or the head's delegation).
    requireRole(ctx.users, ctx.actor, ctx.step->actor, today, &ctx.acting,
                actionDescription(action));
    // Somebody changed the complaint since the user loaded it.
    ctx.complaints.bumpVersion(ref.id, ref.expectedVersion);
    // 2. Current step.
    const ComplaintRecord &c = ctx.complaint;
    if (c.status() == ComplaintStatus::Voided) {
        throw Error(Error::Code::WrongStep,
                    tr("Complaint %1 was voided (%2); nothing more can be done on it.")
                        .arg(c.agendaNumber, c.voidReason));
    }
    const StepState *current = c.currentStep();
    if (!current) {
        throw Error(Error::Code::WrongStep,
                    tr("Complaint %1 is finished; no step is open.").arg(c.agendaNumber));
    }
    if (current->number != ctx.step->number) {
        throw Error(Error::Code::WrongStep,
                    tr("Complaint %1 is at step %2, not at step %3 (%4).")
                        .arg(c.agendaNumber)
                        .arg(current->number)
                        .arg(ctx.step->number)
                        .arg(actionDescription(action)));
    }
    if (c.isPaused()) {
        throw Error(Error::Code::WrongStep,
                    tr("Complaint %1 is on hold. Resume it first, then complete the step.")
                        .arg(c.agendaNumber));
    }
    // 3. Requirements: the outputs of earlier steps.
    QStringList missing;
    for (const SopRequirement &requirement : ctx.step->requirements) {
        if (!requirement.fromComplainant() && !hasOutput(c, ctx.sop, requirement.code))
            missing << requirement.name;
    }
    if (!missing.isEmpty()) {
        throw Error(Error::Code::RequirementMissing,
                    tr("This step needs %1 first.").arg(missing.join(u", "_s)));
    }
    ctx.clock = StepClock::of(c, *current, ctx.calendar, ctx.now);
    return ctx;
}

Workflow::Loaded Workflow::load(qint64 actorId, const ComplaintRef &ref,
                                const std::function<void(const User &)> &authorize)
{
    const OfficeCalendar calendar = SettingsStore(m_db).calendar();
    Loaded loaded{calendar, UserStore(m_db), ComplaintStore(m_db, calendar.timeZone()),
                  m_clock.now(), {}, {}};
    loaded.actor = loadActor(loaded.users, actorId);
    if (authorize)
        authorize(loaded.actor);
    const auto complaint = loaded.complaints.load(ref.id, true);
    if (!complaint)
        throw Error(Error::Code::NotFound, tr("This complaint does not exist."));
    loaded.complaint = *complaint;
    return loaded;
}

void Workflow::finishStep(StepContext &ctx, const QString &note)
{
    const qint64 id = ctx.complaint.id;
    ctx.complaints.completeStep(id, StepCompletionRow{ctx.step->number, ctx.now, ctx.actor.id,
                                                      ctx.acting, ctx.clock.workedSeconds,
                                                      ctx.clock.late(),
                                                      ctx.clock.late() ? ctx.deviationReason
                                                                       : QString(),
                                                      note.trimmed()});
    if (const SopStep *next = ctx.sop.nextStep(ctx.step->number))
        ctx.complaints.openStep(id, next->number, ctx.now, next->targetMinutes);
    QJsonObject change = ctx.output;
    change.insert(u"step"_s, stepJson(ctx.step->number, ctx.clock, ctx.deviationReason, ctx.acting));
    if (!note.trimmed().isEmpty())
        change.insert(u"note"_s, note.trimmed());
    ctx.audit.append(ctx.now, ctx.actor.id, ctx.step->action, u"complaint"_s, id, {}, change);
}

void Workflow::reportToHead(qint64 actorId, const ComplaintRef &ref, const QString &note,
                            const QString &deviationReason)
{
    m_db.write([&] {
        StepContext ctx = beginStep(actorId, ref, u"report"_s, deviationReason);
        requirePlainText(note, tr("Note"));
        requireDeviationReason(ctx.clock, *ctx.step, ctx.deviationReason);
        finishStep(ctx, note);
    });
}

void Workflow::dispose(qint64 actorId, const ComplaintRef &ref, const DispositionInput &input,
                       const QString &deviationReason)
{
    m_db.write([&] {
        StepContext ctx = beginStep(actorId, ref, u"dispose"_s, deviationReason);
        DispositionInput d = input;
        d.addressee = d.addressee.trimmed();
        d.note = d.note.trimmed();
        d.instructions.removeAll(QString());
        requirePlainText(d.note, tr("Note"));
        requirePlainText(d.addressee, tr("Addressed to"), TextShape::SingleLine);
        requirePlainTexts(d.instructions, tr("Instruction"));
        if (d.instructions.isEmpty() && d.note.isEmpty())
            incomplete(tr("Tick at least one instruction or write a note on the disposition."));
        if (d.addressee.isEmpty())
            incomplete(tr("Enter to whom the disposition is addressed."));
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
        StepContext ctx = beginStep(actorId, ref, u"decide"_s, deviationReason);
        DecisionInput d = input;
        d.decision = d.decision.trimmed();
        d.discussion = d.discussion.trimmed();
        d.attendees.removeAll(QString());
        requirePlainText(d.decision, tr("Decision"));
        requirePlainText(d.discussion, tr("Discussion"));
        requirePlainTexts(d.attendees, tr("Attendees"));
        if (d.referral) {
            requirePlainText(d.referral->reason, tr("Reason for the referral"));
            requirePlainText(d.referral->letterNumber, tr("Letter number"),
                             TextShape::SingleLine);
        }
        if (!d.meetingAt.isValid())
            incomplete(tr("Enter when the team met."));
        if (d.meetingAt > ctx.now.addSecs(60))
            incomplete(tr("The meeting time lies in the future."));
        if (d.attendees.isEmpty())
            incomplete(tr("List who attended the team's meeting."));
        if (d.decision.isEmpty())
            incomplete(tr("Write the team's decision."));
        std::optional<Agency> agency;
        if (!d.withinAuthority) {
            if (!d.referral || d.referral->agencyId <= 0)
                incomplete(tr("The complaint is not this office's authority: choose the agency "
                              "it is referred to."));
            d.referral->reason = d.referral->reason.trimmed();
            if (d.referral->reason.isEmpty())
                incomplete(tr("Write why the complaint is referred to another agency."));
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
        StepContext ctx = beginStep(actorId, ref, u"convey"_s, deviationReason);
        ResolutionReportInput r = input;
        r.method = r.method.trimmed();
        r.summary = r.summary.trimmed();
        r.complainantResponse = r.complainantResponse.trimmed();
        requirePlainText(r.method, tr("How the result was conveyed"), TextShape::SingleLine);
        requirePlainText(r.summary, tr("Result conveyed"));
        requirePlainText(r.complainantResponse, tr("Complainant's response"));
        if (r.method.isEmpty())
            incomplete(tr("Choose how the result was conveyed (in person, telephone, letter, ...)."));
        if (r.summary.isEmpty())
            incomplete(tr("Write the result that was conveyed to the complainant."));
        requireDeviationReason(ctx.clock, *ctx.step, ctx.deviationReason);
        ctx.complaints.insertResolutionReport(ctx.complaint.id, r, ctx.actor.id, ctx.now);
        ctx.output = {{u"method"_s, r.method},
                      {u"summary"_s, r.summary},
                      {u"complainantResponse"_s, r.complainantResponse}};
        finishStep(ctx, {});
    });
}

void Workflow::pause(qint64 actorId, const ComplaintRef &ref, const QString &reason)
{
    m_db.write([&] {
        Loaded l = load(actorId, ref);
        const ComplaintRecord &c = l.complaint;
        const StepState *current = c.currentStep();
        if (!current) {
            throw Error(Error::Code::WrongStep,
                        tr("Complaint %1 has no open step to put on hold.").arg(c.agendaNumber));
        }
        requireRole(l.users, l.actor, current->actor, l.calendar.officeDate(l.now), nullptr,
                    tr("put step %1 on hold").arg(current->number));
        l.complaints.bumpVersion(ref.id, ref.expectedVersion);
        if (c.isPaused()) {
            throw Error(Error::Code::WrongStep,
                        tr("Complaint %1 is already on hold.").arg(c.agendaNumber));
        }
        if (reason.trimmed().isEmpty())
            incomplete(tr("Write why the complaint is put on hold (what it waits for)."));
        requirePlainText(reason, tr("Reason for the hold"));
        l.complaints.insertPause(ref.id, current->number, l.now, l.actor.id, reason.trimmed());
        AuditLog(m_db).append(l.now, l.actor.id, u"pause"_s, u"complaint"_s, ref.id, {},
                              {{u"step"_s, current->number}, {u"reason"_s, reason.trimmed()}});
    });
}

void Workflow::resume(qint64 actorId, const ComplaintRef &ref, const QString &note)
{
    m_db.write([&] {
        Loaded l = load(actorId, ref);
        const ComplaintRecord &c = l.complaint;
        const StepState *current = c.currentStep();
        if (!current || !c.isPaused()) {
            throw Error(Error::Code::WrongStep,
                        tr("Complaint %1 is not on hold.").arg(c.agendaNumber));
        }
        requireRole(l.users, l.actor, current->actor, l.calendar.officeDate(l.now), nullptr,
                    tr("resume step %1").arg(current->number));
        l.complaints.bumpVersion(ref.id, ref.expectedVersion);
        requirePlainText(note, tr("Note"));
        for (const PauseRecord &p : c.pauses) {
            if (!p.resumedAt.isValid())
                l.complaints.resumePause(p.id, l.now, l.actor.id, note.trimmed());
        }
        AuditLog(m_db).append(l.now, l.actor.id, u"resume"_s, u"complaint"_s, ref.id, {},
                              {{u"step"_s, current->number}, {u"note"_s, note.trimmed()}});
    });
}

void Workflow::voidComplaint(qint64 actorId, const ComplaintRef &ref, const QString &reason)
{
    m_db.write([&] {
        Loaded l = load(actorId, ref, [](const User &actor) {
            requireClerk(actor, tr("Only the complaint officer, the secretary or the "
                                   "administrator can void a complaint."));
        });
        const ComplaintRecord &c = l.complaint;
        l.complaints.bumpVersion(ref.id, ref.expectedVersion);
        if (c.status() == ComplaintStatus::Voided) {
            throw Error(Error::Code::WrongStep,
                        tr("Complaint %1 is voided already.").arg(c.agendaNumber));
        }
        if (reason.trimmed().isEmpty())
            incomplete(tr("Write why the complaint is voided."));
        requirePlainText(reason, tr("Reason for voiding"));
        l.complaints.markVoided(ref.id, l.now, l.actor.id, reason.trimmed());
        AuditLog(m_db).append(l.now, l.actor.id, u"void"_s, u"complaint"_s, ref.id,
                              {{u"status"_s, statusCode(c.status())}},
                              {{u"status"_s, statusCode(ComplaintStatus::Voided)},
                               {u"reason"_s, reason.trimmed()}});
    });
}

void Workflow::amend(qint64 actorId, const ComplaintRef &ref, const ComplaintDraft &details)
{
    m_db.write([&] {
        Loaded l = load(actorId, ref, [](const User &actor) {
            requireClerk(actor, tr("Only the complaint officer, the secretary or the "
                                   "administrator can correct a complaint's details."));
        });
        const ComplaintRecord *c = &l.complaint;
        l.complaints.bumpVersion(ref.id, ref.expectedVersion);
        if (!c->currentStep()) {
            throw Error(Error::Code::WrongStep,
                        tr("Complaint %1 is finished or voided; its details can no longer be "
                           "changed.")
                            .arg(c->agendaNumber));
        }
        const DraftCheck check = checkDraft(details, l.calendar.officeDate(l.now));
        if (!check.ok()) {
            QStringList messages;
            for (const Finding &f : check.findings) {
                if (f.severity == Finding::Severity::Error)
                    messages << f.message;
            }
            throw Error(Error::Code::Invalid, messages.join(u'\n'), {}, check.findings);
        }
        const ComplaintDraft &d = check.normalized;
        auto fields = [](const ComplaintDraft &x, bool withIdentity) {
            QJsonObject o{{u"subject"_s, x.subject},
                          {u"description"_s, x.description},
                          {u"location"_s, x.location},
                          {u"category"_s, x.category},
                          {u"confidentiality"_s, confidentialityCode(x.confidentiality)}};
            if (withIdentity && x.complainant) {
                o.insert(u"complainantName"_s, x.complainant->name);
                o.insert(u"complainantPhone"_s, x.complainant->phone);
                o.insert(u"complainantNik"_s, x.complainant->nik);
                o.insert(u"complainantAddress"_s, x.complainant->address);
            }
            return o;
        };
        ComplaintDraft before;
        before.subject = c->subject;
        before.description = c->description;
        before.location = c->location;
        before.category = c->category;
        before.confidentiality = c->confidentiality;
        before.complainant = c->complainant;
        // Confidential identities stay out of the history.
        const bool identityInHistory = c->confidentiality == Confidentiality::Public
                                       && d.confidentiality == Confidentiality::Public;
        QJsonObject oldValue = fields(before, identityInHistory);
        QJsonObject newValue = fields(d, identityInHistory);
        for (const QString &key : oldValue.keys()) {
            if (oldValue.value(key) == newValue.value(key)) {
                oldValue.remove(key);
                newValue.remove(key);
            }
        }
        l.complaints.updateDetails(ref.id, d);
        AuditLog(m_db).append(l.now, l.actor.id, u"amend"_s, u"complaint"_s, ref.id, oldValue,
                              newValue);
    });
}

} // namespace aduan
