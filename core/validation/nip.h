#pragma once

#include "finding.h"
#include "nik.h" // Gender

#include <QDate>
#include <QString>

#include <optional>

namespace aduan {

/// What a NIP encodes.
struct NipInfo {
    QString digits;           ///< the 18 digits, without separators
    QDate birthDate;          ///< digits 1–8, YYYYMMDD
    int appointmentYear = 0;  ///< digits 9–12 (CPNS appointment, TMT)
    int appointmentMonth = 0; ///< digits 13–14, 1–12
    Gender gender = Gender::Unknown; ///< digit 15: 1 Male, 2 Female
    int serial = 0;           ///< digits 16–18, 1–999
};

/// Result of checkNip(): `info` is set exactly when ok().
struct NipCheck {
    std::optional<NipInfo> info;
    Findings findings;
    /// No finding of severity Error (warnings allowed).
    bool ok() const { return !hasErrors(findings); }
};

/// Checks a NIP (Nomor Induk Pegawai, civil-servant number), e.g. of the head on the office profile.
///
/// Structure (PP 11/2017 on civil-servant management / BKN): 18 digits =
/// 8 birth date YYYYMMDD + 6 appointment YYYYMM + 1 gender (1 man, 2 woman) + 3 serial.
///
/// Input: white space is ignored (so the printed grouping "19660119 198602 2 002" is accepted);
/// only ASCII digits otherwise. The input is never corrected.
///
/// Errors (`info` empty): `nip.empty`, `nip.characters`, `nip.length` (message gives the count),
/// `nip.date` birth date does not exist, `nip.appointment` appointment month not 01–12,
/// `nip.gender` gender digit not 1 or 2, `nip.serial` serial 000.
/// Warning: `nip.age` appointment month earlier than the month of the 18th birthday.
NipCheck checkNip(const QString& input);

/// Groups 18 ASCII digits as printed: "196601191986022002" -> "19660119 198602 2 002".
/// Any other input (already grouped, wrong length, non-digits, empty) is returned unchanged.
QString formatNip(const QString& digits);

} // namespace aduan
