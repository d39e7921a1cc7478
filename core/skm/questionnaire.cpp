#include "skm/questionnaire.h"

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
                QCoreApplication::translate("aduan::Skm",
                                            "The SKM questionnaire is not valid: %1")
                    .arg(what));
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out << item.toString();
    return out;
}

} // namespace

const SkmElement *SkmQuestionnaire::element(const QString &code) const
{
    for (const SkmElement &e : elements) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}

SkmQuestionnaire SkmQuestionnaire::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        fail(error.errorString());
    const QJsonObject o = doc.object();
    SkmQuestionnaire q;
    q.json = json;
    q.version = o.value(u"version"_s).toString();
    q.title = o.value(u"title"_s).toString();
    q.source = o.value(u"source"_s).toString();
    q.service = o.value(u"service"_s).toString();
    q.effectiveFrom = QDate::fromString(o.value(u"effective_from"_s).toString(), Qt::ISODate);
    if (q.version.isEmpty())
        fail(u"\"version\" is missing"_s);
    if (!q.effectiveFrom.isValid())
        fail(u"\"effective_from\" must be a date (yyyy-MM-dd)"_s);
    QSet<QString> codes;
    for (const QJsonValue &value : o.value(u"elements"_s).toArray()) {
        const QJsonObject e = value.toObject();
        SkmElement element{e.value(u"code"_s).toString(), e.value(u"name"_s).toString(),
                           e.value(u"question"_s).toString(), stringList(e.value(u"answers"_s))};
        if (element.code.isEmpty() || codes.contains(element.code))
            fail(u"element codes must be given and unique (\"%1\")"_s.arg(element.code));
        if (element.name.isEmpty() || element.question.isEmpty())
            fail(u"element %1 needs a name and a question"_s.arg(element.code));
        if (element.answers.size() != 4)
            fail(u"element %1 needs exactly four answers (scale 1-4)"_s.arg(element.code));
        codes.insert(element.code);
        q.elements << element;
    }
    if (q.elements.isEmpty())
        fail(u"no elements"_s);
    const QJsonObject profile = o.value(u"profile"_s).toObject();
    q.ageGroups = stringList(profile.value(u"age_group"_s));
    q.sexes = stringList(profile.value(u"sex"_s));
    q.educations = stringList(profile.value(u"education"_s));
    q.occupations = stringList(profile.value(u"occupation"_s));
    return q;
}

SkmQuestionnaire SkmQuestionnaire::builtIn()
{
    QFile file(u":/aduan/skm/skm-2024-01-19.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        fail(u"the built-in questionnaire is missing from the program"_s);
    return fromJson(file.readAll());
}

} // namespace aduan
