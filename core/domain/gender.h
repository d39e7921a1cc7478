#pragma once

#include <QString>

namespace aduan {

/// Gender as ticked on the forms ("L" laki-laki = Male, "P" perempuan = Female) and as encoded in
/// a NIK or NIP. `Unknown` when not stated.
enum class Gender { Unknown, Male, Female };

/// The one code of a gender wherever it is written down — the complaint row's
/// `complainant_gender` column (single writes and the bulk writer) and the draft file of a form
/// being filled: "L" (laki-laki) for Male, "P" (perempuan) for Female, the empty text for
/// Unknown. The letters are those of the Formulir Aduan's "Jenis kelamin: L / P". Never throws.
QString genderCode(Gender gender);

/// The inverse of genderCode(): "L" → Male, "P" → Female, anything else (empty, lower case,
/// an unknown letter) → Unknown. Never throws.
Gender genderFromCode(const QString &code);

} // namespace aduan
