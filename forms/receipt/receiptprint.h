#pragma once

#include "document/formdocument.h"
#include "document/printcontext.h"
#include "domain/complaint.h"

namespace aduan::forms {

/// Formulir Penerimaan Pengaduan: the receipt handed to the complainant at registration (SOP
/// step 1), on a portrait page of the context's paper: letterhead; the complaint's number;
/// received date and time (office zone); channel; complainant (as the core gives it); subject
/// and description; the overall deadline when known; how to ask about progress (by telephone or
/// in person, quoting the number); the officer's signature.
FormDocument receiptDocument(const ComplaintRecord &complaint, const PrintContext &context);

} // namespace aduan::forms
