#include "workflow/stepcontext.h"

#include "auth/whomayact.h"
#include "sop/stepaction.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/error.h"
#include "validation/plaintext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace aduan {

namespace workflowrules {

QString tr(const char *text)
{
    return QCoreApplication::translate("aduan::Workflow", text);
}


void requireClerk(const User &actor, const QString &message)
{
    if (!mayCorrectComplaint(actor))
        throw Error(Error::Code::Forbidden, message);
}

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
    const auto known = stepActionFromCode(action);
    if (!known)
        return action;
    switch (*known) {
    case StepAction::Register: return QCoreApplication::translate("aduan::Workflow", "register a complaint");
    case StepAction::Report: return QCoreApplication::translate("aduan::Workflow", "report a complaint to the head");
    case StepAction::Dispose: return QCoreApplication::translate("aduan::Workflow", "sign a disposition");
    case StepAction::Decide: return QCoreApplication::translate("aduan::Workflow", "record the team's decision");
    case StepAction::Convey: return QCoreApplication::translate("aduan::Workflow", "convey the result to the complainant");
    }
    return action;
}

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
                stepTimeSummary(step.number, clock) + u' '
                    + QCoreApplication::translate("aduan::Workflow",
                                                  "Record the reason for the deviation (SOP: "
                                                  "every deviation from the standard must be "
                                                  "accounted for)."));
}

[[noreturn]] void incomplete(const QString &message)
{
    throw Error(Error::Code::OutputIncomplete, message);
}

[[noreturn]] void refuseDraft(const Findings &findings)
{
    QStringList messages;
    for (const Finding &f : findings) {
        if (f.severity == Finding::Severity::Error)
            messages << f.message;
    }
    throw Error(Error::Code::Invalid, messages.join(u'\n'), {}, findings);
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

} // namespace workflowrules

using namespace workflowrules;

Workflow::StepContext Workflow::newContext(const QString &deviationReason)
{
    SettingsStore settings(m_db);
    // The settings a step reads, in one statement (the agenda pattern only registering needs).
    settings.readAhead({u"calendar"_s, u"agenda_pattern"_s});
    const OfficeCalendar calendar = settings.calendar();
    return StepContext{UserStore(m_db),
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
}

Workflow::StepContext Workflow::beginStep(qint64 actorId, const ComplaintRef &ref,
                                          const QString &action, const QString &deviationReason)
{
    StepContext ctx = newContext(deviationReason);
    ctx.actor = requireActiveUser(ctx.users, actorId);
    requirePlainText(deviationReason, tr("Reason for the deviation"));
    auto complaint = ctx.complaints.load(ref.id, true);
    if (!complaint)
        throw Error(Error::Code::NotFound, tr("This complaint does not exist."));
    ctx.complaint = *complaint;
    auto sop = ctx.settings.sopRevision(ctx.complaint.sopRevisionId);
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
    loaded.actor = requireActiveUser(loaded.users, actorId);
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
    std::optional<ComplaintStore::NextStep> opened;
    if (const SopStep *next = ctx.sop.nextStep(ctx.step->number))
        opened = ComplaintStore::NextStep{next->number, next->targetMinutes};
    ctx.complaints.completeStep(id,
                                StepCompletionRow{ctx.step->number, ctx.now, ctx.actor.id,
                                                  ctx.acting, ctx.clock.workedSeconds,
                                                  ctx.clock.late(),
                                                  ctx.clock.late() ? ctx.deviationReason
                                                                   : QString(),
                                                  note.trimmed()},
                                opened);
    if (!opened) // the last step: the complaint is closed (its stored closing instant, migration 8)
        ctx.complaints.setClosedAt(id, ctx.now);
    QJsonObject change = ctx.output;
    change.insert(u"step"_s, stepJson(ctx.step->number, ctx.clock, ctx.deviationReason, ctx.acting));
    if (!note.trimmed().isEmpty())
        change.insert(u"note"_s, note.trimmed());
    ctx.audit.append(ctx.now, ctx.actor.id, ctx.step->action, u"complaint"_s, id, {}, change);
}

} // namespace aduan
