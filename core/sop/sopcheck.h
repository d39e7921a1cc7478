#pragma once

#include "validation/finding.h"

#include <QDate>

namespace aduan {

struct SopDefinition;

/// Checks an SOP revision as entered (SopDefinition::fromJson(), the administrator's screen,
/// `aduan-cli sop import`) and returns every problem, each an Error finding with a translated
/// sentence (context "aduan::Sop") saying what is wrong and what to do:
/// - "sop.name", "sop.effectiveFrom": the SOP's name and the date it takes effect are given;
/// - "sop.approver.nip": the approver's NIP, when given, is a valid 18-digit NIP (checkNip);
/// - "sop.steps": at least one step, the first one registers the complaint (Mengagendakan);
/// - "step.<n>.number": steps numbered 1..n in procedure order;
/// - "step.<n>.action": each engine action ("register", "report", "dispose", "decide",
///   "convey") at most once (StepAction);
/// - "step.<n>.activity": every step names its activity (Kegiatan);
/// - "step.<n>.actor": every actor (Pelaksana) is one of the office's roles that handle
///   complaints — never the administrator;
/// - "step.<n>.target": every time target (Waktu, mutu baku) is a positive number of office
///   working minutes;
/// - "step.<n>.requirements": a requirement (Persyaratan) is either the complainant's, and then
///   only in the registering step (shown at the desk: SOP step 1), or the output of an earlier
///   step (same code);
/// - "step.<n>.outputs": every output has a code and a name;
/// - "<field>.control" / "<field>.bidi" (checkPlainText(), issue 14): the header's texts and
///   lists ("sop.name", "sop.warnings", ...), a step's activity ("step.<n>.activity"), its
///   requirements' and outputs' names hold no control character (line breaks and tabs allowed
///   in the activity and the lists) and no direction override or isolate — they are printed.
/// The field of each finding is "sop" or "step.<n>" (n = position, from 1) so that a screen can
/// show it beside the row. The source of these rules is the SOP sheet's format (Permenpan RB
/// No. 35 Tahun 2012: activity, actor, mutu baku of requirements, time and output per step).
Findings checkSopRevision(const SopDefinition &sop);

} // namespace aduan
