#pragma once

#include "finding.h"

#include <QString>

namespace aduan {

/// The longest accepted person's name, in Unicode characters (code points), after normalizing.
inline constexpr qsizetype kMaxPersonNameLength = 100;

/// Result of checkPersonName().
struct NameCheck {
    QString normalized; ///< the name trimmed, inner white space collapsed to one space (even on error)
    Findings findings;
    /// No finding of severity Error.
    bool ok() const { return !hasErrors(findings); }
};

/// Checks a person's name (complainant, official) as typed.
///
/// Normalizing only trims and collapses white space (QString::simplified()); case, titles and
/// punctuation are kept ("Drs. Hendra Wijaya, M.Si."). A single name ("Sukarno") is a whole name:
/// Indonesian names need no surname and many KTPs carry one name (the two-word minimum of
/// Permendagri 73/2022 applies to names newly recorded by Dukcapil, not to checking a person).
///
/// Errors: `name.empty` nothing but white space; `name.letters` no letter in any script;
/// `name.length` more than kMaxPersonNameLength characters (message gives the count); the limit
/// is this product's (what fits on the printed forms), not a legal rule.
NameCheck checkPersonName(const QString& input);

} // namespace aduan
