#include "document/documentrenderer.h"

#include "document/pagewriter.h"
#include "document/pointdevice.h"
#include "document/printfonts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPrinter>
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
    printer.setPageLayout(page.fullPageLayout());
    printer.setPageSize(page.pageSize());
    printer.setPageOrientation(page.orientation);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    if (!title.isEmpty())
        printer.setDocName(title);
    printer.setCreator(u"Aduan"_s);
}

bool DocumentRenderer::writePdf(Printable &printable, const QString &path, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    configurePrinter(printer, printable.pageSetup(), printable.title());
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
