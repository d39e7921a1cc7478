#pragma once

#include "document/formdocument.h"
#include "document/printcontext.h"

namespace aduan {
struct MonthlyRecap;
}

namespace aduan::forms {

/// Rekapitulasi Pengaduan (SOP, Pencatatan dan Pendataan 3: "rekapitulasi aduan setiap bulannya
/// sebagai bahan pelaporan"): the period's figures beside the previous period's (recapTable()),
/// every deviation with its reason and who, the head of the audit chain (so the signed paper
/// anchors the log), and the head's signature block. Portrait, always Indonesian.
FormDocument recapDocument(const MonthlyRecap &recap, const PrintContext &context);

} // namespace aduan::forms
