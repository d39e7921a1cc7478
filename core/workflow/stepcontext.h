#pragma once
// Internal to the workflow engine (core/workflow/*.cpp): what a command has read before it
// writes, and the checks every command shares. Not part of the library's interface.

#include "workflow/workflow.h"

#include "calendar/officecalendar.h"
#include "sop/sopdefinition.h"
#include "storage/auditlog.h"
#include "storage/complaintstore.h"
#include "storage/settingsstore.h"
#include "storage/userstore.h"
#include "workflow/stepclock.h"

#include <QJsonObject>

namespace aduan {

/// A step command's reading: the stores, the time, the actor, the complaint, its SOP revision
/// and step, the step's clock; `output` is what the audit entry records of the step's output.
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
    QString deviationReason; ///< trimmed
    QJsonObject output;
};

/// The reading of a command that is not a step (pause, resume, void, amend).
struct Workflow::Loaded {
    OfficeCalendar calendar;
    UserStore users;
    ComplaintStore complaints;
    QDateTime now;
    User actor;
    ComplaintRecord complaint;
};

namespace workflowrules {

/// A sentence of the engine (translation context "aduan::Workflow").
QString tr(const char *text);

/// Voiding and correcting a complaint are for the front office (mayCorrectComplaint()).
/// Throws Error(Forbidden) with `message`.
void requireClerk(const User &actor, const QString &message);

/// Whether `user` may act as `role` on `officeDate` (office date); sets `acting` when only a
/// delegation (Plh.) allows it. Throws Error(Forbidden) naming the role needed (`what` is the
/// command in words) and the roles held.
void requireRole(UserStore &users, const User &user, Role role, QDate officeDate, bool *acting,
                 const QString &what);

/// The command completing a step (its SOP action), in words: "sign a disposition", ...
QString actionDescription(const QString &action);

/// Whether an output (by code) exists: some completed step of the revision produced it.
bool hasOutput(const ComplaintRecord &c, const SopDefinition &sop, const QString &code);

/// SOP warning 3: a step past its target needs a reason. Throws
/// Error(DeviationReasonRequired) stating the time used and the target (minutes).
void requireDeviationReason(const StepClock &clock, const SopStep &step, const QString &reason);

/// Throws Error(OutputIncomplete) with `message`.
[[noreturn]] void incomplete(const QString &message);

/// Throws Error(Invalid) with the error findings' messages, one a line, and `findings`.
[[noreturn]] void refuseDraft(const Findings &findings);

/// The audit entry's record of a completed step: its number, worked and target seconds,
/// whether late, the deviation reason, whether an acting head signed.
QJsonObject stepJson(int number, const StepClock &clock, const QString &reason, bool acting);

} // namespace workflowrules
} // namespace aduan
