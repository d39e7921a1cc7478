#include "recap/recapprinting.h"

#include "recap/recap.h"
#include "session/session.h"
#include "print/documentprinting.h"
#include "recap/recapprint.h"

#include <QCoreApplication>

namespace aduan::gui::printing {

void previewRecap(QWidget *parent, Session &session, const MonthlyRecap &recap)
{
    forms::FormDocument document = forms::recapDocument(recap, printContext(session));
    showPreview(parent, document);
}

} // namespace aduan::gui::printing
