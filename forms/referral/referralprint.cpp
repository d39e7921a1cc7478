#include "referral/referralprint.h"

#include "document/complaintview.h"
#include "document/formopening.h"
#include "util/indonesian.h"

using namespace Qt::StringLiterals;

namespace aduan::forms {

FormDocument referralDocument(const ComplaintRecord &complaint, const PrintContext &context)
{
    const ReferralRecord *referral = complaint.referral ? &*complaint.referral : nullptr;
    OpenedForm opened(context, {u"Formulir Penyaluran Pengaduan Bukan Kewenangan"_s,
                                complaint.agendaNumber,
                                u"FORMULIR PENYALURAN PENGADUAN BUKAN KEWENANGAN"_s, u"Nomor"_s,
                                referral ? referral->input.letterNumber : QString()});
    FormBuilder &form = opened.form;

    form.paragraph(placeAndDate(context.office, referral ? referral->referredAt : QDateTime(),
                                context.zone),
                   Qt::AlignRight);
    form.fields({
        {u"Sifat"_s, u"Biasa"_s},
        {u"Lampiran"_s, u"-"_s},
        {u"Perihal"_s, u"Penyaluran Pengaduan Bukan Kewenangan"_s},
    }, 25.0);

    // One paragraph, its lines kept together by line separators.
    QString addressee = u"Kepada Yth."_s;
    addressee += QChar::LineSeparator;
    addressee += referral ? orDash(referral->agencyName) : u"...................."_s;
    if (referral && !referral->agencyAddress.isEmpty()) {
        addressee += QChar::LineSeparator;
        addressee += referral->agencyAddress;
    }
    addressee += QChar::LineSeparator;
    addressee += u"di tempat"_s;
    form.space(3.0);
    form.paragraph(addressee, Qt::AlignLeft);

    QString body = u"Bersama ini kami sampaikan pengaduan masyarakat yang diterima "_s;
    body += officeFullName(context.office);
    body += u" yang bukan merupakan kewenangan kami, dengan keterangan sebagai berikut:"_s;
    form.paragraph(body);

    QList<Field> fields = receivedFields(complaint, u"Nomor aduan"_s, context.zone);
    if (identityShown(complaint)) {
        fields << Field{u"Nomor telepon"_s, complaint.complainant->phone}
               << Field{u"Alamat"_s, complaint.complainant->address};
    }
    fields << Field{u"Pokok aduan"_s, complaint.subject};
    form.fields(fields);
    form.longText(u"Uraian aduan:"_s, complaint.description);
    form.longText(u"Alasan penyaluran:"_s, referral ? referral->input.reason : QString());

    form.paragraph(u"Mohon pengaduan tersebut dapat ditindaklanjuti sesuai dengan kewenangan "
                   u"Saudara. Atas perhatian dan kerja samanya, kami sampaikan terima kasih."_s);

    QString headTitle = context.office.headTitle;
    headTitle += u',';
    form.signatures({
        Signature{},
        Signature{{}, {headTitle}, context.office.headName, context.office.headNip},
    });
    return std::move(opened.document);
}

} // namespace aduan::forms
