#pragma once

#include <QList>
#include <QString>

#include "document/printcontext.h"
#include "document/printable.h"

class QMenu;
class QWidget;

namespace aduan::gui {

class Session;

/// The documents of one complaint that can be printed.
enum class ComplaintDocument {
    ComplaintForm,     ///< Formulir Aduan
    Receipt,           ///< Formulir Penerimaan Pengaduan (tanda terima)
    IntakeBookLine,    ///< the line of the Buku Penerimaan Pengaduan
    Disposition,       ///< Lembar Disposisi
    Decision,          ///< Hasil Keputusan Penyelesaian Pengaduan
    Referral,          ///< Formulir Penyaluran Pengaduan Bukan Kewenangan
    ResolutionReport,  ///< Berita Acara Penyelesaian Aduan
    History,           ///< the complaint's history with its deviation reasons
};

/// The seam between the screens and the print layouts (forms/, DocumentRenderer): every
/// "print" action of the screens calls these and nothing else. Printed documents are always in
/// Indonesian, whatever the screen language.
namespace printing {

/// The document's name as printed (Indonesian office term).
QString documentTitle(ComplaintDocument document);
/// Which documents a complaint has so far (by its outputs).
QList<ComplaintDocument> availableDocuments(Session &session, qint64 complaintId);
/// Opens the print preview of one document of one complaint (print to paper or PDF from there).
void preview(QWidget *parent, Session &session, ComplaintDocument document, qint64 complaintId);
/// The context every print of this session needs: office profile, zone, who prints and when.
forms::PrintContext printContext(Session &session);
/// Shows the print preview of a laid-out document (print to paper or PDF from there).
void showPreview(QWidget *parent, forms::Printable &printable);
/// Fills a menu with the complaint's available documents, each opening its preview.
void fillMenu(QMenu *menu, QWidget *parent, Session &session, qint64 complaintId);

} // namespace printing
} // namespace aduan::gui
