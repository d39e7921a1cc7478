#pragma once

class QWidget;

namespace aduan {
struct MonthlyRecap;
}

namespace aduan::gui {

class Session;

namespace printing {

/// SEAM for the print layouts (to be filled by the print engineer): opens the print preview of
/// the Rekapitulasi — the period and the previous one side by side, the deviations with their
/// reasons, the referrals, and the audit chain's head (MonthlyRecap::auditHead) printed so that
/// the signed paper anchors the log — from which it is printed to paper or PDF. Always in
/// Indonesian, with the office letterhead. `recap` is what the screen shows (already built by
/// the core); it is not rebuilt. Until the layout exists, it says so.
void previewRecap(QWidget *parent, Session &session, const MonthlyRecap &recap);

} // namespace printing
} // namespace aduan::gui
