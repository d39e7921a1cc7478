#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace aduan {

/// The engine command that completes a step of the SOP (SopStep::action): Mengagendakan (step 1),
/// reporting to the head (2), the disposition (3), the team's decision (4), conveying the result
/// (5). The SOP definition names each step's action by its code; the engine looks steps up by
/// it, so no step number is written in C++.
enum class StepAction {
    Register, ///< "register": Workflow::registerComplaint()
    Report,   ///< "report": Workflow::reportToHead()
    Dispose,  ///< "dispose": Workflow::dispose()
    Decide,   ///< "decide": Workflow::decide() / refer()
    Convey,   ///< "convey": Workflow::conveyResult()
};

/// Every action, in the order of the procedure of 19 January 2024.
QList<StepAction> allStepActions();
/// The code written in the SOP definition (resources/sop/*.json), stored with each step record
/// and used as the audit entry's action: "register", "report", "dispose", "decide", "convey".
QString stepActionCode(StepAction action);
/// Parses a code written by stepActionCode(); std::nullopt for an unknown code.
std::optional<StepAction> stepActionFromCode(const QString &code);

} // namespace aduan
