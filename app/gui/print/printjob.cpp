#include "print/printjob.h"

#include "settings/appsettings.h"

#include "document/documentrenderer.h"

#include <QPrinter>
#include <QPrinterInfo>

namespace aduan::gui::printing {

PrintJob::PrintJob(PrintableFactory factory, forms::PaperSize paper)
    : m_factory(std::move(factory))
    , m_paper(paper)
    , m_printable(m_factory(paper))
{
}

void PrintJob::setPaper(forms::PaperSize paper)
{
    if (paper == m_paper && m_printable)
        return;
    m_printable = m_factory(paper);
    m_paper = paper;
}

bool PrintJob::paint(QPrinter &printer)
{
    if (const auto chosen = forms::paperOf(printer.pageLayout().pageSize()))
        setPaper(*chosen);
    return forms::DocumentRenderer::print(*m_printable, printer);
}

void keepPaperOverQueueDefault(QPrinter &printer, PrintJob &job)
{
    if (printer.outputFormat() != QPrinter::NativeFormat || printer.printerName().isEmpty())
        return;
    const QPageSize page = printer.pageLayout().pageSize();
    if (forms::paperOf(page) == job.paper())
        return;
    if (!page.isEquivalentTo(QPrinterInfo(printer).defaultPageSize()))
        return;
    forms::DocumentRenderer::configurePrinter(printer, job.printable().pageSetup(),
                                              job.printable().title());
}

forms::PaperSize preferredPaper()
{
    return forms::paperFromName(AppSettings::paper().value()).value_or(forms::PaperSize::A4);
}

void restorePrinter(QPrinter &printer)
{
    const QString name = AppSettings::printerName().value();
    if (!name.isEmpty() && QPrinterInfo::availablePrinterNames().contains(name))
        printer.setPrinterName(name);
}

void rememberPrinter(const QPrinter &printer, forms::PaperSize paper)
{
    if (printer.outputFormat() == QPrinter::NativeFormat && !printer.printerName().isEmpty())
        AppSettings::printerName().setValue(printer.printerName());
    AppSettings::paper().setValue(forms::paperName(paper));
}

bool printOn(QPrinter &printer, PrintJob &job)
{
    if (!job.paint(printer))
        return false;
    rememberPrinter(printer, job.paper());
    return true;
}

} // namespace aduan::gui::printing
