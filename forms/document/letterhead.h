#pragma once

#include "domain/officeprofile.h"

#include <QImage>

class QTextCursor;

namespace aduan::forms {

/// Where the bundled placeholder emblem lives (forms/document/emblem-placeholder.png, embedded
/// with the prefix /aduan/forms).
inline constexpr char16_t kPlaceholderEmblemPath[] = u":/aduan/forms/document/emblem-placeholder.png";

/// The emblem of the letterhead: the office profile's PNG (OfficeProfile::emblemPng); when it is
/// empty or unreadable, the bundled placeholder; when that resource is missing, a plain shield
/// drawn here. Never a null image, and never transparent: flattened onto the paper's white
/// (opaqueOnPaper()), so that the page stays vector through CUPS.
QImage letterheadEmblem(const OfficeProfile &office);

/// `image` drawn onto white paper (palette::paper), without an alpha channel; the same image
/// when it has none. A PDF image with transparency (a soft mask) makes CUPS's filters (and many
/// printer drivers) rasterise the whole page into one 300-dpi picture: no text layer, large
/// jobs (issue 18). The emblem sits on white paper, so nothing visible changes.
QImage opaqueOnPaper(const QImage &image);

/// Inserts the letterhead (Kop surat) at `cursor` in a prepared document: the emblem on the
/// left, then centred on the page "PEMERINTAH KOTA BLITAR", "DINAS SOSIAL" and the address line
/// (OfficeProfile::government, officeName, address), and a double rule under it, the width of
/// the text area. The cursor ends after the letterhead. `unitsPerPoint`: layoutUnitsPerPoint().
void insertLetterhead(QTextCursor &cursor, const OfficeProfile &office, qreal unitsPerPoint);

} // namespace aduan::forms
