#include "document/formbuilder.h"

#include "common/palette.h"
#include "document/letterhead.h"
#include "document/pointdevice.h"
#include "document/printfonts.h"
#include "validation/nip.h"

#include <QFontMetricsF>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

QTextCharFormat charFormat(bool bold = false, qreal pointSize = 0, bool underline = false)
{
    QTextCharFormat format;
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    if (pointSize > 0)
        format.setFontPointSize(pointSize);
    format.setFontUnderline(underline);
    return format;
}

/// A block format; margins in layout units (FormBuilder::length).
QTextBlockFormat blockFormat(Qt::Alignment alignment, qreal bottomMargin = 0, qreal indent = 0)
{
    QTextBlockFormat format;
    format.setAlignment(alignment);
    format.setTopMargin(0);
    format.setBottomMargin(bottomMargin);
    format.setLeftMargin(indent);
    return format;
}

QTextTableFormat plainTableFormat(qreal padding)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellSpacing(0);
    format.setCellPadding(padding);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setMargin(0);
    return format;
}

/// Inserts text with line breaks as separate blocks of the same block format.
void insertLines(QTextCursor &cursor, const QString &text, const QTextCharFormat &format)
{
    // QTextCursor::insertText turns '\n' into block separators; the format of the block stays.
    cursor.insertText(printableText(text), format);
}

} // namespace

QString printableText(const QString &value)
{
    QString text;
    text.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\r') {
            text += u'\n';
            if (i + 1 < value.size() && value.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n' || c == u'\t') {
            text += c;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            continue;
        } else {
            text += c;
        }
    }
    return text;
}

QString orDash(const QString &value)
{
    return value.trimmed().isEmpty() ? u"-"_s : value;
}

FormBuilder::FormBuilder(QTextDocument &document, const PageSetup &page)
    : m_document(document), m_page(page), m_cursor(&document), m_unit(layoutUnitsPerPoint())
{
    m_cursor.movePosition(QTextCursor::End);
}

void FormBuilder::toEnd()
{
    m_cursor.movePosition(QTextCursor::End);
}

void FormBuilder::pageBreak()
{
    toEnd();
    if (!m_atStart)
        m_cursor.insertBlock();
    QTextBlockFormat format = m_cursor.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_cursor.setBlockFormat(format);
    shrinkCurrentBlock(1.0);
    m_atStart = true;
}

void FormBuilder::shrinkCurrentBlock(qreal heightPt)
{
    QTextBlockFormat format = blockFormat(Qt::AlignLeft);
    // Keeps a page break asked for by pageBreak().
    format.setPageBreakPolicy(m_cursor.blockFormat().pageBreakPolicy());
    format.setLineHeight(length(heightPt), QTextBlockFormat::FixedHeight);
    m_cursor.setBlockFormat(format);
    QTextCharFormat tiny;
    tiny.setFontPointSize(qMax<qreal>(1.0, heightPt));
    m_cursor.setBlockCharFormat(tiny);
}

void FormBuilder::beginTable(qreal gapPt)
{
    toEnd();
    if (!m_atStart)
        m_cursor.insertBlock();
    // The table goes in after this block: keep the block as a small gap.
    shrinkCurrentBlock(gapPt);
}

void FormBuilder::letterhead(const OfficeProfile &office)
{
    toEnd();
    insertLetterhead(m_cursor, office, m_unit);
    toEnd();
    shrinkCurrentBlock(1.0);
    m_atStart = false;
}

void FormBuilder::title(const QString &title, const QString &subtitle)
{
    toEnd();
    if (!m_atStart)
        m_cursor.insertBlock();
    m_cursor.setBlockFormat(blockFormat(Qt::AlignHCenter, length(subtitle.isEmpty() ? 10.0 : 0.0)));
    m_cursor.setBlockCharFormat(charFormat(true, 12.5));
    m_cursor.insertText(printableText(title), charFormat(true, 12.5, true));
    if (!subtitle.isEmpty()) {
        m_cursor.insertBlock(blockFormat(Qt::AlignHCenter, length(10.0)), charFormat());
        m_cursor.insertText(printableText(subtitle), charFormat());
    }
    m_atStart = false;
}

void FormBuilder::heading(const QString &text)
{
    toEnd();
    if (!m_atStart)
        m_cursor.insertBlock();
    QTextBlockFormat format = blockFormat(Qt::AlignLeft, length(3.0));
    format.setTopMargin(length(9.0));
    format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    m_cursor.setBlockFormat(format);
    m_cursor.setBlockCharFormat(charFormat(true));
    m_cursor.insertText(printableText(text), charFormat(true));
    m_atStart = false;
}

