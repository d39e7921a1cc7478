#pragma once

#include "document/formbuilder.h"
#include "document/formdocument.h"
#include "document/printcontext.h"

#include <QString>

namespace aduan::forms {

/// How a complaint's form opens (every portrait form of one complaint opens alike).
struct FormOpening {
    QString name;         ///< the document's name, "Formulir Aduan"; its title is
                          ///< "<name> <agendaNumber>" (the PDF's title, the preview's caption)
    QString agendaNumber; ///< the complaint's Nomor Agenda (may be empty)
    QString heading;      ///< printed under the letterhead, as written: "FORMULIR ADUAN"
    QString numberLabel;  ///< "Nomor", "Nomor Aduan", ...; empty = no number line
    QString number;       ///< printed as "<numberLabel>: <number>", "-" when empty
};

/// A portrait form, opened: the document on the context's paper and margins with the footer
/// "Dicetak oleh …" (PrintContext::printedLine) and page numbers (past one page), and the builder that has
/// written the kop surat (letterhead from the office profile), the heading and the number line.
/// The layout writes the rest with `form` and hands `document` back (std::move).
struct OpenedForm {
    OpenedForm(const PrintContext &context, const FormOpening &opening);
    Q_DISABLE_COPY_MOVE(OpenedForm)

    FormDocument document;
    FormBuilder form; ///< writes into `document`
};

} // namespace aduan::forms
