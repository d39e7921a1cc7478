#pragma once

#include "sop/stepaction.h"

#include <QString>

namespace aduan::gui {

class Session;

namespace steptitle {

/// The label of the step that `action` completes, from the SOP revision in force today (office
/// date): "Step 2 · Melaporkan ke Kepala Dinas adanya laporan pengaduan" — its number and its
/// activity (Kegiatan) as the revision writes them, never from code. When the database cannot
/// be read or the revision has no such step, the action's name alone.
QString inForce(const Session &session, StepAction action);

/// The number of the step that `action` completes in the revision in force today; 0 when
/// unknown.
int numberInForce(const Session &session, StepAction action);

} // namespace steptitle

} // namespace aduan::gui
