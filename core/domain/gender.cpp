#include "domain/gender.h"

using namespace Qt::StringLiterals;

namespace aduan {

QString genderCode(Gender gender)
{
    switch (gender) {
    case Gender::Male: return u"L"_s;
    case Gender::Female: return u"P"_s;
    case Gender::Unknown: break;
    }
    return {};
}

Gender genderFromCode(const QString &code)
{
    if (code == u"L"_s)
        return Gender::Male;
    if (code == u"P"_s)
        return Gender::Female;
    return Gender::Unknown;
}

} // namespace aduan
