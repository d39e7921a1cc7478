#include "receipt/receiptprint.h"

#include "document/complaintview.h"
#include "document/formbuilder.h"
#include "util/indonesian.h"

using namespace Qt::StringLiterals;

namespace aduan::forms {

FormDocument receiptDocument(const ComplaintRecord &complaint, const PrintContext &context)
{
    QString title = u"Formulir Penerimaan Pengaduan "_s;
    title += complaint.agendaNumber;
    FormDocument document(context.portrait(), title, {{}, context.printedLine(), true});
    FormBuilder form(document.text(), document.pageSetup());

    form.letterhead(context.office);
    QString number = u"Nomor Pengaduan: "_s;
    number += orDash(complaint.agendaNumber);
    form.title(u"FORMULIR PENERIMAAN PENGADUAN"_s, number);

    QString intro = u"Telah diterima pengaduan masyarakat oleh "_s;
    intro += officeFullName(context.office);
    intro += u" dengan keterangan sebagai berikut:"_s;
    form.paragraph(intro);
    QList<Field> fields{
        {u"Nomor pengaduan"_s, complaint.agendaNumber},
        {u"Tanggal diterima"_s, dateTime(complaint.receivedAt, context.zone)},
        {u"Cara penyampaian"_s, channelText(complaint.channel)},
        {u"Nama pengadu"_s, complaint.complainantDisplayName()},
        {u"Pokok aduan"_s, complaint.subject},
    };
    if (complaint.deadlineAt.isValid())
        fields << Field{u"Batas waktu penyelesaian"_s, dateTime(complaint.deadlineAt, context.zone)};
    form.fields(fields);
    form.longText(u"Ringkasan aduan:"_s, complaint.description);

    form.heading(u"Menanyakan perkembangan aduan"_s);
    QString howTo = u"Perkembangan penanganan aduan ini dapat ditanyakan melalui telepon atau dengan "
                    u"datang langsung ke "_s;
    howTo += officeFullName(context.office);
    if (!context.office.address.isEmpty()) {
        howTo += u", "_s;
        howTo += context.office.address;
    }
    howTo += u", pada hari dan jam kerja, dengan menyebutkan Nomor Pengaduan "_s;
    howTo += orDash(complaint.agendaNumber);
    howTo += u'.';
    form.paragraph(howTo);
    form.paragraph(u"Simpan formulir ini sebagai tanda bukti penerimaan pengaduan."_s);

    const StepState *registered = stepByAction(complaint, u"register"_s);
    form.signatures({
        Signature{{}, {u"Pengadu,"_s}, complaint.complainantDisplayName(), {}},
        Signature{placeAndDate(context.office, complaint.registeredAt, context.zone),
                  {u"Petugas Pengaduan,"_s},
                  registered ? registered->completedByName : QString(),
                  {}},
    });
    return document;
}

} // namespace aduan::forms
