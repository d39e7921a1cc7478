#include "nik.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace aduan {

namespace {

Finding nikFinding(Finding::Severity severity, const QString& code, const QString& message)
{
    return Finding{severity, code, message, u"nik"_s};
}

/// Distinct offending characters, quoted, for a message: "O", "-".
QString quotedList(const QList<char32_t>& chars)
{
    QStringList parts;
    for (char32_t c : chars)
        parts.append(u'"' + QString::fromUcs4(&c, 1) + u'"');
    return parts.join(u", "_s);
}

QString kotaBlitarDistrictName(QStringView districtDigits)
{
    if (districtDigits == u"01")
        return u"Sukorejo"_s;
    if (districtDigits == u"02")
        return u"Kepanjenkidul"_s;
    if (districtDigits == u"03")
        return u"Sananwetan"_s;
    return {};
}

} // namespace

NikCheck checkNik(const QString& input, Gender statedGender, QDate today)
{
    Q_ASSERT(today.isValid());
    NikCheck result;

    QString digits;
    QList<char32_t> invalid;
    for (char32_t c : input.toUcs4()) {
        if (c >= U'0' && c <= U'9')
            digits.append(QChar(char16_t(c)));
        else if (c == U'.' || QChar::isSpace(c))
            continue;
        else if (!invalid.contains(c))
            invalid.append(c);
    }

    if (!invalid.isEmpty()) {
        result.findings.append(nikFinding(
            Finding::Severity::Error, u"nik.characters"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "The NIK contains characters that are not digits: %1. A NIK has only the digits "
                "0-9 (spaces and dots between them are allowed). Retype it from the identity "
                "card (KTP), or record that the NIK is not known.")
                .arg(quotedList(invalid))));
        return result;
    }
    if (digits.isEmpty()) {
        result.findings.append(nikFinding(
            Finding::Severity::Error, u"nik.empty"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "No NIK was entered. Type the 16 digits from the identity card (KTP), or record "
                "that the NIK is not known.")));
        return result;
    }
    if (digits.size() != 16) {
        result.findings.append(nikFinding(
            Finding::Severity::Error, u"nik.length"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "A NIK has 16 digits; this one has %1. Check the number on the identity card "
                "(KTP) and correct it, or record that the NIK is not known.")
                .arg(digits.size())));
        return result;
    }

    const QStringView d(digits);
    const QString regionCode = d.mid(0, 2) + u'.' + d.mid(2, 2);
    const QString districtCode = regionCode + u'.' + d.mid(4, 2);
    const int encodedDay = d.mid(6, 2).toInt();
    const int month = d.mid(8, 2).toInt();
    const int yy = d.mid(10, 2).toInt();
    const int serial = d.mid(12, 4).toInt();

    if (month < 1 || month > 12) {
        result.findings.append(nikFinding(
            Finding::Severity::Error, u"nik.month"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "The NIK's birth month is %1 (digits 9-10), but a month is 01 to 12. Correct the "
                "NIK from the identity card (KTP), or record that the NIK is not known.")
                .arg(d.mid(8, 2))));
    }

    Gender encodedGender = Gender::Unknown;
    int day = 0;
    if (encodedDay >= 1 && encodedDay <= 31) {
        encodedGender = Gender::Male;
        day = encodedDay;
    } else if (encodedDay >= 41 && encodedDay <= 71) {
        encodedGender = Gender::Female;
        day = encodedDay - 40;
    } else {
        result.findings.append(nikFinding(
            Finding::Severity::Error, u"nik.date"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "The NIK's birth day is %1 (digits 7-8), which is not possible: 01 to 31 for a "
                "man, 41 to 71 for a woman (her day plus 40). Correct the NIK from the KTP, or "
                "record that the NIK is not known.")
                .arg(d.mid(6, 2))));
    }

    QDate birthDate;
    if (encodedGender != Gender::Unknown && month >= 1 && month <= 12) {
        const int century = today.year() / 100 * 100;
        int year = century + yy;
        if (year > today.year())
            year -= 100;
        birthDate = QDate(year, month, day);
        if (!birthDate.isValid()) {
            result.findings.append(nikFinding(
                Finding::Severity::Error, u"nik.date"_s,
                QCoreApplication::translate(
                    "aduan::Validation",
                    "The NIK's birth date, %1-%2-%3 (day-month-year), does not exist. Correct "
                    "the NIK from the identity card (KTP), or record that the NIK is not known.")
                    .arg(day, 2, 10, QChar(u'0'))
                    .arg(month, 2, 10, QChar(u'0'))
                    .arg(year)));
        } else if (birthDate > today) {
            result.findings.append(nikFinding(
                Finding::Severity::Error, u"nik.future"_s,
                QCoreApplication::translate(
                    "aduan::Validation",
                    "The NIK's birth date, %1 (day-month-year), is after today. Correct the NIK "
                    "from the identity card (KTP), or record that the NIK is not known.")
                    .arg(birthDate.toString(u"dd-MM-yyyy"))));
        }
    }

    if (serial == 0) {
        result.findings.append(nikFinding(
            Finding::Severity::Error, u"nik.serial"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "The NIK's last four digits (the serial number) are 0000, which is never issued. "
                "Correct the NIK from the identity card (KTP), or record that the NIK is not "
                "known.")));
    }

    if (regionCode != u"35.72") {
        result.findings.append(nikFinding(
            Finding::Severity::Warning, u"nik.region"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "This is not a Kota Blitar NIK (region %1). This is only a note: the complaint "
                "can be registered; if the NIK was mistyped, correct it from the identity card "
                "(KTP).")
                .arg(regionCode)));
    } else if (kotaBlitarDistrictName(d.mid(4, 2)).isEmpty()) {
        result.findings.append(nikFinding(
            Finding::Severity::Warning, u"nik.district"_s,
            QCoreApplication::translate(
                "aduan::Validation",
                "The NIK's district code %1 is not a district of Kota Blitar (35.72.01 "
                "Sukorejo, 35.72.02 Kepanjenkidul, 35.72.03 Sananwetan). Check the NIK against "
                "the identity card (KTP); if it is right as printed, accept this warning.")
                .arg(districtCode)));
    }

    if (statedGender != Gender::Unknown && encodedGender != Gender::Unknown
        && statedGender != encodedGender) {
        const QString message = encodedGender == Gender::Female
            ? QCoreApplication::translate(
                  "aduan::Validation",
                  "The NIK's birth day encodes a woman, the form says male. Check the identity "
                  "card (KTP) and correct the gender or the NIK; if both are right as printed, "
                  "accept this warning.")
            : QCoreApplication::translate(
                  "aduan::Validation",
                  "The NIK's birth day encodes a man, the form says female. Check the identity "
                  "card (KTP) and correct the gender or the NIK; if both are right as printed, "
                  "accept this warning.");
        result.findings.append(nikFinding(Finding::Severity::Warning, u"nik.gender"_s, message));
    }

    if (result.ok())
        result.info = NikInfo{digits, regionCode, districtCode, birthDate, encodedGender};
    return result;
}

} // namespace aduan
