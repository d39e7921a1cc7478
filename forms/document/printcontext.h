#pragma once

#include "domain/officeprofile.h"
#include "document/pagesetup.h"

#include <QDateTime>
#include <QMarginsF>
#include <QString>
#include <QTimeZone>

namespace aduan::forms {

/// The office time zone when none is configured: Asia/Jakarta (WIB, UTC+7), or a fixed UTC+7
/// zone where the system has no time-zone data.
QTimeZone defaultOfficeZone();

/// What every print needs besides the form's own data.
struct PrintContext {
    OfficeProfile office;               ///< letterhead, city and head's signature block
    QTimeZone zone = defaultOfficeZone(); ///< every instant prints in this zone ("09.04 WIB")
    PaperSize paper = PaperSize::A4;    ///< A4 (210 × 297 mm) or F4 (215 × 330 mm)
    /// Margins of portrait forms in mm (left, top, right, bottom); see PageSetup.
    QMarginsF marginsMm{30.0, 20.0, 20.0, 20.0};
    QString preparedBy;                 ///< the user who prints; shown in the page footer
    QDateTime printedAt;                ///< UTC; shown in the footer with preparedBy; invalid = not shown

    /// Portrait page of `paper` with `marginsMm`.
    PageSetup portrait() const;
    /// Landscape page of `paper` (registers); 20 mm left, 15 mm elsewhere.
    PageSetup landscape() const;
    /// The footer text "Dicetak oleh Rina, Senin, 2 Maret 2026 09.04 WIB" (parts left out when
    /// unknown); empty when neither preparedBy nor printedAt is set.
    QString printedLine() const;
};

} // namespace aduan::forms
