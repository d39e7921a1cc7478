#include "decision/decisionprint.h"

#include "document/complaintview.h"
#include "document/formopening.h"
#include "util/indonesian.h"

#include <QTextTable>

using namespace Qt::StringLiterals;

namespace aduan::forms {

namespace {

QString authorityText(const ComplaintRecord &complaint, const PrintContext &context)
{
    const QString office = officeFullName(context.office);
    if (!complaint.decision || complaint.decision->input.withinAuthority) {
        QString text = u"Kewenangan "_s;
        text += office;
        return complaint.decision ? text : QString();
    }
    QString text = u"Bukan kewenangan "_s;
    text += office;
    text += u"; disalurkan kepada "_s;
    text += complaint.referral ? orDash(complaint.referral->agencyName)
                               : u"instansi yang berwenang"_s;
    return text;
}

} // namespace

FormDocument decisionDocument(const ComplaintRecord &complaint, const PrintContext &context)
{
    OpenedForm opened(context, {u"Hasil Keputusan Penyelesaian Pengaduan"_s,
                                complaint.agendaNumber,
                                u"HASIL KEPUTUSAN PENYELESAIAN PENGADUAN"_s, u"Nomor Aduan"_s,
                                complaint.agendaNumber});
    FormBuilder &form = opened.form;

    const DecisionInput *input = complaint.decision ? &complaint.decision->input : nullptr;
    form.fields({
        {u"Tanggal diterima"_s, dateTime(complaint.receivedAt, context.zone)},
        {u"Pengadu"_s, complaint.complainantDisplayName()},
        {u"Pokok aduan"_s, complaint.subject},
        {u"Waktu rapat"_s, input ? dateTime(input->meetingAt, context.zone) : QString()},
        {u"Kewenangan"_s, authorityText(complaint, context)},
    });
    form.longText(u"Pembahasan:"_s, input ? input->discussion : QString());
    form.longText(u"Keputusan:"_s, input ? input->decision : QString());
    if (complaint.referral) {
        form.fields({
            {u"Instansi tujuan"_s, complaint.referral->agencyName},
            {u"Alasan penyaluran"_s, complaint.referral->input.reason},
        });
    }

    const QStringList attendees = input ? input->attendees : QStringList();
    form.heading(u"Daftar hadir Tim Pengelola Pengaduan"_s);
    QTextTable *table = form.grid({u"No."_s, u"Nama"_s, u"Tanda tangan"_s},
                                  {QTextLength(QTextLength::PercentageLength, 8),
                                   QTextLength(QTextLength::PercentageLength, 52),
                                   QTextLength(QTextLength::PercentageLength, 40)},
                                  int(qMax<qsizetype>(attendees.size(), 3)));
    for (int i = 0; i < table->rows() - 1; ++i) {
        FormBuilder::setCell(table, i + 1, 0, QString::number(i + 1), false, Qt::AlignHCenter);
        FormBuilder::setCell(table, i + 1, 1, i < attendees.size() ? attendees.at(i) : QString());
        // Room to sign.
        QTextTableCell cell = table->cellAt(i + 1, 2);
        QTextCursor cursor = cell.firstCursorPosition();
        QTextBlockFormat tall = cursor.blockFormat();
        tall.setLineHeight(form.lengthMm(8.0), QTextBlockFormat::MinimumHeight);
        cursor.setBlockFormat(tall);
    }
    form.finishGrid();

    const StepState *decided = stepByAction(complaint, StepAction::Decide);
    form.signatures({
        Signature{},
        Signature{placeAndDate(context.office,
                               complaint.decision ? complaint.decision->decidedAt : QDateTime(),
                               context.zone),
                  {u"Tim Pengelola Pengaduan,"_s},
                  decided ? decided->completedByName : QString(),
                  {}},
    });
    return std::move(opened.document);
}

} // namespace aduan::forms
