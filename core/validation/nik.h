#pragma once

#include "domain/gender.h"
#include "finding.h"

#include <QDate>
#include <QString>

#include <optional>

namespace aduan {

/// What a NIK encodes.
struct NikInfo {
    QString digits;       ///< the 16 digits, without separators
    QString regionCode;   ///< province.regency/city, e.g. "35.72" (Kota Blitar)
    QString districtCode; ///< province.regency.district, e.g. "35.72.02" (Kepanjenkidul)
    QDate birthDate;      ///< decoded birth date (women: day − 40)
    Gender gender = Gender::Unknown; ///< Male (day 01–31) or Female (day 41–71)
};

/// Result of checkNik(): `info` is set exactly when ok().
struct NikCheck {
    std::optional<NikInfo> info;
    Findings findings;
    /// No finding of severity Error (warnings allowed).
    bool ok() const { return !hasErrors(findings); }
};

/// Checks a NIK (Nomor Induk Kependudukan) as typed on the Formulir Aduan.
///
/// Structure (Permendagri / Dukcapil; region codes are Kemendagri's administrative area codes):
/// 16 digits =
/// 2 province + 2 regency/city + 2 district + 6 birth date DDMMYY (women: day + 40) + 4 serial.
///
/// Input: spaces (any Unicode white space) and dots between digits are ignored; only ASCII digits
/// are accepted. The input is never corrected: `info.digits` is the typed digits, nothing else.
///
/// `today` (must be valid) resolves the 2-digit year: 20YY, or 19YY when 20YY would be a year
/// after `today`'s year (generally: the latest century that is not in the future). A birth date
/// still after `today` (same year, later day) is an error, not reinterpreted.
///
/// Errors (block saving, `info` empty):
/// - `nik.empty` nothing typed; `nik.characters` anything besides digits, spaces and dots;
///   `nik.length` not 16 digits (message gives the count);
/// - `nik.month` month not 01–12 (message gives the value);
/// - `nik.date` day not 01–31 / 41–71, or a date that does not exist (31 Feb, 29 Feb 2001);
/// - `nik.future` birth date after `today`; `nik.serial` serial 0000.
///
/// Warnings (never block):
/// - `nik.region` region other than Kota Blitar 35.72 (message gives the region, e.g. 35.05);
/// - `nik.district` in 35.72 but not 01 Sukorejo, 02 Kepanjenkidul, 03 Sananwetan;
/// - `nik.gender` `statedGender` (unless Unknown) contradicts the gender encoded in the day.
NikCheck checkNik(const QString& input, Gender statedGender, QDate today);

} // namespace aduan
