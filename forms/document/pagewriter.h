#pragma once

#include "document/pagesetup.h"
#include "document/printable.h"

#include <QPainter>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace aduan::forms {

/// Paints pages of laid-out QTextDocuments one after another onto a paged device (a QPrinter,
/// a QPdfWriter or a print preview), each followed by the page decoration (running header,
/// footer, "Halaman X dari Y"). The device's page layout must be PageSetup::fullPageLayout():
/// the painter's origin is the sheet's top-left corner. Documents are in points (see
/// DocumentRenderer::prepare) and are scaled to the device's resolution.
class PageWriter
{
public:
    /// Begins painting on `device`; `totalPages` is what "dari Y" prints.
    PageWriter(QPagedPaintDevice &device, const PageSetup &page, PageDecoration decoration,
               int totalPages);
    ~PageWriter();
    PageWriter(const PageWriter &) = delete;
    PageWriter &operator=(const PageWriter &) = delete;

    /// False when the device could not be opened (e.g. the PDF file cannot be written).
    bool isActive() const;
    /// Paints page `pageIndex` (0-based) of `document` as the next output page.
    void paintTextPage(const QTextDocument &document, int pageIndex);
    /// Paints the next output page with `paint`, which gets a painter in points whose origin is
    /// the sheet's top-left corner; the decoration follows.
    void paintPage(const std::function<void(QPainter &)> &paint);
    /// Pages painted so far.
    int pagesWritten() const { return m_pagesWritten; }
    /// Ends painting (also done by the destructor); returns false if the device reported an error.
    bool finish();

private:
    void paintDecoration(int pageNumber);

    QPagedPaintDevice &m_device;
    PageSetup m_page;
    PageDecoration m_decoration;
    int m_totalPages = 0;
    int m_pagesWritten = 0;
    QPainter m_painter;
};

} // namespace aduan::forms
