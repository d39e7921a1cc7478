#include "sop/sopdefinition.h"
#include "sop/sopcheck.h"
#include "sop/stepaction.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

[[noreturn]] void fail(const QString &what, const Findings &findings = {})
{
    throw Error(Error::Code::Invalid,
                QCoreApplication::translate("aduan::Sop", "The SOP definition is not valid: %1")
                    .arg(what),
                {}, findings);
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
    if ((required || !text.isEmpty()) && !parsed.isValid())
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

    const QJsonArray steps = root.value(u"steps"_s).toArray();
    for (const QJsonValue &value : steps) {
        const QJsonObject object = value.toObject();
        SopStep step;
        step.number = object.value(u"number"_s).toInt();
        step.action = object.value(u"action"_s).toString();
        step.activity = object.value(u"activity"_s).toString();
        const QString actorCode = object.value(u"actor"_s).toString();
        const auto actor = roleFromCode(actorCode);
        if (!actor) {
            fail(QCoreApplication::translate(
                     "aduan::Sop",
                     "step %1 has the unknown actor \"%2\"; use officer, secretary, head or team")
                     .arg(step.number)
                     .arg(actorCode));
        }
        step.actor = *actor;
        step.targetMinutes = object.value(u"targetMinutes"_s).toInt();
        for (const QJsonValue &r : object.value(u"requirements"_s).toArray()) {
            const QJsonObject ro = r.toObject();
            step.requirements << SopRequirement{ro.value(u"code"_s).toString(),
                                                ro.value(u"name"_s).toString(),
                                                ro.value(u"source"_s).toString()};
        }
        for (const QJsonValue &o : object.value(u"outputs"_s).toArray()) {
            const QJsonObject oo = o.toObject();
            step.outputs << SopOutput{oo.value(u"code"_s).toString(),
                                      oo.value(u"name"_s).toString()};
        }
        sop.steps << step;
    }
    const Findings findings = checkSopRevision(sop);
    if (!findings.isEmpty())
        fail(findings.constFirst().message, findings);
    return sop;
}

QByteArray SopDefinition::toJson() const
{
    auto list = [](const QStringList &items) { return QJsonArray::fromStringList(items); };
    auto day = [](QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    QJsonArray stepArray;
    for (const SopStep &s : steps) {
        QJsonArray requirements;
        for (const SopRequirement &r : s.requirements) {
            requirements << QJsonObject{
                {u"code"_s, r.code}, {u"name"_s, r.name}, {u"source"_s, r.source}};
        }
        QJsonArray outputs;
        for (const SopOutput &o : s.outputs)
            outputs << QJsonObject{{u"code"_s, o.code}, {u"name"_s, o.name}};
        stepArray << QJsonObject{{u"number"_s, s.number},
                                 {u"action"_s, s.action},
                                 {u"activity"_s, s.activity},
                                 {u"actor"_s, roleCode(s.actor)},
                                 {u"requirements"_s, requirements},
                                 {u"targetMinutes"_s, s.targetMinutes},
                                 {u"outputs"_s, outputs}};
    }
    const QJsonObject root{
        {u"format"_s, 1},
        {u"office"_s, office},
        {u"number"_s, number},
        {u"name"_s, name},
        {u"createdOn"_s, day(createdOn)},
        {u"revisedOn"_s, day(revisedOn)},
        {u"approvedOn"_s, day(approvedOn)},
        {u"effectiveFrom"_s, day(effectiveFrom)},
        {u"approvedBy"_s,
         QJsonObject{{u"title"_s, approverTitle}, {u"name"_s, approverName}, {u"nip"_s, approverNip}}},
        {u"legalBasis"_s, list(legalBasis)},
        {u"qualifications"_s, list(qualifications)},
        {u"related"_s, list(related)},
        {u"equipment"_s, list(equipment)},
        {u"warnings"_s, list(warnings)},
        {u"recording"_s, list(recording)},
        {u"steps"_s, stepArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

SopDefinition SopDefinition::builtIn()
{
    QFile file(u":/aduan/sop/sop-2024-01-19.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        fail(u"the built-in SOP resource is missing"_s);
    return fromJson(file.readAll());
}

} // namespace aduan
