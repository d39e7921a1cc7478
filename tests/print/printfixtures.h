#pragma once

// The three walkthrough complaints (shared/cases/walkthrough.md) as the core would hand them to
// the print layouts, built by hand: numbers, people, NIPs, times (UTC) and step records.

#include "domain/complaint.h"
#include "domain/intakebook.h"
#include "domain/officeprofile.h"
#include "document/printcontext.h"
#include "domain/auditentry.h"

#include <QDateTime>
#include <QList>

namespace aduan::printtest {

inline constexpr char kDewiNip[] = "198104222006042007";
inline constexpr char kHendraNip[] = "197003121995031004";
inline constexpr char kRinaNip[] = "199003152015032001";

/// An instant given in office time (WIB, UTC+7), returned in UTC.
QDateTime wib(int year, int month, int day, int hour, int minute, int second = 0);

OfficeProfile office();
forms::PrintContext context(forms::PaperSize paper = forms::PaperSize::A4);

/// A: walk-in, everything on time (Monday 2 March 2026), 0001/ADUAN/III/2026.
ComplaintRecord walkthroughA();
/// B: SMS at night, two late steps, a pause, referred to Dinas Kesehatan; 0002/ADUAN/III/2026.
ComplaintRecord walkthroughB();
/// C: confidential, Dewi signs as Plh. (Monday 6 April 2026), 0003/ADUAN/IV/2026, as Agus sees
/// it (identity shown).
ComplaintRecord walkthroughC();
/// C as Lina sees it: the core has blanked the identity.
ComplaintRecord walkthroughCHidden();

/// The register lines of A, B and C (C as Lina sees it).
QList<IntakeBookRow> intakeRows();
IntakeBookRow intakeRow(const ComplaintRecord &complaint);

/// A complaint built from an intake case of tests/cases/complaints.json (its "input"), numbered
/// `agendaNumber`, received and registered at `at`. The case "long-and-strange-text" gets its
/// description repeated, whole paragraph by whole paragraph, to at least 6000 characters.
ComplaintRecord fromCase(const QString &caseId, const QString &agendaNumber, const QDateTime &at);

/// A few audit entries of a complaint (register, report, dispose, ...).
QList<AuditEntry> auditFor(const ComplaintRecord &complaint);

} // namespace aduan::printtest
