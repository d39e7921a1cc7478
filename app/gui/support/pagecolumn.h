#pragma once

class QVBoxLayout;
class QWidget;

namespace aduan::gui {

/// Lays `page` out as one column on its left, at most 820 px wide (a settings page of the
/// administrator: a form reads better than stretched over a wide screen), and returns the
/// column's layout, without margins, for the page to fill.
QVBoxLayout *pageColumn(QWidget *page);

} // namespace aduan::gui
