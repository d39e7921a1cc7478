#include "intakebook/intakebookprint.h"

#include "document/complaintview.h"
#include "document/documentrenderer.h"
#include "document/formbuilder.h"
#include "document/pagewriter.h"
#include "document/printfonts.h"
#include "domain/role.h"
#include "util/indonesian.h"

#include <QAbstractTextDocumentLayout>
#include <algorithm>
#include <limits>
#include <QMap>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

constexpr qreal kRegisterPointSize = 8.5;
constexpr int kMeasureRows = 500;        // lines measured per unpaginated document
constexpr int kPagesPerDocument = 20;    // pages laid out per document when painting
constexpr qreal kCellPaddingPt = FormBuilder::kGridPaddingPt;
constexpr qreal kTableGapPt = FormBuilder::kGridGapPt;
constexpr qreal kSafetyPt = 1.5;         // room left at the foot of a page for rounding

const QList<QTextLength> &columnWidths()
{
    // Percentages only: the columns never depend on the content, so every chunk lays out alike.
    static const QList<QTextLength> widths{
        QTextLength(QTextLength::PercentageLength, 5),  QTextLength(QTextLength::PercentageLength, 14),
        QTextLength(QTextLength::PercentageLength, 11), QTextLength(QTextLength::PercentageLength, 15),
        QTextLength(QTextLength::PercentageLength, 8),  QTextLength(QTextLength::PercentageLength, 25),
        QTextLength(QTextLength::PercentageLength, 10), QTextLength(QTextLength::PercentageLength, 12)};
    return widths;
}

QStringList headers()
{
    return {u"No."_s,     u"Nomor Agenda"_s, u"Diterima"_s, u"Pengadu"_s,
            u"Saluran"_s, u"Pokok Aduan"_s,  u"Kategori"_s, u"Status"_s};
}

QString statusText(const IntakeBookRow &row)
{
    QString text = statusLabel(row.status);
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

void writeCell(QTextTable *table, int row, int column, const QString &text,
               const QTextCharFormat &format, Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    if (alignment != Qt::AlignLeft) {
        QTextBlockFormat block = cursor.blockFormat();
        block.setAlignment(alignment);
        cursor.setBlockFormat(block);
    }
    cursor.insertText(cellText(text), format);
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

} // namespace

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

struct IntakeBookPrint::Measure {
    QList<qreal> advance;     ///< per line: its height plus one grid line, in points
    qreal header = 0;         ///< the header row's advance
    qreal topBorder = 0;      ///< the table's top border
    qreal firstTableTop = 0;  ///< the table's top on the first page (after letterhead and title)
};

std::unique_ptr<QTextDocument> IntakeBookPrint::newDocument() const
{
    auto document = std::make_unique<QTextDocument>();
    DocumentRenderer::prepare(*document, pageSetup());
    document->setDefaultFont(printFont(kRegisterPointSize));
    // No layout while the lines go in (Qt lays out a document with a null page size never, and
    // one with a page size again after every edit of a table): the caller sets the size after.
    document->setPageSize(QSizeF());
    return document;
}

QTextTable *IntakeBookPrint::insertTable(FormBuilder &form, int firstRow, int rowCount) const
{
    QTextTable *table = form.grid(headers(), columnWidths(), rowCount);
    const QTextCharFormat format;
    for (int i = 0; i < rowCount; ++i) {
        const int index = firstRow + i;
        const IntakeBookRow &row = m_rows.at(index);
        const int r = i + 1;
        writeCell(table, r, 0, formatNumber(index + 1), format, Qt::AlignRight);
        writeCell(table, r, 1, orDash(row.agendaNumber), format);
        writeCell(table, r, 2, receivedText(row, m_context.zone), format);
        writeCell(table, r, 3, orDash(row.complainantName), format);
        writeCell(table, r, 4, channelLabel(row.channel), format);
        writeCell(table, r, 5, orDash(row.subject), format);
        writeCell(table, r, 6, orDash(row.category), format);
        writeCell(table, r, 7, statusText(row), format);
    }
    form.finishGrid();
    return table;
}

void IntakeBookPrint::insertTotals(FormBuilder &form) const
{
    if (m_rows.isEmpty())
        form.paragraph(u"Tidak ada aduan pada periode ini."_s, Qt::AlignLeft);
    QList<std::pair<QString, int>> byChannel;
    for (Channel channel : allChannels()) {
        const auto count = std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const IntakeBookRow &r) {
            return r.channel == channel;
        });
        byChannel.append({channelLabel(channel), int(count)});
    }
    QList<std::pair<QString, int>> byStatus;
    for (ComplaintStatus status : {ComplaintStatus::InProgress, ComplaintStatus::Paused,
                                   ComplaintStatus::Completed, ComplaintStatus::Referred,
                                   ComplaintStatus::Voided}) {
        const auto count = std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const IntakeBookRow &r) {
            return r.status == status;
        });
        byStatus.append({statusLabel(status), int(count)});
    }
    QString total = formatNumber(m_rows.size());
    total += u" aduan"_s;
    form.fields({{u"Jumlah aduan"_s, total},
                 {u"Menurut cara penyampaian"_s, countsText(byChannel)},
                 {u"Menurut status"_s, countsText(byStatus)}},
                45.0);
}

