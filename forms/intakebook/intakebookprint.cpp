#include "intakebook/intakebookprint.h"

#include "common/palette.h"
#include "document/complaintview.h"
#include "document/documentrenderer.h"
#include "document/formbuilder.h"
#include "document/pagewriter.h"
#include "document/pointdevice.h"
#include "document/printfonts.h"
#include "document/wrappedtext.h"
#include "domain/role.h"
#include "util/indonesian.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

constexpr qreal kPointSize = 8.5;     // text of the table
constexpr qreal kPaddingPt = 2.5;     // inside each cell
constexpr qreal kRulePt = 0.6;        // grid lines
constexpr qreal kGapPt = 4.0;         // between the title and the table, the table and totals
constexpr int kColumns = 8;

/// Column widths in percent of the text width.
constexpr qreal kColumnPercent[kColumns] = {5.5, 14.5, 12.5, 13.5, 9, 21.5, 9.5, 14};

QStringList headers()
{
    return {u"No."_s,     u"Nomor Agenda"_s, u"Diterima"_s, u"Pengadu"_s,
            u"Saluran"_s, u"Pokok Aduan"_s,  u"Kategori"_s, u"Status"_s};
}

QString statusText(const IntakeBookRow &row)
{
    QString text = statusLine(row);
    if (row.currentStep > 0 && (row.status == ComplaintStatus::InProgress
                                || row.status == ComplaintStatus::Paused)) {
        text += u"\nLangkah "_s;
        text += QString::number(row.currentStep);
        text += u" ("_s;
        text += roleTitle(row.currentActor);
        text += u')';
    }
    return text;
}

QString receivedText(const IntakeBookRow &row, const QTimeZone &zone)
{
    if (!row.receivedAt.isValid())
        return u"-"_s;
    QString text = dateOnly(officeDate(row.receivedAt, zone));
    text += u'\n';
    text += timeOfDay(row.receivedAt, zone);
    return text;
}

QString countsText(const QList<std::pair<QString, int>> &counts)
{
    QStringList parts;
    for (const auto &[label, count] : counts) {
        if (count == 0)
            continue;
        QString part = label;
        part += u' ';
        part += formatNumber(count);
        parts << part;
    }
    return parts.isEmpty() ? u"-"_s : parts.join(u", "_s);
}


Qt::Alignment columnAlignment(int column)
{
    return column == 0 ? Qt::AlignRight : Qt::AlignLeft;
}

/// The columns of a few texts repeated on many lines: channel, category, status.
bool repeats(int column)
{
    return column == 4 || column == 6 || column == 7;
}

} // namespace

struct IntakeBookPrint::Geometry {
    QFont font;
    QFont headerFont;
    QList<qreal> columnX;    ///< left edge of each column and the table's right edge, points
    qreal headerHeight = 0;  ///< the header row, padding included
    qreal firstTop = 0;      ///< the table's top on the first page (under letterhead and title)
    qreal laterTop = 0;      ///< the table's top on the other pages
    qreal bottom = 0;        ///< the lowest point of the text area
    qreal totalsHeight = 0;
    QList<qreal> textHeights; ///< per line: its tallest cell's text, padding excluded
    qreal lineHeight = 0;     ///< one line of `font`, as a layout places it
    /// Design advance of each character below kMeasured in `font` (< 0 until measured).
    std::array<qreal, 0x250> advances{};

    qreal textWidth(int column) const
    {
        return columnX.at(column + 1) - columnX.at(column) - 2 * kPaddingPt;
    }

    /// The height of a cell's text laid out in `width`, without a layout when each of its lines
    /// surely fits (Latin text, its characters' advances summed with a margin for kerning: a
    /// register's cells are mostly short); otherwise laid out. Points.
    qreal cellHeight(QTextLayout &layout, const QString &text, qreal width, Qt::Alignment alignment)
    {
        int lines = 1;
        qreal line = 0;
        bool sure = !text.isEmpty();
        for (qsizetype i = 0; sure && i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (c == QChar::LineSeparator) {
                sure = line > 0;
                ++lines;
                line = 0;
                continue;
            }
            if (c >= advances.size() || c < 0x20) {
                sure = false;
                break;
            }
            if (advances[c] <= 0) {
                layoutWrapped(layout, QString(QChar(c)), font, 1000.0, Qt::AlignLeft);
                advances[c] = std::max<qreal>(layout.lineAt(0).naturalTextWidth(), 0.01);
            }
            line += advances[c];
            sure = line <= width * 0.97 - 0.5;
        }
        if (sure && line > 0)
            return lines * lineHeight;
        return layoutWrapped(layout, text, font, width, alignment);
    }
};

