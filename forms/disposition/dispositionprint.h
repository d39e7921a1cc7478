#pragma once

#include "document/formdocument.h"
#include "document/printcontext.h"
#include "domain/complaint.h"

namespace aduan::forms {

/// The box printed before an option: "☑" when chosen, "☐" when not.
QString tickBox(bool ticked);

/// Lembar Disposisi, the head's disposition sheet (SOP step 3 output "disposition"), on a
/// portrait page of the context's paper: letterhead; agenda number, date received, from (the
/// complainant as the core gives it), subject; the urgency boxes Biasa / Segera / Sangat Segera /
/// Rahasia with the chosen one ticked; the addressee; the standard instructions
/// (standardInstructions()) with the chosen ones ticked, plus any other instruction given; the
/// note; the signature block of the signer with name and grouped NIP, titled with the office
/// profile's head title, or "Plh. " before it when the disposition was signed by an acting head
/// (DispositionRecord::signedAsActing). Without a disposition yet, a blank sheet to fill in by
/// hand, for the head named in the office profile.
FormDocument dispositionDocument(const ComplaintRecord &complaint, const PrintContext &context);

} // namespace aduan::forms
