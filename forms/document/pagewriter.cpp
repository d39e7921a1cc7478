#include "document/pagewriter.h"

#include "common/palette.h"
#include "document/pointdevice.h"
#include "document/printfonts.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QTextDocument>
#include <QTextLayout>

#include <mutex>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

/// Qt's PDF engine builds each page's content in a buffer that grows from nothing to a few
/// hundred kilobytes and is freed at the next page, and compresses it into another: with glibc's
/// default (dynamic) thresholds the heap's top is given back to the system and taken again for
/// every page (brk/munmap and page faults: a quarter of the CPU time of a month's register,
/// perf record, issue 22). Once a process prints, freed memory up to kTrimBytes stays in the
/// heap and blocks below kMapBytes come from it (mallopt(3)): memory is kept, not taken anew.
void keepHeapForPages()
{
#ifdef __GLIBC__
    static std::once_flag once;
    std::call_once(once, [] {
        constexpr int kMapBytes = 32 * 1024 * 1024; // glibc's largest on 64 bits
        constexpr int kTrimBytes = 128 * 1024 * 1024;
        mallopt(M_MMAP_THRESHOLD, kMapBytes);
        mallopt(M_TRIM_THRESHOLD, kTrimBytes);
    });
#endif
}

} // namespace

PageWriter::PageWriter(QPagedPaintDevice &device, const PageSetup &page,
                       PageDecoration decoration, int totalPages)
    : m_device(device), m_page(page), m_decoration(std::move(decoration)),
      m_totalPages(totalPages)
{
    keepHeapForPages();
    m_painter.begin(&m_device);
}

PageWriter::~PageWriter()
{
    finish();
}

bool PageWriter::isActive() const
{
    return m_painter.isActive();
}

bool PageWriter::finish()
{
    if (!m_painter.isActive())
        return false;
    return m_painter.end();
}

void PageWriter::paintTextPage(const QTextDocument &document, int pageIndex)
{
    paintPage([&](QPainter &painter) {
        const QSizeF pageSize = document.pageSize();
        const QRectF view(0.0, pageIndex * pageSize.height(), pageSize.width(), pageSize.height());
        painter.translate(0.0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, palette::color(palette::ink));
        document.documentLayout()->draw(&painter, context);
    });
}

void PageWriter::paintPage(const std::function<void(QPainter &)> &paint)
{
    if (!m_painter.isActive())
        return;
    if (m_pagesWritten > 0)
        m_device.newPage();
    ++m_pagesWritten;

    m_painter.save();
    // Device pixels → points: every document of the forms is laid out in points.
    m_painter.scale(m_device.logicalDpiX() / 72.0, m_device.logicalDpiY() / 72.0);
    m_painter.save();
    paint(m_painter);
    m_painter.restore();
    paintDecoration(m_pagesWritten);
    m_painter.restore();
}

namespace {

/// Draws one line of small text in points, aligned in `box`; elided when too long.
void drawLine(QPainter &painter, const QRectF &box, const QString &text, Qt::Alignment align)
{
    const QFont font = printFont(7.5);
    const QFontMetricsF metrics(font, pointDevice());
    const QString shown = metrics.elidedText(text, Qt::ElideRight, box.width());
    QTextLayout layout(shown, font, pointDevice());
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    qreal x = box.left();
    if (align & Qt::AlignRight)
        x = box.right() - line.naturalTextWidth();
    else if (align & Qt::AlignHCenter)
        x = box.left() + (box.width() - line.naturalTextWidth()) / 2.0;
    const qreal y = box.top() + (box.height() - line.height()) / 2.0;
    painter.setPen(palette::color(palette::footerText));
    layout.draw(&painter, QPointF(x, y));
}

qreal textWidth(const QString &text)
{
    return QFontMetricsF(printFont(7.5), pointDevice()).horizontalAdvance(text);
}

} // namespace

void PageWriter::paintDecoration(int pageNumber)
{
    const QSizeF paper = m_page.paperSizePt();
    const QMarginsF margins = m_page.marginsPt();
    const qreal width = paper.width() - margins.left() - margins.right();

    if (pageNumber > 1 && !m_decoration.runningHeader.isEmpty()) {
        const QRectF header(margins.left(), margins.top() / 2.0 - 6.0, width, 12.0);
        drawLine(m_painter, header, m_decoration.runningHeader, Qt::AlignLeft);
    }
    // The footer sits in the middle of the bottom margin.
    const QRectF footer(margins.left(), paper.height() - margins.bottom() / 2.0 - 6.0, width,
                        12.0);
    QString pageText;
    if (m_decoration.numberPages && m_totalPages > 1) {
        pageText = u"Halaman "_s;
        pageText += QString::number(pageNumber);
        pageText += u" dari "_s;
        pageText += QString::number(m_totalPages);
        drawLine(m_painter, footer, pageText, Qt::AlignRight);
    }
    if (!m_decoration.footerLeft.isEmpty()) {
        QRectF left = footer;
        if (!pageText.isEmpty())
            left.setRight(footer.right() - textWidth(pageText) - 12.0);
        drawLine(m_painter, left, m_decoration.footerLeft, Qt::AlignLeft);
    }
}

} // namespace aduan::forms