/// Laid-out texts of the columns whose texts repeat (channel, category, status): painted again
/// at each line's place instead of being laid out again for every line.
class IntakeBookPrint::LayoutCache
{
public:
    const QTextLayout &layout(const QString &text, const QFont &font, qreal width,
                              Qt::Alignment alignment)
    {
        std::unique_ptr<QTextLayout> &entry = m_layouts[text];
        if (!entry) {
            entry = std::make_unique<QTextLayout>();
            layoutWrapped(*entry, text, font, width, alignment);
        }
        return *entry;
    }

private:
    std::unordered_map<QString, std::unique_ptr<QTextLayout>> m_layouts;
};

QString registerPeriodText(QDate from, QDate to)
{
    if (!from.isValid() && !to.isValid())
        return u"Semua tanggal"_s;
    QString text = u"Periode "_s;
    if (from.isValid() && to.isValid()) {
        text += dateOnly(from);
        if (to != from) {
            text += u" s.d. "_s;
            text += dateOnly(to);
        }
    } else if (from.isValid()) {
        text += u"sejak "_s;
        text += dateOnly(from);
    } else {
        text += u"s.d. "_s;
        text += dateOnly(to);
    }
    return text;
}

IntakeBookPrint::IntakeBookPrint(QList<IntakeBookRow> rows, QDate from, QDate to,
                                 PrintContext context)
    : m_rows(std::move(rows)), m_from(from), m_to(to), m_context(std::move(context))
{
}

IntakeBookPrint::~IntakeBookPrint() = default;

PageSetup IntakeBookPrint::pageSetup() const
{
    return m_context.landscape();
}

QString IntakeBookPrint::title() const
{
    QString text = u"Buku Penerimaan Pengaduan "_s;
    text += registerPeriodText(m_from, m_to);
    return text;
}

PageDecoration IntakeBookPrint::decoration() const
{
    QString header = u"Buku Penerimaan Pengaduan \u00B7 "_s;
    header += registerPeriodText(m_from, m_to);
    return {header, m_context.printedLine(), true};
}

QStringList IntakeBookPrint::rowTexts(int index) const
{
    const IntakeBookRow &row = m_rows.at(index);
    return {cellText(formatNumber(index + 1)),
            cellText(orDash(row.agendaNumber)),
            cellText(receivedText(row, m_context.zone)),
            cellText(orDash(row.complainantName)),
            cellText(channelLabel(row.channel)),
            cellText(orDash(row.subject)),
            cellText(orDash(row.category)),
            cellText(statusText(row))};
}

std::unique_ptr<QTextDocument> IntakeBookPrint::headDocument() const
{
    auto document = std::make_unique<QTextDocument>();
    const PageSetup page = pageSetup();
    DocumentRenderer::prepare(*document, page);
    FormBuilder form(*document, page);
    form.letterhead(m_context.office);
    form.title(u"BUKU PENERIMAAN PENGADUAN"_s, registerPeriodText(m_from, m_to));
    document->setTextWidth(page.paperSizePt().width()); // one unpaginated block of text
    return document;
}

std::unique_ptr<QTextDocument> IntakeBookPrint::totalsDocument() const
{
    auto document = std::make_unique<QTextDocument>();
    const PageSetup page = pageSetup();
    DocumentRenderer::prepare(*document, page);
    document->setDefaultFont(printFont(10.0));
    FormBuilder form(*document, page);
    if (m_rows.isEmpty())
        form.paragraph(u"Tidak ada aduan pada periode ini."_s, Qt::AlignLeft);
    QList<std::pair<QString, int>> byChannel;
    for (Channel channel : allChannels()) {
        const auto count = std::count_if(m_rows.cbegin(), m_rows.cend(),
                                         [&](const IntakeBookRow &r) { return r.channel == channel; });
        byChannel.append({channelLabel(channel), int(count)});
    }
    QList<std::pair<QString, int>> byStatus;
    for (ComplaintStatus status : {ComplaintStatus::InProgress, ComplaintStatus::Paused,
                                   ComplaintStatus::Completed, ComplaintStatus::Referred,
                                   ComplaintStatus::Voided}) {
        const auto count = std::count_if(m_rows.cbegin(), m_rows.cend(),
                                         [&](const IntakeBookRow &r) { return r.status == status; });
        byStatus.append({statusLabel(status), int(count)});
    }
    QString total = formatNumber(m_rows.size());
    total += u" aduan"_s;
    form.fields({{u"Jumlah aduan"_s, total},
                 {u"Menurut cara penyampaian"_s, countsText(byChannel)},
                 {u"Menurut status"_s, countsText(byStatus)}},
                45.0);
    document->setTextWidth(page.paperSizePt().width());
    return document;
}

