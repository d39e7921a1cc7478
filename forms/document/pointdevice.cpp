#include "document/pointdevice.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

using namespace Qt::StringLiterals;

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

qreal layoutUnitsPerPoint()
{
    constexpr qreal probeMargin = 1000.0;
    QTextDocument probe;
    probe.documentLayout()->setPaintDevice(pointDevice());
    probe.setPageSize(QSizeF(100000.0, 100000.0));
    QTextFrameFormat root = probe.rootFrame()->frameFormat();
    root.setMargin(0);
    root.setLeftMargin(probeMargin);
    root.setPadding(0);
    root.setBorder(0);
    probe.rootFrame()->setFrameFormat(root);
    QTextCursor(&probe).insertText(u"x"_s); // lays the probe out with its margin
    const qreal x = probe.documentLayout()->blockBoundingRect(probe.begin()).left();
    return x > 0 ? probeMargin / x : 1.0;
}

} // namespace aduan::forms
