#include "print/documentprinting.h"

#include "session/session.h"
#include "support/feedback.h"

#include <QCoreApplication>
#include <QMap>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include "complaintform/complaintformprint.h"
#include "decision/decisionprint.h"
#include "disposition/dispositionprint.h"
#include "document/documentrenderer.h"
#include "history/historyprint.h"
#include "intakebook/intakebookprint.h"
#include "queries/intakebook.h"
#include "receipt/receiptprint.h"
#include "referral/referralprint.h"
#include "resolutionreport/resolutionreportprint.h"
#include "storage/settingsstore.h"
#include "util/clock.h"
#include "util/error.h"
#include "workflow/outputdocuments.h"

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
    // The office's names of the documents, as printed.
    static const QMap<ComplaintDocument, QString> titles{
        {ComplaintDocument::ComplaintForm, u"Formulir Aduan"_s},
        {ComplaintDocument::Receipt, u"Formulir Penerimaan Pengaduan"_s},
        {ComplaintDocument::IntakeBookLine, u"Buku Penerimaan Pengaduan"_s},
        {ComplaintDocument::Disposition, u"Lembar Disposisi"_s},
        {ComplaintDocument::Decision, u"Hasil Keputusan Penyelesaian Pengaduan"_s},
        {ComplaintDocument::Referral, u"Formulir Penyaluran Pengaduan Bukan Kewenangan"_s},
        {ComplaintDocument::ResolutionReport, u"Berita Acara Penyelesaian Aduan"_s},
        {ComplaintDocument::History, u"Riwayat Pengaduan"_s},
    };
    return titles.value(document);
}

QList<ComplaintDocument> availableDocuments(Session &session, qint64 complaintId)
{
    QList<ComplaintDocument> documents{ComplaintDocument::ComplaintForm,
                                       ComplaintDocument::Receipt,
                                       ComplaintDocument::IntakeBookLine};
    try {
        const ComplaintRecord c = session.intakeBook().complaint(session.userId(), complaintId);
        if (hasDocument(c, OutputDocument::Disposition))
            documents << ComplaintDocument::Disposition;
        if (hasDocument(c, OutputDocument::Decision))
            documents << ComplaintDocument::Decision;
        if (hasDocument(c, OutputDocument::Referral))
            documents << ComplaintDocument::Referral;
        if (hasDocument(c, OutputDocument::ResolutionReport))
            documents << ComplaintDocument::ResolutionReport;
    } catch (...) {
        // The menu then offers the documents every complaint has.
    }
    documents << ComplaintDocument::History;
    return documents;
}

forms::PrintContext printContext(Session &session)
{
    forms::PrintContext context;
    context.office = SettingsStore(session.database()).officeProfile();
    context.zone = session.officeZone();
    context.preparedBy = session.user().fullName;
    context.printedAt = session.clock().now();
    return context;
}

void showPreview(QWidget *parent, forms::Printable &printable)
{
    QPrinter printer(QPrinter::HighResolution);
    forms::DocumentRenderer::configurePrinter(printer, printable.pageSetup(), printable.title());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(printable.title());
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&printable](QPrinter *p) { forms::DocumentRenderer::paint(printable, p); });
    dialog.resize(1000, 700);
    dialog.exec();
}

void preview(QWidget *parent, Session &session, ComplaintDocument document, qint64 complaintId)
{
    try {
        IntakeBook book = session.intakeBook();
        const ComplaintRecord c = book.complaint(session.userId(), complaintId);
        const forms::PrintContext context = printContext(session);
        if (document == ComplaintDocument::IntakeBookLine) {
            const QDate day = session.officeZone().isValid()
                                  ? c.receivedAt.toTimeZone(session.officeZone()).date()
                                  : c.receivedAt.date();
            IntakeBookFilter filter;
            filter.fromDate = day;
            filter.toDate = day;
            forms::IntakeBookPrint print(book.all(session.userId(), filter), day, day, context);
            showPreview(parent, print);
            return;
        }
        forms::FormDocument form = [&] {
            switch (document) {
            case ComplaintDocument::Receipt: return forms::receiptDocument(c, context);
            case ComplaintDocument::Disposition: return forms::dispositionDocument(c, context);
            case ComplaintDocument::Decision: return forms::decisionDocument(c, context);
            case ComplaintDocument::Referral: return forms::referralDocument(c, context);
            case ComplaintDocument::ResolutionReport:
                return forms::resolutionReportDocument(c, context);
            case ComplaintDocument::History: {
                const auto sop = SettingsStore(session.database()).sopRevision(c.sopRevisionId);
                return forms::historyDocument(c, context, book.history(session.userId(), c.id),
                                              sop ? &*sop : nullptr);
            }
            case ComplaintDocument::ComplaintForm:
            case ComplaintDocument::IntakeBookLine: break;
            }
            return forms::complaintFormDocument(c, context);
        }();
        showPreview(parent, form);
    } catch (const Error &e) {
        feedback::showProblem(parent, tr("Print"), e.message());
    }
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
