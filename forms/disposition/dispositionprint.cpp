#include "disposition/dispositionprint.h"

#include "document/complaintview.h"
#include "document/formopening.h"
#include "util/indonesian.h"

#include <QTextTable>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

bool containsInstruction(const QStringList &chosen, const QString &instruction)
{
    for (const QString &item : chosen) {
        if (item.trimmed().compare(instruction, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString urgencyBoxes(const DispositionInput *input)
{
    QStringList boxes;
    for (Urgency urgency : {Urgency::Biasa, Urgency::Segera, Urgency::SangatSegera,
                            Urgency::Rahasia}) {
        QString box = tickBox(input && input->urgency == urgency);
        box += u' ';
        box += urgencyLabel(urgency);
        boxes << box;
    }
    return boxes.join(u"      "_s);
}

QString instructionLines(const DispositionInput *input)
{
    const QStringList standard = standardInstructions();
    QStringList lines;
    for (const QString &instruction : standard) {
        QString line = tickBox(input && containsInstruction(input->instructions, instruction));
        line += u' ';
        line += instruction;
        lines << line;
    }
    if (input) {
        for (const QString &other : input->instructions) {
            if (!containsInstruction(standard, other.trimmed()) && !other.trimmed().isEmpty()) {
                QString line = tickBox(true);
                line += u' ';
                line += other.trimmed();
                lines << line;
            }
        }
    }
    return lines.join(u'\n');
}

} // namespace

QString tickBox(bool ticked)
{
    return ticked ? QString(QChar(0x2611)) : QString(QChar(0x2610));
}

FormDocument dispositionDocument(const ComplaintRecord &complaint, const PrintContext &context)
{
    OpenedForm opened(context, {u"Lembar Disposisi"_s, complaint.agendaNumber,
                                u"LEMBAR DISPOSISI"_s, {}, {}});
    FormBuilder &form = opened.form;

    const DispositionRecord *record = complaint.disposition ? &*complaint.disposition : nullptr;
    const DispositionInput *input = record ? &record->input : nullptr;

    const QString received = orDash(dateOnly(officeDate(complaint.receivedAt, context.zone)));
    QTextTable *table = form.grid(
        {},
        form.columnWidths({{25, {u"Nomor Agenda"_s, u"Diteruskan kepada"_s}, true},
                           {25, {orDash(complaint.agendaNumber)}},
                           {25, {u"Tanggal diterima"_s, u"Cara penyampaian"_s}, true},
                           {25, {received}}}),
        8);
    auto label = [&](int row, int column, const QString &text) {
        FormBuilder::setCell(table, row, column, text, true);
    };
    auto wide = [&](int row, const QString &labelText, const QString &value) {
        table->mergeCells(row, 1, 1, 3);
        label(row, 0, labelText);
        FormBuilder::setCell(table, row, 1, value);
    };
    label(0, 0, u"Nomor Agenda"_s);
    FormBuilder::setCell(table, 0, 1, orDash(complaint.agendaNumber));
    label(0, 2, u"Tanggal diterima"_s);
    FormBuilder::setCell(table, 0, 3, received);
    label(1, 0, u"Dari"_s);
    FormBuilder::setCell(table, 1, 1, complaint.complainantDisplayName());
    label(1, 2, u"Cara penyampaian"_s);
    FormBuilder::setCell(table, 1, 3, channelText(complaint.channel));
    wide(2, u"Perihal"_s, orDash(complaint.subject));
    wide(3, u"Sifat"_s, urgencyBoxes(input));
    wide(4, u"Diteruskan kepada"_s, input ? orDash(input->addressee) : QString());
    wide(5, u"Dengan hormat harap"_s, instructionLines(input));
    wide(6, u"Catatan"_s, input ? orDash(input->note) : QString());
    wide(7, u"Tanggal disposisi"_s, record ? dateTime(record->signedAt, context.zone) : QString());
    form.finishGrid();

    Signature signature;
    QString headTitle = context.office.headTitle;
    if (record && record->signedAsActing)
        headTitle.prepend(u"Plh. "_s);
    headTitle += u',';
    signature.titleLines = {headTitle};
    if (record) {
        signature.placeAndDate = placeAndDate(context.office, record->signedAt, context.zone);
        signature.name = record->signerName;
        signature.nip = record->signerNip;
    } else {
        signature.placeAndDate = placeAndDate(context.office, {}, context.zone);
        signature.name = context.office.headName;
        signature.nip = context.office.headNip;
    }
    form.signatures({Signature{}, signature});
    return std::move(opened.document);
}

} // namespace aduan::forms
