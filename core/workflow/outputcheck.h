#pragma once

#include "domain/complaint.h"
#include "validation/finding.h"

#include <QDateTime>

namespace aduan {

/// The result of checking the output of a step (SOP steps 3–5) as typed: the findings, keyed by
/// the output's field, and the output as the engine stores it (texts trimmed, empty list items
/// dropped). The entry screens show the findings beside their fields; the engine raises its
/// typed error from the same findings (raiseOutputFindings()), so both say the same words.
template <typename Output>
struct OutputCheck {
    Findings findings; ///< in the engine's order: typed-text findings first, then empty fields
    Output normalized;
    bool ok() const { return !hasErrors(findings); }
};

using DispositionCheck = OutputCheck<DispositionInput>;
using DecisionCheck = OutputCheck<DecisionInput>;
using ResolutionReportCheck = OutputCheck<ResolutionReportInput>;

/// The Lembar Disposisi of SOP step 3 (output "disposition"): at least one instruction ticked or
/// a note ("instructions.empty"), and to whom it is addressed ("addressee.empty"); every text
/// passes checkPlainText() (fields "note", "addressee", "instructions"). Pure; never throws.
DispositionCheck checkDisposition(const DispositionInput &input);

/// The Hasil Keputusan of SOP step 4 (output "decision"), and for a complaint outside the
/// office's authority its referral (Formulir Penyaluran Pengaduan Bukan Kewenangan): the meeting
/// time is given ("meetingAt.empty") and not later than one minute after `now`
/// ("meetingAt.future"; `now` is any instant, skipped when invalid), who attended
/// ("attendees.empty"), the decision ("decision.empty"); for a referral the agency
/// ("agency.empty": an id > 0; whether the agency exists is the engine's to check) and the
/// reason ("reason.empty"). Every text passes checkPlainText() (fields "decision", "discussion",
/// "attendees", "reason", "letterNumber"). Pure; never throws.
DecisionCheck checkDecision(const DecisionInput &input, const QDateTime &now);

/// The Berita Acara of SOP step 5 (output "resolution_report"): how the result was conveyed
/// ("method.empty") and what was conveyed ("summary.empty"); every text passes checkPlainText()
/// (fields "method", "summary", "complainantResponse"). Pure; never throws.
ResolutionReportCheck checkResolutionReport(const ResolutionReportInput &input);

/// The engine's side of an output check (Workflow step 4 of its order): does nothing when
/// `findings` hold no error; throws Error(Invalid) carrying the typed-text findings (a refused
/// character: code "<field>.control" or "<field>.bidi") with the first one's message; else
/// Error(OutputIncomplete) carrying every error, with the first one's message.
void raiseOutputFindings(const Findings &findings);

} // namespace aduan
