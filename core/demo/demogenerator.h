#pragma once

#include "admin/officesetup.h"
#include "demo/demodata.h"

namespace aduan {

class Clock;
class Database;

/// The walkthrough's office (../shared/cases/walkthrough.md): profile, calendar Monday–Friday
/// 07:30–16:00 WIB with the 2026 national holidays and cuti bersama.
SetupInput demoSetupInput();

/// Generates `options.complaints` realistic complaints into an existing database whose users
/// include one per SOP role: Indonesian names, structurally valid Kota Blitar NIKs, channels
/// and categories in plausible shares, complete step histories timed in office working minutes
/// (about one step in eight late, with its reason), pauses, referrals, confidential, anonymous
/// and voided ones; the newest still open at every step. Received times are spread evenly from
/// `options.fromMonth` to clock.now(). Reproducible for a given seed and clock. Written in
/// batches through BulkWriter (not the engine) so that a million complaints take minutes.
/// Returns the number written.
qint64 generateDemoComplaints(Database &db, const DemoOptions &options, const Clock &clock);

} // namespace aduan
