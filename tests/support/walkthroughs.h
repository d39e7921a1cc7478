#pragma once

#include "testoffice.h"

namespace aduan::test {

/// The complaint ids of walkthroughs A, B and C.
struct WalkthroughIds {
    qint64 a = 0;
    qint64 b = 0;
    qint64 c = 0;
};

/// Runs walkthroughs A, B and C of ../shared/cases/walkthrough.md through the engine, one after
/// the other in `office`'s database (which must be fresh), each step by a user of its role at
/// the walkthrough's minute, with the deviation reasons the late steps need. Leaves the clock at
/// Monday 6 April 2026 11:00 WIB.
WalkthroughIds runWalkthroughs(TestOffice &office);

} // namespace aduan::test
