#include "receipt/receiptprint.h"

#include "document/complaintview.h"
#include "document/formopening.h"
#include "util/indonesian.h"

using namespace Qt::StringLiterals;

namespace aduan::forms {

FormDocument receiptDocument(const ComplaintRecord &complaint, const PrintContext &context)
{
    OpenedForm opened(context, {u"Formulir Penerimaan Pengaduan"_s, complaint.agendaNumber,
                                u"FORMULIR PENERIMAAN PENGADUAN"_s, u"Nomor Pengaduan"_s,
                                complaint.agendaNumber});
    FormBuilder &form = opened.form;

    QString intro = u"Telah diterima pengaduan masyarakat oleh "_s;
    intro += officeFullName(context.office);
    intro += u" dengan keterangan sebagai berikut:"_s;
    form.paragraph(intro);
    QList<Field> fields = receivedFields(complaint, u"Nomor pengaduan"_s, context.zone);
    fields << Field{u"Pokok aduan"_s, complaint.subject};
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

    form.signatures(registrationSignatures(complaint, context.office, context.zone));
    return std::move(opened.document);
}

} // namespace aduan::forms