void IntakeBookPrint::paginate()
{
    const PageSetup page = pageSetup();
    const QMarginsF margins = page.marginsPt();
    auto geometry = std::make_unique<Geometry>();
    Geometry &g = *geometry;
    // Fonts resolved for the point device, as the documents' fonts are: sizes in points.
    g.font = QFont(printFont(kPointSize), pointDevice());
    g.headerFont = QFont(printFont(kPointSize, true), pointDevice());
    const qreal width = page.contentSizePt().width();
    qreal x = margins.left();
    g.columnX << x;
    for (qreal percent : kColumnPercent) {
        x += width * percent / 100.0;
        g.columnX << x;
    }
    g.bottom = page.paperSizePt().height() - margins.bottom();
    {
        const std::unique_ptr<QTextDocument> head = headDocument();
        g.firstTop = head->documentLayout()->documentSize().height() - margins.bottom() + kGapPt;
        const std::unique_ptr<QTextDocument> totals = totalsDocument();
        g.totalsHeight = totals->documentLayout()->documentSize().height() - margins.top()
                         - margins.bottom();
    }
    g.laterTop = margins.top();
    QTextLayout layout;
    layout.setCacheEnabled(false);
    qreal header = 0;
    const QStringList headerTexts = headers();
    for (int column = 0; column < kColumns; ++column) {
        header = qMax(header, layoutWrapped(layout, headerTexts.at(column), g.headerFont,
                                         g.textWidth(column), Qt::AlignHCenter));
    }
    g.headerHeight = header + 2 * kPaddingPt;
    g.lineHeight = layoutWrapped(layout, u"Ag"_s, g.font, 1000.0, Qt::AlignLeft);
    std::fill(g.advances.begin(), g.advances.end(), -1.0);

    const int total = int(m_rows.size());
    g.textHeights.resize(total);
    for (int index = 0; index < total; ++index) {
        const QStringList texts = rowTexts(index);
        qreal tallest = 0;
        for (int column = 0; column < kColumns; ++column) {
            tallest = qMax(tallest, g.cellHeight(layout, texts.at(column), g.textWidth(column),
                                                 columnAlignment(column)));
        }
        g.textHeights[index] = tallest;
    }

    // Fill the pages with whole lines.
    m_slices.clear();
    m_plan.clear();
    m_pages.clear();
    auto newPage = [&](bool first) {
        m_plan.push_back(PagePlan{int(m_slices.size()), 0, false, 0});
        m_pages << RegisterPage{int(m_pages.isEmpty() ? 0 : m_pages.last().firstRow + m_pages.last().rowCount), 0};
        return (first ? g.firstTop : g.laterTop) + g.headerHeight;
    };
    qreal y = newPage(true);
    for (int index = 0; index < total; ++index) {
        const qreal height = g.textHeights.at(index);
        qreal from = 0;
        while (from < height || (height == 0 && from == 0)) {
            const qreal room = g.bottom - y - 2 * kPaddingPt;
            const bool empty = m_plan.back().sliceCount == 0;
            qreal to = height;
            if (height - from > room) {
                if (!empty) { // the line goes whole to the next page
                    y = newPage(false);
                    continue;
                }
                // Taller than a page: as many of its lines as fit here, the rest on the next.
                to = from + qMax<qreal>(room, 1.0);
                // Cut above any text line that would cross the cut, in every cell.
                const QStringList texts = rowTexts(index);
                for (bool moved = true; moved;) {
                    moved = false;
                    for (int column = 0; column < kColumns; ++column) {
                        layoutWrapped(layout, texts.at(column), g.font, g.textWidth(column),
                                   columnAlignment(column));
                        for (int i = 0; i < layout.lineCount(); ++i) {
                            const QTextLine line = layout.lineAt(i);
                            if (line.y() > from && line.y() < to && line.y() + line.height() > to) {
                                to = line.y();
                                moved = true;
                            }
                        }
                    }
                }
            }
            if (from == 0)
                ++m_pages.last().rowCount;
            m_slices.push_back(Slice{index, from, to});
            ++m_plan.back().sliceCount;
            y += (to - from) + 2 * kPaddingPt;
            from = to;
            if (height == 0)
                break;
        }
    }
    // The totals, under the last line or on a page of their own.
    y += kGapPt * 2;
    if (y + g.totalsHeight > g.bottom && total > 0) {
        m_plan.push_back(PagePlan{int(m_slices.size()), 0, false, 0});
        m_pages << RegisterPage{total, 0};
        y = g.laterTop;
    }
    m_plan.back().totals = true;
    m_plan.back().totalsTop = y;
    m_geometry = std::move(geometry);
    m_paginated = true;
}

