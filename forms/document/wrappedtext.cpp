#include "document/wrappedtext.h"

#include <QFont>
#include <QTextLayout>
#include <QTextOption>

namespace aduan::forms {

qreal layoutWrapped(QTextLayout &layout, const QString &text, const QFont &font, qreal width,
                    Qt::Alignment alignment)
{
    layout.setText(text);
    layout.setFont(font);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

} // namespace aduan::forms
