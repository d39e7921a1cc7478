#pragma once

#include "document/pagesetup.h"
#include "document/printable.h"

#include <functional>
#include <memory>

class QPrinter;

namespace aduan::gui::printing {

/// Lays a document out for a paper: a print layout bound to its data (e.g. the Formulir Aduan
/// of one complaint with the print context, its PrintContext::paper set to the argument).
using PrintableFactory = std::function<std::unique_ptr<forms::Printable>(forms::PaperSize)>;

/// One document on its way to paper, laid out for the paper the printer is set to: a 215 × 330
/// mm page chosen in the print dialog (or its printer properties, or the preview's page setup)
/// lays the document out on F4 instead of being reset to the paper it was first laid out for
/// (issue 18). A page that is neither A4 nor F4 (forms::paperOf()) keeps the current layout,
/// and the printer is set to it.
class PrintJob
{
public:
    PrintJob(PrintableFactory factory, forms::PaperSize paper);

    /// The document as laid out for paper().
    forms::Printable &printable() { return *m_printable; }
    forms::PaperSize paper() const { return m_paper; }
    /// Lays the document out again for `paper` when it differs from paper().
    void setPaper(forms::PaperSize paper);
    /// Follows the paper `printer` is set to (setPaper()), sets the printer to the document's
    /// page (DocumentRenderer::configurePrinter()) and paints every page. For
    /// QPrintPreviewDialog::paintRequested and for printing without a dialog. False when the
    /// printer could not be opened.
    bool paint(QPrinter &printer);

private:
    PrintableFactory m_factory;
    forms::PaperSize m_paper;
    std::unique_ptr<forms::Printable> m_printable;
};

/// Qt 6.4's print dialog (Unix, CUPS) opens on the queue's default paper (its PPD's PageSize),
/// whatever page the printer was given, and hands that back when accepted as opened. A page that
/// is exactly the queue's default while `job` is laid out for another paper is taken for that
/// reset: the printer is set back to the job's paper (the preview's "Kertas" choice wins; to
/// print on the queue's default paper, choose it there). Does nothing for a PDF file or when
/// the page is another one.
void keepPaperOverQueueDefault(QPrinter &printer, PrintJob &job);

/// The paper this PC prints on (AppSettings::paper(); A4 when unset or unknown).
forms::PaperSize preferredPaper();
/// Opens `printer` on the queue this PC printed on last (AppSettings::printerName()), when that
/// queue still exists; otherwise it stays on the system's default.
void restorePrinter(QPrinter &printer);
/// Remembers, for the next print dialog on this PC, the queue `printer` printed on (not when
/// it wrote a file: "Cetak ke berkas" keeps the last queue) and `paper`.
void rememberPrinter(const QPrinter &printer, forms::PaperSize paper);
/// Prints `job` on `printer` without a dialog — the same path as the print preview's "Cetak"
/// after its dialog: laid out for the printer's paper, then printer and paper remembered.
/// False when the printer could not be opened (nothing remembered then).
bool printOn(QPrinter &printer, PrintJob &job);

} // namespace aduan::gui::printing
