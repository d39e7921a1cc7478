#include "sop/stepaction.h"

using namespace Qt::StringLiterals;

namespace aduan {

QList<StepAction> allStepActions()
{
    return {StepAction::Register, StepAction::Report, StepAction::Dispose, StepAction::Decide,
            StepAction::Convey};
}

QString stepActionCode(StepAction action)
{
    switch (action) {
    case StepAction::Register: return u"register"_s;
    case StepAction::Report: return u"report"_s;
    case StepAction::Dispose: return u"dispose"_s;
    case StepAction::Decide: return u"decide"_s;
    case StepAction::Convey: return u"convey"_s;
    }
    return {};
}

std::optional<StepAction> stepActionFromCode(const QString &code)
{
    for (StepAction action : allStepActions()) {
        if (stepActionCode(action) == code)
            return action;
    }
    return std::nullopt;
}

} // namespace aduan
