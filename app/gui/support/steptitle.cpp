#include "support/steptitle.h"

#include "session/session.h"
#include "storage/settingsstore.h"

#include <QCoreApplication>

#include <exception>
#include <optional>

namespace aduan::gui::steptitle {

namespace {

std::optional<SopStep> stepInForce(const Session &session, StepAction action)
{
    try {
        const auto sop = SettingsStore(session.database()).sopRevisionInForce(session.officeToday());
        if (sop) {
            if (const SopStep *step = sop->stepForAction(action))
                return *step;
        }
    } catch (const std::exception &) {
        // The label falls back to the action's name; the page shows the database problem.
    }
    return std::nullopt;
}

} // namespace

QString inForce(const Session &session, StepAction action)
{
    const auto step = stepInForce(session, action);
    if (!step)
        return stepActionCode(action);
    return QCoreApplication::translate("aduan::gui::StepTitle", "Step %1 · %2")
        .arg(step->number)
        .arg(step->activity);
}

int numberInForce(const Session &session, StepAction action)
{
    const auto step = stepInForce(session, action);
    return step ? step->number : 0;
}

} // namespace aduan::gui::steptitle
