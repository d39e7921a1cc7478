#pragma once

#include "domain/officeprofile.h"
#include "document/pagesetup.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextLength>

class QTextDocument;
class QTextTable;

namespace aduan::forms {

/// One "label : value" line of a form.
struct Field {
    QString label;
    QString value;
};

/// One signature block: place and date, the signer's title, room to sign, the name (bold,
/// underlined) and the NIP (grouped as printed, "19660119 198602 2 002").
struct Signature {
    QString placeAndDate;   ///< "Blitar, 2 Maret 2026"; empty = a blank line
    QStringList titleLines; ///< "Petugas Pengaduan", ...
    QString name;           ///< empty = a dotted line to write the name by hand
    QString nip;            ///< 18 digits (grouped on print) or empty = no NIP line
};

/// Cleans a value for printing, keeping every visible character verbatim: CR LF and CR become
/// line breaks; other control characters (U+0000–U+001F except tab and line feed, U+007F) are
/// dropped. Text is always inserted as text, never as HTML, so "<b>" prints as "<b>".
QString printableText(const QString &value);

/// Text for a table cell: printableText() with line breaks as line separators (one block).
QString cellText(const QString &text);

/// The value, or "-" when it is empty (an empty line on a form reads as forgotten).
QString orDash(const QString &value);

/// A column of a grid (FormBuilder::columnWidths): its share of the width, and the texts it must
/// hold on one line — an agenda number, a date, "Tidak dipenuhi" — in the print font.
struct GridColumn {
    qreal share;            ///< relative width, e.g. in percent
    QStringList oneLine;    ///< texts that must not wrap in this column
    bool bold = false;      ///< those texts are bold (labels, headers)
};

/// Writes the common parts of a form into a prepared document (DocumentRenderer::prepare),
/// always through QTextCursor as text. Lengths in mm; font sizes in points.
class FormBuilder
{
public:
    FormBuilder(QTextDocument &document, const PageSetup &page);

    QTextCursor &cursor() { return m_cursor; }
    QTextDocument &document() { return m_document; }
    /// Width of the text area, in points.
    qreal contentWidthPt() const { return m_page.contentSizePt().width(); }
    /// A length in points as the document's formats take it (see layoutUnitsPerPoint()).
    qreal length(qreal points) const { return points * m_unit; }
    /// A length in mm as the document's formats take it.
    qreal lengthMm(qreal mm) const { return length(mmToPt(mm)); }

    /// The kop surat (see insertLetterhead).
    void letterhead(const OfficeProfile &office);
    /// The form's title, centred, bold, underlined, upper case as written; `subtitle` (e.g.
    /// "Nomor: 0001/ADUAN/III/2026") centred under it.
    void title(const QString &title, const QString &subtitle = {});
    /// A bold section heading.
    void heading(const QString &text);
    /// A paragraph of text (verbatim; line breaks start new paragraphs).
    void paragraph(const QString &text, Qt::Alignment alignment = Qt::AlignJustify,
                   bool bold = false, qreal pointSize = 0);
    /// "label : value" rows without borders; long values wrap in their column.
    void fields(const QList<Field> &fields, qreal labelWidthMm = 50.0);
    /// A bold label on its own line, then the text as full-width paragraphs, indented: for long
    /// descriptions, which flow across pages.
    void longText(const QString &label, const QString &text);
    /// A numbered list "1. item".
    void numberedList(const QStringList &items);
    /// Starts the next part (a paragraph or a table) on a new page.
    void pageBreak();
    /// Vertical space.
    void space(qreal mm);
    /// Cell padding of a grid, and the gap above it, in points.
    static constexpr qreal kGridPaddingPt = 2.5;
    static constexpr qreal kGridGapPt = 3.0;
    /// A bordered grid with `headerRows` bold, shaded header rows (repeated on every page) and
    /// `rows` empty body rows; `widths` as constraints per column.
    QTextTable *grid(const QStringList &headers, const QList<QTextLength> &widths, int rows,
                     qreal pointSize = 0);
    /// Column widths for grid(), as percentages of the text area: each column gets its share,
    /// and a column too narrow for one of its one-line texts, measured in the print font that
    /// this PC actually has (Arial, Liberation Sans, or a wider fallback such as Noto Sans),
    /// widens to fit it while the other columns give up width in proportion to their shares.
    /// `pointSize` 0 = the document's default font size. A form thus lays out the same with any font.
    QList<QTextLength> columnWidths(const QList<GridColumn> &columns, qreal pointSize = 0) const;
    /// Ends a grid: the cursor moves past it, leaving a small gap.
    void finishGrid();
    /// Writes text into an empty cell of a grid, as one paragraph (line breaks stay line breaks).
    /// A row taller than what is left of a page continues on the next one (never cut).
    static void setCell(QTextTable *table, int row, int column, const QString &text,
                        bool bold = false, Qt::Alignment alignment = Qt::AlignLeft);
    /// Adds a line to a cell written by setCell.
    static void appendToCell(QTextTable *table, int row, int column, const QString &text,
                             bool bold = false);
    /// Signature blocks side by side, each centred in an equal column; keeps together on a page.
    /// A default-constructed Signature leaves its column empty.
    void signatures(const QList<Signature> &signatures);
    /// Moves the cursor past the last table to the end of the document.
    void toEnd();

private:
    /// Ends the current part and leaves a `gapPt` high empty block for a table to follow.
    void beginTable(qreal gapPt);
    /// Makes the empty block the cursor is in (e.g. after a table) `heightPt` high.
    void shrinkCurrentBlock(qreal heightPt);

    QTextDocument &m_document;
    PageSetup m_page;
    QTextCursor m_cursor;
    qreal m_unit = 1.0;
    bool m_atStart = true;
};

} // namespace aduan::forms
