#include "sop/sopdefinition.h"
#include "sop/stepaction.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

[[noreturn]] void fail(const QString &what)
{
    throw Error(Error::Code::Invalid,
                QCoreApplication::translate("aduan::Sop", "The SOP definition is not valid: %1")
                    .arg(what));
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out << item.toString();
    return out;
}

QDate date(const QJsonObject &object, const QString &key, bool required)
{
    const QString text = object.value(key).toString();
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (required && !parsed.isValid())
        fail(u"\"%1\" must be a date (yyyy-MM-dd), not \"%2\""_s.arg(key, text));
    return parsed;
}

} // namespace

bool SopRequirement::fromComplainant() const
{
    return source == u"complainant"_s;
}

const SopStep *SopDefinition::stepForAction(const QString &action) const
{
    for (const SopStep &s : steps) {
        if (s.action == action)
            return &s;
    }
    return nullptr;
}

const SopStep *SopDefinition::step(int number) const
{
    for (const SopStep &s : steps) {
        if (s.number == number)
            return &s;
    }
    return nullptr;
}

const SopStep *SopDefinition::nextStep(int number) const
{
    for (qsizetype i = 0; i + 1 < steps.size(); ++i) {
        if (steps[i].number == number)
            return &steps[i + 1];
    }
    return nullptr;
}

int SopDefinition::totalTargetMinutes() const
{
    int total = 0;
    for (const SopStep &s : steps)
        total += s.targetMinutes;
    return total;
}

SopDefinition SopDefinition::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        fail(u"not a JSON object (%1)"_s.arg(parseError.errorString()));
    const QJsonObject root = document.object();

    SopDefinition sop;
    sop.json = json;
    sop.office = root.value(u"office"_s).toString();
    sop.number = root.value(u"number"_s).toString();
    sop.name = root.value(u"name"_s).toString();
    if (sop.name.isEmpty())
        fail(u"\"name\" is missing"_s);
    sop.createdOn = date(root, u"createdOn"_s, false);
    sop.revisedOn = date(root, u"revisedOn"_s, false);
    sop.approvedOn = date(root, u"approvedOn"_s, false);
    sop.effectiveFrom = date(root, u"effectiveFrom"_s, true);
    const QJsonObject approver = root.value(u"approvedBy"_s).toObject();
    sop.approverTitle = approver.value(u"title"_s).toString();
    sop.approverName = approver.value(u"name"_s).toString();
    sop.approverNip = approver.value(u"nip"_s).toString();
    sop.legalBasis = stringList(root.value(u"legalBasis"_s));
    sop.qualifications = stringList(root.value(u"qualifications"_s));
    sop.related = stringList(root.value(u"related"_s));
    sop.equipment = stringList(root.value(u"equipment"_s));
    sop.warnings = stringList(root.value(u"warnings"_s));
    sop.recording = stringList(root.value(u"recording"_s));

    QSet<QString> seenActions;
    QSet<QString> producedOutputs;
    const QJsonArray steps = root.value(u"steps"_s).toArray();
    if (steps.isEmpty())
        fail(u"it has no steps"_s);
    for (const QJsonValue &value : steps) {
        const QJsonObject object = value.toObject();
        SopStep step;
        step.number = object.value(u"number"_s).toInt();
        if (step.number != sop.steps.size() + 1)
            fail(u"step %1 is out of order"_s.arg(step.number));
        step.action = object.value(u"action"_s).toString();
        if (!stepActionFromCode(step.action) || seenActions.contains(step.action))
            fail(u"step %1 has an unknown or repeated action \"%2\""_s.arg(step.number)
                     .arg(step.action));
        seenActions.insert(step.action);
        step.activity = object.value(u"activity"_s).toString();
        const auto actor = roleFromCode(object.value(u"actor"_s).toString());
        if (!actor || *actor == Role::Admin)
            fail(u"step %1 has no valid actor"_s.arg(step.number));
        step.actor = *actor;
        step.targetMinutes = object.value(u"targetMinutes"_s).toInt();
        if (step.targetMinutes <= 0)
            fail(u"step %1 needs a positive time target in minutes"_s.arg(step.number));
        for (const QJsonValue &r : object.value(u"requirements"_s).toArray()) {
            const QJsonObject ro = r.toObject();
            SopRequirement requirement{ro.value(u"code"_s).toString(),
                                       ro.value(u"name"_s).toString(),
                                       ro.value(u"source"_s).toString()};
            if (requirement.source != u"complainant"_s && requirement.source != u"output"_s)
                fail(u"requirement \"%1\" of step %2 has an unknown source"_s
                         .arg(requirement.code)
                         .arg(step.number));
            if (requirement.source == u"output"_s && !producedOutputs.contains(requirement.code))
                fail(u"step %1 requires \"%2\", which no earlier step produces"_s
                         .arg(step.number)
                         .arg(requirement.code));
            step.requirements << requirement;
        }
        for (const QJsonValue &o : object.value(u"outputs"_s).toArray()) {
            const QJsonObject oo = o.toObject();
            step.outputs << SopOutput{oo.value(u"code"_s).toString(),
                                      oo.value(u"name"_s).toString()};
            producedOutputs.insert(step.outputs.constLast().code);
        }
        sop.steps << step;
    }
    const QString registering = stepActionCode(StepAction::Register);
    if (!seenActions.contains(registering))
        fail(u"no step registers the complaint"_s);
    if (sop.steps.constFirst().action != registering)
        fail(u"the first step must register the complaint"_s);
    return sop;
}

SopDefinition SopDefinition::builtIn()
{
    QFile file(u":/aduan/sop/sop-2024-01-19.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        fail(u"the built-in SOP resource is missing"_s);
    return fromJson(file.readAll());
}

} // namespace aduan
