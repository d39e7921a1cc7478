#include "print/documentprinting.h"

#include "session/session.h"
#include "support/feedback.h"

#include <QCoreApplication>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace aduan::gui::printing {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("aduan::gui::printing", text);
}
} // namespace

QString documentTitle(ComplaintDocument document)
{
    switch (document) {
    case ComplaintDocument::ComplaintForm:
        return u"Formulir Aduan"_s;
    case ComplaintDocument::Receipt:
        return u"Formulir Penerimaan Pengaduan"_s;
    case ComplaintDocument::IntakeBookLine:
        return u"Buku Penerimaan Pengaduan"_s;
    case ComplaintDocument::Disposition:
        return u"Lembar Disposisi"_s;
    case ComplaintDocument::Decision:
        return u"Hasil Keputusan Penyelesaian Pengaduan"_s;
    case ComplaintDocument::Referral:
        return u"Formulir Penyaluran Pengaduan Bukan Kewenangan"_s;
    case ComplaintDocument::ResolutionReport:
        return u"Berita Acara Penyelesaian Aduan"_s;
    case ComplaintDocument::History:
        return u"Riwayat Pengaduan"_s;
    }
    return {};
}

QList<ComplaintDocument> availableDocuments(Session &session, qint64 complaintId)
{
    QList<ComplaintDocument> documents{ComplaintDocument::ComplaintForm,
                                       ComplaintDocument::Receipt,
                                       ComplaintDocument::IntakeBookLine};
    try {
        const ComplaintRecord c = session.intakeBook().complaint(session.userId(), complaintId);
        if (c.disposition)
            documents << ComplaintDocument::Disposition;
        if (c.decision && c.decision->input.withinAuthority)
            documents << ComplaintDocument::Decision;
        if (c.referral)
            documents << ComplaintDocument::Referral;
        if (c.resolutionReport)
            documents << ComplaintDocument::ResolutionReport;
    } catch (...) {
        // The menu then offers the documents every complaint has.
    }
    documents << ComplaintDocument::History;
    return documents;
}

void preview(QWidget *parent, Session &session, ComplaintDocument document, qint64 complaintId)
{
    // SEAM for the print layouts: load the complaint (as this viewer may see it), hand it to the
    // DocumentRenderer of forms/ and show QPrintPreviewDialog (paintRequested → render).
    Q_UNUSED(session);
    Q_UNUSED(complaintId);
    feedback::showProblem(parent, tr("Print"),
                          tr("Printing \"%1\" is not available in this version yet.")
                              .arg(documentTitle(document)));
}

void fillMenu(QMenu *menu, QWidget *parent, Session &session, qint64 complaintId)
{
    menu->clear();
    for (ComplaintDocument document : availableDocuments(session, complaintId)) {
        QAction *action = menu->addAction(documentTitle(document));
        QObject::connect(action, &QAction::triggered, parent, [parent, &session, document,
                                                               complaintId] {
            preview(parent, session, document, complaintId);
        });
    }
}

} // namespace aduan::gui::printing