void FormBuilder::paragraph(const QString &text, Qt::Alignment alignment, bool bold,
                            qreal pointSize)
{
    toEnd();
    if (!m_atStart)
        m_cursor.insertBlock();
    m_cursor.setBlockFormat(blockFormat(alignment, length(4.0)));
    m_cursor.setBlockCharFormat(charFormat(bold, pointSize));
    insertLines(m_cursor, text, charFormat(bold, pointSize));
    m_atStart = false;
}

void FormBuilder::fields(const QList<Field> &fields, qreal labelWidthMm)
{
    if (fields.isEmpty())
        return;
    beginTable(2.0);
    QTextTableFormat format = plainTableFormat(length(1.5));
    format.setColumnWidthConstraints({QTextLength(QTextLength::FixedLength, lengthMm(labelWidthMm)),
                                      QTextLength(QTextLength::FixedLength, lengthMm(3.0)),
                                      QTextLength(QTextLength::VariableLength, 0)});
    QTextTable *table = m_cursor.insertTable(int(fields.size()), 3, format);
    for (int row = 0; row < fields.size(); ++row) {
        const Field &field = fields.at(row);
        table->cellAt(row, 0).firstCursorPosition().insertText(printableText(field.label),
                                                               charFormat());
        table->cellAt(row, 1).firstCursorPosition().insertText(u":"_s, charFormat());
        QTextCursor value = table->cellAt(row, 2).firstCursorPosition();
        insertLines(value, orDash(field.value), charFormat());
    }
    toEnd();
    shrinkCurrentBlock(4.0);
    m_atStart = true; // the block after the table is reused by the next part
}

void FormBuilder::longText(const QString &label, const QString &text)
{
    toEnd();
    if (!m_atStart)
        m_cursor.insertBlock();
    QTextBlockFormat labelFormat = blockFormat(Qt::AlignLeft, length(2.0), length(1.5));
    labelFormat.setTopMargin(length(2.0));
    m_cursor.setBlockFormat(labelFormat);
    m_cursor.setBlockCharFormat(charFormat());
    m_cursor.insertText(printableText(label), charFormat());
    m_cursor.insertBlock(blockFormat(Qt::AlignLeft, length(3.0), lengthMm(6.0)), charFormat());
    insertLines(m_cursor, orDash(text), charFormat());
    m_atStart = false;
}

void FormBuilder::numberedList(const QStringList &items)
{
    for (int i = 0; i < items.size(); ++i) {
        toEnd();
        if (!m_atStart)
            m_cursor.insertBlock();
        QTextBlockFormat format = blockFormat(Qt::AlignLeft, length(1.5), lengthMm(6.0));
        format.setTextIndent(-lengthMm(6.0));
        m_cursor.setBlockFormat(format);
        QString line = QString::number(i + 1);
        line += u".\t"_s;
        m_cursor.insertText(line, charFormat());
        insertLines(m_cursor, items.at(i), charFormat());
        m_atStart = false;
    }
}

void FormBuilder::space(qreal mm)
{
    toEnd();
    if (!m_atStart)
        m_cursor.insertBlock();
    shrinkCurrentBlock(mmToPt(mm));
    m_atStart = false;
}

QTextTable *FormBuilder::grid(const QStringList &headers, const QList<QTextLength> &widths,
                              int rows, qreal pointSize)
{
    beginTable(kGridGapPt);
    QTextTableFormat format;
    // Collapsed borders: one thin line between cells. Qt draws the inner grid of a collapsed
    // table only from a border of one layout unit up.
    format.setBorder(qMax<qreal>(1.0, length(0.75)));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(palette::color(palette::ink));
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(length(kGridPaddingPt));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(QList<QTextLength>(widths.begin(), widths.end()));
    format.setHeaderRowCount(headers.isEmpty() ? 0 : 1);
    format.setMargin(0);
    const int headerRows = headers.isEmpty() ? 0 : 1;
    QTextTable *table = m_cursor.insertTable(rows + headerRows, int(widths.size()), format);
    if (pointSize > 0) {
        QTextCharFormat size;
        size.setFontPointSize(pointSize);
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column)
                table->cellAt(row, column).firstCursorPosition().mergeBlockCharFormat(size);
        }
    }
    for (int column = 0; column < headers.size() && column < widths.size(); ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setBackground(palette::color(palette::tableHeadFill));
        cellFormat.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        cell.setFormat(cellFormat);
        setCell(table, 0, column, headers.at(column), true, Qt::AlignHCenter);
    }
    m_atStart = false;
    return table;
}

