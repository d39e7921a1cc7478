#include "print/documentprinting.h"

#include "session/session.h"
#include "support/feedback.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QToolBar>

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

forms::FormDocument complaintDocument(ComplaintDocument document, const ComplaintRecord &c,
                                      const forms::PrintContext &context,
                                      const QList<AuditEntry> &history, const SopDefinition *sop)
{
    switch (document) {
    case ComplaintDocument::Receipt: return forms::receiptDocument(c, context);
    case ComplaintDocument::Disposition: return forms::dispositionDocument(c, context);
    case ComplaintDocument::Decision: return forms::decisionDocument(c, context);
    case ComplaintDocument::Referral: return forms::referralDocument(c, context);
    case ComplaintDocument::ResolutionReport: return forms::resolutionReportDocument(c, context);
    case ComplaintDocument::History: return forms::historyDocument(c, context, history, sop);
    case ComplaintDocument::ComplaintForm:
    case ComplaintDocument::IntakeBookLine: break;
    }
    return forms::complaintFormDocument(c, context);
}

forms::PrintContext printContext(Session &session)
{
    forms::PrintContext context;
    context.paper = preferredPaper();
    context.office = SettingsStore(session.database()).officeProfile();
    context.zone = session.officeZone();
    context.preparedBy = session.user().fullName;
    context.printedAt = session.clock().now();
    return context;
}

namespace {

/// The preview's own choice of paper, beside its page-setup buttons: A4 or F4, this PC's
/// preference (AppSettings::paper()) first.
QComboBox *addPaperChoice(QPrintPreviewDialog &dialog, forms::PaperSize paper)
{
    auto *box = new QComboBox;
    box->setObjectName(u"paperChoice"_s);
    box->addItem(tr("A4 (210 × 297 mm)"), int(forms::PaperSize::A4));
    box->addItem(tr("F4 (215 × 330 mm)"), int(forms::PaperSize::F4));
    box->setCurrentIndex(box->findData(int(paper)));
    box->setToolTip(tr("The paper this document is laid out and printed on; this PC remembers "
                       "it"));
    if (auto *toolbar = dialog.findChild<QToolBar *>()) {
        toolbar->addSeparator();
        auto *label = new QLabel(tr("&Paper: "));
        label->setBuddy(box);
        toolbar->addWidget(label);
        toolbar->addWidget(box);
    }
    return box;
}

} // namespace

void showPreview(QWidget *parent, PrintableFactory factory)
{
    PrintJob job(std::move(factory), preferredPaper());
    QPrinter printer(QPrinter::HighResolution);
    restorePrinter(printer);
    forms::DocumentRenderer::configurePrinter(printer, job.printable().pageSetup(),
                                              job.printable().title());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(job.printable().title());
    QComboBox *paperBox = addPaperChoice(dialog, job.paper());
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&job, paperBox](QPrinter *p) {
                         if (!p)
                             return;
                         keepPaperOverQueueDefault(*p, job);
                         job.paint(*p);
                         // A page chosen in the page setup follows into the paper choice.
                         const QSignalBlocker blocker(paperBox);
                         paperBox->setCurrentIndex(paperBox->findData(int(job.paper())));
                     });
    QObject::connect(paperBox, &QComboBox::currentIndexChanged, &dialog,
                     [&job, &printer, &dialog, paperBox] {
                         job.setPaper(forms::PaperSize(paperBox->currentData().toInt()));
                         forms::DocumentRenderer::configurePrinter(
                             printer, job.printable().pageSetup(), job.printable().title());
                         if (auto *view = dialog.findChild<QPrintPreviewWidget *>())
                             view->updatePreview();
                     });
    dialog.resize(1000, 700);
    if (dialog.exec() == QDialog::Accepted)
        rememberPrinter(printer, job.paper());
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
            const QList<IntakeBookRow> rows = book.all(session.userId(), filter);
            showPreview(parent, [rows, day, context](forms::PaperSize paper) {
                forms::PrintContext onPaper = context;
                onPaper.paper = paper;
                return std::make_unique<forms::IntakeBookPrint>(rows, day, day, onPaper);
            });
            return;
        }
        std::optional<SopDefinition> sop;
        QList<AuditEntry> history;
        if (document == ComplaintDocument::History) {
            sop = SettingsStore(session.database()).sopRevision(c.sopRevisionId);
            history = book.history(session.userId(), c.id);
        }
        showPreview(parent, [=](forms::PaperSize paper) {
            forms::PrintContext onPaper = context;
            onPaper.paper = paper;
            return std::make_unique<forms::FormDocument>(
                complaintDocument(document, c, onPaper, history, sop ? &*sop : nullptr));
        });
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
