#include "phone.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

Finding phoneFinding(Finding::Severity severity, const QString& code, const QString& message)
{
    return Finding{severity, code, message, u"phone"_s};
}

bool isAsciiDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c.category() == QChar::Punctuation_Dash || c == u'.' || c == u'('
        || c == u')';
}

/// The digits after +62 of a valid Indonesian number (see normalizePhone()).
bool isValidNationalNumber(QStringView national)
{
    if (national.size() < 8 || national.size() > 12 || !isAsciiDigits(national))
        return false;
    if (national.front() == u'0')
        return false;
    if (national.front() == u'8' && national.size() < 9)
        return false;
    return true;
}

} // namespace

QString phoneStoredPrefix(const QString& input)
{
    QString compact;
    for (QChar c : input) {
        if (!isSeparator(c))
            compact.append(c);
    }
    if (compact.startsWith(u'0'))
        return u"+62"_s + QStringView(compact).mid(1);
    if (compact.startsWith(u"62"_s))
        return u'+' + compact;
    return compact;
}

PhoneCheck normalizePhone(const QString& input)
{
    PhoneCheck result;

    const QString stored = phoneStoredPrefix(input);
    if (stored.isEmpty()) {
        result.findings.append(phoneFinding(
            Finding::Severity::Error, u"phone.empty"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "No phone number was entered. Type the number the complainant gives, starting "
                "with 0 (for example 0812 3456 7801, or 0342 801234 for a landline).")));
        return result;
    }

    const QStringView c(stored);
    QStringView national;
    bool indonesian = true;
    if (c.startsWith(u"+62"))
        national = c.mid(3);
    else if (c.startsWith(u'+'))
        indonesian = false;

    if (indonesian && isValidNationalNumber(national)) {
        result.normalized = u"+62"_s;
        result.normalized.append(national);
        return result;
    }

    const QStringView foreignDigits = c.mid(1);
    if (!indonesian && foreignDigits.size() >= 7 && foreignDigits.size() <= 15
        && isAsciiDigits(foreignDigits) && foreignDigits.front() != u'0') {
        result.normalized = stored;
        result.findings.append(phoneFinding(
            Finding::Severity::Warning, u"phone.foreign"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "%1 is a foreign phone number (it does not start with +62 or 0). It is kept as "
                "typed; check it with the complainant, or accept this warning.")
                .arg(input.trimmed())));
        return result;
    }

    result.findings.append(phoneFinding(
        Finding::Severity::Error, u"phone.invalid"_s,
        QCoreApplication::translate(
            "aduan::Validation",
            "%1 is not a valid Indonesian phone number. Type it starting with 0 (for example "
            "0812 3456 7801, or 0342 801234 for a landline), or + and the country code for a "
            "foreign one.")
            .arg(input.trimmed())));
    return result;
}

} // namespace aduan
