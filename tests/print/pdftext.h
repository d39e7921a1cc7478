#pragma once

// Helpers of the print tests: write a Printable to a PDF in a temporary folder and read the
// PDF's text back with poppler's pdftotext, as a person copying from the PDF would see it.

#include "document/printable.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace aduan::printtest {

/// A folder for the PDFs of one test. When the environment variable ADUAN_PRINT_OUT names a
/// folder, PDFs are written there instead and kept (to look at them).
class PdfFolder
{
public:
    PdfFolder();
    /// Writes `printable` to NAME.pdf in the folder; returns the path (REQUIREs success).
    QString write(forms::Printable &printable, const QString &name);
    /// The path of NAME.pdf in the folder.
    QString filePath(const QString &name) const;

private:
    QTemporaryDir m_temporary;
    QString m_path;
};

/// How pdftotext orders the text: `Layout` keeps the page's columns (-layout); `Raw` keeps the
/// order in which the text was drawn (-raw), so a table cell's wrapped lines stay together.
enum class TextOrder { Layout, Raw };

/// The text of a whole PDF, or of pages first..last (1-based).
QString pdfText(const QString &pdfPath, TextOrder order = TextOrder::Raw, int firstPage = 0,
                int lastPage = 0);
/// The text of a PDF with every run of white space (line breaks, columns) reduced to one space.
QString pdfFlatText(const QString &pdfPath, int firstPage = 0, int lastPage = 0);
/// The number of pages reported by pdfinfo.
int pdfPageCount(const QString &pdfPath);
/// Text with runs of white space reduced to one space (layout columns make runs of spaces).
QString simplified(const QString &text);
/// Words of `text` split at white space.
QStringList words(const QString &text);

} // namespace aduan::printtest