void IntakeBookPrint::measure(Measure &measure) const
{
    const int total = int(m_rows.size());
    measure.advance.resize(total);
    for (int start = 0;; start += kMeasureRows) {
        const int count = qMin(kMeasureRows, total - start);
        std::unique_ptr<QTextDocument> document = newDocument();
        FormBuilder form(*document, pageSetup());
        if (start == 0) {
            form.letterhead(m_context.office);
            form.title(u"BUKU PENERIMAAN PENGADUAN"_s, registerPeriodText(m_from, m_to));
        }
        QTextTable *table = insertTable(form, start, count);
        document->setTextWidth(pageSetup().paperSizePt().width()); // unpaginated
        QAbstractTextDocumentLayout *layout = document->documentLayout();
        layout->documentSize(); // lays the document out
        const QRectF frame = layout->frameBoundingRect(table);
        // The top of each row's text (the highest cell: header cells are centred vertically).
        QList<qreal> tops(count + 2);
        for (int r = 0; r <= count; ++r) {
            qreal top = std::numeric_limits<qreal>::max();
            for (int column = 0; column < table->columns(); ++column) {
                const QTextBlock block = table->cellAt(r, column).firstCursorPosition().block();
                top = qMin(top, layout->blockBoundingRect(block).top());
            }
            tops[r] = top;
        }
        // Where the text of one more row would start: below the bottom grid line.
        tops[count + 1] = frame.bottom() + kCellPaddingPt;
        if (start == 0) {
            measure.firstTableTop = frame.top();
            measure.topBorder = tops[0] - frame.top() - kCellPaddingPt;
            measure.header = tops[1] - tops[0];
        }
        for (int i = 0; i < count; ++i)
            measure.advance[start + i] = tops[i + 2] - tops[i + 1];
        if (start + count >= total)
            break;
    }
}

std::unique_ptr<QTextDocument> IntakeBookPrint::buildPages(int firstPage, int pageCount,
                                                           bool withTotals) const
{
    std::unique_ptr<QTextDocument> document = newDocument();
    FormBuilder form(*document, pageSetup());
    for (int page = firstPage; page < firstPage + pageCount; ++page) {
        if (page == 0) {
            form.letterhead(m_context.office);
            form.title(u"BUKU PENERIMAAN PENGADUAN"_s, registerPeriodText(m_from, m_to));
        } else if (page != firstPage) {
            form.pageBreak();
        }
        insertTable(form, m_pages.at(page).firstRow, m_pages.at(page).rowCount);
    }
    if (withTotals)
        insertTotals(form);
    document->setPageSize(pageSetup().paperSizePt());
    return document;
}

void IntakeBookPrint::paginate()
{
    Measure sizes;
    measure(sizes);
    const PageSetup page = pageSetup();
    const qreal bottom = page.paperSizePt().height() - page.marginsPt().bottom() - kSafetyPt;
    const qreal laterTableTop = page.marginsPt().top() + kTableGapPt;

    m_pages.clear();
    const int total = int(m_rows.size());
    int row = 0;
    do {
        const bool firstPage = m_pages.isEmpty();
        qreal y = (firstPage ? sizes.firstTableTop : laterTableTop) + sizes.topBorder + sizes.header;
        RegisterPage registerPage{row, 0};
        // Whole lines only; a page takes at least one line (a line taller than a page, which a
        // register does not have, would continue on the next page).
        while (row < total && (y + sizes.advance.at(row) <= bottom || registerPage.rowCount == 0)) {
            y += sizes.advance.at(row);
            ++registerPage.rowCount;
            ++row;
        }
        m_pages << registerPage;
    } while (row < total);
    m_pagesWithLines = int(m_pages.size());

    // The totals follow the last line; they may need pages of their own.
    const std::unique_ptr<QTextDocument> last = buildPages(m_pagesWithLines - 1, 1, true);
    for (int extra = 1; extra < last->pageCount(); ++extra)
        m_pages << RegisterPage{total, 0};
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

void IntakeBookPrint::paintPages(PageWriter &writer)
{
    if (!m_paginated)
        paginate();
    for (int first = 0; first < m_pagesWithLines; first += kPagesPerDocument) {
        const int count = qMin(kPagesPerDocument, m_pagesWithLines - first);
        const bool last = first + count == m_pagesWithLines;
        const std::unique_ptr<QTextDocument> document = buildPages(first, count, last);
        const int pages = document->pageCount();
        const int planned = last ? int(m_pages.size()) - first : count;
        if (pages != planned)
            qWarning("Buku Penerimaan Pengaduan: pages %d-%d laid out on %d pages instead of %d",
                     first + 1, first + count, pages, planned);
        for (int index = 0; index < pages; ++index)
            writer.paintTextPage(*document, index);
    }
}

} // namespace aduan::forms
