#include "sop/sopedit.h"

#include "sop/stepaction.h"

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

QString folded(const QString &name)
{
    return name.simplified().toCaseFolded();
}

/// "Lembar Disposisi Baru" -> "lembar_disposisi_baru".
QString codeOf(const QString &name)
{
    QString code;
    for (const QChar c : folded(name)) {
        if (c.isLetterOrNumber())
            code += c;
        else if (!code.endsWith(u'_'))
            code += u'_';
    }
    while (code.endsWith(u'_'))
        code.chop(1);
    return code;
}

} // namespace

QList<SopStep> stepsFromEntries(const SopDefinition &base, const QList<SopStepEntry> &entries)
{
    QList<SopStep> steps;
    QList<SopOutput> earlierOutputs;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const SopStepEntry &entry = entries.at(i);
        const SopStep *copied = i < base.steps.size() ? &base.steps.at(i) : nullptr;
        SopStep step;
        step.number = int(i + 1);
        step.action = copied ? copied->action : QString();
        step.activity = entry.activity.simplified();
        step.actor = entry.actor;
        step.targetMinutes = entry.targetMinutes;
        const bool registering = step.action == stepActionCode(StepAction::Register);
        for (qsizetype r = 0; r < entry.requirements.size(); ++r) {
            const QString name = entry.requirements.at(r).simplified();
            if (name.isEmpty())
                continue;
            if (registering) {
                const bool kept = copied && r < copied->requirements.size()
                                  && copied->requirements.at(r).fromComplainant();
                step.requirements << SopRequirement{
                    kept ? copied->requirements.at(r).code : codeOf(name), name, u"complainant"_s};
                continue;
            }
            QString code = codeOf(name);
            for (const SopOutput &o : earlierOutputs) {
                if (folded(o.name) == folded(name))
                    code = o.code;
            }
            step.requirements << SopRequirement{code, name, u"output"_s};
        }
        for (qsizetype o = 0; o < entry.outputs.size(); ++o) {
            const QString name = entry.outputs.at(o).simplified();
            if (name.isEmpty())
                continue;
            const bool kept = copied && o < copied->outputs.size();
            step.outputs << SopOutput{kept ? copied->outputs.at(o).code : codeOf(name), name};
        }
        earlierOutputs += step.outputs;
        steps << step;
    }
    return steps;
}

} // namespace aduan