const QList<RegisterPage> &IntakeBookPrint::pages()
{
    if (!m_paginated)
        paginate();
    return m_pages;
}

int IntakeBookPrint::pageCount()
{
    return int(pages().size());
}

void IntakeBookPrint::paintPlan(QPainter &painter, const PagePlan &plan, int pageIndex,
                                const QTextDocument *head, const QTextDocument *totals,
                                std::array<LayoutCache, kColumns> &cache) const
{
    const Geometry &g = *m_geometry;
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, palette::color(palette::ink));
    if (pageIndex == 0)
        head->documentLayout()->draw(&painter, context);

    const bool table = plan.sliceCount > 0 || pageIndex == 0 || !plan.totals;
    qreal y = pageIndex == 0 ? g.firstTop : g.laterTop;
    QList<QLineF> rules;
    const qreal left = g.columnX.first();
    const qreal right = g.columnX.last();
    if (table) {
        const qreal top = y;
        painter.fillRect(QRectF(left, y, right - left, g.headerHeight), palette::color(palette::tableHeadFill));
        QTextLayout layout;
        layout.setCacheEnabled(false);
        painter.setPen(palette::color(palette::ink));
        const QStringList headerTexts = headers();
        for (int column = 0; column < kColumns; ++column) {
            layoutWrapped(layout, headerTexts.at(column), g.headerFont, g.textWidth(column),
                       Qt::AlignHCenter);
            layout.draw(&painter, QPointF(g.columnX.at(column) + kPaddingPt, y + kPaddingPt));
        }
        y += g.headerHeight;
        rules << QLineF(left, top, right, top) << QLineF(left, y, right, y);
        for (int s = plan.firstSlice; s < plan.firstSlice + plan.sliceCount; ++s) {
            const Slice &slice = m_slices.at(std::size_t(s));
            const bool part = slice.from > 0 || slice.to < g.textHeights.at(slice.row);
            const QRectF rowRect(left, y, right - left, (slice.to - slice.from) + 2 * kPaddingPt);
            if (part) {
                painter.save();
                painter.setClipRect(rowRect.adjusted(0, kPaddingPt, 0, -kPaddingPt));
            }
            const QStringList texts = rowTexts(slice.row);
            for (int column = 0; column < kColumns; ++column) {
                const QPointF at(g.columnX.at(column) + kPaddingPt, y + kPaddingPt - slice.from);
                if (repeats(column)) {
                    cache.at(column)
                        .layout(texts.at(column), g.font, g.textWidth(column), columnAlignment(column))
                        .draw(&painter, at);
                    continue;
                }
                layoutWrapped(layout, texts.at(column), g.font, g.textWidth(column),
                           columnAlignment(column));
                layout.draw(&painter, at);
            }
            if (part)
                painter.restore();
            y = rowRect.bottom();
            rules << QLineF(left, y, right, y);
        }
        for (qreal columnX : g.columnX)
            rules << QLineF(columnX, top, columnX, y);
        QPen pen(palette::color(palette::ink), kRulePt);
        pen.setCapStyle(Qt::SquareCap);
        painter.setPen(pen);
        painter.drawLines(rules);
    }
    if (plan.totals) {
        painter.save();
        painter.translate(0, plan.totalsTop - pageSetup().marginsPt().top());
        totals->documentLayout()->draw(&painter, context);
        painter.restore();
    }
}

void IntakeBookPrint::paintPages(PageWriter &writer)
{
    if (!m_paginated)
        paginate();
    const std::unique_ptr<QTextDocument> head = headDocument();
    const std::unique_ptr<QTextDocument> totals = totalsDocument();
    std::array<LayoutCache, kColumns> cache;
    for (std::size_t index = 0; index < m_plan.size(); ++index) {
        writer.paintPage([&](QPainter &painter) {
            paintPlan(painter, m_plan.at(index), int(index), head.get(), totals.get(), cache);
        });
    }
}

} // namespace aduan::forms
