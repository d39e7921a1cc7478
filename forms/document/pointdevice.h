#pragma once

class QPaintDevice;

namespace aduan::forms {

/// The paint device every print is laid out on: 72 dots per inch, so one layout unit is one
/// point (1/72 inch) whatever the screen's resolution, and a form breaks its lines and pages the
/// same on every PC. Painting scales points to the printer's resolution.
QPaintDevice *pointDevice();

} // namespace aduan::forms
