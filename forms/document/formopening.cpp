#include "document/formopening.h"

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

QString documentTitle(const FormOpening &opening)
{
    QString title = opening.name;
    title += u' ';
    title += opening.agendaNumber;
    return title;
}

} // namespace

OpenedForm::OpenedForm(const PrintContext &context, const FormOpening &opening)
    : document(context.portrait(), documentTitle(opening), {{}, context.printedLine(), true})
    , form(document.text(), document.pageSetup())
{
    form.letterhead(context.office);
    if (opening.numberLabel.isEmpty()) {
        form.title(opening.heading);
        return;
    }
    QString number = opening.numberLabel;
    number += u": "_s;
    number += orDash(opening.number);
    form.title(opening.heading, number);
}

} // namespace aduan::forms
