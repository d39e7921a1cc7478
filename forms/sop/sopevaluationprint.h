#pragma once

#include "document/formdocument.h"
#include "document/printcontext.h"

namespace aduan {
struct SopEvaluation;
}

namespace aduan::forms {

/// Evaluasi SOP Penyaluran Pengaduan Masyarakat for a period (recap/sopevaluation.h), on a
/// landscape page of the context's paper: letterhead, title and period; a row per step with its
/// target, completions, the share on time, median and 90th percentile of the working time used;
/// the deviations grouped by reason; and the steps late most often. In Indonesian.
FormDocument sopEvaluationDocument(const SopEvaluation &evaluation, const PrintContext &context);

} // namespace aduan::forms
