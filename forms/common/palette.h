#pragma once

#include <QColor>
#include <QString>

#include <array>

/// Every colour of the product, named once: what the screens say with colour (a refusal, a
/// warning, a wait, a success, a dimmed row), the step clock's three states, the recap's chart
/// series, the lock screen, and the grey tones of the printed forms. Widgets, models and print
/// layouts use these names; no other file writes a colour (issue "One rule, one place").
///
/// Values are 24-bit sRGB (`0xRRGGBB`). Use `color()` for a QColor, `css()` for a style sheet.
/// The reds and greens keep a contrast of at least 4.5:1 against white (WCAG 2.1 AA) for text.
namespace aduan::palette {

// --- Screens: what a message is ---------------------------------------------------------------
/// A refusal or an error: the text of problem labels, the late step clock, "Hanya baca".
inline constexpr QRgb problemText = 0xb71c1c;
/// Behind a problem banner (the database could not be opened as expected).
inline constexpr QRgb problemFill = 0xfdecea;
/// A warning that does not stop saving (a possible duplicate, a NIK that looks unusual).
inline constexpr QRgb warningText = 0x8a5300;
/// Secondary text: hints, the database path on the login, a label in the detail view.
inline constexpr QRgb mutedText = 0x5f6368;
/// A row that no longer counts (a voided complaint in the intake book).
inline constexpr QRgb dimmedText = 0xa0a0a4;
/// The bar shown while another program holds the database's lock.
inline constexpr QRgb waitingFill = 0xfff8e1;
inline constexpr QRgb waitingBorder = 0xf9a825;
/// A note handed from one person to the next (the secretary's note on the head's screen).
inline constexpr QRgb noteFill = 0xfff4d6;
/// The banner after a saved step.
inline constexpr QRgb successFill = 0xd9f2dc;
inline constexpr QRgb successBorder = 0x7cb987;

// --- Screens: the step clock (on time, near its target, late) ---------------------------------
inline constexpr QRgb onTimeFill = successFill;
inline constexpr QRgb nearTargetFill = 0xffecb3;
inline constexpr QRgb lateFill = 0xf8d0d0;
inline constexpr QRgb onTimeText = 0x1b5e20;
inline constexpr QRgb nearTargetText = 0x7a4f00;
inline constexpr QRgb lateText = problemText;

// --- Screens: the idle lock covering the window -----------------------------------------------
inline constexpr QRgb lockBackground = 0x37474f;
inline constexpr QRgb lockText = 0xffffff;

// --- The recap's charts ------------------------------------------------------------------------
/// Eight distinguishable series colours (the "Tableau 10" categorical scheme), one per channel.
inline constexpr std::array<QRgb, 8> series = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0x9467bd,
                                               0x8c564b, 0x17becf, 0xe377c2, 0xd62728};
/// Status colours: in progress, paused, completed (also "on time"), referred, voided.
inline constexpr QRgb inProgress = 0x1f77b4;
inline constexpr QRgb paused = 0xf0ad4e;
inline constexpr QRgb completed = 0x2e7d32;
inline constexpr QRgb referred = 0x7b1fa2;
inline constexpr QRgb voided = 0x9e9e9e;
/// A value no series names; the border between pie slices.
inline constexpr QRgb other = 0xa0a0a4;
inline constexpr QRgb sliceBorder = 0xffffff;

// --- Print: black on white, with three greys ----------------------------------------------------
inline constexpr QRgb ink = 0x000000;
/// The paper: what a transparent emblem is flattened onto before it is printed (an image with
/// an alpha channel makes CUPS rasterise the whole page).
inline constexpr QRgb paper = 0xffffff;
/// The filled head row of a printed table (Buku Register, form grids).
inline constexpr QRgb tableHeadFill = 0xe1e1e1;
/// The emblem placeholder: its outline and fill.
inline constexpr QRgb emblemOutline = 0x282828;
inline constexpr QRgb emblemFill = 0xebebeb;
/// The page footer ("Halaman 1 dari 2", printed by).
inline constexpr QRgb footerText = 0x3c3c3c;

/// The colour as a QColor.
inline QColor color(QRgb rgb) { return QColor::fromRgb(rgb); }
/// The colour as a style-sheet value, "#rrggbb".
inline QString css(QRgb rgb) { return color(rgb).name(QColor::HexRgb); }

/// The style sheet of a label that says what was refused or went wrong (`strong`: bold).
inline QString problemLabelStyle(bool strong = false)
{
    return QStringLiteral("color:%1%2").arg(css(problemText),
                                             strong ? QStringLiteral(";font-weight:600") : QString());
}

} // namespace aduan::palette
