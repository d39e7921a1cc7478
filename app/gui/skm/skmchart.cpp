#include "skm/skmchart.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace aduan::gui {

SkmChart::SkmChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("NRR per element"));
}

void SkmChart::setResult(const SkmResult &result)
{
    m_result = result;
    update();
}

void SkmChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const int left = fm.horizontalAdvance(u"4,0"_s) + 8;
    const int bottom = fm.height() + 6;
    const QRect plot(left, 6, width() - left - 8, height() - bottom - 12);
    if (plot.width() < 40 || plot.height() < 40)
        return;
    auto yOf = [&](double nrr) { return plot.bottom() - (nrr - 1.0) / 3.0 * plot.height(); };
    // Grade bands on the NRR scale: value = NRR × 25, so A from 3,5324, B from 3,0644, C from 2,60.
    const struct {
        double from, to;
        QColor color;
    } bands[] = {{1.0, 2.6, QColor(250, 228, 228)},
                 {2.6, 3.0644, QColor(252, 243, 220)},
                 {3.0644, 3.5324, QColor(230, 242, 230)},
                 {3.5324, 4.0, QColor(218, 236, 248)}};
    for (const auto &b : bands)
        p.fillRect(QRectF(plot.left(), yOf(b.to), plot.width(), yOf(b.from) - yOf(b.to)), b.color);
    p.setPen(palette().color(QPalette::WindowText));
    for (int v = 1; v <= 4; ++v) {
        const double y = yOf(v);
        p.drawLine(QPointF(plot.left() - 3, y), QPointF(plot.left(), y));
        p.drawText(QRectF(0, y - fm.height() / 2.0, left - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, u"%1,0"_s.arg(v));
    }
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const int n = int(m_result.elements.size());
    if (n == 0 || m_result.empty()) {
        p.drawText(plot, Qt::AlignCenter, tr("No answers in this period."));
        return;
    }
    const double slot = double(plot.width()) / n;
    for (int i = 0; i < n; ++i) {
        const SkmElementResult &e = m_result.elements.at(i);
        const bool weak = m_result.weakest.contains(e.code);
        const QRectF bar(plot.left() + slot * i + slot * 0.2, yOf(e.nrr), slot * 0.6,
                         plot.bottom() - yOf(e.nrr));
        p.fillRect(bar, weak ? QColor(192, 80, 60) : QColor(60, 110, 170));
        p.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 3, slot, fm.height()),
                   Qt::AlignCenter, e.code);
    }
    QPen line(QColor(30, 30, 30), 1.5, Qt::DashLine);
    p.setPen(line);
    const double y = yOf(m_result.index);
    p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    p.drawText(QRectF(plot.right() - 120, y - fm.height() - 2, 118, fm.height()),
               Qt::AlignRight, tr("IKM %1").arg(skmDecimal(m_result.index, 2)));
}

} // namespace aduan::gui
