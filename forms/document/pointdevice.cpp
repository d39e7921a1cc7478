#include "forms/document/pointdevice.h"

#include <QImage>

namespace aduan::forms {

QPaintDevice *pointDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        // 72 dpi = 2834.6 dots per metre; QImage reports qRound(2835 * 0.0254) = 72.
        image.setDotsPerMeterX(2835);
        image.setDotsPerMeterY(2835);
        return image;
    }();
    return &device;
}

} // namespace aduan::forms
