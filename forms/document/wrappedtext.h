#pragma once

#include <Qt>
#include <QtGlobal>

class QFont;
class QString;
class QTextLayout;

namespace aduan::forms {

/// Lays `text` out in `layout` as a table cell of a print shows it: in `font`, wrapped at
/// `width` points (at a word, or anywhere in a word longer than the width), aligned by
/// `alignment`, lines one under the other from y = 0. Returns the height of the text in points.
/// The layout keeps the lines, to be drawn with QTextLayout::draw().
qreal layoutWrapped(QTextLayout &layout, const QString &text, const QFont &font, qreal width,
                    Qt::Alignment alignment = Qt::AlignLeft);

} // namespace aduan::forms
