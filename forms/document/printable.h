#pragma once

#include "document/pagesetup.h"

#include <QString>

namespace aduan::forms {

class PageWriter;

/// What is printed on every page besides the document's own content, inside the margins' space.
struct PageDecoration {
    /// Small text at the top of every page after the first (in the top margin), e.g. the
    /// register's title and period; empty = none.
    QString runningHeader;
    /// Small text at the left of the footer (in the bottom margin) of every page, e.g.
    /// "Dicetak oleh Rina, Senin, 2 Maret 2026 09.04 WIB"; empty = none.
    QString footerLeft;
    /// "Halaman 2 dari 5" at the right of the footer when the document has more than one page.
    bool numberPages = true;
};

/// A document ready for paper: one form, or a register painted in chunks. DocumentRenderer
/// prints any Printable to a PDF file, a printer or a print preview.
class Printable
{
public:
    virtual ~Printable() = default;
    /// The paper, orientation and margins the document was laid out for.
    virtual PageSetup pageSetup() const = 0;
    /// The document's title, e.g. "Formulir Aduan 0001/ADUAN/III/2026" (the PDF's title).
    virtual QString title() const = 0;
    virtual PageDecoration decoration() const = 0;
    /// The number of pages (lays the document out first when needed).
    virtual int pageCount() = 0;
    /// Paints every page, in order, through `writer`.
    virtual void paintPages(PageWriter &writer) = 0;
};

} // namespace aduan::forms
