#pragma once

#include "domain/complaint.h"
#include "document/formdocument.h"
#include "document/printcontext.h"
#include "sop/sopdefinition.h"

#include <QList>

namespace aduan::forms {

/// Formulir Aduan, the output "complaint_form" of SOP step 1 (Menerima dan mengagendakan
/// pengaduan), on a portrait page of the context's paper: letterhead; agenda number; received
/// (office zone) and channel; the complainant (identity as the core gives it: "Dirahasiakan" /
/// "Anonim"); subject, category, location and the full description (wrapping across pages); the
/// requirements of the registering step with the waiver reason of each one not met; evidence and
/// attachments; signature lines for the complainant and the officer (Petugas Pengaduan).
///
/// `requirements` are the registering step's requirements from the complaint's SOP revision
/// (their order and names, e.g. "Kartu Identitas"); empty = those of the revision shipped with
/// the program (SopDefinition::builtIn()). Outcomes recorded under other codes print by code.
FormDocument complaintFormDocument(const ComplaintRecord &complaint, const PrintContext &context,
                                   const QList<SopRequirement> &requirements = {});

} // namespace aduan::forms
