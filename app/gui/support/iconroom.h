#pragma once

class QPushButton;

namespace aduan::gui {

/// Gives a push button's icon a gap before its text. Some themes' icons (list-add,
/// document-open) fill their square to the right edge, and the style draws the text right
/// after it, so the icon touched the first letter (seen on *Jadikan aduan*). The icon is
/// redrawn, at the button's icon size and this screen's pixel ratio, on a transparent pixmap a
/// third wider, left-aligned; normal and disabled looks are kept. Call after setIcon().
void giveIconRoom(QPushButton *button);

} // namespace aduan::gui
