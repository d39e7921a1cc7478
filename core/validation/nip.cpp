#include "nip.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

Finding nipFinding(Finding::Severity severity, const QString& code, const QString& message)
{
    return Finding{severity, code, message, u"nip"_s};
}

QString quotedList(const QList<char32_t>& chars)
{
    QStringList parts;
    for (char32_t c : chars)
        parts.append(u'"' + QString::fromUcs4(&c, 1) + u'"');
    return parts.join(u", "_s);
}

bool isAsciiDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

} // namespace

NipCheck checkNip(const QString& input)
{
    NipCheck result;

    QString digits;
    QList<char32_t> invalid;
    for (char32_t c : input.toUcs4()) {
        if (c >= U'0' && c <= U'9')
            digits.append(QChar(char16_t(c)));
        else if (QChar::isSpace(c))
            continue;
        else if (!invalid.contains(c))
            invalid.append(c);
    }

    if (!invalid.isEmpty()) {
        result.findings.append(nipFinding(
            Finding::Severity::Error, u"nip.characters"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "The NIP contains characters that are not digits: %1. A NIP has only the digits "
                "0-9 (spaces between the groups are allowed). Retype it from the civil servant's "
                "decree or ID card.")
                .arg(quotedList(invalid))));
        return result;
    }
    if (digits.isEmpty()) {
        result.findings.append(nipFinding(
            Finding::Severity::Error, u"nip.empty"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "No NIP was entered. Type the 18-digit NIP from the civil servant's decree or ID "
                "card.")));
        return result;
    }
    if (digits.size() != 18) {
        result.findings.append(nipFinding(
            Finding::Severity::Error, u"nip.length"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "A NIP has 18 digits; this one has %1. Check the number on the civil servant's "
                "decree or ID card and correct it.")
                .arg(digits.size())));
        return result;
    }

    const QStringView d(digits);
    const QDate birthDate(d.mid(0, 4).toInt(), d.mid(4, 2).toInt(), d.mid(6, 2).toInt());
    const int appointmentYear = d.mid(8, 4).toInt();
    const int appointmentMonth = d.mid(12, 2).toInt();
    const int genderDigit = d.mid(14, 1).toInt();
    const int serial = d.mid(15, 3).toInt();

    if (!birthDate.isValid()) {
        result.findings.append(nipFinding(
            Finding::Severity::Error, u"nip.date"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "The NIP's first 8 digits are the birth date (year, month, day), but %1 is not a "
                "real date. Check the number on the civil servant's decree or ID card and "
                "correct it.")
                .arg(d.mid(0, 8))));
    }
    if (appointmentMonth < 1 || appointmentMonth > 12) {
        result.findings.append(nipFinding(
            Finding::Severity::Error, u"nip.appointment"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "The NIP's digits 9-14 are the appointment year and month, but the month is %1; "
                "a month is 01 to 12. Check the number on the civil servant's decree or ID card "
                "and correct it.")
                .arg(d.mid(12, 2))));
    }
    Gender gender = Gender::Unknown;
    if (genderDigit == 1) {
        gender = Gender::Male;
    } else if (genderDigit == 2) {
        gender = Gender::Female;
    } else {
        result.findings.append(nipFinding(
            Finding::Severity::Error, u"nip.gender"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "The NIP's 15th digit is %1, but it must be 1 (man) or 2 (woman). Check the "
                "number on the civil servant's decree or ID card and correct it.")
                .arg(genderDigit)));
    }
    if (serial == 0) {
        result.findings.append(nipFinding(
            Finding::Severity::Error, u"nip.serial"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "The NIP's last three digits (the serial number) are 000, which is never issued. "
                "Check the number on the civil servant's decree or ID card and correct it.")));
    }

    if (birthDate.isValid() && appointmentMonth >= 1 && appointmentMonth <= 12) {
        const int appointment = appointmentYear * 12 + appointmentMonth;
        const int adulthood = (birthDate.year() + 18) * 12 + birthDate.month();
        if (appointment < adulthood) {
            result.findings.append(nipFinding(
                Finding::Severity::Warning, u"nip.age"_s,
                QCoreApplication::translate(
                    "aduan::Validation",
                    "The NIP says the civil servant was appointed in %1 (month-year), before "
                    "turning 18 (born %2, day-month-year). Check the number on the decree or ID "
                    "card; if it is right as printed, accept this warning.")
                    .arg(u"%1-%2"_s.arg(appointmentMonth, 2, 10, QChar(u'0'))
                             .arg(appointmentYear, 4, 10, QChar(u'0')),
                         birthDate.toString(u"dd-MM-yyyy"))));
        }
    }

    if (result.ok())
        result.info = NipInfo{digits, birthDate, appointmentYear, appointmentMonth, gender, serial};
    return result;
}

QString formatNip(const QString& digits)
{
    if (digits.size() != 18 || !isAsciiDigits(digits))
        return digits;
    const QStringView d(digits);
    return d.mid(0, 8) + u' ' + d.mid(8, 6) + u' ' + d.mid(14, 1) + u' ' + d.mid(15, 3);
}

} // namespace aduan