QList<QTextLength> FormBuilder::columnWidths(const QList<GridColumn> &columns,
                                             qreal pointSize) const
{
    const qreal total = contentWidthPt();
    const qreal size = pointSize > 0 ? pointSize : m_document.defaultFont().pointSizeF();
    // What each column needs for its one-line texts: the text, the padding on both sides, the
    // rule, and one point for rounding.
    QList<qreal> needed;
    for (const GridColumn &column : columns) {
        const QFontMetricsF metrics(printFont(size, column.bold), pointDevice());
        qreal widest = 0;
        for (const QString &text : column.oneLine)
            widest = qMax(widest, metrics.horizontalAdvance(text));
        needed << (widest > 0 ? widest + 2 * kGridPaddingPt + 1.5 : 0.0);
    }
    QList<qreal> widths(columns.size(), 0.0);
    QList<bool> widened(columns.size(), false);
    for (bool changed = true; changed;) {
        changed = false;
        qreal freeWidth = total;
        qreal freeShare = 0;
        for (int i = 0; i < columns.size(); ++i) {
            if (widened.at(i))
                freeWidth -= needed.at(i);
            else
                freeShare += columns.at(i).share;
        }
        for (int i = 0; i < columns.size(); ++i) {
            if (widened.at(i)) {
                widths[i] = needed.at(i);
                continue;
            }
            widths[i] = freeShare > 0 ? qMax<qreal>(0, freeWidth) * columns.at(i).share / freeShare
                                      : 0;
            if (widths.at(i) < needed.at(i)) {
                widened[i] = true;
                changed = true;
            }
        }
    }
    QList<QTextLength> lengths;
    for (const qreal width : widths)
        lengths << QTextLength(QTextLength::PercentageLength, 100.0 * width / total);
    return lengths;
}

void FormBuilder::finishGrid()
{
    toEnd();
    shrinkCurrentBlock(4.0);
    m_atStart = true;
}

QString cellText(const QString &text)
{
    // One block per cell: line breaks inside a cell are line separators, not new paragraphs.
    QString cell = printableText(text);
    cell.replace(u'\n', QChar::LineSeparator);
    return cell;
}

void FormBuilder::setCell(QTextTable *table, int row, int column, const QString &text, bool bold,
                          Qt::Alignment alignment)
{
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat format = cursor.blockFormat();
    format.setAlignment(alignment);
    cursor.setBlockFormat(format);
    QTextCharFormat chars = cursor.blockCharFormat();
    chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    cursor.insertText(cellText(text), chars);
}

void FormBuilder::appendToCell(QTextTable *table, int row, int column, const QString &text,
                               bool bold)
{
    QTextCursor cursor = table->cellAt(row, column).lastCursorPosition();
    QTextCharFormat chars = cursor.blockCharFormat();
    chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    QString line(QChar::LineSeparator);
    line += cellText(text);
    cursor.insertText(line, chars);
}

void FormBuilder::signatures(const QList<Signature> &signatures)
{
    if (signatures.isEmpty())
        return;
    beginTable(mmToPt(6.0));
    QTextTableFormat format = plainTableFormat(length(1.5));
    QList<QTextLength> widths;
    for (qsizetype i = 0; i < signatures.size(); ++i)
        widths << QTextLength(QTextLength::PercentageLength, 100.0 / signatures.size());
    format.setColumnWidthConstraints(widths);
    // A signature block is never split from its name.
    format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    QTextTable *table = m_cursor.insertTable(1, int(signatures.size()), format);
    for (int column = 0; column < signatures.size(); ++column) {
        const Signature &signature = signatures.at(column);
        if (signature.placeAndDate.isEmpty() && signature.titleLines.isEmpty()
            && signature.name.isEmpty() && signature.nip.isEmpty())
            continue; // an empty column (a block on the right only)
        QTextCursor cell = table->cellAt(0, column).firstCursorPosition();
        const QTextBlockFormat centred = blockFormat(Qt::AlignHCenter);
        cell.setBlockFormat(centred);
        cell.insertText(signature.placeAndDate.isEmpty() ? u" "_s
                                                         : printableText(signature.placeAndDate),
                        charFormat());
        for (const QString &line : signature.titleLines) {
            cell.insertBlock(centred, charFormat());
            cell.insertText(printableText(line), charFormat());
        }
        // Room for the hand signature (about 2 cm).
        QTextBlockFormat room = centred;
        room.setLineHeight(lengthMm(20.0), QTextBlockFormat::FixedHeight);
        cell.insertBlock(room, charFormat());
        cell.insertBlock(centred, charFormat());
        if (signature.name.isEmpty())
            cell.insertText(u"(.................................................)"_s, charFormat());
        else
            cell.insertText(printableText(signature.name), charFormat(true, 0, true));
        if (!signature.nip.isEmpty()) {
            cell.insertBlock(centred, charFormat());
            QString nip = u"NIP. "_s;
            nip += formatNip(signature.nip);
            cell.insertText(nip, charFormat());
        }
    }
    toEnd();
    m_atStart = true;
}

} // namespace aduan::forms
