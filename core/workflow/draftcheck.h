#pragma once

#include "domain/complaint.h"
#include "validation/finding.h"

#include <QDate>

namespace aduan {

/// The result of checking a Formulir Aduan as typed.
struct DraftCheck {
    Findings findings;       ///< errors block saving; warnings are shown and may be accepted
    ComplaintDraft normalized; ///< the draft with the name trimmed and the phone as +62...
    bool ok() const { return !hasErrors(findings); }
};

/// Checks the complainant's fields of a draft as the officer types them (NIK, phone, name),
/// the subject and description, and the identity rules of the confidentiality: an anonymous
/// complaint holds no identity at all, any other one needs a name. Every typed text is checked
/// by checkPlainText() first (the description is multi-line, every other field one line). `today` is the office date
/// (for the NIK's birth date). Pure; never throws. Finding fields: "name", "nik", "phone",
/// "subject", "description", "complainant", "address", "location", "category", "evidence",
/// "requirements", "attachments".
DraftCheck checkDraft(const ComplaintDraft &draft, QDate today);

} // namespace aduan
