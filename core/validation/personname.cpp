#include "personname.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

Finding nameFinding(const QString& code, const QString& message)
{
    return Finding{Finding::Severity::Error, code, message, u"name"_s};
}

} // namespace

NameCheck checkPersonName(const QString& input)
{
    NameCheck result;
    result.normalized = input.simplified();

    if (result.normalized.isEmpty()) {
        result.findings.append(nameFinding(
            u"name.empty"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "No name was entered. Type the person's name as written on the identity card "
                "(KTP) or as they say it.")));
        return result;
    }

    const QList<uint> codePoints = result.normalized.toUcs4();
    bool hasLetter = false;
    for (uint c : codePoints) {
        if (QChar::isLetter(char32_t(c))) {
            hasLetter = true;
            break;
        }
    }
    if (!hasLetter) {
        result.findings.append(nameFinding(
            u"name.letters"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "The name \"%1\" has no letters. Type the person's name in letters, as written "
                "on the identity card (KTP) or as they say it.")
                .arg(result.normalized)));
    }
    if (codePoints.size() > kMaxPersonNameLength) {
        result.findings.append(nameFinding(
            u"name.length"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "The name has %1 characters, but at most %2 fit on the forms. Shorten it, for "
                "example by abbreviating a middle name as on the identity card (KTP).")
                .arg(codePoints.size())
                .arg(kMaxPersonNameLength)));
    }
    return result;
}

} // namespace aduan
