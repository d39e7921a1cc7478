#pragma once

#include <QtGlobal>

class QPaintDevice;

namespace aduan::forms {

/// The paint device every print is laid out on: 72 dots per inch, so one layout unit is one
/// point (1/72 inch) whatever the screen's resolution, and a form breaks its lines and pages the
/// same on every PC. Painting scales points to the printer's resolution.
QPaintDevice *pointDevice();

/// Layout units per point. QTextDocument reads every length of a format (frame and block
/// margins, paddings, borders, column widths, line heights, image sizes) in pixels of Qt's
/// default resolution (qt_defaultDpi(), the screen's logical dpi, usually 96) and scales it to
/// the layout device; the page size and fonts are not scaled. A length of N points is therefore
/// written as N * layoutUnitsPerPoint(). Measured on a probe document, so it follows the screen.
qreal layoutUnitsPerPoint();

} // namespace aduan::forms
