#include "complaintform/complaintformprint.h"
#include "document/documentrenderer.h"
#include "document/letterhead.h"
#include "document/pagesetup.h"
#include "pdftext.h"
#include "printfixtures.h"

#include "catch_qt.h"

#include <QBuffer>
#include <QProcess>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace aduan;
using namespace aduan::printtest;

namespace {

/// "Page size: 595.276 x 841.89 pts (A4)" → {595.276, 841.89}.
QSizeF pdfPageSize(const QString &path)
{
    QProcess process;
    process.start(u"pdfinfo"_s, {path});
    REQUIRE(process.waitForFinished(30000));
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression size(u"Page size:\\s+([0-9.]+) x ([0-9.]+) pts"_s);
    const QRegularExpressionMatch match = size.match(info);
    REQUIRE(match.hasMatch());
    return {match.captured(1).toDouble(), match.captured(2).toDouble()};
}

} // namespace

TEST_CASE("Paper sizes in mm and points", "[print]")
{
    forms::PageSetup a4;
    CHECK(a4.paperSizeMm() == QSizeF(210, 297));
    forms::PageSetup f4;
    f4.paper = forms::PaperSize::F4;
    CHECK(f4.paperSizeMm() == QSizeF(215, 330));
    f4.orientation = QPageLayout::Landscape;
    CHECK(f4.paperSizeMm() == QSizeF(330, 215));
    CHECK(f4.paperSizePt().width() == Approx(330 * 72 / 25.4));
    CHECK(a4.contentSizePt().width() == Approx((210 - 30 - 20) * 72 / 25.4));
}

TEST_CASE("Forms print on A4 and F4 sheets, with no page number of Qt's own", "[print]")
{
    PdfFolder folder;
    for (forms::PaperSize paper : {forms::PaperSize::A4, forms::PaperSize::F4}) {
        auto document = forms::complaintFormDocument(walkthroughA(), context(paper));
        const QString path = folder.write(document, paper == forms::PaperSize::A4
                                                        ? u"A-formulir-aduan-a4"_s
                                                        : u"A-formulir-aduan-f4"_s);
        const QSizeF size = pdfPageSize(path);
        const QSizeF expected = paper == forms::PaperSize::A4 ? QSizeF(595.28, 841.89)
                                                              : QSizeF(609.45, 935.43);
        CHECK(size.width() == Approx(expected.width()).margin(0.5));
        CHECK(size.height() == Approx(expected.height()).margin(0.5));
        const QString text = pdfText(path, TextOrder::Layout);
        CHECK_FALSE(text.contains(u"Halaman"_s)); // one page: no "Halaman 1 dari 1"
        // No requirement list given: the names come from the SOP revision shipped.
        CHECK(text.contains(u"Kartu Identitas"_s));
        CHECK_FALSE(text.contains(u"identity_card"_s));
        static const QRegularExpression lonePageNumber(u"^\\s*1\\s*$"_s,
                                                       QRegularExpression::MultilineOption);
        CHECK_FALSE(lonePageNumber.match(text).hasMatch());
    }
}

TEST_CASE("A plain QTextDocument prints through the renderer", "[print]")
{
    PdfFolder folder;
    QTextDocument document;
    forms::PageSetup page;
    forms::DocumentRenderer::prepare(document, page);
    QTextCursor cursor(&document);
    for (int i = 1; i <= 120; ++i) {
        cursor.insertText(u"Baris nomor "_s + QString::number(i) + u" <i>bukan miring</i>"_s);
        cursor.insertBlock();
    }
    const int pages = forms::DocumentRenderer::pageCount(document);
    CHECK(pages >= 2);
    const QString path = folder.filePath(u"polos"_s);
    QString error;
    REQUIRE(forms::DocumentRenderer::writePdf(document, page, path, &error));
    CHECK(pdfPageCount(path) == pages);
    const QString text = pdfFlatText(path);
    CHECK(text.contains(u"Baris nomor 120 <i>bukan miring</i>"_s));
}

TEST_CASE("Writing a PDF where it cannot be written reports it", "[print]")
{
    auto document = forms::complaintFormDocument(walkthroughA(), context());
    QString error;
    CHECK_FALSE(forms::DocumentRenderer::writePdf(document, u"/nonexistent-folder/x/y.pdf"_s, &error));
    CHECK(error.contains(u"/nonexistent-folder/x/y.pdf"_s));
}

TEST_CASE("The print preview paints every page", "[print]")
{
    const ComplaintRecord strange = fromCase(u"long-and-strange-text"_s, u"0005/ADUAN/IV/2026"_s,
                                             wib(2026, 4, 7, 9, 0));
    auto document = forms::complaintFormDocument(strange, context(forms::PaperSize::F4));
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewWidget preview(&printer);
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, &preview,
                     [&](QPrinter *target) { forms::DocumentRenderer::paint(document, target); });
    preview.updatePreview();
    CHECK(preview.pageCount() == document.pageCount());
    CHECK(printer.pageLayout().pageSize().size(QPageSize::Millimeter).toSize() == QSize(215, 330));
}

TEST_CASE("The letterhead emblem: the profile's PNG, else the bundled placeholder", "[print]")
{
    const QImage placeholder(QString::fromUtf16(forms::kPlaceholderEmblemPath));
    CHECK_FALSE(placeholder.isNull());
    OfficeProfile profile = office();
    CHECK(forms::letterheadEmblem(profile).size() == placeholder.size());

    QImage own(40, 50, QImage::Format_ARGB32);
    own.fill(Qt::red);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    own.save(&buffer, "PNG");
    profile.emblemPng = buffer.data();
    CHECK(forms::letterheadEmblem(profile).size() == QSize(40, 50));

    profile.emblemPng = QByteArrayLiteral("not a png");
    CHECK_FALSE(forms::letterheadEmblem(profile).isNull());
}
