#include "skm/skmprinting.h"

#include "print/documentprinting.h"
#include "session/session.h"
#include "skm/skmprint.h"
#include "skm/skmreport.h"
#include "skm/skmsurvey.h"

namespace aduan::gui::printing {

void previewSkmQuestionnaire(QWidget *parent, Session &session, const QString &agendaNumber)
{
    const forms::PrintContext context = printContext(session);
    const SkmQuestionnaire questionnaire =
        SkmSurvey(session.database(), session.clock()).currentQuestionnaire();
    showPreview(parent, [questionnaire, agendaNumber, context](forms::PaperSize paper) {
        forms::PrintContext onPaper = context;
        onPaper.paper = paper;
        return std::make_unique<forms::FormDocument>(
            forms::skmQuestionnaireDocument(questionnaire, agendaNumber, onPaper));
    });
}

void previewSkmReport(QWidget *parent, Session &session, const SkmReport &report)
{
    const forms::PrintContext context = printContext(session);
    showPreview(parent, [report, context](forms::PaperSize paper) {
        forms::PrintContext onPaper = context;
        onPaper.paper = paper;
        return std::make_unique<forms::FormDocument>(forms::skmReportDocument(report, onPaper));
    });
}

} // namespace aduan::gui::printing
