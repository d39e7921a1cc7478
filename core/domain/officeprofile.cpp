#include "domain/officeprofile.h"

using namespace Qt::StringLiterals;

namespace aduan {

QJsonObject OfficeProfile::toJson() const
{
    return QJsonObject{
        {u"government"_s, government},
        {u"officeName"_s, officeName},
        {u"address"_s, address},
        {u"city"_s, city},
        {u"headTitle"_s, headTitle},
        {u"headName"_s, headName},
        {u"headNip"_s, headNip},
        {u"emblemPng"_s, QString::fromLatin1(emblemPng.toBase64())},
    };
}

OfficeProfile OfficeProfile::fromJson(const QJsonObject &json)
{
    OfficeProfile p;
    p.government = json.value(u"government"_s).toString(p.government);
    p.officeName = json.value(u"officeName"_s).toString(p.officeName);
    p.address = json.value(u"address"_s).toString();
    p.city = json.value(u"city"_s).toString(p.city);
    p.headTitle = json.value(u"headTitle"_s).toString(p.headTitle);
    p.headName = json.value(u"headName"_s).toString();
    p.headNip = json.value(u"headNip"_s).toString();
    p.emblemPng = QByteArray::fromBase64(json.value(u"emblemPng"_s).toString().toLatin1());
    return p;
}

} // namespace aduan
