#include "document/letterhead.h"

#include "common/palette.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

constexpr qreal kEmblemWidthPt = 56.0;  // about 20 mm
constexpr qreal kSideColumnPt = 68.0;   // the emblem's column, mirrored on the right

QImage drawnPlaceholder()
{
    QImage image(240, 288, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath shield;
    shield.moveTo(12, 12);
    shield.lineTo(228, 12);
    shield.lineTo(228, 150);
    shield.cubicTo(228, 220, 170, 255, 120, 278);
    shield.cubicTo(70, 255, 12, 220, 12, 150);
    shield.closeSubpath();
    painter.setPen(QPen(palette::color(palette::emblemOutline), 8));
    painter.setBrush(palette::color(palette::emblemFill));
    painter.drawPath(shield);
    return image;
}

QTextCharFormat lineFormat(qreal pointSize, bool bold)
{
    QTextCharFormat format;
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

} // namespace

QImage opaqueOnPaper(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image;
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.setDotsPerMeterX(image.dotsPerMeterX());
    flat.setDotsPerMeterY(image.dotsPerMeterY());
    flat.fill(palette::color(palette::paper));
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat;
}

QImage letterheadEmblem(const OfficeProfile &office)
{
    QImage image;
    if (!office.emblemPng.isEmpty())
        image.loadFromData(office.emblemPng, "PNG");
    if (image.isNull())
        image.load(QString::fromUtf16(kPlaceholderEmblemPath));
    if (image.isNull())
        image = drawnPlaceholder();
    return opaqueOnPaper(image);
}

void insertLetterhead(QTextCursor &cursor, const OfficeProfile &office, qreal unitsPerPoint)
{
    const auto pt = [unitsPerPoint](qreal points) { return points * unitsPerPoint; };
    QTextDocument *document = cursor.document();
    const QImage emblem = letterheadEmblem(office);
    const QUrl emblemUrl(u"aduan-forms:letterhead-emblem"_s);
    document->addResource(QTextDocument::ImageResource, emblemUrl, emblem);

    QTextTableFormat tableFormat;
    tableFormat.setBorder(0);
    tableFormat.setBorderCollapse(true);
    tableFormat.setCellSpacing(0);
    tableFormat.setCellPadding(0);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints({QTextLength(QTextLength::FixedLength, pt(kSideColumnPt)),
                                           QTextLength(QTextLength::VariableLength, 0),
                                           QTextLength(QTextLength::FixedLength, pt(kSideColumnPt))});
    tableFormat.setBottomMargin(pt(12.0));
    QTextTable *table = cursor.insertTable(1, 3, tableFormat);

    for (int column = 0; column < 3; ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        cellFormat.setBottomBorder(pt(3.5));
        cellFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Double);
        cellFormat.setBottomBorderBrush(palette::color(palette::ink));
        cellFormat.setBottomPadding(pt(5.0));
        cell.setFormat(cellFormat);
    }

    // The emblem, scaled to its width.
    QTextCursor emblemCursor = table->cellAt(0, 0).firstCursorPosition();
    QTextImageFormat imageFormat;
    imageFormat.setName(emblemUrl.toString());
    imageFormat.setWidth(pt(kEmblemWidthPt));
    imageFormat.setHeight(pt(kEmblemWidthPt) * emblem.height() / qMax(1, emblem.width()));
    emblemCursor.insertImage(imageFormat);

    // The centred lines.
    QTextCursor text = table->cellAt(0, 1).firstCursorPosition();
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
    text.setBlockFormat(centred);
    text.insertText(office.government, lineFormat(14.0, true));
    text.insertBlock(centred);
    text.insertText(office.officeName, lineFormat(17.0, true));
    if (!office.address.isEmpty()) {
        text.insertBlock(centred);
        text.insertText(office.address, lineFormat(10.0, false));
    }

    cursor = table->lastCursorPosition();
    cursor.movePosition(QTextCursor::NextBlock);
}

} // namespace aduan::forms
