#pragma once

#include <QFont>
#include <QStringList>

namespace aduan::forms {

/// The font families of every print, in order of preference: Arial (the face of Indonesian
/// official documents) and its metric twins (Liberation Sans, Nimbus Sans), general fallbacks,
/// then fonts for Javanese script (ꦗꦮ) and emoji. Emoji fonts with outlines (Segoe UI Emoji,
/// Symbola) come before any colour-bitmap font, because a PDF cannot draw bitmap glyphs.
QStringList printFontFamilies();

/// The print font at a size in points (1/72 inch).
QFont printFont(qreal pointSize, bool bold = false);

} // namespace aduan::forms
