#pragma once

#include "document/formdocument.h"
#include "document/printcontext.h"
#include "domain/complaint.h"

namespace aduan::forms {

/// Formulir Penyaluran Pengaduan Bukan Kewenangan: the letter that refers a complaint outside
/// the office's authority to the competent agency (SOP step 4, referral), on a portrait page of
/// the context's paper: letterhead; place and date; letter number (ReferralInput::letterNumber),
/// subject line; addressed to the agency by name and address; the complaint (number, received,
/// channel, complainant and contact as the core gives them: none when hidden or anonymous;
/// subject, full description); the reason of the referral; closing; signed by the head named in
/// the office profile, with the grouped NIP.
FormDocument referralDocument(const ComplaintRecord &complaint, const PrintContext &context);

} // namespace aduan::forms
