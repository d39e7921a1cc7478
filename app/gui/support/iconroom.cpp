#include "support/iconroom.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>

namespace aduan::gui {

void giveIconRoom(QPushButton *button)
{
    const QIcon icon = button->icon();
    if (icon.isNull())
        return;
    const QSize size = button->iconSize();
    const int gap = qMax(4, size.width() / 3);
    const QSize wide(size.width() + gap, size.height());
    const qreal ratio = button->devicePixelRatioF();
    QIcon roomy;
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled, QIcon::Active}) {
        QPixmap pixmap(wide * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        icon.paint(&painter, QRect(QPoint(0, 0), size), Qt::AlignCenter, mode);
        painter.end();
        roomy.addPixmap(pixmap, mode);
    }
    button->setIcon(roomy);
    button->setIconSize(wide);
}

} // namespace aduan::gui
