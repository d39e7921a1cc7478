#pragma once

#include "document/formdocument.h"
#include "document/printcontext.h"
#include "domain/auditentry.h"
#include "domain/complaint.h"
#include "sop/sopdefinition.h"

#include <QList>

namespace aduan::forms {

/// Riwayat Aduan, the complaint's history, on a landscape page of the context's paper:
/// letterhead; the complaint (number, subject, complainant as the core gives it, status,
/// received, deadline); every step reached with its actor (role title and name, "Plh." for an
/// acting head), when it became actionable and when it was done (office zone, with seconds), the
/// working time used against the target ("4 mnt 10 dtk" / "5 mnt"; office working time, pauses
/// excluded, as the core measured it), on time or late by how much, and the deviation reason;
/// the totals; the pauses (Ditunda) with their reasons; then the audit entries (who, when, what,
/// old → new). When the identity is hidden, audit values of identity fields print as
/// "Dirahasiakan".
///
/// `sop` gives the steps' activity names (the complaint's SOP revision); nullptr = the office's
/// short words for the steps ("Mengagendakan", "Disposisi", ...), never the engine's codes.
FormDocument historyDocument(const ComplaintRecord &complaint, const PrintContext &context,
                             const QList<AuditEntry> &audit, const SopDefinition *sop = nullptr);

/// "Tepat waktu", or "Terlambat 11 mnt 30 dtk" (working time past the target); "Berjalan" for an
/// open step.
QString stepTimeliness(const StepState &step);

} // namespace aduan::forms
