#pragma once

#include "document/pagesetup.h"
#include "document/printable.h"

#include <QString>

class QPrinter;
class QTextDocument;

namespace aduan::forms {

/// Lays out and prints the office's paper documents (DESIGN.md "Documents"): every document is
/// a QTextDocument laid out in points on an explicit page (A4 210 × 297 mm or F4 215 × 330 mm,
/// margins in mm), so Qt adds no margin or page number of its own; pages go to a PDF file
/// (QPrinter HighResolution, PdfFormat), a printer, or a print preview
/// (QPrintPreviewDialog::paintRequested → paint()).
class DocumentRenderer
{
public:
    DocumentRenderer() = delete;

    /// Prepares an empty document for `page`: layout on the 72-dpi point device with design
    /// metrics, page size = the sheet in points, the page margins as the root frame's margins
    /// (repeated on every page), the print font at 11 pt. Call before inserting content.
    static void prepare(QTextDocument &document, const PageSetup &page);

    /// Pages of a prepared document (lays it out).
    static int pageCount(const QTextDocument &document);

    /// Sets a printer to the sheet of `page` (full page, zero printer margins: the documents hold
    /// their own; a page size the printer already has for the same paper, e.g. a driver's own
    /// F4, is kept) and names the print job after `title` as a safe file name (safeFileName():
    /// the print dialog proposes "<job name>.pdf" for "Cetak ke berkas").
    static void configurePrinter(QPrinter &printer, const PageSetup &page, const QString &title);

    /// Writes `printable` to a PDF file at `path`. Returns false and sets `error` (a sentence for
    /// the user) when the file cannot be written.
    static bool writePdf(Printable &printable, const QString &path, QString *error = nullptr);
    /// Writes a prepared document, laid out for `page`, to a PDF file.
    static bool writePdf(QTextDocument &document, const PageSetup &page, const QString &path,
                         QString *error = nullptr);

    /// Prints on `printer` (configured here for the document's page). False when the printer
    /// could not be opened.
    static bool print(Printable &printable, QPrinter &printer);
    static bool print(QTextDocument &document, const PageSetup &page, QPrinter &printer);

    /// For QPrintPreviewDialog::paintRequested: configures `printer` and paints every page.
    static void paint(Printable &printable, QPrinter *printer);
};

} // namespace aduan::forms
