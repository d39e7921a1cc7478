#pragma once

#include "finding.h"

#include <QString>

namespace aduan {

/// Result of normalizePhone().
struct PhoneCheck {
    QString normalized; ///< E.164-like, "+6281234567801"; empty when !ok()
    Findings findings;
    /// No finding of severity Error (warnings allowed).
    bool ok() const { return !hasErrors(findings); }
};

/// Normalizes a phone number typed by the officer to one stored form.
///
/// Rules (Indonesian numbering plan, ITU-T E.164 country code +62):
/// 1. white space, dashes (any Unicode dash), dots and parentheses are removed;
/// 2. a leading "0" or "62" becomes "+62";
/// 3. "+62" must be followed by 8–12 digits whose first digit is not 0; a mobile number
///    (first digit 8) needs at least 9 digits. Landlines such as Blitar's (0342) 801234 pass.
/// 4. "+" with another country code: kept as "+" and the typed digits (7–15 digits, first not 0)
///    with warning `phone.foreign`.
///
/// Examples: "0812 3456 7801", "6281234567801", "+62 812-3456-7801" -> "+6281234567801";
/// "(0342) 801234" -> "+62342801234".
///
/// Errors: `phone.empty` nothing typed; `phone.invalid` anything else, e.g. "+621" (the message
/// quotes the input). A leading "00" international prefix and a number without a leading
/// 0 / 62 / + are invalid: nothing is guessed.
PhoneCheck normalizePhone(const QString& input);

/// Rules 1 and 2 of normalizePhone() alone, nothing checked: separators removed, a leading "0"
/// or "62" written "+62"; anything else is kept as typed. For the beginning of a number (a
/// search typed as "0812 34"), whose stored numbers start the same way: "0812 34" -> "+6281234",
/// "62812" -> "+62812", "+1 555" -> "+1555", "" -> "". normalizePhone() starts with it, so a
/// stored number begins with phoneStoredPrefix() of any beginning of what was typed, except a
/// lone "6" (not yet "62").
/// Never fails.
QString phoneStoredPrefix(const QString& input);

} // namespace aduan
