#pragma once

#include <QList>
#include <QString>

namespace aduan {

/// One problem found while checking a value the officer typed.
///
/// - `severity`: `Error` blocks saving; `Warning` is shown to the officer, who may accept it
///   (a warning never blocks and never changes the value).
/// - `code`: stable machine code, `"<field>.<rule>"` (e.g. `"nik.length"`); tests and callers
///   branch on it, never on `message`.
/// - `message`: a translated sentence (English source, context `"aduan::Validation"`) that says
///   what is wrong and what the officer should do.
/// - `field`: the code name of the checked field (`"nik"`, `"nip"`, `"phone"`, `"name"`).
struct Finding {
    enum class Severity { Error, Warning };
    Severity severity;
    QString code;
    QString message;
    QString field;
};

/// Findings in the order they were found (errors before warnings within one check).
using Findings = QList<Finding>;

/// True when at least one finding is an `Error`.
inline bool hasErrors(const Findings& findings)
{
    for (const Finding& f : findings) {
        if (f.severity == Finding::Severity::Error)
            return true;
    }
    return false;
}

} // namespace aduan
