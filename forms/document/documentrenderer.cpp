#include "document/documentrenderer.h"

#include "document/pagewriter.h"
#include "document/pointdevice.h"
#include "document/printfonts.h"
#include "util/filenames.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

/// A prepared QTextDocument as a Printable, without ownership.
class TextPrintable final : public Printable
{
public:
    TextPrintable(QTextDocument &document, const PageSetup &page)
        : m_document(document), m_page(page)
    {
    }
    PageSetup pageSetup() const override { return m_page; }
    QString title() const override { return m_document.metaInformation(QTextDocument::DocumentTitle); }
    PageDecoration decoration() const override { return {}; }
    int pageCount() override { return DocumentRenderer::pageCount(m_document); }
    void paintPages(PageWriter &writer) override
    {
        const int pages = pageCount();
        for (int i = 0; i < pages; ++i)
            writer.paintTextPage(m_document, i);
    }

private:
    QTextDocument &m_document;
    PageSetup m_page;
};

/// The printer's own page size for the paper of `page` (a driver's "F4" or "Folio 8.5x13", which
/// its print dialog then offers again), or our own definition when it has none (a PDF file).
QPageSize printersOwnSize(const QPrinter &printer, const PageSetup &page)
{
    if (printer.outputFormat() == QPrinter::NativeFormat && !printer.printerName().isEmpty()) {
        const QList<QPageSize> sizes = QPrinterInfo(printer).supportedPageSizes();
        for (const QPageSize &size : sizes) {
            if (paperOf(size) == page.paper)
                return size;
        }
    }
    return page.pageSize();
}

bool paintAll(Printable &printable, QPrinter &printer)
{
    const int pages = printable.pageCount();
    PageWriter writer(printer, printable.pageSetup(), printable.decoration(), pages);
    if (!writer.isActive())
        return false;
    printable.paintPages(writer);
    return writer.finish();
}

} // namespace

void DocumentRenderer::prepare(QTextDocument &document, const PageSetup &page)
{
    document.documentLayout()->setPaintDevice(pointDevice());
    document.setUseDesignMetrics(true);
    document.setDefaultFont(printFont(11.0));
    document.setPageSize(page.paperSizePt());
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    const QMarginsF margins = page.marginsPt() * layoutUnitsPerPoint();
    root.setLeftMargin(margins.left());
    root.setTopMargin(margins.top());
    root.setRightMargin(margins.right());
    root.setBottomMargin(margins.bottom());
    root.setPadding(0);
    root.setBorder(0);
    document.rootFrame()->setFrameFormat(root);
}

int DocumentRenderer::pageCount(const QTextDocument &document)
{
    return document.pageCount();
}

void DocumentRenderer::configurePrinter(QPrinter &printer, const PageSetup &page,
                                        const QString &title)
{
    printer.setFullPage(true);
    // A page the printer already has for this paper (a driver's own "F4" or "Folio", chosen in
    // the print dialog) is kept: its name is what the queue knows.
    if (paperOf(printer.pageLayout().pageSize()) != page.paper) {
        printer.setPageLayout(page.fullPageLayout());
        printer.setPageSize(printersOwnSize(printer, page));
    }
    printer.setPageOrientation(page.orientation);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    // The job's name is also the file name the print dialog proposes for "Cetak ke berkas"
    // (Qt: "<docName>.pdf"): an agenda number's slashes would make it a folder path.
    if (!title.isEmpty())
        printer.setDocName(safeFileName(title));
    printer.setCreator(u"Aduan"_s);
}

bool DocumentRenderer::writePdf(Printable &printable, const QString &path, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    configurePrinter(printer, printable.pageSetup(), printable.title());
    printer.setDocName(printable.title()); // the PDF's title, slashes and all
    if (!paintAll(printable, printer)) {
        if (error)
            *error = QCoreApplication::translate("aduan::forms",
                                                 "The PDF file %1 could not be written.")
                         .arg(path);
        return false;
    }
    return true;
}

bool DocumentRenderer::writePdf(QTextDocument &document, const PageSetup &page,
                                const QString &path, QString *error)
{
    TextPrintable printable(document, page);
    return writePdf(printable, path, error);
}

bool DocumentRenderer::print(Printable &printable, QPrinter &printer)
{
    configurePrinter(printer, printable.pageSetup(), printable.title());
    return paintAll(printable, printer);
}

bool DocumentRenderer::print(QTextDocument &document, const PageSetup &page, QPrinter &printer)
{
    TextPrintable printable(document, page);
    return print(printable, printer);
}

void DocumentRenderer::paint(Printable &printable, QPrinter *printer)
{
    if (printer)
        print(printable, *printer);
}

} // namespace aduan::forms
