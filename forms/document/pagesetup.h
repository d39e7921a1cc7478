#pragma once

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QSizeF>
#include <QString>

#include <optional>

namespace aduan::forms {

/// The paper the office prints on.
enum class PaperSize {
    A4, ///< ISO A4, 210 × 297 mm
    F4, ///< F4 / Folio as sold in Indonesia, 215 × 330 mm
};

/// The paper's name as typed and stored: "A4" or "F4" (`aduan-cli --paper`, the per-PC setting).
QString paperName(PaperSize paper);
/// "A4" or "F4" (any case, surrounding spaces ignored); nullopt for anything else.
std::optional<PaperSize> paperFromName(const QString &name);
/// The Qt page size of a paper, portrait: QPageSize::A4, or for F4 a custom 215 × 330 mm size
/// named "F4" (the F4/Folio sheet sold in Indonesia; ISO has no F4 — 215 × 330 mm is the size of
/// the paper the office buys and of Indonesian government forms, slightly narrower and shorter
/// than the 8½ × 13 in US Folio, 215.9 × 330.2 mm). The one place the sizes are defined.
QPageSize paperPageSize(PaperSize paper);
/// Which of the office's papers a page size chosen elsewhere (a print dialog, a printer's
/// default) is: within 3 mm of A4 or of F4 in either orientation — so the US Folio 8½ × 13 in
/// and a driver's "215 × 330 mm" or "Folio" count as F4. nullopt for any other size (Letter,
/// Legal, A5...).
std::optional<PaperSize> paperOf(const QPageSize &size);

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
