#pragma once

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QSizeF>

namespace aduan::forms {

/// The paper the office prints on.
enum class PaperSize {
    A4, ///< ISO A4, 210 × 297 mm
    F4, ///< F4 / Folio as sold in Indonesia, 215 × 330 mm
};

/// How a document is laid out on paper. Lengths are millimetres; the layout unit of every
/// document of the forms is the PostScript point (1/72 inch, 25.4/72 mm).
struct PageSetup {
    PaperSize paper = PaperSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    /// Left, top, right, bottom margins in mm. The default follows the usual layout of Indonesian
    /// official letters: 30 mm on the binding (left) side, 20 mm elsewhere. The page footer
    /// (page number) is printed inside the bottom margin.
    QMarginsF marginsMm{30.0, 20.0, 20.0, 20.0};

    /// The Qt page size (a custom 215 × 330 mm size named "F4" for F4).
    QPageSize pageSize() const;
    /// Paper size in mm, after the orientation (landscape swaps width and height).
    QSizeF paperSizeMm() const;
    /// Paper size in points, after the orientation.
    QSizeF paperSizePt() const;
    /// Margins in points.
    QMarginsF marginsPt() const;
    /// The text area (paper less margins) in points.
    QSizeF contentSizePt() const;
    /// A QPageLayout of the whole sheet with zero margins: the forms place their own margins.
    QPageLayout fullPageLayout() const;
};

/// Millimetres to points (1 pt = 25.4/72 mm).
constexpr qreal mmToPt(qreal mm) { return mm * 72.0 / 25.4; }

} // namespace aduan::forms
