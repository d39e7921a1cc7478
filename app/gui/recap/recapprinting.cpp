#include "recap/recapprinting.h"

#include "recap/recap.h"
#include "session/session.h"
#include "print/documentprinting.h"
#include "recap/recapprint.h"

#include <QCoreApplication>

namespace aduan::gui::printing {

void previewRecap(QWidget *parent, Session &session, const MonthlyRecap &recap)
{
    const forms::PrintContext context = printContext(session);
    showPreview(parent, [recap, context](forms::PaperSize paper) {
        forms::PrintContext onPaper = context;
        onPaper.paper = paper;
        return std::make_unique<forms::FormDocument>(forms::recapDocument(recap, onPaper));
    });
}

} // namespace aduan::gui::printing
