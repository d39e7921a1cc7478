#pragma once

#include <QList>
#include <QString>

#include "document/formdocument.h"
#include "document/printcontext.h"
#include "document/printable.h"
#include "domain/auditentry.h"
#include "domain/complaint.h"
#include "print/printjob.h"
#include "sop/sopdefinition.h"

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
/// One complaint's document (not the register line) laid out for `context`; `history` and
/// `sop` are used by the History only (its entries; the complaint's SOP revision, or null).
forms::FormDocument complaintDocument(ComplaintDocument document, const ComplaintRecord &c,
                                      const forms::PrintContext &context,
                                      const QList<AuditEntry> &history = {},
                                      const SopDefinition *sop = nullptr);
/// Shows the print preview of a document, laid out by `factory` for this PC's paper
/// (preferredPaper()), on this PC's last printer (restorePrinter()); the preview offers A4 and
/// F4, and a page chosen in its page setup or print dialog lays the document out again for it.
/// After printing, the printer and the paper are remembered for the next time.
void showPreview(QWidget *parent, PrintableFactory factory);
/// Fills a menu with the complaint's available documents, each opening its preview.
void fillMenu(QMenu *menu, QWidget *parent, Session &session, qint64 complaintId);

} // namespace printing
} // namespace aduan::gui
