#pragma once

#include "document/formdocument.h"
#include "document/printcontext.h"
#include "domain/complaint.h"

namespace aduan::forms {

/// Hasil Keputusan Penyelesaian Pengaduan, the team's decision (SOP step 4 output "decision"),
/// on a portrait page of the context's paper: letterhead; the complaint (number, received,
/// complainant as the core gives it, subject); the meeting's time (office zone) and attendees;
/// the discussion and the decision in full; whether the matter is within the office's authority
/// or referred (to which agency); the attendance list with room to sign; the signature of the
/// team member who recorded the decision (step "decide").
FormDocument decisionDocument(const ComplaintRecord &complaint, const PrintContext &context);

} // namespace aduan::forms
